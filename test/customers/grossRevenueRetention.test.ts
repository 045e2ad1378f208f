import { describe, expect, test } from "vitest";
import { grossRevenueRetention } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("grossRevenueRetention", () => {
  test("ChartMogul: $100 − $10 contraction − $10 churn → 80 %", () => {
    // https://help.chartmogul.com/hc/en-us/articles/6886621218332-Chart-Gross-MRR-Retention
    expect(grossRevenueRetention({ startMrr: 100, contraction: 10, churned: 10 })).toBe(0.8);
  });

  test("Vitally's quarter without its expansion: 95 %", () => {
    expect(grossRevenueRetention({ startMrr: "1000000", contraction: "25000", churned: "25000" })).toBe(0.95);
  });

  test("no starting revenue is undefined", () => {
    expect(grossRevenueRetention({ startMrr: 0, contraction: 0, churned: 0 })).toBeNull();
  });

  test.each([
    [{ startMrr: 100, contraction: 80, churned: 30 }, ["churned"]],
    [{ startMrr: -100, contraction: 0, churned: 0 }, ["startMrr"]],
    [{ startMrr: 100, contraction: "ten", churned: 0 }, ["contraction"]],
    [{}, ["startMrr", "contraction", "churned"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("grossRevenueRetention", () => grossRevenueRetention(input as never), paths);
  });

  // Found by the property below (seed 2009190621): churned + contraction overflowed to NaN in the
  // exact sum, which compared as "not more than start", so the function returned null where the
  // schema rejects the input.
  test("losses whose sum overflows the float range are more than any start", () => {
    expectKpiError(
      "grossRevenueRetention",
      () => grossRevenueRetention({ startMrr: 0, contraction: 4.9896007738367995e292, churned: 1.7976931348623153e308 }),
      ["churned"],
    );
  });
});
