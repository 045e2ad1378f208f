import * as z from "zod/mini";
import { toEpochMs } from "../_internal/parseInstant.js";
import { localDay, TimeZone, UTC } from "../_internal/timeZone.js";
import { instantSchema, timeZoneSchema, type Instant } from "../core/instant.js";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { moneySchema, type Money } from "../core/money.js";
import { isCustomerId } from "../_internal/checks.js";
import { customerIdSchema } from "../core/ids.js";
import { invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { DAYS_PER_UNIT, TIME_UNIT_SCHEMA } from "./_internal/units.js";
import { LargeMap } from "../_internal/largeMap.js";

const FN = "rfmSummary";

/**
 * The unit recency, age and every model time are counted in: `"day"` or `"week"` (7 days).
 * BG/NBD parameters are tied to it: α is in the same unit (α in days = 7 × α in weeks).
 *
 * @example
 * ```ts
 * import { clvTimeUnitSchema } from "salesmetrics";
 *
 * clvTimeUnitSchema.safeParse("week").success;
 * //=> true
 * clvTimeUnitSchema.safeParse("month").error?.issues[0]?.message;
 * //=> 'must be "day" or "week"'
 * ```
 */
export const clvTimeUnitSchema = TIME_UNIT_SCHEMA;
/**
 * The time unit of recency, age and the BG/NBD parameters: `"week"` or `"day"`.
 *
 * @example
 * ```ts
 * import { rfmSummary, type ClvTimeUnit } from "salesmetrics";
 *
 * const timeUnit: ClvTimeUnit = "day";
 * rfmSummary([{ customerId: "C-1", date: "2024-01-03" }, { customerId: "C-1", date: "2024-01-17" }], { timeUnit });
 * //=> [{ customerId: "C-1", frequency: 1, recency: 14, age: 14, monetaryValue: null, timeUnit: "day" }]
 * ```
 */
export type ClvTimeUnit = z.output<typeof clvTimeUnitSchema>;

const TIME_UNIT = 'must be "day", "week" or "calendarWeek"';
/** The units rfmSummary counts in: the model units, and calendar weeks (lifetimes' freq "W"). */
const summaryTimeUnitSchema = z.enum(["day", "week", "calendarWeek"], { error: TIME_UNIT });

function isSummaryTimeUnit(value: unknown): value is ClvTimeUnit | "calendarWeek" {
  return value === "week" || value === "day" || value === "calendarWeek";
}

/** The Monday-to-Sunday week of a day number (days since 1970-01-01, a Thursday), as pandas' W-SUN periods. */
function calendarWeekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/**
 * One transaction of {@link rfmSummary}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { rfmTransactionSchema } from "salesmetrics";
 *
 * rfmTransactionSchema.safeParse({ customerId: "C-1001", date: "2024-01-15", amount: "49.90", channel: "web" }).success;
 * //=> true
 * rfmTransactionSchema.safeParse({ customerId: "C-1001", date: "2024-02-30", amount: 49.9 }).error?.issues[0]?.message;
 * //=> "is not a valid date"
 * ```
 */
export const rfmTransactionSchema = z.looseObject(
  { customerId: customerIdSchema, date: instantSchema, amount: z.optional(moneySchema) },
  { error: "must be an object { customerId, date, amount? }" },
);

/**
 * The transactions of {@link rfmSummary}: an array of {@link rfmTransactionSchema} records.
 *
 * @example
 * ```ts
 * import { rfmTransactionsSchema } from "salesmetrics";
 *
 * rfmTransactionsSchema.safeParse([{ customerId: 7, date: "2024-02-03", amount: 12.5 }, { customerId: 7, date: new Date("2024-02-10") }]).success;
 * //=> true
 * rfmTransactionsSchema.safeParse([{ customerId: 7, date: "2024-02-03" }, { customerId: 7, date: "2024-02-30" }]).error?.issues[0]?.path;
 * //=> [1, "date"]
 * ```
 */
export const rfmTransactionsSchema = z.array(rfmTransactionSchema, {
  error: "must be an array of { customerId, date, amount? }",
});

/**
 * Options of {@link rfmSummary}.
 *
 * @example
 * ```ts
 * import { rfmSummaryOptionsSchema } from "salesmetrics";
 *
 * rfmSummaryOptionsSchema.safeParse({ calibrationEnd: "2024-03-31", observationEnd: "2024-06-30", timeUnit: "day" }).success;
 * //=> true
 * rfmSummaryOptionsSchema.safeParse({ calibrationEnd: "2024-06-30", observationEnd: "2024-03-31" }).error?.issues[0]?.message;
 * //=> "must not be after observationEnd"
 * ```
 */
export const rfmSummaryOptionsSchema = optionsSchema({
  observationEnd: instantSchema,
  calibrationEnd: instantSchema,
  timeUnit: summaryTimeUnitSchema,
  timeZone: timeZoneSchema,
}).check(
  z.refine(
    (options) => {
      if (options === undefined || options.calibrationEnd === undefined || options.observationEnd === undefined) return true;
      const calibration = toEpochMs(options.calibrationEnd, UTC);
      const observation = toEpochMs(options.observationEnd, UTC);
      return !(calibration > observation);
    },
    { path: ["calibrationEnd"], error: "must not be after observationEnd" },
  ),
);

/**
 * One purchase given to {@link rfmSummary}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { rfmSummary, type RfmTransaction } from "salesmetrics";
 *
 * // Dates as a Date, epoch ms or an ISO string
 * const transactions: RfmTransaction[] = [
 *   { customerId: 1, date: new Date("2024-03-01T10:00:00Z"), amount: "19.99" },
 *   { customerId: 1, date: Date.UTC(2024, 2, 15), amount: "24.01" },
 *   { customerId: 1, date: "2024-03-29T23:30:00Z", amount: 35.99 },
 * ];
 * rfmSummary(transactions, { timeUnit: "day" });
 * //=> [{ customerId: 1, frequency: 2, recency: 28, age: 28, monetaryValue: 30, timeUnit: "day" }]
 * ```
 */
export interface RfmTransaction {
  /** The customer who made the purchase. */
  customerId: string | number;
  /** When the purchase happened: a Date, an ISO-8601 string or epoch ms. */
  date: Instant;
  /** What it was worth; needed only for `monetaryValue`. */
  amount?: Money | undefined;
}

/**
 * Options of {@link rfmSummary}: what {@link rfmSummaryOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { rfmSummary, type RfmSummaryOptions } from "salesmetrics";
 *
 * const transactions = [
 *   { customerId: "C-1", date: "2024-01-03", amount: 40 },
 *   { customerId: "C-1", date: "2024-01-17", amount: 25 },
 *   { customerId: "C-1", date: "2024-02-14", amount: 30 },
 * ];
 * // Calibrate on January, hold out February, in days
 * const options: RfmSummaryOptions = { calibrationEnd: "2024-01-31", observationEnd: "2024-02-29", timeUnit: "day" };
 * rfmSummary(transactions, options);
 * //=> [{ customerId: "C-1", frequency: 1, recency: 14, age: 28, monetaryValue: 25, timeUnit: "day", holdoutFrequency: 1, holdoutDuration: 29 }]
 * ```
 */
export interface RfmSummaryOptions {
  /** The last day observed (inclusive). Default: the day of the latest transaction. Later transactions are ignored. */
  observationEnd?: Instant | undefined;
  /**
   * The last day of the calibration period (inclusive). When given, frequency, recency, age and
   * monetaryValue describe the calibration period only, and each customer also gets the purchase
   * days of the holdout period after it, up to `observationEnd`.
   */
  calibrationEnd?: Instant | undefined;
  /**
   * The unit of recency and age: `"week"` (default; days ÷ 7), `"day"`, or `"calendarWeek"`:
   * purchases grouped by calendar week, Monday to Sunday (lifetimes' `freq="W"`), so frequency
   * counts weeks with a purchase and recency and age are whole weeks. Rows state the unit they
   * are in, `"week"` for calendar weeks too.
   */
  timeUnit?: ClvTimeUnit | "calendarWeek" | undefined;
  /** The IANA zone whose calendar days the purchases fall on; default `"UTC"`. */
  timeZone?: string | undefined;
}

/**
 * One customer's summary from {@link rfmSummary}.
 *
 * @example
 * ```ts
 * import { rfmSummary, type RfmSummaryRow } from "salesmetrics";
 *
 * const rows: RfmSummaryRow[] = rfmSummary([
 *   { customerId: "C-1", date: "2024-01-03", amount: 40 },
 *   { customerId: "C-1", date: "2024-01-17", amount: 25 },
 *   { customerId: "C-1", date: "2024-02-14", amount: 30 },
 *   { customerId: "C-2", date: "2024-01-10", amount: 80 },
 * ]);
 * // In weeks; C-2 has not bought again, so has no mean repeat spend.
 * rows.map((row) => [row.customerId, row.frequency, row.recency, row.age, row.monetaryValue, row.timeUnit]);
 * //=> [["C-1", 2, 6, 6, 27.5, "week"], ["C-2", 0, 0, 5, null, "week"]]
 * ```
 */
export interface RfmSummaryRow {
  /** The customer. */
  customerId: string | number;
  /** Repeat purchase days (calendar weeks with `timeUnit: "calendarWeek"`): those with a purchase after the first one. */
  frequency: number;
  /** From the first to the last purchase day, in the time unit (0 without a repeat purchase). */
  recency: number;
  /** From the first purchase day to the end of the (calibration) period, in the time unit. */
  age: number;
  /** Mean spend of the repeat purchase days (a day's amounts summed); null without a repeat purchase or without amounts. */
  monetaryValue: number | null;
  /**
   * The unit recency, age and holdoutDuration are in. {@link fitBgNbd} and
   * {@link customerLifetimeValue} read it, so a summary in days is never valued as weeks.
   */
  timeUnit: ClvTimeUnit;
  /** Only with `calibrationEnd`: days (calendar weeks) with a purchase in the holdout period. */
  holdoutFrequency?: number;
  /** Only with `calibrationEnd`: the length of the holdout period, in the time unit. */
  holdoutDuration?: number;
}

/**
 * The RFM summary the "buy till you die" models are fitted to: from transactions, each customer's
 * repeat purchases, recency and age, and the mean spend of the repeat purchases.
 *
 * With the CDNOW rules (Fader, Hardie & Lee 2005; lifetimes' `summary_data_from_transaction_data`):
 * purchases on the same calendar day count once (frequency = purchase days − 1); recency = last
 * purchase day − first purchase day; age (T) = end of the period − first purchase day; both in
 * `timeUnit` (a week is 7 days, so recency and age are days ÷ 7). monetaryValue = the mean, over the
 * repeat purchase days, of each day's total amount (the first purchase is left out, as the
 * Gamma-Gamma model expects). Customers whose first purchase is after the calibration end are left
 * out. Rows come back in the order their customers first appear, each with the `timeUnit` it is in.
 *
 * `timeUnit: "calendarWeek"` is lifetimes' `freq="W"`: the same rules with calendar weeks (Monday to
 * Sunday, pandas' W-SUN periods) in place of days. A week's purchases count once, frequency = purchase
 * weeks − 1, recency and age are whole weeks between the weeks of the first purchase, the last one and
 * the end of the period, and monetaryValue is the mean of each repeat week's total. Unlike lifetimes,
 * purchases after `observationEnd` in its own week are left out, as with every unit.
 * https://github.com/CamDavidsonPilon/lifetimes/blob/master/lifetimes/utils.py
 *
 * @param transactions - `{ customerId, date, amount? }` per purchase; extra fields are ignored.
 * @param options - `observationEnd`, `calibrationEnd`, `timeUnit` (`"week"` default, `"day"` or `"calendarWeek"`), `timeZone` (default `"UTC"`).
 * @returns One row per customer: `{ customerId, frequency, recency, age, monetaryValue, timeUnit }`, plus
 *   `holdoutFrequency` and `holdoutDuration` when `calibrationEnd` is given.
 * @throws {KpiInputError} When `transactions` is not an array, a customer id is not a non-empty
 *   string or a finite number, a date is not a valid instant, an amount is not an amount, an option
 *   is invalid, `calibrationEnd` is after `observationEnd`, or a customer's amounts add up beyond the
 *   range of a float.
 *
 * @example
 * ```ts
 * import { rfmSummary } from "salesmetrics";
 *
 * rfmSummary(
 *   [
 *     { customerId: "a", date: "2024-01-01", amount: 20 },
 *     { customerId: "a", date: "2024-01-15", amount: 30 },
 *     { customerId: "a", date: "2024-01-15", amount: 10 },
 *     { customerId: "a", date: "2024-01-29", amount: 50 },
 *     { customerId: "b", date: "2024-01-08", amount: 25 },
 *   ],
 *   { observationEnd: "2024-02-05" },
 * );
 * //=> [{ customerId: "a", frequency: 2, recency: 4, age: 5, monetaryValue: 45, timeUnit: "week" }, { customerId: "b", frequency: 0, recency: 0, age: 4, monetaryValue: null, timeUnit: "week" }]
 * ```
 *
 * @example
 * ```ts
 * import { rfmSummary } from "salesmetrics";
 *
 * // Calendar weeks (lifetimes' freq="W"): 1 January 2015 was a Thursday, in the week of 29 December;
 * // the 2nd is the same week, the 5th the next one.
 * const transactions = [
 *   { customerId: 3, date: "2015-01-01" },
 *   { customerId: 3, date: "2015-01-02" },
 *   { customerId: 3, date: "2015-01-05" },
 * ];
 * rfmSummary(transactions, { observationEnd: "2015-02-07", timeUnit: "calendarWeek" });
 * //=> [{ customerId: 3, frequency: 1, recency: 1, age: 5, monetaryValue: null, timeUnit: "week" }]
 * ```
 */
export function rfmSummary(transactions: readonly RfmTransaction[], options?: RfmSummaryOptions): RfmSummaryRow[] {
  const unit = options?.timeUnit === undefined ? "week" : options.timeUnit;
  const calendarWeeks = unit === "calendarWeek";
  const zoneName = options?.timeZone === undefined ? "UTC" : options.timeZone;
  const zone = TimeZone.of(zoneName);
  const observationEnd = options?.observationEnd;
  const calibrationEnd = options?.calibrationEnd;
  const observationMs = observationEnd === undefined ? undefined : toEpochMs(observationEnd, UTC);
  const calibrationMs = calibrationEnd === undefined ? undefined : toEpochMs(calibrationEnd, UTC);
  if (
    !isOptionsArgument(options) ||
    zone === null ||
    !isSummaryTimeUnit(unit) ||
    Number.isNaN(observationMs) ||
    Number.isNaN(calibrationMs) ||
    (observationMs !== undefined && calibrationMs !== undefined && calibrationMs > observationMs)
  ) {
    throw invalidInput(FN, "options", rfmSummaryOptionsSchema, options);
  }
  if (!Array.isArray(transactions)) throw invalidInput(FN, "transactions", rfmTransactionsSchema, transactions);
  const dayOf = (instant: Instant): number => {
    const ms = toEpochMs(instant, zone);
    return localDay(zone, ms);
  };

  // Pass 1: validate; each row's customer and day; rows per customer.
  const count = transactions.length;
  const customerOf = new Int32Array(count);
  const dayOfRow = new Float64Array(count);
  const amountOf = new Float64Array(count);
  const customerIndex = new LargeMap<unknown, number>(); // more than 2^24 customers is valid input
  const ids: (string | number)[] = [];
  let rowsPer = new Int32Array(64);
  let latest = -Infinity;
  for (let i = 0; i < count; i++) {
    const row: unknown = transactions[i];
    const id = isRecord(row) ? row.customerId : undefined;
    const ms = isRecord(row) ? toEpochMs(row.date, zone) : Number.NaN;
    const rawAmount = isRecord(row) ? row.amount : undefined;
    const amount = rawAmount === undefined ? Number.POSITIVE_INFINITY : parseMoney(rawAmount); // ∞ marks "no amount"
    if (!isCustomerId(id) || Number.isNaN(ms) || Number.isNaN(amount))
      throw invalidInput(
        FN,
        "transactions",
        rfmTransactionsSchema,
        transactions,
        (other) =>
          isRecord(other) &&
          isCustomerId(other.customerId) &&
          !Number.isNaN(toEpochMs(other.date, zone)) &&
          (other.amount === undefined || !Number.isNaN(parseMoney(other.amount))),
      );
    let customer = customerIndex.get(id);
    if (customer === undefined) {
      customer = ids.length;
      customerIndex.set(id, customer);
      ids.push(typeof id === "number" ? id + 0 : id); // -0 and 0 are one customer, reported as 0
      if (customer >= rowsPer.length) {
        const grown = new Int32Array(rowsPer.length * 2);
        grown.set(rowsPer);
        rowsPer = grown;
      }
    }
    const day = localDay(zone, ms);
    customerOf[i] = customer;
    dayOfRow[i] = day;
    amountOf[i] = amount;
    rowsPer[customer] = (rowsPer[customer] as number) + 1;
    if (day > latest) latest = day;
  }
  if (count === 0) return [];
  const observationDay = observationEnd === undefined ? latest : dayOf(observationEnd);
  const calibrationDay = calibrationEnd === undefined ? observationDay : dayOf(calibrationEnd);
  const withHoldout = calibrationEnd !== undefined;
  // Calendar weeks are counted as whole periods; days and weeks as days ÷ the unit.
  const rowUnit: ClvTimeUnit = unit === "day" ? "day" : "week";
  const unitDays = calendarWeeks ? 1 : DAYS_PER_UNIT[rowUnit];
  const periodOf = calendarWeeks ? calendarWeekOf : (day: number): number => day;

  // Pass 2: rows grouped by customer (a counting sort), then each customer's days in order.
  const customers = ids.length;
  const start = new Int32Array(customers + 1);
  for (let c = 0; c < customers; c++) start[c + 1] = (start[c] as number) + (rowsPer[c] as number);
  const next = start.slice(0, customers);
  const rowsByCustomer = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const c = customerOf[i] as number;
    rowsByCustomer[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }

  const result: RfmSummaryRow[] = [];
  const days = new Float64Array(count);
  for (let c = 0; c < customers; c++) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    let first = Infinity;
    for (let k = from; k < to; k++) {
      const day = dayOfRow[rowsByCustomer[k] as number] as number;
      days[k] = day;
      if (day < first) first = day;
    }
    if (first > calibrationDay) continue; // first purchase after the calibration period
    const sorted = days.subarray(from, to).sort();
    let purchaseDays = 0; // purchase periods: days, or calendar weeks
    let lastDay = first;
    let holdoutDays = 0;
    for (let k = 0; k < sorted.length; k++) {
      const day = sorted[k] as number;
      if (k > 0) {
        // A period counts once, within the calibration and within the holdout (as lifetimes, which summarises them apart).
        const previous = sorted[k - 1] as number;
        if (periodOf(day) === periodOf(previous) && day <= calibrationDay === previous <= calibrationDay) continue;
      }
      if (day <= calibrationDay) {
        purchaseDays++;
        lastDay = day;
      } else if (day <= observationDay) {
        holdoutDays++;
      }
    }
    const total = new MoneySum(); // exact to the cent, so row order cannot change the last digit
    const firstPeriod = periodOf(first);
    let missingAmount = false;
    for (let k = from; k < to; k++) {
      const i = rowsByCustomer[k] as number;
      const day = dayOfRow[i] as number;
      if (day > calibrationDay) continue;
      const amount = amountOf[i] as number;
      if (amount === Infinity) missingAmount = true;
      else if (periodOf(day) !== firstPeriod) total.add(amount);
    }
    const frequency = purchaseDays - 1;
    const row: RfmSummaryRow = {
      customerId: ids[c] as string | number,
      frequency,
      // + 0: a day number can be -0 (an instant a hair before 1970 floors to it), and -0 must not leak.
      recency: (periodOf(lastDay) - firstPeriod) / unitDays + 0,
      age: (periodOf(calibrationDay) - firstPeriod) / unitDays + 0,
      monetaryValue: frequency === 0 || missingAmount ? null : total.value(FN, "transactions") / frequency + 0,
      timeUnit: rowUnit,
    };
    if (withHoldout) {
      row.holdoutFrequency = holdoutDays;
      row.holdoutDuration = (periodOf(observationDay) - periodOf(calibrationDay)) / unitDays + 0;
    }
    result.push(row);
  }
  return result;
}
