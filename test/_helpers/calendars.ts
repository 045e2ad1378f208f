// Time zones and opening hours that the time tests share (each test builds its calendars from them).

export const NEW_YORK = "America/New_York";
export const BERLIN = "Europe/Berlin";

export const nineToFive = [["09:00", "17:00"]] as const;
export const withLunch = [
  ["09:00", "12:00"],
  ["13:00", "17:00"],
] as const;
export const allDay = [["00:00", "24:00"]] as const;
/** The same opening hours Monday to Friday. */
export const weekdays = (hours: readonly (readonly [string, string])[]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});
/** The same opening hours every day of the week. */
export const everyDay = (hours: readonly (readonly [string, string])[]) => ({ ...weekdays(hours), sat: hours, sun: hours });

/** US federal holidays of 2024 that close an office (New Year, Memorial Day, Independence Day, Labor Day, Thanksgiving, Christmas). */
export const US_HOLIDAYS_2024 = ["2024-01-01", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"];

/**
 * Zones whose calendar days are awkward: Santiago changes its clocks at midnight, so some of its
 * dates start at 01:00; Apia skipped 2011-12-30; Lord Howe moves by 30 minutes.
 */
export const calendarDayZones = [
  "America/New_York",
  "Europe/Berlin",
  "Australia/Sydney",
  "America/Santiago",
  "Pacific/Apia",
  "Australia/Lord_Howe",
];
