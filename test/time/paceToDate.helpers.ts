// What the unit tests and the property tests of paceToDate share.
import { businessCalendar } from "../../src/index.js";

export const nineToFive = [["09:00", "17:00"]] as const;
export const monToFri = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
export const everyDay = businessCalendar({ hours: { ...monToFri, sat: nineToFive, sun: nineToFive } });
export const newYork = businessCalendar({ timeZone: "America/New_York", hours: monToFri, holidays: ["2024-07-04"] });
