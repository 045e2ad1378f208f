import * as z from "zod/mini";
import { countsNotAbove, isConfidence, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { normalQuantile } from "../_internal/statistics.js";
import { fieldsOf, invalidInput, isOptionsArgument, optionsSchema } from "../_internal/validate.js";
import { confidenceSchema } from "../core/rate.js";

const FN = "rateInterval";

/**
 * Input of {@link rateInterval}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { rateIntervalInputSchema } from "salesmetrics";
 *
 * rateIntervalInputSchema.safeParse({ successes: 2, trials: 3 }).success;
 * //=> true
 * rateIntervalInputSchema.safeParse({ successes: 4, trials: 3 }).error?.issues[0]?.message;
 * //=> "must not exceed trials, 3"
 * ```
 */
export const rateIntervalInputSchema = z
  .looseObject({ successes: countSchema, trials: countSchema }, { error: "must be an object { successes, trials }" })
  .check(notAbove("successes", "trials"));

/**
 * Options of {@link rateInterval}.
 *
 * @example
 * ```ts
 * import { rateIntervalOptionsSchema } from "salesmetrics";
 *
 * rateIntervalOptionsSchema.safeParse({ confidence: 0.9 }).success;
 * //=> true
 * // 95 % is written 0.95.
 * rateIntervalOptionsSchema.safeParse({ confidence: 95 }).error?.issues[0]?.path;
 * //=> ["confidence"]
 * ```
 */
export const rateIntervalOptionsSchema = optionsSchema({
  confidence: confidenceSchema,
});

/**
 * Input of {@link rateInterval}: what {@link rateIntervalInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { rateInterval, type RateIntervalInput } from "salesmetrics";
 *
 * const rep: RateIntervalInput = { successes: 40, trials: 60 };
 * rateInterval(rep)?.lower;
 * //=> 0.5406
 * ```
 */
export type RateIntervalInput = z.input<typeof rateIntervalInputSchema>;
/**
 * Options of {@link rateInterval}: what {@link rateIntervalOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { rateInterval, type RateIntervalOptions } from "salesmetrics";
 *
 * const options: RateIntervalOptions = { confidence: 0.9 };
 * rateInterval({ successes: 0, trials: 10 }, options)?.upper;
 * //=> 0.2129
 * ```
 */
export type RateIntervalOptions = z.input<typeof rateIntervalOptionsSchema>;

/**
 * A rate with the bounds of its confidence interval, each a fraction in [0, 1].
 *
 * @example
 * ```ts
 * import { rateInterval, type RateWithInterval } from "salesmetrics";
 *
 * // Two reps at 67 %: ranked by the lower bound, the larger sample comes first.
 * const reps: (RateWithInterval | null)[] = [rateInterval({ successes: 2, trials: 3 }), rateInterval({ successes: 40, trials: 60 })];
 * reps.map((interval) => interval?.lower);
 * //=> [0.2077, 0.5406]
 * ```
 */
export interface RateWithInterval {
  /** successes ÷ trials. */
  rate: number;
  /** Lower bound of the Wilson interval; exactly 0 at 0 successes. */
  lower: number;
  /** Upper bound of the Wilson interval; exactly 1 when every trial succeeded. */
  upper: number;
}

/**
 * A rate with its Wilson score confidence interval: how sure a rate from a small sample is.
 *
 * A rep with 2 wins in 3 deals and one with 40 in 60 both win 67 %, but the first interval is
 * [0.21, 0.94] and the second [0.54, 0.77]: rank by `lower` and luck stops topping the table.
 *
 * With p̂ = successes ÷ trials, n = trials and z the normal quantile of (1 + confidence) ÷ 2,
 * the bounds are (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) ÷ (1 + z²/n). Unlike the textbook
 * p̂ ± z·√(p̂(1 − p̂)/n), it stays within [0, 1] and is honest at 0 or n successes.
 * Wilson, E. B. (1927), JASA 22(158), 209–212; Brown, Cai & DasGupta (2001), Statistical Science 16(2).
 * https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval#Wilson_score_interval
 *
 * @param input - `successes` (e.g. deals won) out of `trials` (deals decided).
 * @param options - `confidence`: the coverage of the interval, in (0, 1); default 0.95.
 * @returns `{ rate, lower, upper }`, fractions with lower ≤ rate ≤ upper; `lower` is exactly 0 at
 *   0 successes and `upper` exactly 1 when every trial succeeded. `null` when `trials` is 0.
 * @throws {KpiInputError} When a count is not a non-negative integer, `successes` exceeds `trials`,
 *   or `confidence` is not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { rateInterval } from "salesmetrics";
 *
 * rateInterval({ successes: 2, trials: 3 });
 * //=> { rate: 0.6667, lower: 0.2077, upper: 0.9385 }
 * rateInterval({ successes: 40, trials: 60 });
 * //=> { rate: 0.6667, lower: 0.5406, upper: 0.7727 }
 * rateInterval({ successes: 0, trials: 10 }, { confidence: 0.9 });
 * //=> { rate: 0, lower: 0, upper: 0.2129 }
 * ```
 */
export function rateInterval(input: RateIntervalInput, options?: RateIntervalOptions): RateWithInterval | null {
  const fields = fieldsOf(input);
  const [successes, trials] = countsNotAbove(FN, rateIntervalInputSchema, input, fields.successes, fields.trials);
  const confidence = options?.confidence === undefined ? 0.95 : options.confidence;
  if (!isOptionsArgument(options) || !isConfidence(confidence)) {
    throw invalidInput(FN, "options", rateIntervalOptionsSchema, options);
  }
  if (trials === 0) return null;

  const rate = successes / trials;
  // The upper quantile taken from the lower tail: (1 + confidence) / 2 rounds to 1 for a
  // confidence within 1e-16 of 1, while (1 − confidence) / 2 stays exact and positive.
  const zScore = -normalQuantile((1 - confidence) / 2);
  const zz = (zScore * zScore) / trials;
  const scale = 1 + zz;
  const center = (rate + zz / 2) / scale;
  const halfWidth = (zScore / scale) * Math.sqrt((rate * (1 - rate)) / trials + zz / (4 * trials));
  const upper = successes === trials ? 1 : center + halfWidth;
  // The bounds are the roots of scale·p² − (2·rate + zz)·p + rate² = 0, so lower·upper = rate²/scale;
  // taking lower from that product avoids the cancellation in center − halfWidth.
  const lower = successes === 0 ? 0 : (rate * rate) / (scale * upper);
  return { rate: rate + 0, lower: lower + 0, upper };
}
