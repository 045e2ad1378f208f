import { parseMoney } from "../_internal/money.js";
import type { Money } from "../core/money.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";
import { exactSum, readStartAndLosses } from "./_internal/mrr.js";
import { revenueChurnInputSchema } from "./revenueChurn.js";

const FN = "netRevenueRetention";

/**
 * Input of {@link netRevenueRetention}: the same fields as {@link revenueChurn}'s. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { netRevenueRetentionInputSchema } from "salesmetrics";
 *
 * netRevenueRetentionInputSchema.safeParse({ startMrr: 80_000, expansion: 12_000, contraction: 2000, churned: 4000 }).success;
 * //=> true
 * netRevenueRetentionInputSchema.safeParse({ startMrr: 80_000, contraction: 2000, churned: 4000 }).error?.issues[0]?.path;
 * //=> ["expansion"]
 * ```
 */
export const netRevenueRetentionInputSchema = revenueChurnInputSchema;

/**
 * Input of {@link netRevenueRetention}: what {@link netRevenueRetentionInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { grossRevenueRetention, netRevenueRetention, type NetRevenueRetentionInput } from "salesmetrics";
 *
 * const quarter: NetRevenueRetentionInput = { startMrr: 80_000, expansion: 12_000, contraction: 2000, churned: 4000 };
 * netRevenueRetention(quarter);
 * //=> 1.075
 * // the same record without expansion's 0.15
 * grossRevenueRetention(quarter);
 * //=> 0.925
 * ```
 */
export interface NetRevenueRetentionInput {
  /** MRR (or ARR) of the customers there at the start of the period, ≥ 0. */
  startMrr: Money;
  /** Their gains from upgrades during the period, ≥ 0. */
  expansion: Money;
  /** Their losses from downgrades, ≥ 0. */
  contraction: Money;
  /** The MRR of those who left, ≥ 0. */
  churned: Money;
}

/**
 * Net revenue retention (NRR, net dollar retention): what the customers you started with pay
 * at the end of the period, as a share of what they paid at the start.
 *
 * `(startMrr + expansion − contraction − churned) ÷ startMrr`, leaving out new customers and
 * reactivations (ChartMogul). Vitally's example follows 100 accounts worth $1M of ARR for a
 * quarter: −$25K churned, −$25K contraction and +$150K expansion is $1.1M, an NRR of 1.10.
 * Above 1 the base grows without any new customer. It is `1 − net` of {@link revenueChurn}
 * (Baremetrics); NRR − GRR is expansion ÷ startMrr. Works the same with ARR. Exact to the cent.
 * https://help.chartmogul.com/hc/en-us/articles/6886664393500-Chart-Net-MRR-Retention
 * https://docs.vitally.io/reporting-and-segmentation/measuring-net-revenue-retention-nrr
 *
 * @param input - `startMrr` and the period's `expansion`, `contraction` and `churned` (amounts ≥ 0).
 * @returns NRR as a fraction ≥ 0 (1.1 is 110 %), or `null` when `startMrr` is 0.
 * @throws {KpiInputError} When an amount is negative or not an amount, churned + contraction
 *   exceeds `startMrr`, or the result would exceed the float range.
 *
 * @example
 * ```ts
 * import { netRevenueRetention } from "salesmetrics";
 *
 * netRevenueRetention({ startMrr: 1_000_000, expansion: 150_000, contraction: 25_000, churned: 25_000 });
 * //=> 1.1
 * ```
 */
export function netRevenueRetention(input: NetRevenueRetentionInput): number | null {
  const fields = fieldsOf(input);
  const { start, churned, contraction, losses } = readStartAndLosses(fields);
  const expansion = parseMoney(fields.expansion);
  if (!(losses >= 0 && expansion >= 0)) {
    throw invalidInput(FN, "input", netRevenueRetentionInputSchema, input);
  }
  if (start === 0) return null;
  const kept = Math.max(0, exactSum(start, expansion, -contraction, -churned));
  return finiteResult(FN, "startMrr", kept / start) + 0;
}
