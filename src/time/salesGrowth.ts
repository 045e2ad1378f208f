import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "salesGrowth";

/**
 * Input of {@link salesGrowth}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { salesGrowthInputSchema } from "salesmetrics";
 *
 * salesGrowthInputSchema.safeParse({ current: "110000.00", previous: 100_000, region: "EMEA" }).success;
 * //=> true
 * salesGrowthInputSchema.safeParse({ current: 110_000, previous: null }).error?.issues[0]?.path;
 * //=> ["previous"]
 * // A previous of 0 passes: salesGrowth then returns null.
 * salesGrowthInputSchema.safeParse({ current: 5000, previous: 0 }).success;
 * //=> true
 * ```
 */
export const salesGrowthInputSchema = z.looseObject(
  { current: nonNegativeMoneySchema, previous: nonNegativeMoneySchema },
  { error: "must be an object { current, previous }" },
);

/**
 * Input of {@link salesGrowth}: what {@link salesGrowthInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { salesGrowth, type SalesGrowthInput } from "salesmetrics";
 *
 * // March 2024 against March 2023: year over year.
 * const input: SalesGrowthInput = { current: 132_000, previous: 120_000 };
 * salesGrowth(input);
 * //=> 0.1
 * ```
 */
export interface SalesGrowthInput {
  /** Sales of the period measured. */
  current: Money;
  /** Sales of the period compared with (the previous period, or the same period a year earlier). */
  previous: Money;
}

/**
 * Sales growth between two periods: period over period, or year over year.
 *
 * `(current − previous) ÷ previous`: 110,000 after 100,000 is 0.1 (10 % growth), 90,000
 * is −0.1. Use the previous month for month-over-month growth and the same month a year
 * earlier for year-over-year growth, which removes seasonality.
 * https://www.investopedia.com/terms/g/growthrates.asp
 *
 * @param input - `current` and `previous` sales, amounts ≥ 0 (number, decimal string or Decimal).
 * @returns The growth as a fraction (−1 means all sales lost; it has no upper bound), or
 *   `null` when `previous` is 0: growth from nothing is undefined.
 * @throws {KpiInputError} When an amount is negative or not an amount.
 *
 * @example
 * ```ts
 * import { salesGrowth } from "salesmetrics";
 *
 * salesGrowth({ current: 110_000, previous: 100_000 });
 * //=> 0.1
 * salesGrowth({ current: "90000.00", previous: "100000.00" });
 * //=> -0.1
 * salesGrowth({ current: 5000, previous: 0 });
 * //=> null
 * ```
 */
export function salesGrowth(input: SalesGrowthInput): number | null {
  const fields = fieldsOf(input);
  const current = parseMoney(fields.current);
  const previous = parseMoney(fields.previous);
  if (!(current >= 0 && previous >= 0)) throw invalidInput(FN, "input", salesGrowthInputSchema, input);
  const growth = ratio(current - previous, previous);
  return growth === null ? null : finiteResult(FN, "previous", growth);
}
