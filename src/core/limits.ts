/**
 * The most periods (or working days) a plan may span. Plans hold one entry per period and
 * compute powers exactly, so an unbounded horizon could exhaust memory; 10,000 is 27 years of days.
 *
 * @example
 * ```ts
 * import { activityPlanInputSchema, MAX_PLAN_PERIODS } from "salesmetrics";
 *
 * MAX_PLAN_PERIODS;
 * //=> 10000
 * activityPlanInputSchema.safeParse({ required: 50, workingDays: MAX_PLAN_PERIODS + 1 }).error?.issues[0]?.message;
 * //=> "must be an integer from 1 to 10000"
 * ```
 */
export const MAX_PLAN_PERIODS = 10_000;
