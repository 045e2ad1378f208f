import * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { toEpochMs } from "../_internal/parseInstant.js";
import { localDay, TimeZone, UTC } from "../_internal/timeZone.js";
import { instantSchema, type Instant } from "../core/instant.js";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { fieldsOf, formatValue, invalidInput, isRecord } from "../_internal/validate.js";
import { engineOf } from "./_internal/buildCalendar.js";
import { businessCalendarInputSchema, type BusinessCalendar, type BusinessCalendarInput } from "./businessCalendar.js";
import { BusinessDayCounter } from "./_internal/businessDayCounter.js";
import { pace, type Pace } from "./pace.js";

const FN = "paceToDate";

/**
 * The schema of the input of {@link paceToDate} with dates read in `zone`: the rules between the
 * three dates compare local dates there.
 */
function inputSchemaIn(zone: TimeZone) {
  const dayOf = (value: unknown): number => {
    const t = toEpochMs(value, zone);
    return !Number.isNaN(t) ? localDay(zone, t) : Number.NaN;
  };
  return z
    .looseObject(
      {
        actual: nonNegativeMoneySchema,
        target: nonNegativeMoneySchema,
        periodStart: instantSchema,
        periodEnd: instantSchema,
        asOf: instantSchema,
      },
      { error: "must be an object { actual, target, periodStart, periodEnd, asOf }" },
    )
    .check(
      // Each rule only compares valid dates (an invalid one is reported by its own field): NaN compares false.
      z.refine((input) => !(dayOf(input.periodEnd) < dayOf(input.periodStart)), {
        path: ["periodEnd"],
        error: (issue) =>
          `must not be on a date before periodStart, ${formatValue((issue.input as { periodStart: unknown }).periodStart)}`,
      }),
      z.refine(
        (input) => {
          const first = dayOf(input.periodStart);
          const last = dayOf(input.periodEnd);
          const asOf = dayOf(input.asOf);
          return !(first <= last) || Number.isNaN(asOf) || (first <= asOf && asOf <= last);
        },
        { path: ["asOf"], error: "must fall within the period, on a date from periodStart to periodEnd" },
      ),
    );
}

/**
 * Options of {@link paceToDate}: the calendar is required.
 *
 * @example
 * ```ts
 * import { paceToDateOptionsSchema } from "salesmetrics";
 *
 * paceToDateOptionsSchema.safeParse({ calendar: { timeZone: "Europe/London", hours: { mon: [["09:00", "17:30"]] } } }).success;
 * //=> true
 * paceToDateOptionsSchema.safeParse({}).error?.issues[0]?.path;
 * //=> ["calendar"]
 * paceToDateOptionsSchema.safeParse(undefined).success;
 * //=> false
 * ```
 */
export const paceToDateOptionsSchema = z.looseObject(
  { calendar: businessCalendarInputSchema },
  { error: "must be an object { calendar }" },
);

/**
 * The schema of the input of {@link paceToDate} called with `options`: dates without an offset
 * are read, and all dates are compared, in the calendar's time zone.
 *
 * @param options - The options {@link paceToDate} will be called with; only the calendar's zone matters here.
 * @returns A zod schema for the input.
 * @throws {KpiInputError} When the calendar's time zone does not exist.
 *
 * @example
 * ```ts
 * import { paceToDateInputSchemaFor } from "salesmetrics";
 *
 * // 02:00 on 1 July in UTC is still 30 June in New York, before the period.
 * const input = { actual: 1, target: 2, periodStart: "2024-07-01", periodEnd: "2024-07-31", asOf: "2024-07-01T02:00Z" };
 * paceToDateInputSchemaFor({ calendar: { timeZone: "America/New_York", hours: {} } }).safeParse(input).success;
 * //=> false
 * paceToDateInputSchemaFor({ calendar: { hours: {} } }).safeParse(input).success;
 * //=> true
 * ```
 */
export function paceToDateInputSchemaFor(options: PaceToDateOptions) {
  const calendar: unknown = fieldsOf(options).calendar;
  const name: unknown = fieldsOf(calendar).timeZone;
  const zone = name === undefined ? UTC : TimeZone.of(name);
  if (zone === null) throw invalidInput(FN, "options", paceToDateOptionsSchema, options);
  return inputSchemaIn(zone);
}

/**
 * The schema of the input of {@link paceToDate} for a calendar in UTC.
 *
 * @example
 * ```ts
 * import { paceToDateInputSchema } from "salesmetrics";
 *
 * const july = { actual: 45_000, target: 100_000, periodStart: "2024-07-01", periodEnd: "2024-07-31", asOf: "2024-07-12" };
 * paceToDateInputSchema.safeParse(july).success;
 * //=> true
 * paceToDateInputSchema.safeParse({ ...july, asOf: "2024-08-01" }).error?.issues[0]?.path;
 * //=> ["asOf"]
 * paceToDateInputSchema.safeParse({ ...july, periodEnd: "2024-06-30" }).error?.issues[0]?.message;
 * //=> 'must not be on a date before periodStart, "2024-07-01"'
 * ```
 */
export const paceToDateInputSchema = inputSchemaIn(UTC);

/**
 * Input of {@link paceToDate}: what {@link paceToDateInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { paceToDate, type PaceToDateInput } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * const calendar = { hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } };
 * // 3–14 June 2024 holds 10 business days; 3–7 June, 5 of them.
 * const input: PaceToDateInput = { actual: 20_000, target: 50_000, periodStart: "2024-06-03", periodEnd: "2024-06-14", asOf: "2024-06-07" };
 * paceToDate(input, { calendar }).projected;
 * //=> 40000
 * ```
 */
export interface PaceToDateInput {
  /** What has been achieved so far, through the day `asOf` (sales, deals, calls), ≥ 0. */
  actual: Money;
  /** What the whole period should achieve, ≥ 0. */
  target: Money;
  /** The first day of the period (a `Date`, an ISO-8601 string or epoch ms; only its date counts). */
  periodStart: Instant;
  /** The last day of the period, included: `"2024-06-30"` for June, not `"2024-07-01"`. */
  periodEnd: Instant;
  /** The last day `actual` covers, counted as elapsed in full; from periodStart to periodEnd. */
  asOf: Instant;
}

/**
 * Options of {@link paceToDate}: what {@link paceToDateOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { businessCalendar, paceToDate, type PaceToDateOptions } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * const options: PaceToDateOptions = {
 *   calendar: businessCalendar({
 *     timeZone: "America/New_York",
 *     hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
 *     holidays: ["2024-06-19"],
 *   }),
 * };
 * // 17–28 June 2024: 9 business days without the 19th, 4 of them through the 21st.
 * paceToDate({ actual: 20_000, target: 45_000, periodStart: "2024-06-17", periodEnd: "2024-06-28", asOf: "2024-06-21" }, options);
 * //=> { projected: 45000, projectedAttainment: 1, onTrack: true, remaining: 25000, requiredPerRemainingUnit: 5000 }
 * ```
 */
export interface PaceToDateOptions {
  /** The business calendar whose days are counted (see {@link businessCalendar}). */
  calendar: BusinessCalendar | BusinessCalendarInput;
}

/**
 * Pacing against a target in business days: {@link pace} with elapsed and total counted by a
 * business calendar from the period's dates.
 *
 * elapsed = {@link businessDays}(periodStart, asOf), total = businessDays(periodStart, periodEnd),
 * then projected = actual ÷ elapsed × total, and what each remaining business day must bring is
 * (target − actual) ÷ (total − elapsed): calculator.city's run rate and required daily rate, which
 * it counts in calendar or in business days, here with the business days of a calendar. Dates are
 * local dates in the calendar's zone, both ends counted: `periodEnd` is the period's last day, and the `asOf` day counts as elapsed in full when it is a
 * business day, whatever time `asOf` carries, so `actual` should cover that whole day. Mid-morning,
 * with sales through yesterday, pass yesterday. An `asOf` on a weekend or holiday adds nothing.
 * https://cal76.calculator.city/?p=1989
 *
 * A period with no business day has no pace: the result then has `projected`, `projectedAttainment`,
 * `onTrack` and `requiredPerRemainingUnit` all `null`, and only `remaining`.
 *
 * @param input - `actual` and `target` (amounts ≥ 0); `periodStart`, `periodEnd` (its last day,
 *   included) and `asOf` (the last day `actual` covers, included), each a `Date`, ISO-8601 string or
 *   epoch ms; a string without an offset is read in the calendar's zone.
 * @param options - `calendar`: the business calendar whose days are counted (required).
 * @returns The same result as {@link pace}: projection, projected attainment, whether on track,
 *   what remains and what each remaining business day must bring.
 * @throws {KpiInputError} When an amount is negative or not an amount, a date is not a valid
 *   instant, `periodEnd` falls before `periodStart`, `asOf` falls outside the period, the calendar
 *   is missing or invalid, or a result would overflow a float.
 *
 * @example
 * ```ts
 * import { businessCalendar, paceToDate } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * const calendar = businessCalendar({
 *   timeZone: "America/New_York",
 *   hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
 *   holidays: ["2024-07-04"],
 * });
 * // July 2024 has 23 weekdays, 22 business days without the 4th; 1–12 July holds 9 of them.
 * paceToDate(
 *   { actual: 45_000, target: 100_000, periodStart: "2024-07-01", periodEnd: "2024-07-31", asOf: "2024-07-12" },
 *   { calendar },
 * );
 * //=> { projected: 110000, projectedAttainment: 1.1, onTrack: true, remaining: 55000, requiredPerRemainingUnit: 4230.77 }
 * ```
 */
export function paceToDate(input: PaceToDateInput, options: PaceToDateOptions): Pace {
  if (!isRecord(options)) throw invalidInput(FN, "options", paceToDateOptionsSchema, options);
  const engine = engineOf(FN, "options.calendar", options.calendar, businessCalendarInputSchema);
  const zone = engine.zone;

  const record = isRecord(input);
  const actual = record ? parseMoney(input.actual) : Number.NaN;
  const target = record ? parseMoney(input.target) : Number.NaN;
  const start = record ? toEpochMs(input.periodStart, zone) : Number.NaN;
  const end = record ? toEpochMs(input.periodEnd, zone) : Number.NaN;
  const asOf = record ? toEpochMs(input.asOf, zone) : Number.NaN;
  const first = !Number.isNaN(start) ? localDay(zone, start) : Number.NaN;
  const last = !Number.isNaN(end) ? localDay(zone, end) : Number.NaN;
  const through = !Number.isNaN(asOf) ? localDay(zone, asOf) : Number.NaN;
  // Also false when an amount or a date is NaN.
  if (!(actual >= 0 && target >= 0 && first <= through && through <= last)) {
    throw invalidInput(FN, "input", inputSchemaIn(zone), input);
  }

  const counter = new BusinessDayCounter(options.calendar);
  const total = counter.count(first, last);
  const elapsed = counter.count(first, through);
  try {
    if (total > 0) return pace({ actual: input.actual, target: input.target, elapsed, total });
    // No business day in the period: nothing elapses and no day is left to plan.
    return { ...pace({ actual: input.actual, target: input.target, elapsed: 0, total: 1 }), requiredPerRemainingUnit: null };
  } catch (error) {
    // Only a result beyond the float range gets here; name this function and the input behind it.
    if (!(error instanceof KpiInputError)) throw error;
    throw new KpiInputError(
      FN,
      error.issues.map((issue) => ({ path: issue.path === "elapsed" ? "actual" : issue.path, message: issue.message })),
    );
  }
}
