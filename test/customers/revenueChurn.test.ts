import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { revenueChurn } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("revenueChurn", () => {
  test("ChartMogul: $100 start, $10 churn, $10 contraction, +$10 expansion → gross 20 %, net 10 %", () => {
    // https://help.chartmogul.com/hc/en-us/articles/203359341-Metric-MRR-Churn-Rate
    expect(revenueChurn({ startMrr: 100, churned: 10, contraction: 10, expansion: 10 })).toEqual({ gross: 0.2, net: 0.1 });
  });

  test("net churn goes negative when expansion outweighs losses (Vitally's quarter: −25K −25K +150K on $1M)", () => {
    expect(revenueChurn({ startMrr: 1_000_000, churned: 25_000, contraction: 25_000, expansion: 150_000 })).toEqual({
      gross: 0.05,
      net: -0.1,
    });
  });

  test("reactivation is left out by default and subtracted with includeReactivation (ChartMogul's net MRR churn)", () => {
    const input = { startMrr: 100, churned: 10, contraction: 10, expansion: 10, reactivation: 5 };
    expect(revenueChurn(input)).toEqual({ gross: 0.2, net: 0.1 });
    expect(revenueChurn(input, { includeReactivation: true })).toEqual({ gross: 0.2, net: 0.05 });
    expect(revenueChurn(input, { includeReactivation: false })).toEqual({ gross: 0.2, net: 0.1 });
  });

  test("exact to the cent: strings, Decimals and 0.1 + 0.2 against 0.3", () => {
    expect(revenueChurn({ startMrr: "0.30", churned: "0.10", contraction: new Decimal("0.20"), expansion: 0 })).toEqual({
      gross: 1,
      net: 1,
    });
    expect(revenueChurn({ startMrr: 0.3, churned: 0.1, contraction: 0.2, expansion: 0.3 })).toEqual({ gross: 1, net: 0 });
  });

  test("no starting MRR is undefined", () => {
    expect(revenueChurn({ startMrr: 0, churned: 0, contraction: 0, expansion: 50 })).toBeNull();
  });

  test.each([
    [{ startMrr: 100, churned: 60, contraction: 50, expansion: 0 }, undefined, ["churned"]],
    [{ startMrr: 100, churned: -10, contraction: 10, expansion: 10 }, undefined, ["churned"]],
    [{ startMrr: 100, churned: 10, contraction: 10 }, undefined, ["expansion"]],
    [{ startMrr: "$100", churned: 10, contraction: 10, expansion: 0 }, undefined, ["startMrr"]],
    [{ startMrr: 100, churned: 10, contraction: 10, expansion: 10 }, { includeReactivation: true }, ["reactivation"]],
    [
      { startMrr: 100, churned: 10, contraction: 10, expansion: 10 },
      { includeReactivation: "yes" },
      ["options.includeReactivation"],
    ],
    [{ startMrr: 100, churned: 10, contraction: 10, expansion: 10 }, [], ["options"]],
    [42, undefined, ["input"]],
  ])("rejects %o with options %o at %o", (input, options, paths) => {
    expectKpiError("revenueChurn", () => revenueChurn(input as never, options as never), paths);
  });

  test("says that losses cannot exceed the starting MRR", () => {
    const error = expectKpiError(
      "revenueChurn",
      () => revenueChurn({ startMrr: 100, churned: 60, contraction: 50, expansion: 0 }),
      ["churned"],
    );
    expect(error.message).toBe(
      "revenueChurn: churned plus contraction (50) must not exceed startMrr, 100: count only movements of the MRR there at the start (got 60)",
    );
  });

  test("rejects a net churn beyond the float range", () => {
    expectKpiError("revenueChurn", () => revenueChurn({ startMrr: 1e-300, churned: 0, contraction: 0, expansion: 1e300 }), [
      "startMrr",
    ]);
  });

  // As in grossRevenueRetention (seed 2009190621): losses whose exact sum overflows are more than any start.
  test("losses whose sum overflows the float range are more than any start", () => {
    expectKpiError(
      "revenueChurn",
      () => revenueChurn({ startMrr: 0, contraction: 4.9896007738367995e292, churned: 1.7976931348623153e308, expansion: 0 }),
      ["churned"],
    );
  });
});
