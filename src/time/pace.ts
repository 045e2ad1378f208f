import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "pace";

const ELAPSED = "must be a finite number ≥ 0, at most total";
const TOTAL = "must be a finite number greater than 0";

/**
 * Input of {@link pace}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { paceInputSchema } from "salesmetrics";
 *
 * paceInputSchema.safeParse({ actual: 96_000, target: "260000.00", elapsed: 12, total: 30, rep: "Ana" }).success;
 * //=> true
 * const late = paceInputSchema.safeParse({ actual: 96_000, target: 260_000, elapsed: 31, total: 30 });
 * late.error?.issues[0]?.path;
 * //=> ["elapsed"]
 * late.error?.issues[0]?.message;
 * //=> "must not exceed total, 30"
 * ```
 */
export const paceInputSchema = z
  .looseObject(
    {
      actual: nonNegativeMoneySchema,
      target: nonNegativeMoneySchema,
      elapsed: z.number({ error: ELAPSED }).check(z.gte(0, { error: ELAPSED })),
      total: z.number({ error: TOTAL }).check(z.gt(0, { error: TOTAL })),
    },
    { error: "must be an object { actual, target, elapsed, total }" },
  )
  .check(
    z.refine((input) => !(input.elapsed > input.total), {
      path: ["elapsed"],
      error: (issue) => `must not exceed total, ${String((issue.input as { total: unknown }).total)}`,
    }),
  );

/**
 * Input of {@link pace}: what {@link paceInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { pace, type PaceInput } from "salesmetrics";
 *
 * // Day 10 of 20 business days: 30,000 booked toward 50,000.
 * const input: PaceInput = { actual: 30_000, target: 50_000, elapsed: 10, total: 20 };
 * pace(input).projected;
 * //=> 60000
 * pace(input).requiredPerRemainingUnit;
 * //=> 2000
 * ```
 */
export interface PaceInput {
  /** What has been achieved so far (sales, deals, calls), ≥ 0. */
  actual: Money;
  /** What the whole period should achieve, ≥ 0. */
  target: Money;
  /** Units of the period gone by (days, business days, weeks), 0 ≤ elapsed ≤ total. */
  elapsed: number;
  /** Units in the whole period, > 0. */
  total: number;
}

/**
 * The result of {@link pace}.
 *
 * @example
 * ```ts
 * import { pace, type Pace } from "salesmetrics";
 *
 * const closed: Pace = pace({ actual: 60_000, target: 50_000, elapsed: 20, total: 20 });
 * closed;
 * //=> { projected: 60000, projectedAttainment: 1.2, onTrack: true, remaining: 0, requiredPerRemainingUnit: null }
 * // Before any time elapsed there is no run rate.
 * pace({ actual: 0, target: 50_000, elapsed: 0, total: 20 }).onTrack;
 * //=> null
 * ```
 */
export interface Pace {
  /** Where the period ends at the current run rate: actual ÷ elapsed × total. `null` before any time elapsed. */
  projected: number | null;
  /** projected ÷ target; `null` when either is undefined or the target is 0. */
  projectedAttainment: number | null;
  /** Whether the projection reaches the target; `null` when there is no projection. */
  onTrack: boolean | null;
  /** What is still needed to reach the target: target − actual, and 0 once it is reached. */
  remaining: number;
  /** remaining ÷ (total − elapsed): what each unit left must bring; `null` when no unit is left. */
  requiredPerRemainingUnit: number | null;
}

/**
 * Pacing against a target: where the period will end at the current run rate, and what
 * each remaining day must bring to reach the target.
 *
 * Run-rate projection = actual ÷ elapsed × total. 96,000 after day 12 of 30 toward
 * 260,000 projects 240,000, 92.3 % of target; the remaining 164,000 over 18 days is 9,111
 * a day (calculator.city, "Sales pace calculator"). Count `elapsed` and `total` in
 * business days when sales happen on business days only.
 *
 * @param input - `actual` and `target` (amounts ≥ 0), `elapsed` and `total` units of the period.
 * @returns Projection, projected attainment, whether on track, what remains and what is
 *   required per remaining unit.
 * @throws {KpiInputError} When an amount is negative or not an amount, `total` is not > 0,
 *   `elapsed` is negative or exceeds `total`, or a result would overflow a float.
 *
 * @example
 * ```ts
 * import { pace } from "salesmetrics";
 *
 * pace({ actual: 96_000, target: 260_000, elapsed: 12, total: 30 });
 * //=> { projected: 240000, projectedAttainment: 0.923, onTrack: false, remaining: 164000, requiredPerRemainingUnit: 9111.11 }
 * ```
 */
export function pace(input: PaceInput): Pace {
  const fields = fieldsOf(input);
  const actual = parseMoney(fields.actual);
  const target = parseMoney(fields.target);
  const elapsed = fields.elapsed;
  const total = fields.total;
  if (
    !(actual >= 0 && target >= 0) ||
    typeof elapsed !== "number" ||
    typeof total !== "number" ||
    !(total > 0 && total < Infinity && elapsed >= 0 && elapsed <= total)
  ) {
    throw invalidInput(FN, "input", paceInputSchema, input);
  }
  const runRate = ratio(actual, elapsed);
  const projected = runRate === null ? null : finiteResult(FN, "elapsed", runRate * total);
  const remaining = Math.max(0, target - actual) + 0;
  const perUnit = ratio(remaining, total - elapsed);
  const attainment = projected === null ? null : ratio(projected, target);
  return {
    projected,
    projectedAttainment: attainment === null ? null : finiteResult(FN, "target", attainment),
    onTrack: projected === null ? null : projected >= target,
    remaining,
    requiredPerRemainingUnit: perUnit === null ? null : finiteResult(FN, "elapsed", perUnit),
  };
}
