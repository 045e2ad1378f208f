import { describe, expect, test } from "vitest";
import { netRevenueRetention } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("netRevenueRetention", () => {
  test("Vitally: $1M of ARR on Jan 1, −$25K churn, −$25K contraction, +$150K expansion by Apr 1 → 110 %", () => {
    // https://docs.vitally.io/reporting-and-segmentation/measuring-net-revenue-retention-nrr
    expect(netRevenueRetention({ startMrr: 1_000_000, expansion: 150_000, contraction: 25_000, churned: 25_000 })).toBe(1.1);
  });

  test("primecalcpro $100k + $20k − $5k − $5k → 110 %; notion template ($100,000 + $15,000 − $8,000) → 107 %", () => {
    expect(netRevenueRetention({ startMrr: 100_000, expansion: 20_000, contraction: 5000, churned: 5000 })).toBe(1.1);
    expect(netRevenueRetention({ startMrr: 100_000, expansion: 15_000, contraction: 8000, churned: 0 })).toBe(1.07);
  });

  test("ChartMogul's example: $100 − $10 − $10 + $10 → 90 %", () => {
    expect(netRevenueRetention({ startMrr: 100, expansion: 10, contraction: 10, churned: 10 })).toBe(0.9);
  });

  test("no starting revenue is undefined; everything lost and nothing gained is 0", () => {
    expect(netRevenueRetention({ startMrr: 0, expansion: 0, contraction: 0, churned: 0 })).toBeNull();
    expect(Object.is(netRevenueRetention({ startMrr: 50, expansion: 0, contraction: 20, churned: 30 }), 0)).toBe(true);
  });

  test.each([
    [{ startMrr: 100, expansion: 0, contraction: 50, churned: 60 }, ["churned"]],
    [{ startMrr: 100, expansion: -5, contraction: 0, churned: 0 }, ["expansion"]],
    [{ startMrr: 100, contraction: 0, churned: 0 }, ["expansion"]],
    [null, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("netRevenueRetention", () => netRevenueRetention(input as never), paths);
  });

  test("rejects an NRR beyond the float range", () => {
    expectKpiError(
      "netRevenueRetention",
      () => netRevenueRetention({ startMrr: 1e-300, expansion: 1e300, contraction: 0, churned: 0 }),
      ["startMrr"],
    );
  });

  // Found by the property below (seed 2009190621): churned + contraction overflowed to NaN in the
  // exact sum, which compared as "not more than start", so the function returned null where the
  // schema rejects the input.
  test("losses whose sum overflows the float range are more than any start", () => {
    expectKpiError(
      "netRevenueRetention",
      () =>
        netRevenueRetention({ startMrr: 0, contraction: 4.9896007738367995e292, churned: 1.7976931348623153e308, expansion: 0 }),
      ["churned"],
    );
  });
});
