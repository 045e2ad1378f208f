import * as z from "zod/mini";
import { instantSchema } from "../core/instant.js";
import { moneySchema, type Money } from "../core/money.js";
import { customerIdSchema } from "../core/ids.js";
import { countCohorts } from "../_internal/cohorts.js";
import type { CohortOptions, CohortTransaction } from "./cohortRetention.js";

const FN = "cohortRevenue";

/**
 * One transaction of {@link cohortRevenue}: a customer, a date and an amount. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cohortRevenueTransactionSchema } from "salesmetrics";
 *
 * // a refund is a negative amount
 * cohortRevenueTransactionSchema.safeParse({ customerId: "acme", date: "2024-02-20", amount: "-200.00" }).success;
 * //=> true
 * cohortRevenueTransactionSchema.safeParse({ customerId: "acme", date: "2024-02-20" }).error?.issues[0]?.path;
 * //=> ["amount"]
 * ```
 */
export const cohortRevenueTransactionSchema = z.looseObject(
  { customerId: customerIdSchema, date: instantSchema, amount: moneySchema },
  { error: "must be an object { customerId, date, amount }" },
);

/**
 * The transactions of {@link cohortRevenue}: an array of {@link cohortRevenueTransactionSchema} records.
 *
 * @example
 * ```ts
 * import { cohortRevenueTransactionsSchema } from "salesmetrics";
 *
 * cohortRevenueTransactionsSchema.safeParse([{ customerId: "acme", date: "2024-01-05", amount: 1200 }]).success;
 * //=> true
 * // a decimal string has no thousands separators
 * cohortRevenueTransactionsSchema.safeParse([
 *   { customerId: "acme", date: "2024-01-05", amount: 1200 },
 *   { customerId: "globex", date: "2024-01-18", amount: "1,200.00" },
 * ]).error?.issues[0]?.path;
 * //=> [1, "amount"]
 * ```
 */
export const cohortRevenueTransactionsSchema = z.array(cohortRevenueTransactionSchema, {
  error: "must be an array of { customerId, date, amount }",
});

/**
 * One transaction given to {@link cohortRevenue}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cohortRevenue, type CohortRevenueTransaction } from "salesmetrics";
 *
 * const payments: CohortRevenueTransaction[] = [
 *   { customerId: "acme", date: "2024-01-05", amount: "1200.00" },
 *   { customerId: "globex", date: "2024-01-18", amount: 800 },
 *   { customerId: "acme", date: "2024-02-05", amount: "1200.00" },
 *   { customerId: "acme", date: "2024-02-20", amount: "-200.00" }, // a refund
 * ];
 * cohortRevenue(payments).cohorts[0]?.revenue;
 * //=> [2000, 1000]
 * ```
 */
export interface CohortRevenueTransaction extends CohortTransaction {
  /** The amount: a number, a decimal string or a Decimal; negative for a refund. */
  amount: Money;
}

/**
 * One cohort of {@link cohortRevenue}.
 *
 * @example
 * ```ts
 * import { cohortRevenue, type RevenueCohort } from "salesmetrics";
 *
 * const { cohorts } = cohortRevenue([
 *   { customerId: "acme", date: "2024-01-05", amount: "1200.00" },
 *   { customerId: "globex", date: "2024-01-18", amount: 800 },
 *   { customerId: "acme", date: "2024-02-05", amount: "1000.00" },
 * ]);
 * const january: RevenueCohort | undefined = cohorts[0];
 * january?.revenuePerCustomer;
 * //=> [1000, 500]
 * ```
 */
export interface RevenueCohort {
  /** The period of the cohort's first transactions, e.g. `2017-03`. */
  cohort: string;
  /** Customers whose first transaction fell in that period. */
  size: number;
  /** `revenue[k]`: the cohort's revenue k periods after its first period, exact to the cent. */
  revenue: number[];
  /** `revenuePerCustomer[k]`: revenue[k] ÷ size, to compare cohorts of different sizes. */
  revenuePerCustomer: number[];
}

/**
 * Revenue per cohort and period: what the customers acquired in each period spend as they age.
 *
 * Customers are grouped by the period of their first transaction (as in {@link cohortRetention});
 * revenue[k] sums their amounts k periods later. Revenue per customer of the cohort makes
 * cohorts of different sizes comparable, and its running sum is the cohort's historical
 * lifetime value per customer.
 * https://shopify.engineering/how-shopify-merchants-can-measure-retention
 *
 * @param transactions - `{ customerId, date, amount }` per transaction; extra fields are ignored.
 * @param options - `period` (default `"month"`), `timeZone` (default `"UTC"`), `fiscalYearStartMonth`.
 * @returns `{ cohorts }`, oldest cohort first, each `{ cohort, size, revenue, revenuePerCustomer }`.
 * @throws {KpiInputError} As {@link cohortRetention}, and when an amount is not an amount.
 *
 * @example
 * ```ts
 * import { cohortRevenue } from "salesmetrics";
 *
 * cohortRevenue([
 *   { customerId: "a", date: "2024-01-05", amount: "30.00" },
 *   { customerId: "b", date: "2024-01-20", amount: "10.00" },
 *   { customerId: "a", date: "2024-02-11", amount: "25.50" },
 * ]).cohorts[0];
 * //=> { cohort: "2024-01", size: 2, revenue: [40, 25.5], revenuePerCustomer: [20, 12.75] }
 * ```
 */
export function cohortRevenue(
  transactions: readonly CohortRevenueTransaction[],
  options?: CohortOptions,
): { cohorts: RevenueCohort[] } {
  const counts = countCohorts(FN, transactions, options, cohortRevenueTransactionsSchema, true);
  return {
    cohorts: counts.map(({ cohort, size, revenue }) => {
      const totals = (revenue ?? []).map((sum) => sum.value(FN, "transactions"));
      return { cohort, size, revenue: totals, revenuePerCustomer: totals.map((total) => total / size + 0) };
    }),
  };
}
