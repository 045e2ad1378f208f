// What the unit tests and the property tests of businessMinutes share.
import { businessCalendar } from "../../src/index.js";

export const nineToFive = [["09:00", "17:00"]] as const;
export const withLunch = [["09:00", "12:00"], ["13:00", "17:00"]] as const;
export const allDay = [["00:00", "24:00"]] as const;
export const weekdays = (hours: readonly (readonly [string, string])[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
export const everyDay = (hours: readonly (readonly [string, string])[]) => ({ ...weekdays(hours), sat: hours, sun: hours });

export const NEW_YORK = "America/New_York";
export const BERLIN = "Europe/Berlin";
export const US_HOLIDAYS_2024 = ["2024-01-01", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"];
export const roundTheClock = businessCalendar({ timeZone: NEW_YORK, hours: everyDay(allDay) });
