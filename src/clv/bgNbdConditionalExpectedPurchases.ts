import * as z from "zod/mini";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { conditionalExpectedPurchases } from "./_internal/bgNbdMath.js";
import {
  isBgNbdParams,
  isNonNegativeNumber,
  isRfmCustomer,
  nonNegativeNumberSchema,
  notComputable,
  paramsUnitRule,
  RFM_FIELDS,
  rfmRules,
  unitsAgree,
} from "./_internal/checks.js";
import { bgNbdParamsSchema, type BgNbdParameters } from "./fitBgNbd.js";
import type { ClvTimeUnit } from "./rfmSummary.js";

const FN = "bgNbdConditionalExpectedPurchases";

/**
 * Input of {@link bgNbdConditionalExpectedPurchases}: a customer's summary, the parameters and t. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { bgNbdConditionalInputSchema } from "salesmetrics";
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdConditionalInputSchema.safeParse({ params, frequency: 2, recency: 30.43, age: 38.86, t: 39 }).success;
 * //=> true
 * // A customer without a repeat purchase has recency 0.
 * bgNbdConditionalInputSchema.safeParse({ params, frequency: 0, recency: 3, age: 38.86, t: 39 }).error?.issues[0]?.message;
 * //=> "must be 0 when frequency is 0 (recency is the time from the first to the last purchase)"
 * ```
 */
export const bgNbdConditionalInputSchema = z
  .looseObject(
    { params: bgNbdParamsSchema, ...RFM_FIELDS, t: nonNegativeNumberSchema },
    { error: "must be an object { params, frequency, recency, age, t }" },
  )
  .check(...rfmRules(), paramsUnitRule);

/**
 * Input of {@link bgNbdConditionalExpectedPurchases}: what {@link bgNbdConditionalInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { bgNbdConditionalExpectedPurchases, type BgNbdConditionalInput } from "salesmetrics";
 *
 * // CDNOW, weeks: a customer with 7 repeat purchases, over the next 52 weeks
 * const input: BgNbdConditionalInput = {
 *   params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   frequency: 7,
 *   recency: 29.43,
 *   age: 38.86,
 *   t: 52,
 * };
 * bgNbdConditionalExpectedPurchases(input);
 * //=> 4.199
 * ```
 */
export interface BgNbdConditionalInput {
  /** Fitted BG/NBD parameters (the `params` of {@link fitBgNbd}). */
  params: BgNbdParameters;
  /** Repeat purchases observed. */
  frequency: number;
  /** Time from the first to the last purchase. */
  recency: number;
  /** Time from the first purchase to the end of observation. */
  age: number;
  /** The unit of recency and age, when stated (rows of {@link rfmSummary} do); it must be that of `params`. */
  timeUnit?: ClvTimeUnit | undefined;
  /** The length of the future period, in the same time unit. */
  t: number;
}

/**
 * Purchases a customer is expected to make in the next t, given their history (x repeat
 * purchases, the last at t_x, observed for T) under the BG/NBD model.
 *
 * E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *                       ÷ [1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)]
 * (Fader, Hardie & Lee 2005, eq. 10), computed through Euler's transformation of 2F1, as lifetimes
 * does, with the factor a − 1 divided out so that a = 1 needs no special case.
 * http://brucehardie.com/papers/018/fader_et_al_mksc_05.pdf
 *
 * @param input - `params`, the customer's `frequency`, `recency` and `age`, and `t` ≥ 0.
 * @returns Expected purchases in the next t, ≥ 0.
 * @throws {KpiInputError} When a parameter is not a finite number > 0, the summary is not valid
 *   (see {@link fitBgNbd}), the summary and `params` state different time units, `t` is negative or
 *   not finite, or `t` is too long for the series.
 *
 * @example
 * ```ts
 * import { bgNbdConditionalExpectedPurchases } from "salesmetrics";
 *
 * // CDNOW customer 1 over the next 39 weeks (Hardie's BG/NBD spreadsheet: 1.226)
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdConditionalExpectedPurchases({ params, frequency: 2, recency: 30.43, age: 38.86, t: 39 });
 * //=> 1.226
 * ```
 */
export function bgNbdConditionalExpectedPurchases(input: BgNbdConditionalInput): number {
  const fields = fieldsOf(input);
  const params = fields.params;
  const t = fields.t;
  if (!isBgNbdParams(params) || !isNonNegativeNumber(t) || !isRfmCustomer(input) || !unitsAgree(params, input)) {
    throw invalidInput(FN, "input", bgNbdConditionalInputSchema, input);
  }
  const value = conditionalExpectedPurchases(params, input.frequency, input.recency, input.age, t);
  if (!Number.isFinite(value)) throw notComputable(FN, "t");
  return value;
}
