// What the unit tests and the property tests of paceToDate share.
import { businessCalendar } from "../../src/index.js";
import { nineToFive, weekdays } from "../_helpers/calendars.js";

export const monToFri = weekdays(nineToFive);
export const everyDay = businessCalendar({ hours: { ...monToFri, sat: nineToFive, sun: nineToFive } });
export const newYork = businessCalendar({ timeZone: "America/New_York", hours: monToFri, holidays: ["2024-07-04"] });
