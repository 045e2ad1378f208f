import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "quotaAttainment";

/**
 * Input of {@link quotaAttainment}, and one period of {@link quotaAttainmentToDate}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { quotaPeriodSchema } from "salesmetrics";
 *
 * quotaPeriodSchema.safeParse({ actual: "52500.00", quota: 50_000, rep: "Ana" }).success;
 * //=> true
 * // Decimal strings take no thousands separators.
 * quotaPeriodSchema.safeParse({ actual: "52,500", quota: 50_000 }).error?.issues[0]?.path;
 * //=> ["actual"]
 * ```
 */
export const quotaPeriodSchema = z.looseObject(
  { actual: nonNegativeMoneySchema, quota: nonNegativeMoneySchema },
  { error: "must be an object { actual, quota }" },
);

/**
 * One period's result and quota, given to {@link quotaAttainment}: what {@link quotaPeriodSchema} accepts.
 *
 * @example
 * ```ts
 * import { quotaAttainment, type QuotaPeriod } from "salesmetrics";
 *
 * const march: QuotaPeriod = { actual: 42_500, quota: 50_000 };
 * quotaAttainment(march);
 * //=> 0.85
 * ```
 */
export interface QuotaPeriod {
  /** What was achieved in the period (bookings, revenue, deals), ≥ 0. */
  actual: Money;
  /** The quota for the period, ≥ 0. */
  quota: Money;
}

/**
 * Quota attainment for one period: how much of the quota was achieved.
 *
 * `actual ÷ quota`: 52,500 against a quota of 50,000 is 1.05 (105 %). Above 1 means the
 * quota was beaten. For several periods together use {@link quotaAttainmentToDate}.
 * https://prowi.io/en/glossary/quota-attainment
 *
 * @param input - `actual` and `quota`, amounts ≥ 0.
 * @returns Attainment as a fraction (no upper bound), or `null` when the quota is 0.
 * @throws {KpiInputError} When an amount is negative or not an amount.
 *
 * @example
 * ```ts
 * import { quotaAttainment } from "salesmetrics";
 *
 * quotaAttainment({ actual: 52_500, quota: 50_000 });
 * //=> 1.05
 * ```
 */
export function quotaAttainment(input: QuotaPeriod): number | null {
  const fields = fieldsOf(input);
  const actual = parseMoney(fields.actual);
  const quota = parseMoney(fields.quota);
  if (!(actual >= 0 && quota >= 0)) throw invalidInput(FN, "input", quotaPeriodSchema, input);
  const attainment = ratio(actual, quota);
  return attainment === null ? null : finiteResult(FN, "quota", attainment);
}
