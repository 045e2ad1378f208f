import * as z from "zod/mini";
import { optionsSchema } from "../_internal/validate.js";
import { timeZoneSchema } from "./instant.js";

/**
 * The calendar periods that revenue and other series are grouped into.
 *
 * @example
 * ```ts
 * import { periodSchema } from "salesmetrics";
 *
 * periodSchema.safeParse("quarter").success;
 * //=> true
 * periodSchema.safeParse("Month").error?.issues[0]?.message;
 * //=> 'must be "day", "week", "month", "quarter" or "year"'
 * ```
 */
export const periodSchema = z.enum(["day", "week", "month", "quarter", "year"], {
  error: 'must be "day", "week", "month", "quarter" or "year"',
});
/**
 * A period length: `"day"`, `"week"` (ISO), `"month"`, `"quarter"` or `"year"`.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type Period } from "salesmetrics";
 *
 * const period: Period = "quarter";
 * revenueByPeriod(
 *   [
 *     { date: "2024-02-10", amount: 500 },
 *     { date: "2024-05-03", amount: 750 },
 *   ],
 *   { period },
 * ).map((row) => row.period);
 * //=> ["2024-Q1", "2024-Q2"]
 * ```
 */
export type Period = z.output<typeof periodSchema>;

const FISCAL_START = "must be a month number from 1 (January) to 12";

/**
 * The month a fiscal year starts in, 1–12 (default 1: fiscal years are calendar years).
 *
 * @example
 * ```ts
 * import { fiscalYearStartMonthSchema } from "salesmetrics";
 *
 * // Fiscal years from April.
 * fiscalYearStartMonthSchema.safeParse(4).success;
 * //=> true
 * fiscalYearStartMonthSchema.safeParse(13).error?.issues[0]?.message;
 * //=> "must be a month number from 1 (January) to 12"
 * ```
 */
export const fiscalYearStartMonthSchema = z
  .int({ error: FISCAL_START })
  .check(z.minimum(1, { error: FISCAL_START }), z.maximum(12, { error: FISCAL_START }));

/**
 * The options of every function that groups by calendar period (revenueByPeriod, cohortRetention …).
 *
 * @example
 * ```ts
 * import { periodOptionsSchema } from "salesmetrics";
 *
 * periodOptionsSchema.safeParse({ period: "quarter", timeZone: "Europe/Berlin", fiscalYearStartMonth: 4 }).success;
 * //=> true
 * // The options may be left out.
 * periodOptionsSchema.safeParse(undefined).success;
 * //=> true
 * periodOptionsSchema.safeParse({ period: "fortnight" }).error?.issues[0]?.path;
 * //=> ["period"]
 * ```
 */
export const periodOptionsSchema = optionsSchema({
  period: periodSchema,
  timeZone: timeZoneSchema,
  fiscalYearStartMonth: fiscalYearStartMonthSchema,
});

/**
 * The period options every grouping function takes: what {@link periodOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type PeriodOptions } from "salesmetrics";
 *
 * // Fiscal years from October, on New York's calendar days.
 * const options: PeriodOptions = { period: "year", timeZone: "America/New_York", fiscalYearStartMonth: 10 };
 * revenueByPeriod(
 *   [
 *     { date: "2016-10-03", amount: 900 },
 *     { date: "2017-10-01T02:00:00Z", amount: 100 }, // still 30 September in New York
 *   ],
 *   options,
 * ).map((row) => [row.period, row.total]);
 * //=> [["FY2017", 1000]]
 * ```
 */
export interface PeriodOptions {
  /** `"day"`, `"week"` (ISO, Monday to Sunday), `"month"` (default), `"quarter"` or `"year"`. */
  period?: Period | undefined;
  /** The IANA zone whose calendar days the periods follow; default `"UTC"`. */
  timeZone?: string | undefined;
  /** The month (1–12) fiscal quarters and years start in; default 1. */
  fiscalYearStartMonth?: number | undefined;
}
