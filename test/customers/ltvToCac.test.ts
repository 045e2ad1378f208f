import { describe, expect, test } from "vitest";
import { cac, ltv, ltvToCac } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("ltvToCac", () => {
  test("callculator: ARPA 250, 80 % margin, 4 % churn → LTV 5,000; CAC 750 → 6.67", () => {
    const value = ltv({ arpa: 250, churnRate: 0.04, grossMargin: 0.8 }) as number;
    expect(ltvToCac({ ltv: value, cac: 750 })).toBeCloseTo(6.67, 2);
  });

  test("geniegoals: 300 ÷ 50 = 6", () => {
    expect(ltvToCac({ ltv: 300, cac: 50 })).toBe(6);
  });

  test("optif.ai: the same LTV against blended and paid CAC (340 and 185) reads 3.2 and 5.9", () => {
    const value = 1088;
    expect(ltvToCac({ ltv: value, cac: 340 })).toBeCloseTo(3.2, 1);
    expect(ltvToCac({ ltv: value, cac: 185 })).toBeCloseTo(5.9, 1);
  });

  test("chains with cac and ltv; a CAC of 0 is undefined; a negative LTV is allowed", () => {
    const cost = cac({ spend: 445_000, newCustomers: 50 }) as number;
    expect(ltvToCac({ ltv: 26_700, cac: cost })).toBe(3);
    expect(ltvToCac({ ltv: 500, cac: 0 })).toBeNull();
    expect(ltvToCac({ ltv: -500, cac: 250 })).toBe(-2);
  });

  test.each([
    [{ ltv: "abc", cac: 100 }, ["ltv"]],
    [{ ltv: 100, cac: -1 }, ["cac"]],
    [{ ltv: 100 }, ["cac"]],
    [undefined, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("ltvToCac", () => ltvToCac(input as never), paths);
  });

  test("rejects a ratio beyond the float range", () => {
    expectKpiError("ltvToCac", () => ltvToCac({ ltv: 1e308, cac: 1e-10 }), ["cac"]);
  });
});
