import * as z from "zod/mini";
import { isCount, isRate } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { rationalOf } from "../_internal/exact.js";
import { MAX_PLAN_PERIODS } from "../core/limits.js";
import { rateSchema } from "../core/rate.js";
import { invalidInput, isRecord } from "../_internal/validate.js";

const FN = "requiredNewCustomers";

const PERIODS = `must be an integer from 1 to ${MAX_PLAN_PERIODS}`;

/**
 * Input of {@link requiredNewCustomers}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { requiredNewCustomersInputSchema } from "salesmetrics";
 *
 * requiredNewCustomersInputSchema.safeParse({ current: 1000, target: 2200, periods: 12, churnRate: 0.0005 }).success;
 * //=> true
 * // Churn is a fraction: 5 % a month is 0.05.
 * requiredNewCustomersInputSchema.safeParse({ current: 1000, target: 2200, periods: 12, churnRate: 5 }).error?.issues[0]?.path;
 * //=> ["churnRate"]
 * ```
 */
export const requiredNewCustomersInputSchema = z.looseObject(
  {
    current: countSchema,
    target: countSchema,
    periods: z.int({ error: PERIODS }).check(z.minimum(1, { error: PERIODS }), z.maximum(MAX_PLAN_PERIODS, { error: PERIODS })),
    churnRate: rateSchema,
  },
  { error: "must be an object { current, target, periods, churnRate }" },
);

/**
 * Input of {@link requiredNewCustomers}: what {@link requiredNewCustomersInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { requiredNewCustomers, type RequiredNewCustomersInput } from "salesmetrics";
 *
 * // Holding 500 customers steady through a year at 2 % monthly churn.
 * const plan: RequiredNewCustomersInput = { current: 500, target: 500, periods: 12, churnRate: 0.02 };
 * requiredNewCustomers(plan);
 * //=> 10
 * ```
 */
export type RequiredNewCustomersInput = z.input<typeof requiredNewCustomersInputSchema>;

/**
 * New customers to win each period to reach a target customer base despite churn.
 *
 * Each period the base loses `churnRate` of the customers it started with and gains the
 * new ones, who do not churn in the period they arrive: N(t + 1) = N(t)·(1 − c) + n.
 * After P periods N(P) = N(0)·qᴾ + n·(1 − qᴾ)/c with q = 1 − c, so
 * n = (target − current·qᴾ)·c ÷ (1 − qᴾ), and (target − current) ÷ P without churn.
 * The result is rounded up to whole customers, computed exactly (churn taken as the fraction
 * it stands for: 0.0005 as 1/2000, 3 / 7 as 3/7), and 0 when the base reaches the target
 * without new customers. The model and its churn definition (lost ÷ customers at the start of
 * the period) follow ChartMogul's churn formulas.
 * https://help.chartmogul.com/hc/en-us/articles/207340419
 *
 * Growing 1,000 customers by 120 % in a year while losing 0.05 % a month takes 101 new
 * customers a month; without churn it would take 100.
 *
 * @param input - `current` and `target` customers, `periods` to get there (1 to 10,000) and
 *   `churnRate`, the share of the base lost each period, in [0, 1].
 * @returns New customers needed in each period, a whole number ≥ 0.
 * @throws {KpiInputError} When a count is not a non-negative integer, `periods` is outside
 *   1 to 10,000, or `churnRate` is outside [0, 1].
 *
 * @example
 * ```ts
 * import { requiredNewCustomers } from "salesmetrics";
 *
 * requiredNewCustomers({ current: 1000, target: 2200, periods: 12, churnRate: 0.0005 });
 * //=> 101
 * requiredNewCustomers({ current: 100, target: 160, periods: 6, churnRate: 0 });
 * //=> 10
 * ```
 */
export function requiredNewCustomers(input: RequiredNewCustomersInput): number {
  const current = input?.current;
  const target = input?.target;
  const periods = input?.periods;
  const churnRate = input?.churnRate;
  if (
    !isRecord(input) ||
    !isCount(current) ||
    !isCount(target) ||
    !isCount(periods) ||
    periods < 1 ||
    periods > MAX_PLAN_PERIODS ||
    !isRate(churnRate)
  ) {
    throw invalidInput(FN, "input", requiredNewCustomersInputSchema, input);
  }

  // churn = C/D and q = (D − C)/D, so with Qᴾ = (D − C)ᴾ:
  // n = (target·Dᴾ − current·Qᴾ)·C ÷ (D·(Dᴾ − Qᴾ)), in integers (no gcd: it is slow on numbers this long).
  const { numerator: lost, denominator: whole } = rationalOf(churnRate);
  const exponent = BigInt(periods);
  const wholePower = whole ** exponent;
  const keptPower = (whole - lost) ** exponent;
  let numerator: bigint;
  let denominator: bigint;
  if (lost === 0n) {
    numerator = BigInt(target - current);
    denominator = exponent;
  } else {
    numerator = (BigInt(target) * wholePower - BigInt(current) * keptPower) * lost;
    denominator = whole * (wholePower - keptPower);
  }
  if (numerator <= 0n) return 0;
  return Number((numerator + denominator - 1n) / denominator);
}
