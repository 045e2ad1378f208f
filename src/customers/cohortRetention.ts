import * as z from "zod/mini";
import { instantSchema, type Instant } from "../core/instant.js";
import { customerIdSchema } from "../core/ids.js";
import { countCohorts } from "../_internal/cohorts.js";
import { periodOptionsSchema, type PeriodOptions } from "../core/periods.js";

/**
 * Options of {@link cohortRetention} and {@link cohortRevenue}: the period options every grouping function takes.
 *
 * @example
 * ```ts
 * import { cohortOptionsSchema } from "salesmetrics";
 *
 * cohortOptionsSchema.safeParse({ period: "quarter", timeZone: "America/New_York", fiscalYearStartMonth: 4 }).success;
 * //=> true
 * cohortOptionsSchema.safeParse({ period: "fortnight" }).error?.issues[0]?.path;
 * //=> ["period"]
 * cohortOptionsSchema.safeParse({ fiscalYearStartMonth: 13 }).error?.issues[0]?.message;
 * //=> "must be a month number from 1 (January) to 12"
 * ```
 */
export const cohortOptionsSchema = periodOptionsSchema;
/**
 * Options of {@link cohortRetention} and {@link cohortRevenue}: the {@link PeriodOptions} every grouping function takes.
 *
 * @example
 * ```ts
 * import { cohortRetention, type CohortOptions } from "salesmetrics";
 *
 * // fiscal quarters of a year that starts in April
 * const options: CohortOptions = { period: "quarter", fiscalYearStartMonth: 4 };
 * cohortRetention(
 *   [
 *     { customerId: "acme", date: "2024-04-10" },
 *     { customerId: "globex", date: "2024-06-28" },
 *     { customerId: "acme", date: "2024-08-02" },
 *   ],
 *   options,
 * );
 * //=> { cohorts: [{ cohort: "FY2025-Q1", size: 2, retention: [1, 0.5] }] }
 * ```
 */
export type CohortOptions = PeriodOptions;

/**
 * One transaction given to {@link cohortRetention}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cohortRetention, type CohortTransaction } from "salesmetrics";
 *
 * // a date may be an ISO-8601 string, a Date or epoch ms
 * const orders: CohortTransaction[] = [
 *   { customerId: 1042, date: "2024-01-15" },
 *   { customerId: 1042, date: new Date("2024-02-15T09:00:00Z") },
 *   { customerId: 2077, date: 1708416000000 }, // 2024-02-20T08:00:00Z
 * ];
 * cohortRetention(orders).cohorts[0];
 * //=> { cohort: "2024-01", size: 1, retention: [1, 1] }
 * ```
 */
export interface CohortTransaction {
  /** The customer the transaction belongs to. */
  customerId: string | number;
  /** When the transaction happened: a Date, an ISO-8601 string or epoch ms. */
  date: Instant;
}

const FN = "cohortRetention";

/**
 * One transaction of {@link cohortRetention}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cohortTransactionSchema } from "salesmetrics";
 *
 * cohortTransactionSchema.safeParse({ customerId: "cus_123", date: "2024-03-08 14:30:00", orderId: 881 }).success;
 * //=> true
 * // a day-first date is not ISO 8601
 * cohortTransactionSchema.safeParse({ customerId: "cus_123", date: "08/03/2024" }).error?.issues[0]?.message;
 * //=> "is not a valid date"
 * ```
 */
export const cohortTransactionSchema = z.looseObject(
  { customerId: customerIdSchema, date: instantSchema },
  { error: "must be an object { customerId, date }" },
);

/**
 * The transactions of {@link cohortRetention}: an array of {@link cohortTransactionSchema} records.
 *
 * @example
 * ```ts
 * import { cohortTransactionsSchema } from "salesmetrics";
 *
 * cohortTransactionsSchema.safeParse([
 *   { customerId: 1042, date: "2024-01-05" },
 *   { customerId: 1042, date: "2024-02-11" },
 * ]).success;
 * //=> true
 * // February 30 does not exist
 * cohortTransactionsSchema.safeParse([{ customerId: 1042, date: "2024-02-30" }]).error?.issues[0]?.path;
 * //=> [0, "date"]
 * ```
 */
export const cohortTransactionsSchema = z.array(cohortTransactionSchema, {
  error: "must be an array of { customerId, date }",
});

/**
 * One cohort of {@link cohortRetention}.
 *
 * @example
 * ```ts
 * import { cohortRetention, type RetentionCohort } from "salesmetrics";
 *
 * const { cohorts } = cohortRetention([
 *   { customerId: "acme", date: "2024-01-05" },
 *   { customerId: "globex", date: "2024-01-18" },
 *   { customerId: "acme", date: "2024-02-05" },
 * ]);
 * const january: RetentionCohort | undefined = cohorts[0];
 * january?.size;
 * //=> 2
 * january?.retention;
 * //=> [1, 0.5]
 * ```
 */
export interface RetentionCohort {
  /** The period of the cohort's first transactions, e.g. `2017-03`. */
  cohort: string;
  /** Customers whose first transaction fell in that period. */
  size: number;
  /**
   * `retention[k]`: the share of the cohort with a transaction k periods after the cohort's
   * period; `retention[0]` is 1. One entry per period up to the last period in the data.
   */
  retention: number[];
}

/**
 * Cohort retention: customers grouped by the period of their first transaction, and the share
 * of each group that transacts again 1, 2, 3 … periods later.
 *
 * retention[k] = customers of the cohort with a transaction in period cohort + k ÷ cohort size.
 * Each row of the table reads left to right as one cohort ageing; each column compares cohorts
 * at the same age. A customer who skips a period and comes back counts again when they come
 * back, so a row need not fall steadily (this is "period k" retention, as in Shopify's cohort
 * analyses, not "still active since").
 * https://shopify.engineering/how-shopify-merchants-can-measure-retention
 *
 * @param transactions - `{ customerId, date }` per transaction (orders, payments); extra fields are ignored.
 * @param options - `period` (default `"month"`), `timeZone` (default `"UTC"`), `fiscalYearStartMonth`.
 * @returns `{ cohorts }`, oldest cohort first, each `{ cohort, size, retention }` with retention as fractions.
 * @throws {KpiInputError} When `transactions` is not an array, a customer id is not a non-empty
 *   string or a finite number, a date is not a valid instant, an option is invalid, or the dates
 *   span more than 1,000,000 periods.
 *
 * @example
 * ```ts
 * import { cohortRetention } from "salesmetrics";
 *
 * cohortRetention([
 *   { customerId: "a", date: "2024-01-05" },
 *   { customerId: "b", date: "2024-01-20" },
 *   { customerId: "a", date: "2024-02-11" },
 *   { customerId: "c", date: "2024-02-15" },
 *   { customerId: "b", date: "2024-03-02" },
 * ]);
 * //=> { cohorts: [{ cohort: "2024-01", size: 2, retention: [1, 0.5, 0.5] }, { cohort: "2024-02", size: 1, retention: [1, 0] }] }
 * ```
 */
export function cohortRetention(
  transactions: readonly CohortTransaction[],
  options?: CohortOptions,
): { cohorts: RetentionCohort[] } {
  const counts = countCohorts(FN, transactions, options, cohortTransactionsSchema, false);
  return {
    cohorts: counts.map(({ cohort, size, active }) => ({
      cohort,
      size,
      retention: active.map((customers) => customers / size),
    })),
  };
}
