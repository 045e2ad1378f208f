import * as z from "zod/mini";

const GROSS_MARGIN = "must be a fraction at most 1, such as 0.8 for 80 % (negative for a loss)";

/**
 * A gross margin as a fraction of revenue: 0.8 means 80 % of each dollar of revenue is left
 * after the cost of serving it. At most 1; negative when serving a customer costs more than
 * it brings in.
 *
 * @example
 * ```ts
 * import { grossMarginSchema } from "salesmetrics";
 *
 * grossMarginSchema.safeParse(0.8).success;
 * //=> true
 * // serving the customer costs more than it brings in
 * grossMarginSchema.safeParse(-0.2).success;
 * //=> true
 * // a percentage, not a fraction
 * grossMarginSchema.safeParse(80).error?.issues[0]?.message;
 * //=> "must be a fraction at most 1, such as 0.8 for 80 % (negative for a loss)"
 * ```
 */
export const grossMarginSchema = z.number({ error: GROSS_MARGIN }).check(z.lte(1, { error: GROSS_MARGIN }));

/** Fast check equivalent to {@link grossMarginSchema}: a finite number ≤ 1. NaN fails both comparisons. */
export function isGrossMargin(value: unknown): value is number {
  return typeof value === "number" && value <= 1 && value > -Infinity;
}
