import { checkChurnConversion } from "./_internal/churnConversion.js";
import { churnPeriodsOptionsSchema, type ChurnPeriodsOptions } from "./annualizeChurn.js";

const FN = "periodicChurn";

/**
 * Monthly churn from an annual churn rate (or any shorter period from a longer one): the
 * inverse of {@link annualizeChurn}.
 *
 * `1 − (1 − rate)^(1 ÷ periods)`: the steady monthly rate that compounds to the annual one.
 * 11.36 % a year is 1 % a month, 71.76 % a year is 10 % (Churnkey's table). Dividing by 12
 * instead understates the monthly rate, more so the higher the churn. Same assumptions as
 * {@link annualizeChurn}: a constant rate and a closed group of customers.
 * https://churnkey.co/blog/convert-annual-churn-to-monthly-churn
 *
 * @param rate - The churn rate over the long period, a fraction in [0, 1].
 * @param options - `periods`: short periods per long period, > 0; default 12.
 * @returns The churn rate per short period, a fraction in [0, 1].
 * @throws {KpiInputError} When `rate` is outside [0, 1] or `periods` is not a finite number > 0.
 *
 * @example
 * ```ts
 * import { periodicChurn } from "salesmetrics";
 *
 * periodicChurn(0.1136);
 * //=> 0.0100
 * periodicChurn(0.7176);
 * //=> 0.1000
 * // annual churn of 20 % as a weekly rate
 * periodicChurn(0.2, { periods: 52 });
 * //=> 0.00428
 * ```
 */
export function periodicChurn(rate: number, options?: ChurnPeriodsOptions): number {
  const checked = checkChurnConversion(FN, rate, options, churnPeriodsOptionsSchema);
  return -Math.expm1(Math.log1p(-checked.rate) / checked.periods) + 0;
}
