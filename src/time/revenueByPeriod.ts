import * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { toEpochMs } from "../_internal/parseInstant.js";
import { localDay, type TimeZone } from "../_internal/timeZone.js";
import { instantSchema, type Instant } from "../core/instant.js";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { moneySchema, type Money } from "../core/money.js";
import { dayLabel, periodKeyOfDay, periodSpan, readPeriodOptions } from "../_internal/periods.js";
import { periodOptionsSchema, type Period, type PeriodOptions } from "../core/periods.js";
import { fieldsOf, invalidInput, isRecord } from "../_internal/validate.js";

const FN = "revenueByPeriod";

/**
 * One record of {@link revenueByPeriod}: when, and how much (negative for a refund). Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { revenueRecordSchema } from "salesmetrics";
 *
 * revenueRecordSchema.safeParse({ date: "2017-03-31T23:30:00-04:00", amount: "-99.50", invoice: "INV-7" }).success;
 * //=> true
 * revenueRecordSchema.safeParse({ date: "31/03/2017", amount: 99.5 }).error?.issues[0]?.path;
 * //=> ["date"]
 * ```
 */
export const revenueRecordSchema = z.looseObject(
  { date: instantSchema, amount: moneySchema },
  { error: "must be an object { date, amount }" },
);

/**
 * The records of {@link revenueByPeriod}: an array of {@link revenueRecordSchema} records.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { revenueRecordsSchema } from "salesmetrics";
 *
 * revenueRecordsSchema.safeParse([{ date: new Date("2017-01-15"), amount: new Decimal("1200.50") }]).success;
 * //=> true
 * // 30 February is not a date.
 * revenueRecordsSchema.safeParse([{ date: "2017-01-15", amount: 1200.5 }, { date: "2017-02-30", amount: 99.5 }]).error?.issues[0]?.path;
 * //=> [1, "date"]
 * ```
 */
export const revenueRecordsSchema = z.array(revenueRecordSchema, { error: "must be an array of { date, amount }" });

/**
 * Options of {@link revenueByPeriod}: the period options every grouping function takes.
 *
 * @example
 * ```ts
 * import { revenueByPeriodOptionsSchema } from "salesmetrics";
 *
 * revenueByPeriodOptionsSchema.safeParse({ period: "quarter", timeZone: "America/New_York", fiscalYearStartMonth: 10 }).success;
 * //=> true
 * revenueByPeriodOptionsSchema.safeParse({ period: "monthly" }).error?.issues[0]?.message;
 * //=> 'must be "day", "week", "month", "quarter" or "year"'
 * ```
 */
export const revenueByPeriodOptionsSchema = periodOptionsSchema;

/**
 * One sale given to {@link revenueByPeriod}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type RevenueRecord } from "salesmetrics";
 *
 * const records: RevenueRecord[] = [
 *   { date: "2017-03-06", amount: 500 },
 *   { date: new Date("2017-03-08T15:00:00Z"), amount: "250.00" },
 *   { date: Date.UTC(2017, 2, 9), amount: -50 }, // a refund
 * ];
 * revenueByPeriod(records, { period: "week" })[0]?.total;
 * //=> 700
 * ```
 */
export interface RevenueRecord {
  /** When the revenue was booked: a Date, an ISO-8601 string or epoch ms. */
  date: Instant;
  /** The amount: a number, a decimal string or a Decimal; negative for a refund. */
  amount: Money;
}

/**
 * Options of {@link revenueByPeriod}: the {@link PeriodOptions} every grouping function takes.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type RevenueByPeriodOptions } from "salesmetrics";
 *
 * // Fiscal years starting in October: October 2016 to September 2017 is FY2017.
 * const options: RevenueByPeriodOptions = { period: "quarter", fiscalYearStartMonth: 10 };
 * revenueByPeriod([{ date: "2016-11-15", amount: 500 }, { date: "2017-01-20", amount: 250 }], options).map((row) => row.period);
 * //=> ["FY2017-Q1", "FY2017-Q2"]
 * ```
 */
export type RevenueByPeriodOptions = PeriodOptions;

/**
 * One period of {@link revenueByPeriod}.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type RevenueForPeriod } from "salesmetrics";
 *
 * const rows: RevenueForPeriod[] = revenueByPeriod(
 *   [{ date: "2017-03-06", amount: 500 }, { date: "2017-03-08", amount: 250 }],
 *   { period: "week" },
 * );
 * rows[0];
 * //=> { period: "2017-W10", start: "2017-03-06", end: "2017-03-12", total: 750, count: 2 }
 * ```
 */
export interface RevenueForPeriod {
  /** `2017-03-08`, `2017-W09`, `2017-03`, `2017-Q1` or `2017` (fiscal: `FY2017-Q1`, `FY2017`). */
  period: string;
  /** First local date of the period, `YYYY-MM-DD`. */
  start: string;
  /** Last local date of the period, `YYYY-MM-DD` (inclusive). */
  end: string;
  /** Sum of the amounts, exact to the cent. */
  total: number;
  /** Records in the period. */
  count: number;
}

/** The most rows a series may have: 1,000,000 days is 2,700 years. */
const MAX_PERIODS = 1_000_000;

/** A period's running total, found by its key. */
class Bucket {
  readonly sum = new MoneySum();
  count = 0;
}

/**
 * Revenue per day, week, month, quarter or year, in the team's time zone, exact to the cent.
 *
 * Each record falls in the period of its local date in `timeZone` (a sale at 23:30 in New
 * York on 31 March belongs to March there, though it is April in UTC). Periods run from the
 * first record's to the last record's, in order, and periods without records in between
 * appear with a total of 0, so a chart or a growth series has no silent gaps. Weeks are ISO
 * 8601 weeks (Monday to Sunday, numbered from the week holding the year's first Thursday).
 * With `fiscalYearStartMonth`, quarters and years are fiscal, named after the year they end in
 * (with 10, October 2016 to September 2017 is `FY2017`).
 * https://en.wikipedia.org/wiki/ISO_week_date
 *
 * Sums use compensated summation (see `MoneySum`): a million cent amounts add up to the cent.
 *
 * @param records - `{ date, amount }` per sale; extra fields are ignored, so CRM rows can be passed as they are.
 * @param options - `period` (default `"month"`), `timeZone` (default `"UTC"`), `fiscalYearStartMonth` (default 1).
 * @returns One row per period, `{ period, start, end, total, count }`, oldest first; `[]` for no record.
 * @throws {KpiInputError} When `records` is not an array, a date is not a valid instant, an
 *   amount is not an amount, an option is invalid, or the records span more than 1,000,000 periods.
 *
 * @example
 * ```ts
 * import { revenueByPeriod } from "salesmetrics";
 *
 * const rows = revenueByPeriod(
 *   [
 *     { date: "2017-01-15", amount: "1200.50" },
 *     { date: "2017-03-31T23:30:00-04:00", amount: 99.5 }, // 1 April in UTC
 *   ],
 *   { period: "month", timeZone: "America/New_York" },
 * );
 * rows.map((row) => [row.period, row.total]);
 * //=> [["2017-01", 1200.5], ["2017-02", 0], ["2017-03", 99.5]]
 * rows[0];
 * //=> { period: "2017-01", start: "2017-01-01", end: "2017-01-31", total: 1200.5, count: 1 }
 * ```
 */
export function revenueByPeriod(records: readonly RevenueRecord[], options?: RevenueByPeriodOptions): RevenueForPeriod[] {
  const { period, zone, fiscalStart } = readPeriodOptions(FN, options);
  if (!Array.isArray(records)) throw invalidInput(FN, "records", revenueRecordsSchema, records);

  const buckets = new Map<number, Bucket>();
  let minKey = Infinity;
  let maxKey = -Infinity;
  // Exports are usually sorted by date: consecutive records mostly share a day, and so a period.
  let lastDay = Number.NaN;
  let lastBucket: Bucket | undefined;
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    const recordFields = fieldsOf(record);
    const time = toEpochMs(recordFields.date, zone);
    const amount = parseMoney(recordFields.amount);
    if (Number.isNaN(time) || Number.isNaN(amount)) {
      throw invalidInput(FN, "records", revenueRecordsSchema, records, (row) => isValidRecord(row, zone));
    }
    const day = localDay(zone, time);
    let bucket = lastBucket;
    if (day !== lastDay || bucket === undefined) {
      const key = periodKeyOfDay(day, period, fiscalStart);
      bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = new Bucket();
        buckets.set(key, bucket);
        if (key < minKey) minKey = key;
        if (key > maxKey) maxKey = key;
        // More distinct periods than a series may span: fail now, before the Map reaches V8's 2^24 entries.
        if (buckets.size > MAX_PERIODS) throw tooLong(maxKey - minKey + 1, period);
      }
      lastDay = day;
      lastBucket = bucket;
    }
    bucket.sum.add(amount);
    bucket.count++;
  }

  if (maxKey - minKey >= MAX_PERIODS) throw tooLong(maxKey - minKey + 1, period);
  const rows: RevenueForPeriod[] = [];
  for (let key = minKey; key <= maxKey; key++) {
    const span = periodSpan(key, period, fiscalStart);
    const bucket = buckets.get(key);
    rows.push({
      period: span.label,
      start: dayLabel(span.firstDay),
      end: dayLabel(span.lastDay),
      total: bucket === undefined ? 0 : bucket.sum.value(FN, "records"),
      count: bucket === undefined ? 0 : bucket.count,
    });
  }
  return rows;
}

/** The error for records spanning `periods` periods, more than a series may have. */
function tooLong(periods: number, period: Period): KpiInputError {
  return new KpiInputError(FN, [
    {
      path: "records",
      message: `span ${periods} ${period}s, more than the ${MAX_PERIODS} rows a series may have: check the dates, or choose a longer period`,
    },
  ]);
}

/** The loop's check of one record, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidRecord(record: unknown, zone: TimeZone): boolean {
  return isRecord(record) && !Number.isNaN(toEpochMs(record.date, zone)) && !Number.isNaN(parseMoney(record.amount));
}
