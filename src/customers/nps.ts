import * as z from "zod/mini";
import { normalQuantile } from "../_internal/statistics.js";
import { invalidInput, isOptionsArgument, optionsSchema } from "../_internal/validate.js";
import { isConfidence } from "../_internal/checks.js";
import { confidenceSchema } from "../core/rate.js";

const FN = "nps";

const SCORE = "must be an integer from 0 to 10";

/**
 * One answer to "How likely are you to recommend us?": an integer from 0 to 10.
 *
 * @example
 * ```ts
 * import { npsScoreSchema } from "salesmetrics";
 *
 * npsScoreSchema.safeParse(9).success;
 * //=> true
 * npsScoreSchema.safeParse(9.5).error?.issues[0]?.message;
 * //=> "must be an integer from 0 to 10"
 * ```
 */
export const npsScoreSchema = z.int({ error: SCORE }).check(z.minimum(0, { error: SCORE }), z.maximum(10, { error: SCORE }));

/**
 * The answers given to {@link nps}.
 *
 * @example
 * ```ts
 * import { npsScoresSchema } from "salesmetrics";
 *
 * npsScoresSchema.safeParse([10, 9, 7, 3]).success;
 * //=> true
 * // a score read from a CSV as a string
 * npsScoresSchema.safeParse([10, "9", 7, 3]).error?.issues[0]?.path;
 * //=> [1]
 * ```
 */
export const npsScoresSchema = z.array(npsScoreSchema, { error: "must be an array of scores from 0 to 10" });

/**
 * Options of {@link nps}.
 *
 * @example
 * ```ts
 * import { npsOptionsSchema } from "salesmetrics";
 *
 * npsOptionsSchema.safeParse({ confidence: 0.9 }).success;
 * //=> true
 * npsOptionsSchema.safeParse({ confidence: 95 }).error?.issues[0]?.message;
 * //=> "must be a number strictly between 0 and 1, such as 0.95"
 * ```
 */
export const npsOptionsSchema = optionsSchema({
  confidence: confidenceSchema,
});

/**
 * Options of {@link nps}: what {@link npsOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { nps, type NpsOptions } from "salesmetrics";
 *
 * const scores = [10, 10, 9, 9, 9, 8, 7, 7, 6, 3];
 * nps(scores).marginOfError;
 * //=> 48.41
 * const options: NpsOptions = { confidence: 0.9 };
 * nps(scores, options).marginOfError;
 * //=> 40.62
 * ```
 */
export type NpsOptions = z.input<typeof npsOptionsSchema>;

/**
 * The result of {@link nps}.
 *
 * @example
 * ```ts
 * import { nps, type Nps } from "salesmetrics";
 *
 * const survey: Nps = nps([10, 10, 9, 9, 9, 8, 7, 7, 6, 3]);
 * survey.score;
 * //=> 30
 * `${survey.score} ± ${survey.marginOfError?.toFixed(1)} from ${survey.count} answers`;
 * //=> "30 ± 48.4 from 10 answers"
 * ```
 */
export interface Nps {
  /** %promoters − %detractors, from −100 to 100; `null` without answers. */
  score: number | null;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8. */
  passives: number;
  /** Answers from 0 to 6. */
  detractors: number;
  /** All answers. */
  count: number;
  /** Half the width of the confidence interval of `score`, in NPS points; `null` without answers. */
  marginOfError: number | null;
}

/**
 * Net Promoter Score (NPS) with its margin of error.
 *
 * Answers of 9–10 are promoters, 7–8 passives and 0–6 detractors; the score is
 * `100 × (promoters − detractors) ÷ count`, from −100 to 100 (by definition a score, the one KPI
 * here not returned as a fraction). Passives count only in the denominator. 30 % promoters and
 * 20 % detractors is +10.
 *
 * The margin of error treats each answer as +1, 0 or −1 (Cross Validated): with p and d the
 * shares of promoters and detractors, the variance of one answer is p + d − (p − d)², and the
 * margin is `z × 100 × √((p + d − (p − d)²) ÷ count)`, z = 1.96 at 95 % confidence. Half
 * promoters, a third passives and a sixth detractors is an NPS of 33.3 with variance 5/9: ±5.96
 * points from 600 answers, ±59.6 from 6. It is 0 when every answer is in one group; for small
 * samples MeasuringU recommends the adjusted-Wald interval instead. It assumes a random sample
 * of a population much larger than the sample.
 * https://stats.stackexchange.com/questions/18603/how-can-i-calculate-margin-of-error-in-a-nps-net-promoter-score-result
 * http://www.cybaea.net/Journal/2016/01/14/NPS-confidence-intervals-stats/
 *
 * @param scores - Every answer, an integer from 0 to 10.
 * @param options - `confidence` of the margin of error, in (0, 1); default 0.95.
 * @returns `{ score, promoters, passives, detractors, count, marginOfError }`: the score and the
 *   margin in NPS points, the others counts. `score` and `marginOfError` are `null` without answers.
 * @throws {KpiInputError} When `scores` is not an array, an answer is not an integer from 0 to 10,
 *   or `confidence` is not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { nps } from "salesmetrics";
 *
 * nps([10, 9, 9, 8, 7, 3]);
 * //=> { score: 33.33, promoters: 3, passives: 2, detractors: 1, count: 6, marginOfError: 59.64 }
 * nps([]);
 * //=> { score: null, promoters: 0, passives: 0, detractors: 0, count: 0, marginOfError: null }
 * ```
 */
export function nps(scores: readonly number[], options?: NpsOptions): Nps {
  if (!Array.isArray(scores)) throw invalidInput(FN, "scores", npsScoresSchema, scores);
  const confidence = options?.confidence === undefined ? 0.95 : options.confidence;
  if (!isOptionsArgument(options) || !isConfidence(confidence)) {
    throw invalidInput(FN, "options", npsOptionsSchema, options);
  }
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores as readonly unknown[]) {
    if (!isScore(score)) throw invalidInput(FN, "scores", npsScoresSchema, scores, isScore);
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
    else detractors++;
  }
  const count = scores.length;
  if (count === 0) return { score: null, promoters, passives, detractors, count, marginOfError: null };
  const p = promoters / count;
  const d = detractors / count;
  // Variance of one answer scored +1 / 0 / −1; never negative, but rounding could make it −1e-17.
  const variance = Math.max(0, p + d - (p - d) * (p - d));
  const zScore = -normalQuantile((1 - confidence) / 2);
  return {
    score: (100 * (promoters - detractors)) / count + 0,
    promoters,
    passives,
    detractors,
    count,
    marginOfError: zScore * 100 * Math.sqrt(variance / count) + 0,
  };
}

/** The fast check of one score: what {@link npsScoreSchema} accepts. */
function isScore(score: unknown): score is number {
  return typeof score === "number" && score >= 0 && score <= 10 && score % 1 === 0;
}
