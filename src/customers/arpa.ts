import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";

const FN = "arpa";

/**
 * Input of {@link arpa}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { arpaInputSchema } from "salesmetrics";
 *
 * arpaInputSchema.safeParse({ revenue: "36000.00", customers: 120, plan: "Pro" }).success;
 * //=> true
 * // a decimal string has no thousands separators
 * arpaInputSchema.safeParse({ revenue: "36,000.00", customers: 120 }).error?.issues[0]?.path;
 * //=> ["revenue"]
 * arpaInputSchema.safeParse({ revenue: 36_000, customers: 120.5 }).error?.issues[0]?.message;
 * //=> "must be a non-negative integer"
 * ```
 */
export const arpaInputSchema = z.looseObject(
  { revenue: nonNegativeMoneySchema, customers: countSchema },
  { error: "must be an object { revenue, customers }" },
);

/**
 * Input of {@link arpa}: what {@link arpaInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { arpa, type ArpaInput } from "salesmetrics";
 *
 * // an MRR of $36,000 from 120 accounts
 * const input: ArpaInput = { revenue: "36000.00", customers: 120 };
 * arpa(input);
 * //=> 300
 * ```
 */
export interface ArpaInput {
  /** Recurring revenue of the period, ≥ 0: MRR for a monthly ARPA, ARR for an annual one. */
  revenue: Money;
  /** Active customers (accounts) it comes from. */
  customers: number;
}

/**
 * Average revenue per account (ARPA, also ARPU): recurring revenue per active customer.
 *
 * `revenue ÷ customers`. ChartMogul's example: an MRR of $1,500 from 5 customers is an ARPA of
 * $300. Pass MRR for the monthly ARPA that {@link ltv} and {@link cacPayback} expect. Count
 * accounts (companies), not users, unless you want revenue per user.
 * https://help.chartmogul.com/hc/en-us/articles/203359301
 *
 * @param input - `revenue` (an amount ≥ 0) and the `customers` it comes from (a count).
 * @returns Revenue per customer, in the currency and period of `revenue`; `null` when there is no customer.
 * @throws {KpiInputError} When `revenue` is negative or not an amount, or `customers` is not a
 *   non-negative integer.
 *
 * @example
 * ```ts
 * import { arpa } from "salesmetrics";
 *
 * arpa({ revenue: 1500, customers: 5 });
 * //=> 300
 * ```
 */
export function arpa(input: ArpaInput): number | null {
  const fields = fieldsOf(input);
  const revenue = parseMoney(fields.revenue);
  const customers = fields.customers;
  if (!(revenue >= 0) || !isCount(customers)) throw invalidInput(FN, "input", arpaInputSchema, input);
  return ratio(revenue, customers);
}
