import { toEpochMs } from "../_internal/parseInstant.js";
import { instantSchema, type Instant } from "../core/instant.js";
import { invalidInput } from "../_internal/validate.js";
import { businessCalendarInputSchema, type BusinessCalendar, type BusinessCalendarInput } from "./businessCalendar.js";
import { engineOf } from "./_internal/buildCalendar.js";

const FN = "businessMinutes";

/**
 * Business minutes between two instants: how long a business calendar was open between them.
 *
 * The sum, over the calendar's opening intervals I, of the length of [start, end] ∩ I, in
 * minutes: Tue 10:00 → Tue 12:30 is 150; Fri 16:30 → Mon 09:30 is 60 (30 on Friday, 30 on
 * Monday); Sat 11:00 → Mon 10:00 is 60, with Mon–Fri 09:00–17:00 (the business-hours examples of
 * calculator7.snowdaycalculatornow.com/?p=4378). Salesforce's `BusinessHours.diff` computes the
 * same, in milliseconds.
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_businesshours.htm
 *
 * Opening hours are wall-clock times in the calendar's zone, so across a daylight-saving change
 * an open day has the hours its clocks show: a team open around the clock works 23 hours on the
 * spring-forward day and 25 on the fall-back day. An opening or closing time the clocks skip
 * (02:30 on a spring-forward night) takes effect at the change; one they show twice, the first time.
 *
 * When `end` is before `start` the result is negative, minus the minutes from `end` to
 * `start` (as Excel's NETWORKDAYS counts backwards), so durations always add up:
 * businessMinutes(a, c) = businessMinutes(a, b) + businessMinutes(b, c) for any a, b, c.
 *
 * Fast for many calls with one calendar: each local day's hours are placed on the timeline once
 * and cached in the calendar, with the business time from a fixed day, so a call is two lookups.
 *
 * @param start - The instant the duration starts: a `Date`, an ISO-8601 string or epoch ms.
 *   A string without an offset, such as `"2024-06-04T10:00"`, is read in the calendar's time zone.
 * @param end - The instant it ends, in the same forms.
 * @param calendar - A calendar made by {@link businessCalendar}. A plain
 *   `{ timeZone, hours, holidays }` is accepted too, but then checked and prepared on every call.
 * @returns Business minutes from `start` to `end` (fractional, to the millisecond); 0 when the
 *   calendar is closed throughout; negative when `end` is before `start`.
 * @throws {KpiInputError} When `start` or `end` is not a valid instant, or `calendar` is not a
 *   valid calendar (see {@link businessCalendar}).
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * const calendar = businessCalendar({
 *   timeZone: "America/New_York",
 *   hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
 * });
 *
 * // Tuesday 10:00 → 12:30, New York time.
 * businessMinutes("2024-06-04T10:00", "2024-06-04T12:30", calendar);
 * //=> 150
 * // Friday 16:30 → Monday 09:30, and Saturday 11:00 → Monday 10:00.
 * businessMinutes("2024-06-07T16:30", "2024-06-10T09:30", calendar);
 * //=> 60
 * businessMinutes("2024-06-08T11:00", "2024-06-10T10:00", calendar);
 * //=> 60
 * // Instants with an offset, a Date or epoch ms: 13:00Z is 09:00 in New York in June.
 * businessMinutes("2024-06-10T13:00:00Z", new Date("2024-06-10T14:15:30Z"), calendar);
 * //=> 75.5
 * businessMinutes("2024-06-04T12:30", "2024-06-04T10:00", calendar);
 * //=> -150
 * ```
 */
export function businessMinutes(start: Instant, end: Instant, calendar: BusinessCalendar | BusinessCalendarInput): number {
  const engine = engineOf(FN, "calendar", calendar, businessCalendarInputSchema);
  const from = toEpochMs(start, engine.zone);
  if (Number.isNaN(from)) throw invalidInput(FN, "start", instantSchema, start);
  const to = toEpochMs(end, engine.zone);
  if (Number.isNaN(to)) throw invalidInput(FN, "end", instantSchema, end);
  return engine.businessMs(from, to) / 60_000 + 0;
}
