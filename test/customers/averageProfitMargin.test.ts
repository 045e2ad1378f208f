import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { averageProfitMargin, averageProfitMarginOptionsSchema, profitMarginItemsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { cents, moneyOrAwkward, near } from "./economicsHelpers.js";

describe("averageProfitMargin", () => {
  test("stepbystep.com: margins of 30 %, 35 % and 40 % average 35 % (equal revenue: both averages agree)", () => {
    // https://www.stepbystep.com/how-to-calculate-average-profit-margin-82551/
    const items = [
      { revenue: 100, profit: 30 },
      { revenue: 100, profit: 35 },
      { revenue: 100, profit: 40 },
    ];
    expect(averageProfitMargin(items, { average: "simple" })).toBeCloseTo(0.35, 15);
    expect(averageProfitMargin(items)).toBeCloseTo(0.35, 15);
  });

  test("weighted is Σ profit ÷ Σ revenue (calculator.city); a big low-margin line outweighs a small high-margin one", () => {
    // https://cal12.calculator.city/calculating-weighted-average-gross-profit-percentage/
    const items = [
      { revenue: 90_000, profit: 9000 },
      { revenue: 10_000, profit: 5000 },
    ];
    expect(averageProfitMargin(items)).toBe(0.14);
    expect(averageProfitMargin(items, { average: "weighted" })).toBe(0.14);
    expect(averageProfitMargin(items, { average: "simple" })).toBe(0.3);
  });

  test("exact sums of cents in strings and Decimals; losses count", () => {
    const items = [
      { revenue: "0.10", profit: "0.10" },
      { revenue: new Decimal("0.20"), profit: "-0.10" },
    ];
    expect(averageProfitMargin(items)).toBe(0);
  });

  test("items without revenue: no margin in the simple mean; null when no item has revenue", () => {
    expect(averageProfitMargin([{ revenue: 0, profit: -50 }, { revenue: 100, profit: 20 }], { average: "simple" })).toBe(0.2);
    expect(averageProfitMargin([{ revenue: 0, profit: -50 }, { revenue: 100, profit: 20 }])).toBeCloseTo(-0.3, 15);
    expect(averageProfitMargin([])).toBeNull();
    expect(averageProfitMargin([{ revenue: 0, profit: 0 }], { average: "simple" })).toBeNull();
  });

  test("both averages lie between the smallest and the largest margin, and never exceed 1", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cents(), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 }), (rows) => {
        const items = rows.filter(([revenue]) => revenue > 0).map(([revenue, margin]) => ({ revenue, profit: revenue * margin }));
        if (items.length === 0) return;
        const margins = items.map((item) => item.profit / item.revenue);
        for (const average of ["weighted", "simple"] as const) {
          const value = averageProfitMargin(items, { average }) as number;
          expect(value).toBeLessThanOrEqual(Math.max(...margins) + 1e-9);
          expect(value).toBeGreaterThanOrEqual(Math.min(...margins) - 1e-9);
        }
      }),
    );
  });

  test("the weighted margin of the whole equals the revenue-weighted mean of the parts' margins", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cents(), cents()), { minLength: 1, maxLength: 20 }), fc.array(fc.tuple(cents(), cents()), { minLength: 1, maxLength: 20 }), (a, b) => {
        const toItems = (rows: [number, number][]) => rows.map(([x, y]) => ({ revenue: Math.max(x, y), profit: Math.min(x, y) }));
        const [left, right] = [toItems(a), toItems(b)];
        const revenue = (items: { revenue: number }[]) => items.reduce((sum, item) => sum + item.revenue, 0);
        const [rl, rr] = [revenue(left), revenue(right)];
        if (rl === 0 || rr === 0) return;
        const whole = averageProfitMargin([...left, ...right]) as number;
        const merged = ((averageProfitMargin(left) as number) * rl + (averageProfitMargin(right) as number) * rr) / (rl + rr);
        expect(near(whole, merged, 1e-9)).toBe(true);
      }),
    );
  });

  test.each([
    [[{ revenue: 100, profit: 120 }], undefined, ["items[0].profit"]],
    [[{ revenue: 100, profit: 20 }, { revenue: -5, profit: -10 }], undefined, ["items[1].revenue"]],
    [[{ revenue: 100 }], undefined, ["items[0].profit"]],
    [[null], undefined, ["items[0]"]],
    [{ revenue: 100, profit: 20 }, undefined, ["items"]],
    [[], { average: "median" }, ["options.average"]],
  ])("rejects %o with options %o at %o", (items, options, paths) => {
    expectKpiError("averageProfitMargin", () => averageProfitMargin(items as never, options as never), paths);
  });

  test("explains a profit above revenue", () => {
    const error = expectKpiError("averageProfitMargin", () => averageProfitMargin([{ revenue: 100, profit: 120 }]), ["items[0].profit"]);
    expect(error.message).toBe("averageProfitMargin: items[0].profit must not exceed revenue, 100 (got 120)");
  });

  test("fast check agrees with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(fc.oneof(fc.record({ revenue: moneyOrAwkward, profit: moneyOrAwkward }, { requiredKeys: [] }), awkwardValue), { maxLength: 5 }), awkwardValue),
        fc.oneof(fc.constant(undefined), fc.record({ average: fc.oneof(fc.constantFrom("weighted", "simple", "mean"), awkwardValue) }, { requiredKeys: [] }), awkwardValue),
      ),
      ([items, options]) => averageProfitMargin(items as never, options as never),
      ([items, options]) => profitMarginItemsSchema.safeParse(items).success && averageProfitMarginOptionsSchema.safeParse(options).success,
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
