/**
 * The most periods (or working days) a plan may span. Plans hold one entry per period and
 * compute powers exactly, so an unbounded horizon could exhaust memory; 10,000 is 27 years of days.
 */
export const MAX_PLAN_PERIODS = 10_000;
