// What the unit tests and the property tests of businessDays share.
import { businessCalendar } from "../../src/index.js";
import { nineToFive, weekdays } from "../_helpers/calendars.js";

export const monToFri = weekdays(nineToFive);
export const utcWeekdays = businessCalendar({ hours: monToFri });
