import * as z from "zod/mini";
import { isRate } from "../_internal/checks.js";
import { rateSchema } from "../core/rate.js";
import { ratio } from "../_internal/ratio.js";
import { invalidInput, isRecord } from "../_internal/validate.js";

const FN = "requiredCoverage";

/**
 * Input of {@link requiredCoverage}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { requiredCoverageInputSchema } from "salesmetrics";
 *
 * requiredCoverageInputSchema.safeParse({ winRate: 0.25 }).success;
 * //=> true
 * requiredCoverageInputSchema.safeParse({ winRate: 25 }).error?.issues[0]?.path;
 * //=> ["winRate"]
 * ```
 */
export const requiredCoverageInputSchema = z.looseObject({ winRate: rateSchema }, { error: "must be an object { winRate }" });

/**
 * The pipeline coverage a win rate requires: 1 ÷ win rate.
 *
 * At a 25 % win rate the pipeline must hold 4× the quota; at 22 %, 4.55×. A
 * {@link pipelineCoverage} below this cannot make the number unless the win rate improves.
 * https://imboard.ai/kpis/win-rate
 *
 * @param input - `winRate`, a fraction in [0, 1].
 * @returns The required coverage (≥ 1), or `null` at a win rate of 0 (no pipeline is enough).
 * @throws {KpiInputError} When `winRate` is not in [0, 1].
 *
 * @example
 * ```ts
 * import { requiredCoverage } from "salesmetrics";
 *
 * requiredCoverage({ winRate: 0.25 });
 * //=> 4
 * requiredCoverage({ winRate: 0.22 });
 * //=> 4.545
 * ```
 */
export function requiredCoverage(input: { winRate: number }): number | null {
  if (!isRecord(input) || !isRate(input.winRate)) throw invalidInput(FN, "input", requiredCoverageInputSchema, input);
  // A win rate as small as 5e-324 would give Infinity: such a rate means no pipeline is enough.
  const coverage = ratio(1, input.winRate);
  return coverage === null || !Number.isFinite(coverage) ? null : coverage;
}
