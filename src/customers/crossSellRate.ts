import { ratio } from "../_internal/ratio.js";
import { countsNotAbove } from "../_internal/checks.js";
import { fieldsOf } from "../_internal/validate.js";
import { upsellRateInputSchema, type UpsellRateInput } from "./upsellRate.js";

const FN = "crossSellRate";

/**
 * Cross-sell rate: the share of cross-sell offers that customers took up (a related product
 * bought as well).
 *
 * `accepted ÷ offered` (shno.co): 50 of 200 customers buying a blow dryer who were offered a
 * straightener took it, a cross-sell rate of 0.25. The same formula as {@link upsellRate}, kept
 * apart so the two are reported side by side; the same choice of denominator applies.
 * https://www.shno.co/startup-metrics/upsell-rate-cross-sell-rate
 *
 * @param input - `accepted`: offers taken up; `offered`: offers made, or customers targeted (counts).
 * @returns The cross-sell rate as a fraction in [0, 1], or `null` when nothing was offered.
 * @throws {KpiInputError} When a count is not a non-negative integer or `accepted` exceeds `offered`.
 *
 * @example
 * ```ts
 * import { crossSellRate } from "salesmetrics";
 *
 * crossSellRate({ accepted: 50, offered: 200 });
 * //=> 0.25
 * ```
 */
export function crossSellRate(input: UpsellRateInput): number | null {
  const fields = fieldsOf(input);
  const [accepted, offered] = countsNotAbove(FN, upsellRateInputSchema, input, fields.accepted, fields.offered);
  return ratio(accepted, offered);
}
