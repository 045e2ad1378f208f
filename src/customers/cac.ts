import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";

const FN = "cac";

/**
 * Input of {@link cac}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cacInputSchema } from "salesmetrics";
 *
 * cacInputSchema.safeParse({ spend: "445000.00", newCustomers: 50, quarter: "Q1" }).success;
 * //=> true
 * cacInputSchema.safeParse({ spend: 445_000 }).error?.issues[0]?.path;
 * //=> ["newCustomers"]
 * ```
 */
export const cacInputSchema = z.looseObject(
  { spend: nonNegativeMoneySchema, newCustomers: countSchema },
  { error: "must be an object { spend, newCustomers }" },
);

/**
 * Input of {@link cac}: what {@link cacInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { cac, type CacInput } from "salesmetrics";
 *
 * // blended: all sales and marketing cost over all new customers
 * const blended: CacInput = { spend: 445_000, newCustomers: 50 };
 * cac(blended);
 * //=> 8900
 * ```
 */
export interface CacInput {
  /** Acquisition spend of the period, ≥ 0: all sales and marketing cost (blended) or paid media only (paid). */
  spend: Money;
  /** Customers won in the same period, counted to match `spend`: all of them (blended) or those attributed to paid (paid). */
  newCustomers: number;
}

/**
 * Customer acquisition cost (CAC): what winning one new customer costs.
 *
 * `spend ÷ newCustomers`. Which spend and which customers is the caller's choice, and it
 * must match on both sides: *blended* CAC divides all sales and marketing cost (salaries,
 * commissions, programs, tools, agencies, overhead) by all new customers; *paid* CAC divides
 * paid media spend by the customers attributed to it. ChurnZero's example: 90,000 + 185,000 +
 * 60,000 + 110,000 = 445,000 of sales and marketing for 50 customers is 8,900 each.
 * https://www.hubspot.com/glossary/customer-acquisition-cost
 * https://churnzero.com/churnopedia/customer-acquisition-cost-cac-recovering/
 *
 * @param input - `spend` (an amount ≥ 0) and `newCustomers` (a count) of the same period.
 * @returns Money per new customer, in the currency of `spend`; `null` when no customer was won.
 * @throws {KpiInputError} When `spend` is negative or not an amount, or `newCustomers` is not a
 *   non-negative integer.
 *
 * @example
 * ```ts
 * import { cac } from "salesmetrics";
 *
 * cac({ spend: 445_000, newCustomers: 50 });
 * //=> 8900
 * // metricuno: blended €310,000 over all 4,800 new customers
 * cac({ spend: "310000.00", newCustomers: 4800 });
 * //=> 64.58
 * cac({ spend: 12_000, newCustomers: 0 });
 * //=> null
 * ```
 */
export function cac(input: CacInput): number | null {
  const fields = fieldsOf(input);
  const spend = parseMoney(fields.spend);
  const newCustomers = fields.newCustomers;
  if (!(spend >= 0) || !isCount(newCustomers)) throw invalidInput(FN, "input", cacInputSchema, input);
  return ratio(spend, newCustomers);
}
