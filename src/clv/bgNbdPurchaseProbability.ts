import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { purchaseProbability } from "./_internal/bgNbdMath.js";
import { isBgNbdParams, isNonNegativeNumber, nonNegativeNumberSchema, notComputable } from "./_internal/checks.js";
import { bgNbdParamsSchema, type BgNbdParameters } from "./fitBgNbd.js";

const FN = "bgNbdPurchaseProbability";

/**
 * Input of {@link bgNbdPurchaseProbability}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { bgNbdPurchaseProbabilityInputSchema } from "salesmetrics";
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdPurchaseProbabilityInputSchema.safeParse({ params, t: 39, purchases: 1 }).success;
 * //=> true
 * bgNbdPurchaseProbabilityInputSchema.safeParse({ params, t: 39, purchases: 1.5 }).error?.issues[0]?.message;
 * //=> "must be a non-negative integer"
 * ```
 */
export const bgNbdPurchaseProbabilityInputSchema = z.looseObject(
  { params: bgNbdParamsSchema, t: nonNegativeNumberSchema, purchases: countSchema },
  { error: "must be an object { params, t, purchases }" },
);

/**
 * Input of {@link bgNbdPurchaseProbability}: what {@link bgNbdPurchaseProbabilityInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { bgNbdPurchaseProbability, type BgNbdPurchaseProbabilityInput } from "salesmetrics";
 *
 * // CDNOW, weeks: the chance that a new customer makes exactly one repeat purchase in 39 weeks
 * const input: BgNbdPurchaseProbabilityInput = { params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, t: 39, purchases: 1 };
 * bgNbdPurchaseProbability(input);
 * //=> 0.1994
 * ```
 */
export interface BgNbdPurchaseProbabilityInput {
  /** Fitted BG/NBD parameters (the `params` of {@link fitBgNbd}). */
  params: BgNbdParameters;
  /** The length of time, in the time unit the parameters were fitted in. */
  t: number;
  /** The number of repeat purchases n. */
  purchases: number;
}

/**
 * The probability that a new customer makes exactly n repeat purchases in their first t, under
 * the BG/NBD model: the distribution behind a histogram of purchase counts.
 *
 * P(X(t) = n) = B(a, b+n)/B(a, b) · Γ(r+n)/(Γ(r) n!) · (α/(α+t))^r · (t/(α+t))^n
 *             + 1{n>0} · B(a+1, b+n−1)/B(a, b) · [1 − Σ_{j<n} Γ(r+j)/(Γ(r) j!) · (α/(α+t))^r · (t/(α+t))^j]
 * (Fader, Hardie & Lee 2005, eq. 8). The bracket, a negative-binomial tail, is summed directly
 * beyond the mean so that small probabilities keep their digits.
 * http://brucehardie.com/papers/018/fader_et_al_mksc_05.pdf
 *
 * @param input - `params`, `t` ≥ 0 and `purchases` (a non-negative integer).
 * @returns A probability in [0, 1]; over n = 0, 1, 2, … they sum to 1.
 * @throws {KpiInputError} When a parameter is not a finite number > 0, `t` is negative or not
 *   finite, `purchases` is not a non-negative integer, or the parameters are so extreme that the
 *   probability cannot be computed.
 *
 * @example
 * ```ts
 * import { bgNbdPurchaseProbability } from "salesmetrics";
 *
 * // CDNOW, weeks; the same values as R's BTYD
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdPurchaseProbability({ params, t: 39, purchases: 0 });
 * //=> 0.5737864
 * bgNbdPurchaseProbability({ params, t: 2, purchases: 10 });
 * //=> 0.000000107869
 * ```
 */
export function bgNbdPurchaseProbability(input: BgNbdPurchaseProbabilityInput): number {
  const fields = fieldsOf(input);
  const params = fields.params;
  const t = fields.t;
  const purchases = fields.purchases;
  if (!isBgNbdParams(params) || !isNonNegativeNumber(t) || !isCount(purchases)) {
    throw invalidInput(FN, "input", bgNbdPurchaseProbabilityInputSchema, input);
  }
  const value = purchaseProbability(params, t, purchases);
  if (!(value >= 0 && value <= 1)) throw notComputable(FN, "params");
  return value + 0;
}
