// What the unit tests and the property tests of businessMinutes share.
import { businessCalendar } from "../../src/index.js";
import { allDay, everyDay, NEW_YORK } from "../_helpers/calendars.js";

export const roundTheClock = businessCalendar({ timeZone: NEW_YORK, hours: everyDay(allDay) });
