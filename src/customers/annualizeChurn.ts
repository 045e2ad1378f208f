import * as z from "zod/mini";
import { optionsSchema } from "../_internal/validate.js";
import { checkChurnConversion } from "./_internal/churnConversion.js";

const FN = "annualizeChurn";

const PERIODS = "must be a finite number greater than 0, such as 12 for months in a year";

/**
 * Options of {@link annualizeChurn} and {@link periodicChurn}.
 *
 * @example
 * ```ts
 * import { churnPeriodsOptionsSchema } from "salesmetrics";
 *
 * churnPeriodsOptionsSchema.safeParse({ periods: 4 }).success;
 * //=> true
 * // left out, the options mean the default of 12 periods
 * churnPeriodsOptionsSchema.safeParse(undefined).success;
 * //=> true
 * churnPeriodsOptionsSchema.safeParse({ periods: 0 }).error?.issues[0]?.message;
 * //=> "must be a finite number greater than 0, such as 12 for months in a year"
 * ```
 */
export const churnPeriodsOptionsSchema = optionsSchema({
  periods: z.number({ error: PERIODS }).check(z.gt(0, { error: PERIODS })),
});

/**
 * Options of {@link annualizeChurn} and {@link periodicChurn}: what {@link churnPeriodsOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { annualizeChurn, type ChurnPeriodsOptions } from "salesmetrics";
 *
 * // 1 % churn a week, over a year of 52 weeks
 * const weekly: ChurnPeriodsOptions = { periods: 52 };
 * annualizeChurn(0.01, weekly);
 * //=> 0.4070
 * ```
 */
export type ChurnPeriodsOptions = z.input<typeof churnPeriodsOptionsSchema>;

/**
 * Annual churn from a monthly churn rate (or any longer period from a shorter one), compounded.
 *
 * `1 − (1 − rate)^periods`: each month keeps (1 − rate) of the customers the month before, so a
 * year keeps (1 − rate)¹². 1 % a month is 11.36 % a year, not 12 %; 5 % is 45.96 %; 10 % is
 * 71.76 % (Churnkey's table). It assumes the rate stays the same and counts a closed group of
 * customers, with no new ones. `periods` is how many of the short periods make the long one:
 * 12 months, 4 quarters, 52 weeks. The inverse is {@link periodicChurn}.
 * https://churnkey.co/blog/convert-annual-churn-to-monthly-churn
 *
 * @param rate - The churn rate per short period, a fraction in [0, 1].
 * @param options - `periods`: short periods per long period, > 0; default 12.
 * @returns The churn rate over the long period, a fraction in [0, 1].
 * @throws {KpiInputError} When `rate` is outside [0, 1] or `periods` is not a finite number > 0.
 *
 * @example
 * ```ts
 * import { annualizeChurn } from "salesmetrics";
 *
 * annualizeChurn(0.01);
 * //=> 0.1136
 * annualizeChurn(0.05);
 * //=> 0.4596
 * // quarterly churn of 5 % over a year of 4 quarters
 * annualizeChurn(0.05, { periods: 4 });
 * //=> 0.1855
 * ```
 */
export function annualizeChurn(rate: number, options?: ChurnPeriodsOptions): number {
  const checked = checkChurnConversion(FN, rate, options, churnPeriodsOptionsSchema);
  // −expm1(p·log1p(−r)) is 1 − (1 − r)^p without the cancellation that loses a small rate's digits.
  return -Math.expm1(checked.periods * Math.log1p(-checked.rate)) + 0;
}
