import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "pipelineCoverage";

/**
 * Input of {@link pipelineCoverage}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { pipelineCoverageInputSchema } from "salesmetrics";
 *
 * pipelineCoverageInputSchema.safeParse({ pipeline: "7500000.00", quota: 2_000_000 }).success;
 * //=> true
 * pipelineCoverageInputSchema.safeParse({ pipeline: 7_500_000 }).error?.issues[0]?.path;
 * //=> ["quota"]
 * ```
 */
export const pipelineCoverageInputSchema = z.looseObject(
  { pipeline: nonNegativeMoneySchema, quota: nonNegativeMoneySchema },
  { error: "must be an object { pipeline, quota }" },
);

/**
 * Input of {@link pipelineCoverage}: what {@link pipelineCoverageInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { pipelineCoverage, type PipelineCoverageInput } from "salesmetrics";
 *
 * const input: PipelineCoverageInput = { pipeline: 1_200_000, quota: 400_000 };
 * pipelineCoverage(input);
 * //=> 3
 * pipelineCoverage({ ...input, quota: 0 });
 * //=> null
 * ```
 */
export interface PipelineCoverageInput {
  /** Open pipeline value expected to close in the period, ≥ 0. */
  pipeline: Money;
  /** The quota (or the part of it still to win) for the same period, ≥ 0. */
  quota: Money;
}

/**
 * Pipeline coverage: how many times the open pipeline covers the quota.
 *
 * pipeline ÷ quota: 7,500,000 of pipeline against a 2,000,000 quota is 3.75×. Compare it with
 * {@link requiredCoverage}, the coverage a win rate needs: below it, the pipeline cannot
 * make the number at the current win rate. Count only deals expected to close in the period,
 * and divide by the quota still to win when part of the period has passed.
 * https://prowi.io/en/glossary/conversion-rate
 *
 * @param input - `pipeline` and `quota`, amounts ≥ 0.
 * @returns The coverage ratio (3.75 means 3.75×), or `null` when the quota is 0.
 * @throws {KpiInputError} When an amount is negative or not an amount, or the ratio would overflow.
 *
 * @example
 * ```ts
 * import { pipelineCoverage } from "salesmetrics";
 *
 * pipelineCoverage({ pipeline: 7_500_000, quota: 2_000_000 });
 * //=> 3.75
 * ```
 */
export function pipelineCoverage(input: PipelineCoverageInput): number | null {
  const fields = fieldsOf(input);
  const pipeline = parseMoney(fields.pipeline);
  const quota = parseMoney(fields.quota);
  if (!(pipeline >= 0 && quota >= 0)) throw invalidInput(FN, "input", pipelineCoverageInputSchema, input);
  const coverage = ratio(pipeline, quota);
  return coverage === null ? null : finiteResult(FN, "quota", coverage);
}
