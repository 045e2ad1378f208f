import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { moneySchema, nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "ltvToCac";

/**
 * Input of {@link ltvToCac}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { ltvToCacInputSchema } from "salesmetrics";
 *
 * // ltv may be negative (customers who lose money); cac may not
 * ltvToCacInputSchema.safeParse({ ltv: -200, cac: 500 }).success;
 * //=> true
 * ltvToCacInputSchema.safeParse({ ltv: 5000, cac: -750 }).error?.issues[0]?.path;
 * //=> ["cac"]
 * ```
 */
export const ltvToCacInputSchema = z.looseObject(
  { ltv: moneySchema, cac: nonNegativeMoneySchema },
  { error: "must be an object { ltv, cac }" },
);

/**
 * Input of {@link ltvToCac}: what {@link ltvToCacInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { ltvToCac, type LtvToCacInput } from "salesmetrics";
 *
 * const smb: LtvToCacInput = { ltv: 1960, cac: "490.00" };
 * ltvToCac(smb);
 * //=> 4
 * ```
 */
export interface LtvToCacInput {
  /** Lifetime value of a customer (see {@link ltv}); negative when customers lose money. */
  ltv: Money;
  /** Acquisition cost of a customer (see {@link cac}), ≥ 0. */
  cac: Money;
}

/**
 * LTV to CAC: how many times over a customer pays back what it cost to win them.
 *
 * `ltv ÷ cac`. 3 or more is the usual mark of healthy unit economics (HubSpot; David Skok);
 * an LTV of 5,000 for a CAC of 750 is 6.67. Take both from the same segment and period, and
 * compute LTV on gross margin when CAC is fully loaded. Blended or paid CAC alone can move
 * the ratio from 3.2 to 5.9 for the same LTV (optif.ai).
 * https://www.hubspot.com/glossary/customer-acquisition-cost
 *
 * @param input - `ltv` (an amount) and `cac` (an amount ≥ 0) in the same currency.
 * @returns The ratio (a plain number, not a percentage), or `null` when `cac` is 0.
 * @throws {KpiInputError} When an amount is not an amount, `cac` is negative, or the result
 *   would exceed the float range.
 *
 * @example
 * ```ts
 * import { ltvToCac } from "salesmetrics";
 *
 * ltvToCac({ ltv: 5000, cac: 750 });
 * //=> 6.67
 * ltvToCac({ ltv: 300, cac: 50 });
 * //=> 6
 * ```
 */
export function ltvToCac(input: LtvToCacInput): number | null {
  const fields = fieldsOf(input);
  const value = parseMoney(fields.ltv);
  const cost = parseMoney(fields.cac);
  if (Number.isNaN(value) || !(cost >= 0)) throw invalidInput(FN, "input", ltvToCacInputSchema, input);
  const multiple = ratio(value, cost);
  return multiple === null ? null : finiteResult(FN, "cac", multiple);
}
