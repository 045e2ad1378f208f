import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { invalidInput, isRecord } from "../_internal/validate.js";

const FN = "funnel";

/**
 * One stage of a funnel as given to {@link funnel}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { funnelStageSchema } from "salesmetrics";
 *
 * funnelStageSchema.safeParse({ name: "MQL", count: 300 }).success;
 * //=> true
 * funnelStageSchema.safeParse({ name: "", count: 300 }).error?.issues[0]?.path;
 * //=> ["name"]
 * ```
 */
export const funnelStageSchema = z.looseObject(
  {
    name: z.string({ error: "must be a non-empty string" }).check(z.minLength(1, { error: "must be a non-empty string" })),
    count: countSchema,
  },
  { error: "must be an object { name, count }" },
);

/**
 * The stages of {@link funnel}: at least one, top first, counts never increasing.
 *
 * @example
 * ```ts
 * import { funnelStagesSchema } from "salesmetrics";
 *
 * funnelStagesSchema.safeParse([{ name: "lead", count: 1000 }, { name: "MQL", count: 300 }]).success;
 * //=> true
 * // Counted from one cohort, a later stage cannot hold more than the one before it.
 * const result = funnelStagesSchema.safeParse([{ name: "lead", count: 100 }, { name: "MQL", count: 300 }]);
 * result.error?.issues[0]?.path;
 * //=> [1, "count"]
 * result.error?.issues[0]?.message;
 * //=> "must not exceed the previous stage's count, 100"
 * ```
 */
export const funnelStagesSchema = z.array(funnelStageSchema, { error: "must be an array of stages" }).check(
  z.minLength(1, { error: "must have at least one stage" }),
  z.superRefine((stages, context) => {
    for (let i = 1; i < stages.length; i++) {
      const previous = stages[i - 1]?.count;
      const count = stages[i]?.count;
      if (typeof previous === "number" && typeof count === "number" && count > previous) {
        context.issues.push({
          code: "custom",
          input: count,
          path: [i, "count"],
          message: `must not exceed the previous stage's count, ${previous}`,
        });
      }
    }
  }),
);

/**
 * One stage given to {@link funnel}: what {@link funnelStageSchema} accepts.
 *
 * @example
 * ```ts
 * import { funnel, type FunnelStage } from "salesmetrics";
 *
 * const stages: FunnelStage[] = [
 *   { name: "demo", count: 40 },
 *   { name: "trial", count: 18 },
 * ];
 * funnel(stages).stages[1]?.stepRate;
 * //=> 0.45
 * ```
 */
export type FunnelStage = z.input<typeof funnelStageSchema>;

/**
 * A stage of a {@link funnel} result.
 *
 * @example
 * ```ts
 * import { funnel, type FunnelStageResult } from "salesmetrics";
 *
 * const sql: FunnelStageResult | undefined = funnel([
 *   { name: "lead", count: 1000 },
 *   { name: "MQL", count: 300 },
 *   { name: "SQL", count: 120 },
 * ]).stages[2];
 * sql;
 * //=> { name: "SQL", count: 120, stepRate: 0.4, cumulativeRate: 0.12 }
 * ```
 */
export interface FunnelStageResult {
  /** The stage's name, as given. */
  name: string;
  /** Leads or deals that reached the stage, as given. */
  count: number;
  /** count ÷ the previous stage's count (the first stage is compared with itself: 1, or `null` when it is 0); `null` after a stage of 0. */
  stepRate: number | null;
  /** count ÷ the first stage's count; `null` when the first stage is 0. */
  cumulativeRate: number | null;
}

/**
 * The result of {@link funnel}.
 *
 * @example
 * ```ts
 * import { funnel, type FunnelResult } from "salesmetrics";
 *
 * const result: FunnelResult = funnel([
 *   { name: "lead", count: 0 },
 *   { name: "won", count: 0 },
 * ]);
 * // Nothing to divide by: the rates are null, not NaN.
 * result.endToEndRate;
 * //=> null
 * result.stages[1]?.stepRate;
 * //=> null
 * ```
 */
export interface FunnelResult {
  /** Every stage, in the order given (top of the funnel first). */
  stages: FunnelStageResult[];
  /** last count ÷ first count; `null` when the first stage is 0. */
  endToEndRate: number | null;
}

/**
 * Step and cumulative conversion through an ordered funnel.
 *
 * For each stage, the step rate is its count ÷ the previous stage's count ("next-step
 * conversion" in HubSpot's funnel reports) and the cumulative rate its count ÷ the first
 * stage's count ("cumulative conversion"). Each rate is computed from the counts, never by
 * multiplying rounded rates. The end-to-end rate is the last count ÷ the first.
 * https://knowledge.hubspot.com/reports/differences-between-funnel-reports-types
 *
 * Count every stage from the same cohort (a record at a later stage is also counted at every
 * earlier one), so counts never increase down the funnel; anything else is rejected.
 *
 * @param stages - Stages top first, each `{ name, count }`.
 * @returns Every stage with its `stepRate` and `cumulativeRate`, and the `endToEndRate`;
 *   rates are fractions, `null` where the stage they divide by is 0.
 * @throws {KpiInputError} When there is no stage, a name is not a non-empty string, a count
 *   is not a non-negative integer, or a count exceeds the one before it.
 *
 * @example
 * ```ts
 * import { funnel } from "salesmetrics";
 *
 * // prowi.io's glossary: 1,000 leads end in 20 wins, 2 % overall
 * funnel([
 *   { name: "lead", count: 1000 },
 *   { name: "MQL", count: 300 },
 *   { name: "SQL", count: 120 },
 *   { name: "won", count: 20 },
 * ]).endToEndRate;
 * //=> 0.02
 * funnel([
 *   { name: "calls", count: 100 },
 *   { name: "leads", count: 10 },
 * ]).stages[1];
 * //=> { name: "leads", count: 10, stepRate: 0.1, cumulativeRate: 0.1 }
 * ```
 */
export function funnel(stages: readonly FunnelStage[]): FunnelResult {
  if (!Array.isArray(stages) || stages.length === 0) throw invalidInput(FN, "stages", funnelStagesSchema, stages);
  const first = (stages[0] as FunnelStage | undefined)?.count;
  const result: FunnelStageResult[] = [];
  let previous = first;
  for (const stage of stages) {
    const name = stage?.name;
    const count = stage?.count;
    if (
      !isRecord(stage) ||
      typeof name !== "string" ||
      name === "" ||
      !isCount(count) ||
      !isCount(previous) ||
      count > previous
    ) {
      throw invalidInput(FN, "stages", funnelStagesSchema, stages);
    }
    result.push({
      name,
      count: count + 0,
      stepRate: ratio(count, previous),
      cumulativeRate: ratio(count, first as number),
    });
    previous = count;
  }
  const last = previous as number;
  return { stages: result, endToEndRate: ratio(last, first as number) };
}
