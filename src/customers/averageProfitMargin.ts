import * as z from "zod/mini";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { moneySchema, nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput, isOptionsArgument, optionsSchema } from "../_internal/validate.js";

const FN = "averageProfitMargin";

/**
 * One product, deal or segment of {@link averageProfitMargin}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { profitMarginItemSchema } from "salesmetrics";
 *
 * // a loss is a negative profit
 * profitMarginItemSchema.safeParse({ revenue: 10_000, profit: -2_000, sku: "HW-12" }).success;
 * //=> true
 * const result = profitMarginItemSchema.safeParse({ revenue: 10_000, profit: 12_000 });
 * result.error?.issues[0]?.path;
 * //=> ["profit"]
 * result.error?.issues[0]?.message;
 * //=> "must not exceed revenue, 10000"
 * ```
 */
export const profitMarginItemSchema = z
  .looseObject({ revenue: nonNegativeMoneySchema, profit: moneySchema }, { error: "must be an object { revenue, profit }" })
  .check(
    z.refine(
      (item) => {
        const revenue = parseMoney(item.revenue);
        const profit = parseMoney(item.profit);
        return !(revenue >= 0 && !Number.isNaN(profit)) || profit <= revenue;
      },
      {
        path: ["profit"],
        error: (issue) => `must not exceed revenue, ${String((issue.input as { revenue: unknown }).revenue)}`,
      },
    ),
  );

/**
 * The items of {@link averageProfitMargin}.
 *
 * @example
 * ```ts
 * import { profitMarginItemsSchema } from "salesmetrics";
 *
 * profitMarginItemsSchema.safeParse([
 *   { revenue: 90_000, profit: 9_000 },
 *   { revenue: 10_000, profit: 5_000 },
 * ]).success;
 * //=> true
 * profitMarginItemsSchema.safeParse([
 *   { revenue: 90_000, profit: 9_000 },
 *   { revenue: "10000.00", profit: "12000.00" },
 * ]).error?.issues[0]?.path;
 * //=> [1, "profit"]
 * ```
 */
export const profitMarginItemsSchema = z.array(profitMarginItemSchema, { error: "must be an array of { revenue, profit }" });

/**
 * How {@link averageProfitMargin} averages: see its documentation.
 *
 * @example
 * ```ts
 * import { profitMarginAverageSchema } from "salesmetrics";
 *
 * profitMarginAverageSchema.safeParse("simple").success;
 * //=> true
 * profitMarginAverageSchema.safeParse("median").error?.issues[0]?.message;
 * //=> 'must be "weighted" or "simple"'
 * ```
 */
export const profitMarginAverageSchema = z.enum(["weighted", "simple"], { error: 'must be "weighted" or "simple"' });

/**
 * Options of {@link averageProfitMargin}.
 *
 * @example
 * ```ts
 * import { averageProfitMarginOptionsSchema } from "salesmetrics";
 *
 * averageProfitMarginOptionsSchema.safeParse({ average: "weighted" }).success;
 * //=> true
 * averageProfitMarginOptionsSchema.safeParse({ average: "mean" }).error?.issues[0]?.path;
 * //=> ["average"]
 * // the options are an object, not the bare name
 * averageProfitMarginOptionsSchema.safeParse("simple").error?.issues[0]?.message;
 * //=> "must be an object"
 * ```
 */
export const averageProfitMarginOptionsSchema = optionsSchema({ average: profitMarginAverageSchema });

/**
 * Options of {@link averageProfitMargin}: what {@link averageProfitMarginOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { averageProfitMargin, type AverageProfitMarginOptions } from "salesmetrics";
 *
 * // every product counts the same, whatever its revenue
 * const options: AverageProfitMarginOptions = { average: "simple" };
 * averageProfitMargin([{ revenue: 90_000, profit: 9_000 }, { revenue: 10_000, profit: 5_000 }], options);
 * //=> 0.3
 * ```
 */
export type AverageProfitMarginOptions = z.input<typeof averageProfitMarginOptionsSchema>;

/**
 * One item (sale or product) given to {@link averageProfitMargin}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { averageProfitMargin, type ProfitMarginItem } from "salesmetrics";
 *
 * const segments: ProfitMarginItem[] = [
 *   { revenue: "90000.00", profit: "9000.00" },
 *   { revenue: 10_000, profit: -1_000 }, // sold at a loss
 * ];
 * averageProfitMargin(segments);
 * //=> 0.08
 * ```
 */
export interface ProfitMarginItem {
  /** Revenue of the product, deal or segment, ≥ 0. */
  revenue: Money;
  /** Its profit (revenue less cost), at most `revenue`; negative for a loss. */
  profit: Money;
}

/**
 * Average profit margin across products, deals or segments.
 *
 * - `"weighted"` (default): `Σ profit ÷ Σ revenue`, each item weighted by its revenue: the margin
 *   of the business as a whole, the "weighted average gross profit percentage" of calculator.city.
 *   Sums are exact to the cent.
 * - `"simple"`: the mean of each item's `profit ÷ revenue`, every item counting the same
 *   (stepbystep.com: margins of 30 %, 35 % and 40 % average 35 %). Items without revenue have no
 *   margin and are left out.
 *
 * The two differ when margins and sizes differ: a big product at 10 % and a small one at 50 %
 * make 30 % as a simple mean, but much closer to 10 % weighted, which is what the business earns.
 * Use profit after the cost of goods for a gross margin, after all costs for a net margin.
 * https://cal12.calculator.city/calculating-weighted-average-gross-profit-percentage/
 * https://www.stepbystep.com/how-to-calculate-average-profit-margin-82551/
 *
 * @param items - `{ revenue, profit }` per product, deal or segment: revenue ≥ 0, profit ≤ revenue.
 * @param options - `average`: `"weighted"` or `"simple"`.
 * @returns The margin as a fraction (at most 1, negative for a loss), or `null` when no item has
 *   revenue.
 * @throws {KpiInputError} When `items` is not an array, an amount is not an amount, revenue is
 *   negative, profit exceeds revenue, `average` is unknown, or the result would exceed the float range.
 *
 * @example
 * ```ts
 * import { averageProfitMargin } from "salesmetrics";
 *
 * const products = [
 *   { revenue: 90_000, profit: 9_000 },
 *   { revenue: 10_000, profit: 5_000 },
 * ];
 * averageProfitMargin(products);
 * //=> 0.14
 * averageProfitMargin(products, { average: "simple" });
 * //=> 0.3
 * ```
 */
export function averageProfitMargin(items: readonly ProfitMarginItem[], options?: AverageProfitMarginOptions): number | null {
  if (!Array.isArray(items)) throw invalidInput(FN, "items", profitMarginItemsSchema, items);
  const average = options?.average === undefined ? "weighted" : options.average;
  if (!isOptionsArgument(options) || (average !== "weighted" && average !== "simple")) {
    throw invalidInput(FN, "options", averageProfitMarginOptionsSchema, options);
  }
  const revenueSum = new MoneySum();
  const profitSum = new MoneySum();
  let marginSum = 0;
  let withRevenue = 0;
  for (const item of items as readonly unknown[]) {
    const itemFields = fieldsOf(item);
    const revenue = parseMoney(itemFields.revenue);
    const profit = parseMoney(itemFields.profit);
    if (!(revenue >= 0 && profit <= revenue)) {
      throw invalidInput(FN, "items", profitMarginItemsSchema, items, isValidItem);
    }
    if (average === "weighted") {
      revenueSum.add(revenue);
      profitSum.add(profit);
    } else if (revenue > 0) {
      marginSum += profit / revenue;
      withRevenue++;
    }
  }
  const margin =
    average === "weighted" ? ratio(profitSum.value(FN, "items"), revenueSum.value(FN, "items")) : ratio(marginSum, withRevenue);
  return margin === null ? null : finiteResult(FN, "items", margin);
}

/** The loop's check of one item, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidItem(item: unknown): boolean {
  const itemFields = fieldsOf(item);
  const revenue = parseMoney(itemFields.revenue);
  const profit = parseMoney(itemFields.profit);
  return revenue >= 0 && profit <= revenue;
}
