import { describe, expect, test } from "vitest";
import { annualizeChurn } from "../../src/index.js";
import { CHURNKEY, expectKpiError } from "../_helpers/index.js";

describe("annualizeChurn", () => {
  test.each(CHURNKEY)("Churnkey's table: %d a month → %d a year", (monthly, annual) => {
    expect(annualizeChurn(monthly)).toBeCloseTo(annual, 4);
  });

  test("1 % a month is 11.36 %, not the 12 % of multiplying by 12 (climbtheladder)", () => {
    expect(annualizeChurn(0.01)).toBeCloseTo(1 - 0.99 ** 12, 15);
    expect(annualizeChurn(0.01)).toBeLessThan(0.12);
  });

  test("other periods: 4 quarters, 52 weeks; 1 period is the rate itself", () => {
    expect(annualizeChurn(0.05, { periods: 4 })).toBeCloseTo(1 - 0.95 ** 4, 15);
    expect(annualizeChurn(0.001, { periods: 52 })).toBeCloseTo(1 - 0.999 ** 52, 15);
    expect(annualizeChurn(0.3, { periods: 1 })).toBeCloseTo(0.3, 15);
  });

  test("keeps the digits of a tiny rate (no cancellation in 1 − (1 − r)^12)", () => {
    // 1 − (1 − r)¹² = 12r − 66r² + …; the naive float formula gets only about 4 digits of it right
    const r = 1e-12;
    expect(Math.abs(annualizeChurn(r) - (12 * r - 66 * r * r)) / (12 * r)).toBeLessThan(1e-14);
  });

  test("ends: 0 stays 0 (never -0), 1 stays 1", () => {
    expect(Object.is(annualizeChurn(0), 0)).toBe(true);
    expect(annualizeChurn(1)).toBe(1);
    expect(Object.is(annualizeChurn(-0), 0)).toBe(true);
  });

  test.each([
    [5, undefined, ["rate"]],
    [-0.1, undefined, ["rate"]],
    ["0.05", undefined, ["rate"]],
    [0.05, { periods: 0 }, ["options.periods"]],
    [0.05, { periods: Infinity }, ["options.periods"]],
    [0.05, { periods: "12" }, ["options.periods"]],
    [0.05, 12, ["options"]],
  ])("rejects %o with options %o at %o", (rate, options, paths) => {
    expectKpiError("annualizeChurn", () => annualizeChurn(rate as never, options as never), paths);
  });

  test("names a rate given in percent", () => {
    expect(expectKpiError("annualizeChurn", () => annualizeChurn(5), ["rate"]).message).toBe(
      "annualizeChurn: rate must be a number from 0 to 1 (got 5)",
    );
  });
});
