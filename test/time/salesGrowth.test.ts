import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { salesGrowth } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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
});
