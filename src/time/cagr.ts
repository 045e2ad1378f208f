import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "cagr";

const PERIODS = "must be a number of periods greater than 0";

/**
 * Input of {@link cagr}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { cagrInputSchema } from "salesmetrics";
 *
 * cagrInputSchema.safeParse({ start: "120000.00", end: 175_000, periods: 2.5, account: "Acme" }).success;
 * //=> true
 * cagrInputSchema.safeParse({ start: 120_000, end: 175_000, periods: 0 }).error?.issues[0]?.message;
 * //=> "must be a number of periods greater than 0"
 * // A start of 0 passes: cagr then returns null.
 * cagrInputSchema.safeParse({ start: 0, end: 175_000, periods: 3 }).success;
 * //=> true
 * ```
 */
export const cagrInputSchema = z.looseObject(
  {
    start: nonNegativeMoneySchema,
    end: nonNegativeMoneySchema,
    periods: z.number({ error: PERIODS }).check(z.gt(0, { error: PERIODS })),
  },
  { error: "must be an object { start, end, periods }" },
);

/**
 * Input of {@link cagr}: what {@link cagrInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { cagr, type CagrInput } from "salesmetrics";
 *
 * // Annual revenue grew from 100,000 to 150,000 over 3 years.
 * const input: CagrInput = { start: 100_000, end: 150_000, periods: 3 };
 * cagr(input);
 * //=> 0.1447
 * ```
 */
export interface CagrInput {
  /** The value at the start, ≥ 0. */
  start: Money;
  /** The value at the end, ≥ 0. */
  end: Money;
  /** How many periods lie between them (years for an annual rate); may be fractional. */
  periods: number;
}

/**
 * Compound annual growth rate (CAGR): the steady growth per period that turns `start` into `end`.
 *
 * `(end ÷ start)^(1 ÷ periods) − 1`, Excel's `RRI(periods, start, end)`: growing 10,000 to
 * 11,000 over 96 periods is 0.0009933 a period. With yearly periods it is the CAGR; with
 * months it is the compound monthly growth rate.
 * https://support.microsoft.com/en-us/office/rri-function-6f5822d8-7ef1-4233-944c-79e8172cddaf
 *
 * @param input - `start` and `end` values (amounts ≥ 0) and `periods` between them (> 0).
 * @returns The growth rate per period as a fraction (−1 when `end` is 0), or `null` when
 *   `start` is 0: no rate compounds from nothing.
 * @throws {KpiInputError} When an amount is negative or not an amount, `periods` is not a finite
 *   number > 0, or the rate would exceed the float range (`end` ÷ `start` beyond 10³⁰⁸ per period).
 *
 * @example
 * ```ts
 * import { cagr } from "salesmetrics";
 *
 * cagr({ start: 10_000, end: 11_000, periods: 96 });
 * //=> 0.0009933
 * cagr({ start: 100, end: 121, periods: 2 });
 * //=> 0.1
 * ```
 */
export function cagr(input: CagrInput): number | null {
  const fields = fieldsOf(input);
  const start = parseMoney(fields.start);
  const end = parseMoney(fields.end);
  const periods = fields.periods;
  if (!(start >= 0 && end >= 0) || typeof periods !== "number" || !(periods > 0 && periods < Infinity)) {
    throw invalidInput(FN, "input", cagrInputSchema, input);
  }
  if (start === 0) return null;
  if (end === 0) return -1;
  const multiple = end / start;
  // Where the multiple itself over- or underflows, take the root through logarithms.
  const factor =
    multiple > 0 && multiple < Infinity ? multiple ** (1 / periods) : Math.exp((Math.log(end) - Math.log(start)) / periods);
  return finiteResult(FN, "end", factor) - 1 + 0;
}
