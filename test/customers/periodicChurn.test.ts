import { describe, expect, test } from "vitest";
import { periodicChurn } from "../../src/index.js";
import { CHURNKEY, expectKpiError } from "../_helpers/index.js";

describe("periodicChurn", () => {
  test.each(CHURNKEY)("Churnkey's table read backwards: %d a month ← %d a year", (monthly, annual) => {
    // the table's annual figures are rounded, so the monthly rate comes back to about 4 decimals
    expect(periodicChurn(annual)).toBeCloseTo(monthly, 4);
  });

  test("is not annual ÷ 12, which understates it", () => {
    expect(periodicChurn(0.5)).toBeCloseTo(1 - 0.5 ** (1 / 12), 15);
    expect(periodicChurn(0.5)).toBeGreaterThan(0.5 / 12);
  });

  test("ends: 0 and 1 are fixed points", () => {
    expect(Object.is(periodicChurn(0), 0)).toBe(true);
    expect(periodicChurn(1)).toBe(1);
  });

  test.each([
    [1.2, undefined, ["rate"]],
    [0.2, { periods: -12 }, ["options.periods"]],
  ])("rejects %o with options %o at %o", (rate, options, paths) => {
    expectKpiError("periodicChurn", () => periodicChurn(rate as never, options as never), paths);
  });
});
