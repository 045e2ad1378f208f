import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { averageProfitMargin, averageProfitMarginOptionsSchema, profitMarginItemsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyOrAwkward, near } from "../_helpers/index.js";

describe("averageProfitMargin", () => {
  test("both averages lie between the smallest and the largest margin, and never exceed 1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents(), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const items = rows
            .filter(([revenue]) => revenue > 0)
            .map(([revenue, margin]) => ({ revenue, profit: revenue * margin }));
          if (items.length === 0) return;
          const margins = items.map((item) => item.profit / item.revenue);
          for (const average of ["weighted", "simple"] as const) {
            const value = averageProfitMargin(items, { average }) as number;
            expect(value).toBeLessThanOrEqual(Math.max(...margins) + 1e-9);
            expect(value).toBeGreaterThanOrEqual(Math.min(...margins) - 1e-9);
          }
        },
      ),
    );
  });

  test("the weighted margin of the whole equals the revenue-weighted mean of the parts' margins", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents(), cents()), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(cents(), cents()), { minLength: 1, maxLength: 20 }),
        (a, b) => {
          const toItems = (rows: [number, number][]) =>
            rows.map(([x, y]) => ({ revenue: Math.max(x, y), profit: Math.min(x, y) }));
          const [left, right] = [toItems(a), toItems(b)];
          const revenue = (items: { revenue: number }[]) => items.reduce((sum, item) => sum + item.revenue, 0);
          const [rl, rr] = [revenue(left), revenue(right)];
          if (rl === 0 || rr === 0) return;
          const whole = averageProfitMargin([...left, ...right]) as number;
          const merged = ((averageProfitMargin(left) as number) * rl + (averageProfitMargin(right) as number) * rr) / (rl + rr);
          expect(near(whole, merged, 1e-9)).toBe(true);
        },
      ),
    );
  });

  test("fast check agrees with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(
          fc.array(fc.oneof(fc.record({ revenue: moneyOrAwkward, profit: moneyOrAwkward }, { requiredKeys: [] }), awkwardValue), {
            maxLength: 5,
          }),
          awkwardValue,
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ average: fc.oneof(fc.constantFrom("weighted", "simple", "mean"), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([items, options]) => averageProfitMargin(items as never, options as never),
      ([items, options]) =>
        profitMarginItemsSchema.safeParse(items).success && averageProfitMarginOptionsSchema.safeParse(options).success,
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
