import { toEpochMs } from "../_internal/parseInstant.js";
import { localDay } from "../_internal/timeZone.js";
import { instantSchema, type Instant } from "../core/instant.js";
import { invalidInput } from "../_internal/validate.js";
import { businessCalendarInputSchema, type BusinessCalendar, type BusinessCalendarInput } from "./businessCalendar.js";
import { engineOf } from "./_internal/buildCalendar.js";
import { BusinessDayCounter } from "./_internal/businessDayCounter.js";

const FN = "businessDays";

/**
 * Business days between two instants: how many days of the calendar, from the local date of
 * `start` through the local date of `end`, have opening hours and are not holidays.
 *
 * Both dates are counted, as Excel's `NETWORKDAYS.INTL` and Google Sheets' count them: with
 * Monday–Friday open, 2006-01-01 (a Sunday) to 2006-01-31 is 22 business days, and a Monday to the
 * same Monday is 1. When `end` is on an earlier date than `start` the result is negative, minus the
 * business days from `end` to `start` (2006-02-28 to 2006-01-31 is −21), as in Excel.
 * https://support.microsoft.com/en-us/office/networkdays-intl-function-a9b26239-4f20-46a1-9ab8-4e925bfd5e28
 *
 * Dates are those of the calendar's time zone: an instant is first placed on its local date there
 * (2024-06-04T02:00Z is 3 June in New York), so the time of day never matters. A day counts whole
 * whatever its hours (a Saturday open 10:00–14:00 is one business day); a weekday left out of
 * `hours`, or a holiday, does not count. Counting both ends, adjacent runs add up when the second
 * starts the day after the first ends: days(a, b) + days(b + 1 day, c) = days(a, c).
 *
 * @param start - The first day: a `Date`, an ISO-8601 string or epoch ms (a string without an
 *   offset, such as `"2024-06-03"`, is read in the calendar's time zone).
 * @param end - The last day, in the same forms.
 * @param calendar - A calendar made by {@link businessCalendar}, or a plain `{ timeZone, hours, holidays }`.
 * @returns The number of business days from the date of `start` through the date of `end`, both
 *   included; negative when `end` falls on an earlier date; 0 when none is open.
 * @throws {KpiInputError} When `start` or `end` is not a valid instant, or `calendar` is not a valid calendar.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessDays } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * const calendar = businessCalendar({
 *   hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
 * });
 * // Microsoft's NETWORKDAYS.INTL examples.
 * businessDays("2006-01-01", "2006-01-31", calendar);
 * //=> 22
 * businessDays("2006-02-28", "2006-01-31", calendar);
 * //=> -21
 *
 * // With a holiday, in New York: 4 July 2024 is a Thursday.
 * const newYork = businessCalendar({ ...calendar, timeZone: "America/New_York", holidays: ["2024-07-04"] });
 * businessDays("2024-07-01", "2024-07-07", newYork);
 * //=> 4
 * ```
 */
export function businessDays(start: Instant, end: Instant, calendar: BusinessCalendar | BusinessCalendarInput): number {
  const engine = engineOf(FN, "calendar", calendar, businessCalendarInputSchema);
  const zone = engine.zone;
  const from = toEpochMs(start, zone);
  if (Number.isNaN(from)) throw invalidInput(FN, "start", instantSchema, start);
  const to = toEpochMs(end, zone);
  if (Number.isNaN(to)) throw invalidInput(FN, "end", instantSchema, end);
  const first = localDay(zone, from);
  const last = localDay(zone, to);
  const counter = new BusinessDayCounter(calendar);
  // 0 − n, not −n: no -0 when nothing is open.
  return first <= last ? counter.count(first, last) : 0 - counter.count(last, first);
}
