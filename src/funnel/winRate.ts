import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { invalidInput, isRecord } from "../_internal/validate.js";

const FN = "winRate";

/**
 * Input of {@link winRate}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { winRateInputSchema } from "salesmetrics";
 *
 * winRateInputSchema.safeParse({ won: 20, lost: 30, owner: "Ana" }).success;
 * //=> true
 * winRateInputSchema.safeParse({ won: -1, lost: 30 }).error?.issues[0]?.path;
 * //=> ["won"]
 * ```
 */
export const winRateInputSchema = z.looseObject(
  { won: countSchema, lost: countSchema },
  { error: "must be an object { won, lost }" },
);

/**
 * Input of {@link winRate}: what {@link winRateInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { winRate, type WinRateInput } from "salesmetrics";
 *
 * const q1: WinRateInput = { won: 18, lost: 27 };
 * winRate(q1);
 * //=> 0.4
 * ```
 */
export type WinRateInput = z.input<typeof winRateInputSchema>;

/**
 * Win rate: the share of decided deals that were won.
 *
 * `won ÷ (won + lost)`. Open deals are left out: they are not decided yet. This is
 * Salesforce's "Win Rate on Closed Opportunities" (`WON:SUM / CLOSED:SUM`); to count open
 * deals as not won, use {@link closeRatio}.
 * https://help.salesforce.com/s/articleView?id=000387867
 *
 * @param input - `won` and `lost`: counts of deals decided in the period or cohort.
 * @returns The win rate as a fraction in [0, 1], or `null` when no deal was decided.
 * @throws {KpiInputError} When `won` or `lost` is not a non-negative integer.
 *
 * @example
 * ```ts
 * import { winRate } from "salesmetrics";
 *
 * winRate({ won: 20, lost: 30 });
 * //=> 0.4
 * winRate({ won: 0, lost: 0 });
 * //=> null
 * ```
 */
export function winRate(input: WinRateInput): number | null {
  if (!isRecord(input) || !isCount(input.won) || !isCount(input.lost)) {
    throw invalidInput(FN, "input", winRateInputSchema, input);
  }
  const won = input.won;
  return ratio(won, won + input.lost);
}
