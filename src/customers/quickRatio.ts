import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import type { Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";
import { exactSum, includeReactivation, mrrAmountSchema } from "./_internal/mrr.js";
import { reactivationOptionsSchema, type ReactivationOptions } from "./revenueChurn.js";

const FN = "quickRatio";

const shape = {
  newMrr: mrrAmountSchema,
  expansion: mrrAmountSchema,
  contraction: mrrAmountSchema,
  churned: mrrAmountSchema,
};

/**
 * Input of {@link quickRatio}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { quickRatioInputSchema } from "salesmetrics";
 *
 * quickRatioInputSchema.safeParse({ newMrr: 20_000, expansion: 8000, contraction: 5000, churned: 3000 }).success;
 * //=> true
 * // losses are given as positive amounts
 * quickRatioInputSchema.safeParse({ newMrr: 20_000, expansion: 8000, contraction: -5000, churned: -3000 }).error?.issues[0]?.path;
 * //=> ["contraction"]
 * ```
 */
export const quickRatioInputSchema = z.looseObject(shape, {
  error: "must be an object { newMrr, expansion, contraction, churned }",
});

/**
 * Input of {@link quickRatio} with `includeReactivation: true`. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { quickRatioWithReactivationInputSchema } from "salesmetrics";
 *
 * quickRatioWithReactivationInputSchema.safeParse({ newMrr: 8, expansion: 4, reactivation: 1, contraction: 2, churned: 3 }).success;
 * //=> true
 * quickRatioWithReactivationInputSchema.safeParse({ newMrr: 8, expansion: 4, contraction: 2, churned: 3 }).error?.issues[0]?.path;
 * //=> ["reactivation"]
 * ```
 */
export const quickRatioWithReactivationInputSchema = z.looseObject(
  { ...shape, reactivation: mrrAmountSchema },
  { error: "must be an object { newMrr, expansion, contraction, churned, reactivation }" },
);

/**
 * Input of {@link quickRatio}: what {@link quickRatioInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { quickRatio, type QuickRatioInput } from "salesmetrics";
 *
 * const march: QuickRatioInput = { newMrr: "12000.00", expansion: "3000.00", contraction: 1500, churned: 3500 };
 * quickRatio(march);
 * //=> 3
 * ```
 */
export interface QuickRatioInput {
  /** MRR from new customers in the period, ≥ 0. */
  newMrr: Money;
  /** MRR gained from upgrades, ≥ 0. */
  expansion: Money;
  /** MRR lost to downgrades, ≥ 0. */
  contraction: Money;
  /** MRR lost with customers who left, ≥ 0. */
  churned: Money;
  /** MRR regained from returning customers, ≥ 0; required by `includeReactivation: true`. */
  reactivation?: Money | undefined;
}

/**
 * SaaS quick ratio: MRR gained for each unit of MRR lost in a period.
 *
 * `(newMrr + expansion) ÷ (contraction + churned)` (Baremetrics; Mamoon Hamid): pitchkit's
 * (20K + 8K) ÷ (5K + 3K) is 3.5. Above 4 is strong growth, 1 is treading water, below 1 the MRR
 * shrinks. By default returning customers are left out, as GrowPanel argues ("recovered
 * revenue, not net new growth"); `includeReactivation: true` adds them to the gains, as
 * bigdelta and mowt do. Exact to the cent.
 * https://changelog.baremetrics.com/new-quick-ratio-metric-4ohZDy
 *
 * @param input - The period's `newMrr`, `expansion`, `contraction` and `churned` (amounts ≥ 0);
 *   `reactivation` with `includeReactivation: true`.
 * @param options - `includeReactivation`: count reactivation MRR as a gain; default false.
 * @returns The ratio (≥ 0, a plain number), or `null` when nothing was lost: the ratio is then
 *   unbounded (or, with no gains either, undefined).
 * @throws {KpiInputError} When an amount is negative or not an amount, `includeReactivation`
 *   is not a boolean, or the result would exceed the float range.
 *
 * @example
 * ```ts
 * import { quickRatio } from "salesmetrics";
 *
 * quickRatio({ newMrr: 20_000, expansion: 8000, contraction: 5000, churned: 3000 });
 * //=> 3.5
 * // mowt: new 8, expansion 4, reactivation 1 against 3 + 2 lost
 * quickRatio({ newMrr: 8, expansion: 4, reactivation: 1, contraction: 2, churned: 3 }, { includeReactivation: true });
 * //=> 2.6
 * quickRatio({ newMrr: 500, expansion: 0, contraction: 0, churned: 0 });
 * //=> null
 * ```
 */
export function quickRatio(input: QuickRatioInput, options?: ReactivationOptions): number | null {
  const withReactivation = includeReactivation(FN, options, reactivationOptionsSchema);
  const fields = fieldsOf(input);
  const newMrr = parseMoney(fields.newMrr);
  const expansion = parseMoney(fields.expansion);
  const contraction = parseMoney(fields.contraction);
  const churned = parseMoney(fields.churned);
  const reactivation = withReactivation ? parseMoney(fields.reactivation) : 0;
  if (!(newMrr >= 0 && expansion >= 0 && contraction >= 0 && churned >= 0 && reactivation >= 0)) {
    const schema = withReactivation ? quickRatioWithReactivationInputSchema : quickRatioInputSchema;
    throw invalidInput(FN, "input", schema, input);
  }
  const result = ratio(exactSum(newMrr, expansion, reactivation), exactSum(contraction, churned));
  return result === null ? null : finiteResult(FN, "churned", result);
}
