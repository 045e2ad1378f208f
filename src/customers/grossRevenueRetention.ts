import * as z from "zod/mini";
import type { Money } from "../core/money.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { exactSum, lossesWithinStart, mrrAmountSchema, readStartAndLosses } from "./_internal/mrr.js";

const FN = "grossRevenueRetention";

/**
 * Input of {@link grossRevenueRetention}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { grossRevenueRetentionInputSchema } from "salesmetrics";
 *
 * grossRevenueRetentionInputSchema.safeParse({ startMrr: 50_000, contraction: 1500, churned: 2500, plan: "pro" }).success;
 * //=> true
 * // churned + contraction cannot exceed the MRR the customers started with
 * grossRevenueRetentionInputSchema.safeParse({ startMrr: 50_000, contraction: 20_000, churned: 35_000 }).error?.issues[0]?.path;
 * //=> ["churned"]
 * ```
 */
export const grossRevenueRetentionInputSchema = z
  .looseObject(
    { startMrr: mrrAmountSchema, contraction: mrrAmountSchema, churned: mrrAmountSchema },
    { error: "must be an object { startMrr, contraction, churned }" },
  )
  .check(lossesWithinStart);

/**
 * Input of {@link grossRevenueRetention}: what {@link grossRevenueRetentionInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { grossRevenueRetention, type GrossRevenueRetentionInput } from "salesmetrics";
 *
 * const march: GrossRevenueRetentionInput = { startMrr: "50000.00", contraction: "1500.00", churned: 2500 };
 * grossRevenueRetention(march);
 * //=> 0.92
 * ```
 */
export interface GrossRevenueRetentionInput {
  /** MRR (or ARR) of the customers there at the start of the period, ≥ 0. */
  startMrr: Money;
  /** Their losses from downgrades during the period, ≥ 0. */
  contraction: Money;
  /** The MRR of those who left, ≥ 0. */
  churned: Money;
}

/**
 * Gross revenue retention (GRR): the share of the starting MRR kept, before any expansion.
 *
 * `(startMrr − contraction − churned) ÷ startMrr` (ChartMogul): $100 less $10 of contraction and
 * $10 of churn is 0.80. Upgrades cannot lift it, so it never exceeds 1 (100 %); ChartMogul
 * suggests it should ideally exceed 0.9. It is `1 − gross` of {@link revenueChurn} and never
 * more than {@link netRevenueRetention}. Exact to the cent.
 * https://help.chartmogul.com/hc/en-us/articles/6886621218332-Chart-Gross-MRR-Retention
 *
 * @param input - `startMrr` and the period's `contraction` and `churned` (amounts ≥ 0).
 * @returns GRR as a fraction in [0, 1], or `null` when `startMrr` is 0.
 * @throws {KpiInputError} When an amount is negative or not an amount, or churned + contraction
 *   exceeds `startMrr`.
 *
 * @example
 * ```ts
 * import { grossRevenueRetention } from "salesmetrics";
 *
 * grossRevenueRetention({ startMrr: 100, contraction: 10, churned: 10 });
 * //=> 0.8
 * // Vitally's quarter: $1M of ARR, $25K churned, $25K contraction
 * grossRevenueRetention({ startMrr: "1000000", contraction: "25000", churned: "25000" });
 * //=> 0.95
 * ```
 */
export function grossRevenueRetention(input: GrossRevenueRetentionInput): number | null {
  const { start, churned, contraction, losses } = readStartAndLosses(fieldsOf(input));
  if (!(losses >= 0)) throw invalidInput(FN, "input", grossRevenueRetentionInputSchema, input);
  if (start === 0) return null;
  return Math.max(0, exactSum(start, -contraction, -churned)) / start + 0;
}
