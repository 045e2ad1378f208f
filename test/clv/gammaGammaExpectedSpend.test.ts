import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaExpectedSpendInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { cdnowSummaryWithSpend, spendArbitrary } from "./clvFixtures.js";

describe("gammaGammaExpectedSpend on CDNOW", () => {
  const customers = cdnowSummaryWithSpend();

  test("lifetimes (from Hardie's spreadsheet): the expected spend of the first ten customers, tolerance 0.1", () => {
    const fit = fitGammaGamma(customers);
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    customers.slice(0, 10).forEach((customer, i) => {
      const spend = gammaGammaExpectedSpend({ params: fit.params, frequency: customer.frequency, monetaryValue: customer.monetaryValue });
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
  const params = fc.record({
    p: fc.double({ min: 0.1, max: 20, noNaN: true }),
    q: fc.double({ min: 1.01, max: 20, noNaN: true }),
    gamma: fc.double({ min: 0.1, max: 100, noNaN: true }),
  });

  test("lies between the population mean and the customer's own mean, nearer their own the more they bought", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1000, noNaN: true }), (p, x, m) => {
        const population = gammaGammaExpectedSpend({ params: p, frequency: 0 }) as number;
        const spend = gammaGammaExpectedSpend({ params: p, frequency: x, monetaryValue: m }) as number;
        const [low, high] = population <= m ? [population, m] : [m, population];
        expect(spend >= low * (1 - 1e-12) && spend <= high * (1 + 1e-12)).toBe(true);
        const more = gammaGammaExpectedSpend({ params: p, frequency: x + 1, monetaryValue: m }) as number;
        expect(Math.abs(more - m)).toBeLessThanOrEqual(Math.abs(spend - m) * (1 + 1e-12) + 1e-12);
      }),
    );
  });

  test("an infinite expectation (q ≤ 1 without repeat purchases) is null", () => {
    expect(gammaGammaExpectedSpend({ params: { p: 2, q: 0.9, gamma: 10 }, frequency: 0, monetaryValue: null })).toBeNull();
    expect(gammaGammaExpectedSpend({ params: { p: 2, q: 0.9, gamma: 10 }, frequency: 1, monetaryValue: "12.5" })).toBeCloseTo((2 * (10 + 12.5)) / 1.9, 12);
  });

  test.each([
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 0 }, frequency: 0 }), ["params.gamma"]],
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, frequency: 2 }), ["monetaryValue"]],
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, frequency: 2, monetaryValue: -1 }), ["monetaryValue"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("gammaGammaExpectedSpend", run, paths);
  });

  test("fast checks agree with the schema", () => {
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            params: fc.oneof(fc.record({ p: fc.oneof(fc.constant(6), awkwardValue), q: fc.constantFrom(3.7, 0.5), gamma: fc.constant(15) }), awkwardValue),
            frequency: fc.oneof(fc.nat(3), awkwardValue),
            monetaryValue: spendArbitrary(awkwardValue),
          },
          { requiredKeys: ["params", "frequency"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      input,
      (value) => gammaGammaExpectedSpend(value as never),
      (value) => gammaGammaExpectedSpendInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
