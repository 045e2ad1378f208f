import * as z from "zod/mini";

const RATE = "must be a number from 0 to 1";
const POSITIVE_RATE = "must be a number greater than 0 and at most 1";

/**
 * A rate or probability as a fraction in [0, 1] (0.4 means 40 %).
 *
 * @example
 * ```ts
 * import { rateSchema } from "salesmetrics";
 *
 * rateSchema.safeParse(0.4).success;
 * //=> true
 * rateSchema.safeParse(0).success;
 * //=> true
 * // A percentage is not a rate: 40 % is 0.4.
 * rateSchema.safeParse(40).error?.issues[0]?.message;
 * //=> "must be a number from 0 to 1"
 * ```
 */
export const rateSchema = z.number({ error: RATE }).check(z.gte(0, { error: RATE }), z.lte(1, { error: RATE }));

/**
 * A conversion rate that can be back-solved through: a fraction in (0, 1].
 *
 * @example
 * ```ts
 * import { positiveRateSchema } from "salesmetrics";
 *
 * positiveRateSchema.safeParse(0.35).success;
 * //=> true
 * positiveRateSchema.safeParse(1).success;
 * //=> true
 * // Nothing can be back-solved through a rate of 0.
 * positiveRateSchema.safeParse(0).error?.issues[0]?.message;
 * //=> "must be a number greater than 0 and at most 1"
 * ```
 */
export const positiveRateSchema = z
  .number({ error: POSITIVE_RATE })
  .check(z.gt(0, { error: POSITIVE_RATE }), z.lte(1, { error: POSITIVE_RATE }));

const CONFIDENCE = "must be a number strictly between 0 and 1, such as 0.95";

/**
 * A confidence level for an interval or a margin of error: a fraction in (0, 1), such as 0.95.
 *
 * @example
 * ```ts
 * import { confidenceSchema } from "salesmetrics";
 *
 * confidenceSchema.safeParse(0.95).success;
 * //=> true
 * confidenceSchema.safeParse(1).success;
 * //=> false
 * confidenceSchema.safeParse(95).error?.issues[0]?.message;
 * //=> "must be a number strictly between 0 and 1, such as 0.95"
 * ```
 */
export const confidenceSchema = z
  .number({ error: CONFIDENCE })
  .check(z.gt(0, { error: CONFIDENCE }), z.lt(1, { error: CONFIDENCE }));

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
