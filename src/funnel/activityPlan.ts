import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { MAX_PLAN_PERIODS } from "../core/limits.js";
import { invalidInput, isRecord } from "../_internal/validate.js";

const FN = "activityPlan";

const WORKING_DAYS = `must be an integer from 1 to ${MAX_PLAN_PERIODS}`;

/**
 * Input of {@link activityPlan}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { activityPlanInputSchema } from "salesmetrics";
 *
 * activityPlanInputSchema.safeParse({ required: 50, workingDays: 20, owner: "Ana" }).success;
 * //=> true
 * activityPlanInputSchema.safeParse({ required: 50, workingDays: 0 }).error?.issues[0]?.path;
 * //=> ["workingDays"]
 * ```
 */
export const activityPlanInputSchema = z.looseObject(
  {
    required: countSchema,
    workingDays: z
      .int({ error: WORKING_DAYS })
      .check(z.minimum(1, { error: WORKING_DAYS }), z.maximum(MAX_PLAN_PERIODS, { error: WORKING_DAYS })),
  },
  { error: "must be an object { required, workingDays }" },
);

/**
 * Input of {@link activityPlan}: what {@link activityPlanInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { activityPlan, type ActivityPlanInput } from "salesmetrics";
 *
 * const week: ActivityPlanInput = { required: 12, workingDays: 5 };
 * activityPlan(week).onPaceBy;
 * //=> [3, 5, 8, 10, 12]
 * ```
 */
export type ActivityPlanInput = z.input<typeof activityPlanInputSchema>;

/**
 * The result of {@link activityPlan}.
 *
 * @example
 * ```ts
 * import { activityPlan, type ActivityPlan } from "salesmetrics";
 *
 * const plan: ActivityPlan = activityPlan({ required: 50, workingDays: 20 });
 * [plan.perDay, plan.plannedTotal, plan.surplus];
 * //=> [3, 60, 10]
 * ```
 */
export interface ActivityPlan {
  /** A steady daily quota that reaches `required`: required ÷ workingDays, rounded up. */
  perDay: number;
  /** What the daily quota adds up to over the period: perDay × workingDays (≥ required). */
  plannedTotal: number;
  /** plannedTotal − required: the cushion the rounding builds in. */
  surplus: number;
  /**
   * The least cumulative count that is on pace at the end of each working day:
   * entry k is ⌈required × (k + 1) ÷ workingDays⌉, and the last entry is `required`.
   */
  onPaceBy: number[];
}

/**
 * Spreads what a period requires over its working days, so progress can be checked daily.
 *
 * 50 prospects in a month of 20 working days is a quota of 3 a day, which adds up to 60;
 * to be on pace the team needs 3 by the end of day 1, 5 by day 2, 8 by day 3 … and 50 by
 * day 20 (`onPaceBy`). Feed it an entry of {@link backsolveFunnel}'s `required`; count the
 * working days of a month with the time family's business calendars.
 *
 * The daily figure is the "required daily rate" of run-rate pacing, what remains ÷ days left,
 * taken at the start of the period (calculator.city's pacing calculators; for pacing part-way
 * through a period use {@link pace}). https://calculator.city/?p=1989
 *
 * All arithmetic is on integers, so no float artefact can push a day's figure up by one.
 *
 * @param input - `required`: the period's total (a count); `workingDays`: days to spread it over (1 to 10,000).
 * @returns The daily quota, what it adds up to, the surplus, and the on-pace count for each day.
 * @throws {KpiInputError} When `required` is not a non-negative integer or `workingDays` is not an integer from 1 to 10,000.
 *
 * @example
 * ```ts
 * import { activityPlan } from "salesmetrics";
 *
 * const plan = activityPlan({ required: 50, workingDays: 20 });
 * plan.perDay;
 * //=> 3
 * plan.plannedTotal;
 * //=> 60
 * plan.onPaceBy.slice(0, 4);
 * //=> [3, 5, 8, 10]
 * ```
 */
export function activityPlan(input: ActivityPlanInput): ActivityPlan {
  const required = input?.required;
  const workingDays = input?.workingDays;
  if (!isRecord(input) || !isCount(required) || !isCount(workingDays) || workingDays < 1 || workingDays > MAX_PLAN_PERIODS) {
    throw invalidInput(FN, "input", activityPlanInputSchema, input);
  }
  const total = BigInt(required);
  const days = BigInt(workingDays);
  const ceilDivide = (numerator: bigint): number => Number((numerator + days - 1n) / days);
  const perDay = ceilDivide(total);
  const onPaceBy = new Array<number>(workingDays);
  for (let day = 1; day <= workingDays; day++) onPaceBy[day - 1] = ceilDivide(total * BigInt(day));
  const plannedTotal = Number(BigInt(perDay) * days);
  return { perDay, plannedTotal, surplus: plannedTotal - required, onPaceBy };
}
