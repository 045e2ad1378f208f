import * as z from "zod/mini";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { conditionalExpectedPurchases } from "./_internal/bgNbdMath.js";
import { isBgNbdParams, isNonNegativeNumber, nonNegativeNumberSchema, notComputable } from "./_internal/checks.js";
import { bgNbdParamsSchema, type BgNbdParameters } from "./fitBgNbd.js";

const FN = "bgNbdExpectedPurchases";

/**
 * Input of {@link bgNbdExpectedPurchases}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { bgNbdExpectedPurchasesInputSchema } from "salesmetrics";
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdExpectedPurchasesInputSchema.safeParse({ params, t: 52 }).success;
 * //=> true
 * bgNbdExpectedPurchasesInputSchema.safeParse({ params: { ...params, a: 0 }, t: 52 }).error?.issues[0]?.path;
 * //=> ["params", "a"]
 * ```
 */
export const bgNbdExpectedPurchasesInputSchema = z.looseObject(
  { params: bgNbdParamsSchema, t: nonNegativeNumberSchema },
  { error: "must be an object { params, t }" },
);

/**
 * Input of {@link bgNbdExpectedPurchases}: what {@link bgNbdExpectedPurchasesInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { bgNbdExpectedPurchases, type BgNbdExpectedPurchasesInput } from "salesmetrics";
 *
 * // CDNOW parameters are in weeks: t = 52 is a new customer's first year
 * const input: BgNbdExpectedPurchasesInput = { params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, t: 52 };
 * bgNbdExpectedPurchases(input);
 * //=> 1.446
 * ```
 */
export interface BgNbdExpectedPurchasesInput {
  /** Fitted BG/NBD parameters (the `params` of {@link fitBgNbd}). */
  params: BgNbdParameters;
  /** The length of time, in the time unit the parameters were fitted in. */
  t: number;
}

/**
 * Purchases a new customer is expected to make in their first t (after the first purchase) under
 * the BG/NBD model: the curve a cohort's repeat purchases follow.
 *
 * E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))]
 * (Fader, Hardie & Lee 2005, eq. 9), computed in a form that stays exact at a = 1 and for any t up to
 * about 10⁴ × α. http://brucehardie.com/papers/018/fader_et_al_mksc_05.pdf
 *
 * @param input - `params` `{ r, alpha, a, b }` and `t` ≥ 0.
 * @returns Expected repeat purchases in (0, t], ≥ 0; 0 at t = 0.
 * @throws {KpiInputError} When a parameter is not a finite number > 0, `t` is negative or not
 *   finite, or `t` is too long for the series (more than about 10⁴ × α).
 *
 * @example
 * ```ts
 * import { bgNbdExpectedPurchases } from "salesmetrics";
 *
 * // CDNOW, weeks: Fader, Hardie & Lee (2005)
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdExpectedPurchases({ params, t: 39 });
 * //=> 1.197
 * bgNbdExpectedPurchases({ params, t: 78 });
 * //=> 1.86
 * ```
 */
export function bgNbdExpectedPurchases(input: BgNbdExpectedPurchasesInput): number {
  const fields = fieldsOf(input);
  const params = fields.params;
  const t = fields.t;
  if (!isBgNbdParams(params) || !isNonNegativeNumber(t)) {
    throw invalidInput(FN, "input", bgNbdExpectedPurchasesInputSchema, input);
  }
  const value = conditionalExpectedPurchases(params, 0, 0, 0, t);
  if (!Number.isFinite(value)) throw notComputable(FN, "t");
  return value;
}
