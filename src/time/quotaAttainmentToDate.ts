import * as z from "zod/mini";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput, isRecord } from "../_internal/validate.js";
import { quotaPeriodSchema, type QuotaPeriod } from "./quotaAttainment.js";

const FN = "quotaAttainmentToDate";

/**
 * The periods of {@link quotaAttainmentToDate}: an array of {@link quotaPeriodSchema} records.
 *
 * @example
 * ```ts
 * import { quotaPeriodsSchema } from "salesmetrics";
 *
 * quotaPeriodsSchema.safeParse([{ actual: 45_000, quota: 40_000 }, { actual: 30_000, quota: 60_000 }]).success;
 * //=> true
 * quotaPeriodsSchema.safeParse([{ actual: 45_000, quota: 40_000 }, { actual: 30_000 }]).error?.issues[0]?.path;
 * //=> [1, "quota"]
 * ```
 */
export const quotaPeriodsSchema = z.array(quotaPeriodSchema, { error: "must be an array of { actual, quota }" });

/**
 * Quota attainment over several periods, such as year to date: Σ actual ÷ Σ quota.
 *
 * Not the mean of the periods' percentages, which weighs a small quota as much as a big
 * one: 42,500, 55,000 and 52,500 against monthly quotas of 50,000 is 150,000 ÷ 150,000 = 1.00
 * year to date (prowi.io), while 45,000 against 40,000 and 30,000 against 60,000 is 0.75, not
 * the 0.81 that averaging 112.5 % and 50 % suggests. Sums are exact to the cent.
 * https://prowi.io/en/glossary/quota-attainment
 *
 * @param periods - `{ actual, quota }` per period, amounts ≥ 0.
 * @returns Attainment over all periods as a fraction, or `null` when the quotas add up to 0.
 * @throws {KpiInputError} When `periods` is not an array or an amount is negative or not an amount.
 *
 * @example
 * ```ts
 * import { quotaAttainmentToDate } from "salesmetrics";
 *
 * quotaAttainmentToDate([
 *   { actual: 42_500, quota: 50_000 },
 *   { actual: 55_000, quota: 50_000 },
 *   { actual: 52_500, quota: 50_000 },
 * ]);
 * //=> 1
 * ```
 */
export function quotaAttainmentToDate(periods: readonly QuotaPeriod[]): number | null {
  if (!Array.isArray(periods)) throw invalidInput(FN, "periods", quotaPeriodsSchema, periods);
  const actualSum = new MoneySum();
  const quotaSum = new MoneySum();
  for (const period of periods as readonly unknown[]) {
    const periodFields = fieldsOf(period);
    const actual = parseMoney(periodFields.actual);
    const quota = parseMoney(periodFields.quota);
    if (!(actual >= 0 && quota >= 0)) throw invalidInput(FN, "periods", quotaPeriodsSchema, periods, isValidPeriod);
    actualSum.add(actual);
    quotaSum.add(quota);
  }
  const attainment = ratio(actualSum.value(FN, "periods"), quotaSum.value(FN, "periods"));
  return attainment === null ? null : finiteResult(FN, "periods", attainment);
}

/** The loop's check of one period, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidPeriod(period: unknown): boolean {
  return isRecord(period) && parseMoney(period.actual) >= 0 && parseMoney(period.quota) >= 0;
}
