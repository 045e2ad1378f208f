import * as z from "zod/mini";
import { countsNotAbove, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf } from "../_internal/validate.js";

const FN = "closeRatio";

/**
 * Input of {@link closeRatio}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { closeRatioInputSchema } from "salesmetrics";
 *
 * closeRatioInputSchema.safeParse({ won: 20, opportunities: 100 }).success;
 * //=> true
 * const result = closeRatioInputSchema.safeParse({ won: 120, opportunities: 100 });
 * result.error?.issues[0]?.path;
 * //=> ["won"]
 * result.error?.issues[0]?.message;
 * //=> "must not exceed opportunities, 100"
 * ```
 */
export const closeRatioInputSchema = z
  .looseObject({ won: countSchema, opportunities: countSchema }, { error: "must be an object { won, opportunities }" })
  .check(notAbove("won", "opportunities"));

/**
 * Input of {@link closeRatio}: what {@link closeRatioInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { closeRatio, type CloseRatioInput } from "salesmetrics";
 *
 * const q3: CloseRatioInput = { won: 12, opportunities: 48 };
 * closeRatio(q3);
 * //=> 0.25
 * ```
 */
export type CloseRatioInput = z.input<typeof closeRatioInputSchema>;

/**
 * Close ratio: the share of all opportunities (or quotes) that were won, open ones included.
 *
 * `won ÷ opportunities`, where `opportunities` counts every opportunity of the cohort, won,
 * lost and still open. Salesforce calls it "Win Rate % of All Created Opps" (`WON:SUM / RowCount`),
 * Quartz "close rate". It rises as a cohort matures; for decided deals only use {@link winRate}.
 * https://help.salesforce.com/s/articleView?id=000387867
 *
 * @param input - `won`: opportunities won; `opportunities`: all opportunities in the cohort (≥ `won`).
 * @returns The close ratio as a fraction in [0, 1], or `null` when there are no opportunities.
 * @throws {KpiInputError} When a count is not a non-negative integer or `won` exceeds `opportunities`.
 *
 * @example
 * ```ts
 * import { closeRatio } from "salesmetrics";
 *
 * // 20 won, 30 lost and 50 still open
 * closeRatio({ won: 20, opportunities: 100 });
 * //=> 0.2
 * ```
 */
export function closeRatio(input: CloseRatioInput): number | null {
  const fields = fieldsOf(input);
  const [won, opportunities] = countsNotAbove(FN, closeRatioInputSchema, input, fields.won, fields.opportunities);
  return ratio(won, opportunities);
}
