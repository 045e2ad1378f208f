// What the unit tests and the property tests of businessMinutes share.
import { businessCalendar } from "../../src/index.js";
import { allDay, everyDay, NEW_YORK } from "../_helpers/calendars.js";

export const roundTheClock = businessCalendar({ timeZone: NEW_YORK, hours: everyDay(allDay) });

// Apia skipped 2011-12-30 (UTC-10 → UTC+14); Lord Howe moves its clocks by 30 minutes; Casablanca
// leaves summer time for Ramadan; Juneau went from Russian to American time in 1867 (a day
// repeated); Manila skipped 1844-12-31 moving west of the date line.
export const unusualZoneWindows = [
  { zone: "Pacific/Apia", from: "2011-09-01", to: "2012-05-01" },
  { zone: "Australia/Lord_Howe", from: "2023-09-01", to: "2024-05-01" },
  { zone: "Africa/Casablanca", from: "2023-02-01", to: "2023-06-01" },
  { zone: "America/Juneau", from: "1867-09-01", to: "1868-01-01" },
  { zone: "Asia/Manila", from: "1844-11-01", to: "1845-02-01" },
];
