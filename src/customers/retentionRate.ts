import * as z from "zod/mini";
import { isCount, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";

const FN = "retentionRate";

/**
 * Input of {@link retentionRate}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { retentionRateInputSchema } from "salesmetrics";
 *
 * retentionRateInputSchema.safeParse({ start: 100, end: 105, acquired: 15 }).success;
 * //=> true
 * // more customers at the end than the starting ones plus the new ones
 * retentionRateInputSchema.safeParse({ start: 100, end: 130, acquired: 15 }).error?.issues[0]?.message;
 * //=> "must not exceed start + acquired, 115"
 * retentionRateInputSchema.safeParse({ start: 100, end: 105, acquired: 120 }).error?.issues[0]?.path;
 * //=> ["acquired"]
 * ```
 */
export const retentionRateInputSchema = z
  .looseObject(
    { start: countSchema, end: countSchema, acquired: countSchema },
    { error: "must be an object { start, end, acquired }" },
  )
  .check(
    notAbove("acquired", "end"),
    z.refine(
      (input) =>
        !isCount(input.start) || !isCount(input.end) || !isCount(input.acquired) || input.end - input.acquired <= input.start,
      {
        path: ["end"],
        error: (issue) => {
          const { start, acquired } = issue.input as { start: number; acquired: number };
          return `must not exceed start + acquired, ${start + acquired}`;
        },
      },
    ),
  );

/**
 * Input of {@link retentionRate}: what {@link retentionRateInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { retentionRate, type RetentionRateInput } from "salesmetrics";
 *
 * const q1: RetentionRateInput = { start: 400, end: 410, acquired: 50 };
 * retentionRate(q1);
 * //=> 0.9
 * ```
 */
export type RetentionRateInput = z.input<typeof retentionRateInputSchema>;

/**
 * Customer retention rate: the share of the customers at the start of a period still customers at its end.
 *
 * `(end − acquired) ÷ start` (HubSpot): customers at the end, less the new ones won during the
 * period, over customers at the start. 100 at the start, 105 at the end with 15 new is 0.9.
 * With the default denominator it is exactly `1 − churnRate({ lost, start })` when `lost` and
 * `acquired` are counted alike: either every new customer is in `acquired` and every loss,
 * new customers' included, in `lost`; or only new customers still there at the end are in
 * `acquired` and only losses among the starting customers in `lost`.
 * https://www.hubspot.com/glossary/retention-rate
 *
 * @param input - `start` and `end`: customers at the start and end of the period; `acquired`:
 *   customers won during it (counts).
 * @returns The retention rate as a fraction in [0, 1], or `null` when `start` is 0.
 * @throws {KpiInputError} When a count is not a non-negative integer, `acquired` exceeds `end`
 *   (more new customers than customers at the end: count only those still there), or `end`
 *   exceeds `start + acquired`.
 *
 * @example
 * ```ts
 * import { retentionRate } from "salesmetrics";
 *
 * retentionRate({ start: 100, end: 105, acquired: 15 });
 * //=> 0.9
 * // churnmiser: 2,000 at the start of Q1, 300 lost, no new customers
 * retentionRate({ start: 2000, end: 1700, acquired: 0 });
 * //=> 0.85
 * ```
 */
export function retentionRate(input: RetentionRateInput): number | null {
  const fields = fieldsOf(input);
  const start = fields.start;
  const end = fields.end;
  const acquired = fields.acquired;
  if (!isCount(start) || !isCount(end) || !isCount(acquired) || acquired > end || end - acquired > start) {
    throw invalidInput(FN, "input", retentionRateInputSchema, input);
  }
  return ratio(end - acquired, start);
}
