import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "revenuePerRep";

const REPS = "must be a finite number ≥ 0 (headcount, or full-time equivalents such as 7.5)";

/**
 * Input of {@link revenuePerRep}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { revenuePerRepInputSchema } from "salesmetrics";
 *
 * revenuePerRepInputSchema.safeParse({ revenue: 1_500_000, reps: 7.5 }).success;
 * //=> true
 * revenuePerRepInputSchema.safeParse({ revenue: 1_500_000, reps: -1 }).error?.issues[0]?.message;
 * //=> "must be a finite number ≥ 0 (headcount, or full-time equivalents such as 7.5)"
 * ```
 */
export const revenuePerRepInputSchema = z.looseObject(
  { revenue: nonNegativeMoneySchema, reps: z.number({ error: REPS }).check(z.gte(0, { error: REPS })) },
  { error: "must be an object { revenue, reps }" },
);

/**
 * Input of {@link revenuePerRep}: what {@link revenuePerRepInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { revenuePerRep, type RevenuePerRepInput } from "salesmetrics";
 *
 * // 7.5 fully ramped reps on average over the quarter
 * const q2: RevenuePerRepInput = { revenue: "1500000.00", reps: 7.5 };
 * revenuePerRep(q2);
 * //=> 200000
 * ```
 */
export interface RevenuePerRepInput {
  /** Revenue (or new ARR) of the period, ≥ 0. */
  revenue: Money;
  /** Reps who brought it: a headcount, or an average or ramped-equivalent number such as 7.5. */
  reps: number;
}

/**
 * Revenue per rep: revenue for each sales rep.
 *
 * `revenue ÷ reps`: $2,000,000 from 10 reps is $200,000 a rep (revenue.io). Who counts as a rep
 * changes the answer: count full-time, quota-carrying reps; petavue leaves out reps still
 * ramping; getfairview divides by the average number of fully ramped reps over the period, so
 * `reps` may be fractional.
 * https://www.revenue.io/inside-sales-glossary/what-is-revenue-per-rep
 *
 * @param input - `revenue` (an amount ≥ 0) and `reps` (a number ≥ 0, fractions allowed).
 * @returns Revenue per rep in the currency of `revenue`, or `null` when `reps` is 0.
 * @throws {KpiInputError} When `revenue` is negative or not an amount, `reps` is negative or not
 *   finite, or the result would exceed the float range.
 *
 * @example
 * ```ts
 * import { revenuePerRep } from "salesmetrics";
 *
 * revenuePerRep({ revenue: 2_000_000, reps: 10 });
 * //=> 200000
 * // petavue: $900K of new ARR from 6 ramped reps
 * revenuePerRep({ revenue: 900_000, reps: 6 });
 * //=> 150000
 * ```
 */
export function revenuePerRep(input: RevenuePerRepInput): number | null {
  const fields = fieldsOf(input);
  const revenue = parseMoney(fields.revenue);
  const reps = fields.reps;
  if (!(revenue >= 0) || typeof reps !== "number" || !(reps >= 0 && reps < Infinity)) {
    throw invalidInput(FN, "input", revenuePerRepInputSchema, input);
  }
  const perRep = ratio(revenue, reps);
  return perRep === null ? null : finiteResult(FN, "reps", perRep);
}
