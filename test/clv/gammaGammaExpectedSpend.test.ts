import { describe, expect, test } from "vitest";
import { fitGammaGamma, gammaGammaExpectedSpend } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowSummaryWithSpend } from "../_helpers/cdnow.mjs";

describe("gammaGammaExpectedSpend on CDNOW", () => {
  const customers = cdnowSummaryWithSpend();

  test("lifetimes (from Hardie's spreadsheet): the expected spend of the first ten customers, tolerance 0.1", () => {
    const fit = fitGammaGamma(customers);
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    customers.slice(0, 10).forEach((customer, i) => {
      const spend = gammaGammaExpectedSpend({
        params: fit.params,
        frequency: customer.frequency,
        monetaryValue: customer.monetaryValue,
      });
      expect(Math.abs((spend as number) - expected[i]!)).toBeLessThan(0.1);
    });
  });

  test("the repeat buyers' mean observed spend is lifetimes' 35.078551797, and the model's expectations average within 1 % of it", () => {
    const fit = fitGammaGamma(customers);
    const repeat = customers.filter((customer) => customer.frequency > 0);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const predicted = mean(repeat.map((c) => gammaGammaExpectedSpend({ params: fit.params, ...c }) as number));
    expect(Math.abs(predicted / 35.078551797 - 1)).toBeLessThan(0.01);
    expect(mean(repeat.map((c) => c.monetaryValue))).toBeCloseTo(35.078551797, 6);
  });
});

describe("gammaGammaExpectedSpend", () => {
  test("an infinite expectation (q ≤ 1 without repeat purchases) is null", () => {
    expect(gammaGammaExpectedSpend({ params: { p: 2, q: 0.9, gamma: 10 }, frequency: 0, monetaryValue: null })).toBeNull();
    expect(gammaGammaExpectedSpend({ params: { p: 2, q: 0.9, gamma: 10 }, frequency: 1, monetaryValue: "12.5" })).toBeCloseTo(
      (2 * (10 + 12.5)) / 1.9,
      12,
    );
  });

  test.each([
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 0 }, frequency: 0 }), ["params.gamma"]],
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, frequency: 2 }), ["monetaryValue"]],
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, frequency: 2, monetaryValue: -1 }), ["monetaryValue"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("gammaGammaExpectedSpend", run, paths);
  });
});
