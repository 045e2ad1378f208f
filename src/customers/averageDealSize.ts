import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";

const FN = "averageDealSize";

/**
 * Input of {@link averageDealSize}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { averageDealSizeInputSchema } from "salesmetrics";
 *
 * averageDealSizeInputSchema.safeParse({ revenue: 250_000, deals: 10, quarter: "Q3" }).success;
 * //=> true
 * averageDealSizeInputSchema.safeParse({ revenue: -5_000, deals: 10 }).error?.issues[0]?.path;
 * //=> ["revenue"]
 * ```
 */
export const averageDealSizeInputSchema = z.looseObject(
  { revenue: nonNegativeMoneySchema, deals: countSchema },
  { error: "must be an object { revenue, deals }" },
);

/**
 * Input of {@link averageDealSize}: what {@link averageDealSizeInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { averageDealSize, type AverageDealSizeInput } from "salesmetrics";
 *
 * // closed-won revenue and deals of a quarter
 * const q3: AverageDealSizeInput = { revenue: "1250000", deals: 40 };
 * averageDealSize(q3);
 * //=> 31250
 * ```
 */
export interface AverageDealSizeInput {
  /** Revenue of the deals won, ≥ 0. */
  revenue: Money;
  /** How many deals were won. */
  deals: number;
}

/**
 * Average deal size: revenue per deal won.
 *
 * `revenue ÷ deals`, closed-won revenue over closed-won deals: $250,000 from 10 deals is
 * $25,000 (petavue). One huge deal moves the mean a lot; compare with the median deal, and keep
 * new business and expansion apart. State whether revenue is annual contract value or total
 * contract value.
 * https://www.petavue.com/glossary/average-deal-size
 *
 * @param input - `revenue` of the won deals (an amount ≥ 0) and how many `deals` (a count).
 * @returns Revenue per deal in the currency of `revenue`, or `null` when no deal was won.
 * @throws {KpiInputError} When `revenue` is negative or not an amount, or `deals` is not a
 *   non-negative integer.
 *
 * @example
 * ```ts
 * import { averageDealSize } from "salesmetrics";
 *
 * averageDealSize({ revenue: 250_000, deals: 10 });
 * //=> 25000
 * ```
 */
export function averageDealSize(input: AverageDealSizeInput): number | null {
  const fields = fieldsOf(input);
  const revenue = parseMoney(fields.revenue);
  const deals = fields.deals;
  if (!(revenue >= 0) || !isCount(deals)) throw invalidInput(FN, "input", averageDealSizeInputSchema, input);
  return ratio(revenue, deals);
}
