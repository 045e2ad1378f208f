// What the unit tests and the property tests of businessDays share.
import { businessCalendar } from "../../src/index.js";

export const nineToFive = [["09:00", "17:00"]] as const;
export const monToFri = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
export const utcWeekdays = businessCalendar({ hours: monToFri });
export const NEW_YORK = "America/New_York";
