import * as z from "zod/mini";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { probabilityAlive } from "./_internal/bgNbdMath.js";
import { isBgNbdParams, isRfmCustomer, paramsUnitRule, RFM_FIELDS, rfmRules, unitsAgree } from "./_internal/checks.js";
import { bgNbdParamsSchema, type BgNbdParameters } from "./fitBgNbd.js";
import type { ClvTimeUnit } from "./rfmSummary.js";

const FN = "bgNbdProbabilityAlive";

/**
 * Input of {@link bgNbdProbabilityAlive}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAliveInputSchema } from "salesmetrics";
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdProbabilityAliveInputSchema.safeParse({ params, frequency: 2, recency: 30.43, age: 38.86 }).success;
 * //=> true
 * // The last purchase cannot come after the end of observation.
 * bgNbdProbabilityAliveInputSchema.safeParse({ params, frequency: 2, recency: 40, age: 38.86 }).error?.issues[0]?.message;
 * //=> "must not exceed age, 38.86"
 * ```
 */
export const bgNbdProbabilityAliveInputSchema = z
  .looseObject({ params: bgNbdParamsSchema, ...RFM_FIELDS }, { error: "must be an object { params, frequency, recency, age }" })
  .check(...rfmRules(), paramsUnitRule);

/**
 * Input of {@link bgNbdProbabilityAlive}: what {@link bgNbdProbabilityAliveInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAlive, type BgNbdProbabilityAliveInput } from "salesmetrics";
 *
 * // A customer without a repeat purchase is alive for certain.
 * const input: BgNbdProbabilityAliveInput = {
 *   params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   frequency: 0,
 *   recency: 0,
 *   age: 38.86,
 * };
 * bgNbdProbabilityAlive(input);
 * //=> 1
 * ```
 */
export interface BgNbdProbabilityAliveInput {
  /** Fitted BG/NBD parameters (the `params` of {@link fitBgNbd}). */
  params: BgNbdParameters;
  /** Repeat purchases observed. */
  frequency: number;
  /** Time from the first to the last purchase, in the time unit of `params`. */
  recency: number;
  /** Time from the first purchase to the end of observation, in the time unit of `params`. */
  age: number;
  /** The unit of recency and age, when stated (rows of {@link rfmSummary} do); it must be that of `params`. */
  timeUnit?: ClvTimeUnit | undefined;
}

/**
 * The probability that a customer is still "alive" (has not silently dropped out) at the end of
 * observation, given x repeat purchases, the last at t_x, observed for T, under the BG/NBD model.
 *
 * P(alive | x, t_x, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x));
 * a customer without a repeat purchase is alive for certain (the model lets customers drop out only
 * right after a repeat purchase). Computed in log space, so long silences give tiny probabilities,
 * never 0/0. Fader, Hardie & Lee (2005) and Fader, Hardie & Lee (2008), "Computing P(alive) Using
 * the BG/NBD Model". http://brucehardie.com/notes/021/
 *
 * @param input - `params` and the customer's `frequency`, `recency` and `age`.
 * @returns A probability in (0, 1].
 * @throws {KpiInputError} When a parameter is not a finite number > 0, the summary is not valid (see
 *   {@link fitBgNbd}), or the summary and `params` state different time units.
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAlive } from "salesmetrics";
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdProbabilityAlive({ params, frequency: 2, recency: 30.43, age: 38.86 });
 * //=> 0.727
 * bgNbdProbabilityAlive({ params, frequency: 2, recency: 5, age: 38.86 });
 * //=> 0.124
 * ```
 */
export function bgNbdProbabilityAlive(input: BgNbdProbabilityAliveInput): number {
  const fields = fieldsOf(input);
  const params = fields.params;
  if (!isBgNbdParams(params) || !isRfmCustomer(input) || !unitsAgree(params, input)) {
    throw invalidInput(FN, "input", bgNbdProbabilityAliveInputSchema, input);
  }
  return probabilityAlive(params, input.frequency, input.recency, input.age);
}
