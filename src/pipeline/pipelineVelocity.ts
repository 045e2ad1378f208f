import * as z from "zod/mini";
import { isCount, isRate } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { rateSchema } from "../core/rate.js";
import { fieldsOf, finiteResult, invalidInput, isRecord } from "../_internal/validate.js";

const FN = "pipelineVelocity";

const CYCLE = "must be a finite number ≥ 0 (the sales cycle in days, weeks or months)";

/**
 * Input of {@link pipelineVelocity}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { pipelineVelocityInputSchema } from "salesmetrics";
 *
 * pipelineVelocityInputSchema.safeParse({ opportunities: 20, winRate: 0.35, averageDealSize: 10_000, cycleLength: 3 }).success;
 * //=> true
 * // The win rate is a fraction, not a percentage.
 * pipelineVelocityInputSchema.safeParse({ opportunities: 20, winRate: 35, averageDealSize: 10_000, cycleLength: 3 }).error?.issues[0]?.message;
 * //=> "must be a number from 0 to 1"
 * ```
 */
export const pipelineVelocityInputSchema = z.looseObject(
  {
    opportunities: countSchema,
    winRate: rateSchema,
    averageDealSize: nonNegativeMoneySchema,
    cycleLength: z.number({ error: CYCLE }).check(z.gte(0, { error: CYCLE })),
  },
  { error: "must be an object { opportunities, winRate, averageDealSize, cycleLength }" },
);

/**
 * Input of {@link pipelineVelocity}: what {@link pipelineVelocityInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { pipelineVelocity, type PipelineVelocityInput } from "salesmetrics";
 *
 * // A 60-day cycle gives a velocity per day.
 * const input: PipelineVelocityInput = { opportunities: 40, winRate: 0.25, averageDealSize: "8000", cycleLength: 60 };
 * pipelineVelocity(input);
 * //=> 1333.33
 * ```
 */
export interface PipelineVelocityInput {
  /** Opportunities in the pipeline (or created per period). */
  opportunities: number;
  /** Share of decided opportunities won, a fraction in [0, 1] (see winRate). */
  winRate: number;
  /** Average value of a won deal, ≥ 0. */
  averageDealSize: Money;
  /** Average time from opportunity to close, in the unit the velocity is wanted per (days, months). */
  cycleLength: number;
}

/**
 * Pipeline (sales) velocity: how much revenue the pipeline produces per unit of time.
 *
 * opportunities × win rate × average deal size ÷ sales cycle length. 20 opportunities of
 * 10,000 at a 35 % win rate with a 3-month cycle bring 23,333.33 a month (Brainshark); give
 * the cycle in days for a velocity per day. Each factor is a lever: more opportunities, a
 * higher win rate, bigger deals, a shorter cycle.
 * https://blog.hubspot.com/sales/sales-velocity
 *
 * @param input - `opportunities` (count), `winRate` (fraction), `averageDealSize` (money ≥ 0), `cycleLength` (≥ 0).
 * @returns Money per unit of `cycleLength`, or `null` when the cycle is 0 (velocity is undefined).
 * @throws {KpiInputError} When an input is out of its range, or the result would overflow a float.
 *
 * @example
 * ```ts
 * import { pipelineVelocity } from "salesmetrics";
 *
 * pipelineVelocity({ opportunities: 20, winRate: 0.35, averageDealSize: 10_000, cycleLength: 3 });
 * //=> 23333.33
 * ```
 */
export function pipelineVelocity(input: PipelineVelocityInput): number | null {
  const fields = fieldsOf(input);
  const dealSize = parseMoney(fields.averageDealSize);
  if (
    !isRecord(input) ||
    !isCount(input.opportunities) ||
    !isRate(input.winRate) ||
    !(dealSize >= 0) ||
    typeof input.cycleLength !== "number" ||
    !(input.cycleLength >= 0 && input.cycleLength < Infinity)
  ) {
    throw invalidInput(FN, "input", pipelineVelocityInputSchema, input);
  }
  if (input.cycleLength === 0) return null;
  return finiteResult(FN, "cycleLength", (input.opportunities * input.winRate * dealSize) / input.cycleLength) + 0;
}
