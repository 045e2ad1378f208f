import * as z from "zod/mini";
import { instantSchema } from "../core/instant.js";
import { moneySchema, type Money } from "../core/money.js";
import { countCohorts, customerIdSchema, type CohortOptions, type CohortTransaction } from "./cohorts.js";

/** One transaction of {@link cohortRevenue}: a customer, a date and an amount. Extra fields are ignored. */
export const cohortRevenueTransactionSchema = z.looseObject(
  { customerId: customerIdSchema, date: instantSchema, amount: moneySchema },
  { error: "must be an object { customerId, date, amount }" },
);

/** The transactions of {@link cohortRevenue}: an array of {@link cohortRevenueTransactionSchema} records. */
export const cohortRevenueTransactionsSchema = z.array(cohortRevenueTransactionSchema, {
  error: "must be an array of { customerId, date, amount }",
});

/** One transaction given to {@link cohortRevenue}. Extra fields are ignored. */
export interface CohortRevenueTransaction extends CohortTransaction {
  /** The amount: a number, a decimal string or a Decimal; negative for a refund. */
  amount: Money;
}

/** One cohort of {@link cohortRevenue}. */
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
  const counts = countCohorts("cohortRevenue", transactions, options, cohortRevenueTransactionsSchema, true);
  return {
    cohorts: counts.map(({ cohort, size, revenue }) => {
      const totals = (revenue ?? []).map((sum) => sum.value("cohortRevenue", "transactions"));
      return { cohort, size, revenue: totals, revenuePerCustomer: totals.map((total) => total / size + 0) };
    }),
  };
}
