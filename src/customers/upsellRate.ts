import * as z from "zod/mini";
import { countsNotAbove, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf } from "../_internal/validate.js";

const FN = "upsellRate";

/**
 * Input of {@link upsellRate} and {@link crossSellRate}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { upsellRateInputSchema } from "salesmetrics";
 *
 * upsellRateInputSchema.safeParse({ accepted: 250, offered: 500, campaign: "spring" }).success;
 * //=> true
 * upsellRateInputSchema.safeParse({ accepted: 600, offered: 500 }).error?.issues[0]?.message;
 * //=> "must not exceed offered, 500"
 * ```
 */
export const upsellRateInputSchema = z
  .looseObject({ accepted: countSchema, offered: countSchema }, { error: "must be an object { accepted, offered }" })
  .check(notAbove("accepted", "offered"));

/**
 * Input of {@link upsellRate} and {@link crossSellRate}: what {@link upsellRateInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { crossSellRate, upsellRate, type UpsellRateInput } from "salesmetrics";
 *
 * // insia: 30 of 100 customers bought more
 * const offers: UpsellRateInput = { accepted: 30, offered: 100 };
 * upsellRate(offers);
 * //=> 0.3
 * // crossSellRate takes the same input
 * crossSellRate(offers);
 * //=> 0.3
 * ```
 */
export type UpsellRateInput = z.input<typeof upsellRateInputSchema>;

/**
 * Upsell rate: the share of upsell offers that customers took up (an upgrade, a higher plan).
 *
 * `accepted ÷ offered` (shno.co): 250 of 500 customers offered a membership upgrade took it,
 * an upsell rate of 0.5. Sources differ on the denominator: offers made (shno.co), customers
 * targeted (DigGrowth), or every customer (insia: 30 of 100 customers bought more, 0.3). Pass
 * the group you mean as `offered` and say which. For related products rather than a higher one,
 * use {@link crossSellRate}; for the share of revenue that comes from expansion, divide the
 * amounts yourself.
 * https://www.shno.co/startup-metrics/upsell-rate-cross-sell-rate
 *
 * @param input - `accepted`: offers taken up; `offered`: offers made, or customers targeted (counts).
 * @returns The upsell rate as a fraction in [0, 1], or `null` when nothing was offered.
 * @throws {KpiInputError} When a count is not a non-negative integer or `accepted` exceeds `offered`.
 *
 * @example
 * ```ts
 * import { upsellRate } from "salesmetrics";
 *
 * upsellRate({ accepted: 250, offered: 500 });
 * //=> 0.5
 * ```
 */
export function upsellRate(input: UpsellRateInput): number | null {
  const fields = fieldsOf(input);
  const [accepted, offered] = countsNotAbove(FN, upsellRateInputSchema, input, fields.accepted, fields.offered);
  return ratio(accepted, offered);
}
