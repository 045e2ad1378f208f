// What the unit tests and the property tests of leadResponseTime share.
import { businessCalendar } from "../../src/index.js";

export const NEW_YORK = "America/New_York";
export const nineToFive = [["09:00", "17:00"]] as const;
export const withLunch = [["09:00", "12:00"], ["13:00", "17:00"]] as const;
export const weekdays = (hours: readonly (readonly [string, string])[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
export const US_HOLIDAYS_2024 = ["2024-01-01", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"];

export const officeHours = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });
/** New York, lunch break, Saturday mornings, US holidays: the calendar of the benchmark. */
export const newYorkOffice = businessCalendar({
  timeZone: NEW_YORK,
  hours: { ...weekdays(withLunch), sat: [["10:00", "14:00"]] },
  holidays: US_HOLIDAYS_2024,
});
