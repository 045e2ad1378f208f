import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import type { Money } from "../core/money.js";
import { fieldsOf, finiteResult, invalidInput, optionsSchema } from "../_internal/validate.js";
import { exactSum, includeReactivation, lossesWithinStart, mrrAmountSchema, readStartAndLosses } from "./_internal/mrr.js";

const FN = "revenueChurn";

const shape = {
  startMrr: mrrAmountSchema,
  churned: mrrAmountSchema,
  contraction: mrrAmountSchema,
  expansion: mrrAmountSchema,
};

/**
 * Options of {@link revenueChurn} and {@link quickRatio}.
 *
 * @example
 * ```ts
 * import { reactivationOptionsSchema } from "salesmetrics";
 *
 * reactivationOptionsSchema.safeParse({ includeReactivation: true }).success;
 * //=> true
 * // the options may be left out
 * reactivationOptionsSchema.safeParse(undefined).success;
 * //=> true
 * reactivationOptionsSchema.safeParse({ includeReactivation: "yes" }).error?.issues[0]?.message;
 * //=> "must be true or false"
 * ```
 */
export const reactivationOptionsSchema = optionsSchema({
  includeReactivation: z.boolean({ error: "must be true or false" }),
});

/**
 * The `includeReactivation` option of the revenue retention KPIs: what {@link reactivationOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { quickRatio, type ReactivationOptions } from "salesmetrics";
 *
 * const month = { newMrr: 8000, expansion: 2000, reactivation: 1000, contraction: 1500, churned: 2500 };
 * quickRatio(month);
 * //=> 2.5
 * const options: ReactivationOptions = { includeReactivation: true };
 * quickRatio(month, options);
 * //=> 2.75
 * ```
 */
export type ReactivationOptions = z.input<typeof reactivationOptionsSchema>;

/**
 * Input of {@link revenueChurn} (and {@link netRevenueRetention}). Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { revenueChurnInputSchema } from "salesmetrics";
 *
 * // compared exactly: 0.1 + 0.2 of losses against 0.3 is within the start
 * revenueChurnInputSchema.safeParse({ startMrr: "0.3", churned: "0.1", contraction: "0.2", expansion: 0 }).success;
 * //=> true
 * revenueChurnInputSchema.safeParse({ startMrr: 100, churned: 90, contraction: 20, expansion: 10 }).error?.issues[0]?.path;
 * //=> ["churned"]
 * ```
 */
export const revenueChurnInputSchema = z
  .looseObject(shape, { error: "must be an object { startMrr, churned, contraction, expansion }" })
  .check(lossesWithinStart);

/**
 * Input of {@link revenueChurn} with `includeReactivation: true`. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { revenueChurnWithReactivationInputSchema } from "salesmetrics";
 *
 * revenueChurnWithReactivationInputSchema.safeParse({ startMrr: 100, churned: 10, contraction: 10, expansion: 10, reactivation: 15 }).success;
 * //=> true
 * revenueChurnWithReactivationInputSchema.safeParse({ startMrr: 100, churned: 10, contraction: 10, expansion: 10 }).error?.issues[0]?.path;
 * //=> ["reactivation"]
 * ```
 */
export const revenueChurnWithReactivationInputSchema = z
  .looseObject(
    { ...shape, reactivation: mrrAmountSchema },
    { error: "must be an object { startMrr, churned, contraction, expansion, reactivation }" },
  )
  .check(lossesWithinStart);

/**
 * Input of {@link revenueChurn}: what {@link revenueChurnInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { revenueChurn, type RevenueChurnInput } from "salesmetrics";
 *
 * const march: RevenueChurnInput = { startMrr: "50000.00", churned: "2000.00", contraction: 1000, expansion: 4000 };
 * revenueChurn(march);
 * //=> { gross: 0.06, net: -0.02 }
 * ```
 */
export interface RevenueChurnInput {
  /** MRR at the start of the period, ≥ 0. */
  startMrr: Money;
  /** MRR lost with customers who left, ≥ 0. */
  churned: Money;
  /** MRR lost to downgrades of customers who stayed, ≥ 0. */
  contraction: Money;
  /** MRR gained from upgrades of existing customers, ≥ 0. */
  expansion: Money;
  /** MRR regained from returning customers, ≥ 0; required by `includeReactivation: true`. */
  reactivation?: Money | undefined;
}

/**
 * The result of {@link revenueChurn}: fractions of the starting MRR.
 *
 * @example
 * ```ts
 * import { revenueChurn, type RevenueChurn } from "salesmetrics";
 *
 * const churn: RevenueChurn | null = revenueChurn({ startMrr: 1_000_000, churned: 25_000, contraction: 25_000, expansion: 150_000 });
 * churn;
 * //=> { gross: 0.05, net: -0.1 }
 * // 1 − net is the net revenue retention
 * churn === null ? null : 1 - churn.net;
 * //=> 1.1
 * ```
 */
export interface RevenueChurn {
  /** (churned + contraction) ÷ startMrr, in [0, 1]. */
  gross: number;
  /** (churned + contraction − expansion [− reactivation]) ÷ startMrr, at most 1; negative when gains outweigh losses. */
  net: number;
}

/**
 * Revenue (MRR) churn: the share of the starting monthly recurring revenue lost in a period,
 * gross and net of expansion.
 *
 * - gross = (churned + contraction) ÷ startMrr
 * - net = (churned + contraction − expansion) ÷ startMrr; with `includeReactivation: true` the
 *   MRR of returning customers is subtracted too, as ChartMogul's net MRR churn does.
 *
 * ChartMogul's example: 100 at the start, 10 churned, 10 contraction and 10 expansion is a gross
 * churn of 0.2 and a net churn of 0.1. Net churn below 0 ("negative churn") means the customers
 * you started with pay more at the end than at the start. By default reactivation is left out,
 * as in ChartMogul's net MRR retention and Baremetrics' net revenue churn; new business never
 * counts. Exact to the cent. `1 − net` is {@link netRevenueRetention}, `1 − gross`
 * {@link grossRevenueRetention}.
 * https://help.chartmogul.com/hc/en-us/articles/203359341-Metric-MRR-Churn-Rate
 *
 * @param input - `startMrr` and the period's `churned`, `contraction` and `expansion` MRR
 *   (amounts ≥ 0); `reactivation` with `includeReactivation: true`.
 * @param options - `includeReactivation`: subtract reactivation MRR from net churn; default false.
 * @returns `{ gross, net }` as fractions of `startMrr`, or `null` when `startMrr` is 0.
 * @throws {KpiInputError} When an amount is negative or not an amount, churned + contraction
 *   exceeds `startMrr`, `includeReactivation` is not a boolean, or net churn would exceed the
 *   float range.
 *
 * @example
 * ```ts
 * import { revenueChurn } from "salesmetrics";
 *
 * revenueChurn({ startMrr: 100, churned: 10, contraction: 10, expansion: 10 });
 * //=> { gross: 0.2, net: 0.1 }
 * revenueChurn(
 *   { startMrr: 100, churned: 10, contraction: 10, expansion: 10, reactivation: 15 },
 *   { includeReactivation: true },
 * );
 * //=> { gross: 0.2, net: -0.05 }
 * ```
 */
export function revenueChurn(input: RevenueChurnInput, options?: ReactivationOptions): RevenueChurn | null {
  const withReactivation = includeReactivation(FN, options, reactivationOptionsSchema);
  const fields = fieldsOf(input);
  const { start, churned, contraction, losses } = readStartAndLosses(fields);
  const expansion = parseMoney(fields.expansion);
  const reactivation = withReactivation ? parseMoney(fields.reactivation) : 0;
  if (!(losses >= 0 && expansion >= 0 && reactivation >= 0)) {
    const schema = withReactivation ? revenueChurnWithReactivationInputSchema : revenueChurnInputSchema;
    throw invalidInput(FN, "input", schema, input);
  }
  if (start === 0) return null;
  return {
    gross: losses / start + 0,
    net: finiteResult(FN, "startMrr", exactSum(churned, contraction, -expansion, -reactivation) / start) + 0,
  };
}
