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

/**
 * The most entries one `Map` or `Set` holds in V8 (Node, Chrome): 2^24 = 16,777,216. One more
 * throws a bare `RangeError: Map maximum size exceeded`. Structures keyed by customers, groups or
 * values use {@link LargeMap} / {@link LargeSet}, which chain maps of this size and have no such
 * limit.
 */
export const MAX_DISTINCT_KEYS = 2 ** 24;
