// What the unit tests and the property tests of leadResponseTime share.
import { businessCalendar } from "../../src/index.js";
import { NEW_YORK, nineToFive, US_HOLIDAYS_2024, weekdays, withLunch } from "../_helpers/calendars.js";

export const officeHours = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });
/** New York, lunch break, Saturday mornings, US holidays: the calendar of the benchmark. */
export const newYorkOffice = businessCalendar({
  timeZone: NEW_YORK,
  hours: { ...weekdays(withLunch), sat: [["10:00", "14:00"]] },
  holidays: US_HOLIDAYS_2024,
});
