import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { grossRevenueRetention, grossRevenueRetentionInputSchema, netRevenueRetention } from "../../src/index.js";
import { assertAgreesWithSchema, expectKpiError } from "../helpers.js";
import { cents, moneyOrAwkward, near } from "./economicsHelpers.js";

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

  test("lies in [0, 1], never exceeds NRR, and NRR − GRR = expansion ÷ start", () => {
    fc.assert(
      fc.property(cents(), cents(), cents(), cents(), (start, a, b, expansion) => {
        const [churned, contraction] = a + b <= start ? [a, b] : [Math.min(a, start), 0];
        const grr = grossRevenueRetention({ startMrr: start, contraction, churned });
        const nrr = netRevenueRetention({ startMrr: start, expansion, contraction, churned });
        if (start === 0) {
          expect(grr).toBeNull();
          expect(nrr).toBeNull();
          return;
        }
        expect(grr! >= 0 && grr! <= 1).toBe(true);
        expect(nrr!).toBeGreaterThanOrEqual(grr!);
        expect(near(nrr! - grr!, expansion / start, 1e-9)).toBe(true);
      }),
    );
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
    expectKpiError("grossRevenueRetention", () => grossRevenueRetention({ startMrr: 0, contraction: 4.9896007738367995e292, churned: 1.7976931348623153e308 }), ["churned"]);
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ startMrr: moneyOrAwkward, contraction: moneyOrAwkward, churned: moneyOrAwkward }, { requiredKeys: [] }), fc.anything()),
      (input) => grossRevenueRetention(input as never),
      (input) => grossRevenueRetentionInputSchema.safeParse(input).success,
      { numRuns: 2000 },
    );
  });
});
