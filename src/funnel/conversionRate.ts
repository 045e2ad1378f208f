import * as z from "zod/mini";
import { countsNotAbove, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf } from "../_internal/validate.js";

const FN = "conversionRate";

/**
 * Input of {@link conversionRate}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { conversionRateInputSchema } from "salesmetrics";
 *
 * conversionRateInputSchema.safeParse({ converted: 50, total: 200 }).success;
 * //=> true
 * conversionRateInputSchema.safeParse({ converted: 250, total: 200 }).error?.issues[0]?.path;
 * //=> ["converted"]
 * ```
 */
export const conversionRateInputSchema = z
  .looseObject({ converted: countSchema, total: countSchema }, { error: "must be an object { converted, total }" })
  .check(notAbove("converted", "total"));

/**
 * Input of {@link conversionRate}: what {@link conversionRateInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { conversionRate, type ConversionRateInput } from "salesmetrics";
 *
 * const mqlToSql: ConversionRateInput = { converted: 45, total: 300 };
 * conversionRate(mqlToSql);
 * //=> 0.15
 * ```
 */
export type ConversionRateInput = z.input<typeof conversionRateInputSchema>;

/**
 * Conversion rate: the share of a group that reached the next step.
 *
 * `converted ÷ total` — leads that became customers, MQLs that became SQLs, visitors that
 * signed up. HubSpot: 50 of 200 leads become customers → 25 %.
 * https://www.hubspot.com/glossary/sales-conversion-rate
 *
 * Count both from the same cohort (of the leads created in March, how many converted), so the
 * rate stays within [0, 1]; for a whole funnel at once use {@link funnel}.
 *
 * @param input - `converted`: how many reached the step; `total`: how many could have (≥ `converted`).
 * @returns The conversion rate as a fraction in [0, 1], or `null` when `total` is 0.
 * @throws {KpiInputError} When a count is not a non-negative integer or `converted` exceeds `total`.
 *
 * @example
 * ```ts
 * import { conversionRate } from "salesmetrics";
 *
 * conversionRate({ converted: 50, total: 200 });
 * //=> 0.25
 * conversionRate({ converted: 0, total: 0 });
 * //=> null
 * ```
 */
export function conversionRate(input: ConversionRateInput): number | null {
  const fields = fieldsOf(input);
  const [converted, total] = countsNotAbove(FN, conversionRateInputSchema, input, fields.converted, fields.total);
  return ratio(converted, total);
}
