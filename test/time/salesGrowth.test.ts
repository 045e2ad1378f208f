import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { salesGrowth, salesGrowthInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";

describe("salesGrowth", () => {
  test("Peel: 1,000 → 2,000 is 100 % growth; dharmamag: $6,000 → $7,000 is 16.7 %", () => {
    expect(salesGrowth({ current: 2000, previous: 1000 })).toBe(1);
    expect(salesGrowth({ current: 7000, previous: 6000 })).toBeCloseTo(0.1667, 4);
  });

  test("accepts decimal strings and Decimals as they come from a CSV or a ledger", () => {
    expect(salesGrowth({ current: "110000.00", previous: new Decimal("100000") })).toBe(0.1);
  });

  test("a fall is negative, down to −1 when all sales are lost; growth from 0 is undefined", () => {
    expect(salesGrowth({ current: 90_000, previous: 100_000 })).toBe(-0.1);
    expect(salesGrowth({ current: 0, previous: 100 })).toBe(-1);
    expect(salesGrowth({ current: 100, previous: 0 })).toBeNull();
    expect(Object.is(salesGrowth({ current: 5, previous: 5 }), 0)).toBe(true);
  });

  test("growth and its inverse: previous × (1 + growth) is current", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (current, previous) => {
        const growth = salesGrowth({ current, previous }) as number;
        expect(previous * (1 + growth)).toBeCloseTo(current, 4);
        expect(growth).toBeGreaterThanOrEqual(-1);
      }),
    );
  });

  test("is scale invariant: growth does not depend on the currency unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (current, previous) => {
        expect(salesGrowth({ current: current * 100, previous: previous * 100 })).toBeCloseTo(
          salesGrowth({ current, previous }) as number,
          12,
        );
      }),
    );
  });

  test.each([
    [{ current: -1, previous: 10 }, ["current"]],
    [{ current: 1, previous: "1,000" }, ["previous"]],
    [{ current: 1 }, ["previous"]],
    ["100", ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("salesGrowth", () => salesGrowth(input as never), paths);
  });

  test("rejects growth beyond the float range instead of returning Infinity", () => {
    expectKpiError("salesGrowth", () => salesGrowth({ current: 1e300, previous: 1e-300 }), ["previous"]);
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), fc.constantFrom("12.50", "-1", "abc"), awkwardValue);
    assertAgreesWithSchema(
      fc.record({ current: amount, previous: amount }),
      (input) => salesGrowth(input as never),
      (input) => salesGrowthInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
