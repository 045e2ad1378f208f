import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";
import { isGrossMargin } from "../_internal/checks.js";
import { grossMarginSchema } from "../core/rate.js";

const FN = "cacPayback";

/**
 * Input of {@link cacPayback}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cacPaybackInputSchema } from "salesmetrics";
 *
 * cacPaybackInputSchema.safeParse({ cac: 8900, arpa: 2000, grossMargin: 0.6 }).success;
 * //=> true
 * // without grossMargin: revenue payback
 * cacPaybackInputSchema.safeParse({ cac: 8900, arpa: 2000 }).success;
 * //=> true
 * // a margin is a fraction: 60 % is 0.6, not 60
 * cacPaybackInputSchema.safeParse({ cac: 8900, arpa: 2000, grossMargin: 60 }).error?.issues[0]?.path;
 * //=> ["grossMargin"]
 * ```
 */
export const cacPaybackInputSchema = z.looseObject(
  { cac: nonNegativeMoneySchema, arpa: nonNegativeMoneySchema, grossMargin: z.optional(grossMarginSchema) },
  { error: "must be an object { cac, arpa, grossMargin? }" },
);

/**
 * Input of {@link cacPayback}: what {@link cacPaybackInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { cacPayback, type CacPaybackInput } from "salesmetrics";
 *
 * const input: CacPaybackInput = { cac: 6000, arpa: "500.00", grossMargin: 0.8 };
 * cacPayback(input);
 * //=> 15
 * ```
 */
export interface CacPaybackInput {
  /** Acquisition cost of one customer, ≥ 0 (see {@link cac}). */
  cac: Money;
  /** Monthly revenue per account (ARPA, see {@link arpa}), ≥ 0. */
  arpa: Money;
  /** Gross margin as a fraction ≤ 1 (0.6 for 60 %). Leave it out for revenue payback. */
  grossMargin?: number | undefined;
}

/**
 * CAC payback: the months of gross profit it takes to earn back what a customer cost.
 *
 * `cac ÷ (arpa × grossMargin)`, with monthly ARPA, so the result is in months (David Skok's
 * definition, as ChurnZero and Finmark reproduce it): 8,900 at an ARPA of 2,000 and a 60 %
 * margin is 8,900 ÷ 1,200 = 7.42 months. Without `grossMargin` it is *revenue payback*,
 * `cac ÷ arpa` (1,000 ÷ 100 = 10 months), which flatters the result by ignoring what serving
 * the customer costs; say which one you report. Use a quarterly ARPA and the result is in quarters.
 * https://churnzero.com/churnopedia/customer-acquisition-cost-cac-recovering/
 * https://help.finmark.com/en/articles/5525177-how-finmark-calculates-ltv-cac-and-cac-payback
 *
 * @param input - `cac` and monthly `arpa` (amounts ≥ 0), and optionally `grossMargin` (a fraction ≤ 1).
 * @returns Months to recover the acquisition cost (≥ 0), or `null` when the monthly gross
 *   profit (`arpa × grossMargin`) is 0 or less: the cost is then never recovered.
 * @throws {KpiInputError} When an amount is negative or not an amount, `grossMargin` is not a
 *   number ≤ 1, or the result would exceed the float range.
 *
 * @example
 * ```ts
 * import { cacPayback } from "salesmetrics";
 *
 * cacPayback({ cac: 8900, arpa: 2000, grossMargin: 0.6 });
 * //=> 7.4167
 * // revenue payback: no margin
 * cacPayback({ cac: 1000, arpa: 100 });
 * //=> 10
 * cacPayback({ cac: 1000, arpa: 100, grossMargin: -0.1 });
 * //=> null
 * ```
 */
export function cacPayback(input: CacPaybackInput): number | null {
  const fields = fieldsOf(input);
  const cost = parseMoney(fields.cac);
  const arpa = parseMoney(fields.arpa);
  const margin = fields.grossMargin;
  if (!(cost >= 0 && arpa >= 0) || (margin !== undefined && !isGrossMargin(margin))) {
    throw invalidInput(FN, "input", cacPaybackInputSchema, input);
  }
  const share = margin === undefined ? 1 : margin;
  if (!(arpa > 0 && share > 0)) return null;
  // Divided in two steps: arpa × margin could underflow to 0 where the payback is merely long.
  return finiteResult(FN, "arpa", cost / arpa / share) + 0;
}
