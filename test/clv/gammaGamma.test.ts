import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  fitGammaGamma,
  fitOptionsSchema,
  gammaGammaCustomersSchema,
  gammaGammaExpectedSpend,
  gammaGammaExpectedSpendInputSchema,
  rfmSummary,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { cdnowSampleTransactions, cdnowSummaryWithSpend } from "./cdnowFixtures.js";

describe("fitGammaGamma on CDNOW (Fader & Hardie 2013, note 025)", () => {
  const customers = cdnowSummaryWithSpend();
  // Fitted inside each test, as in bgNbd.test.ts, so that Stryker's per-test coverage sees the fit.
  const cdnowFit = () => fitGammaGamma(customers);

  test("reproduces p 6.25, q 3.74, γ 15.44 on the 946 repeat buyers", () => {
    const fit = cdnowFit();
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(Number(fit.params.p.toFixed(2))).toBe(6.25);
    expect(Number(fit.params.q.toFixed(2))).toBe(3.74);
    // lifetimes' test accepts 15.44 or 15.45 (decimal=2); the note prints 15.44.
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThan(0.01);
  });

  test("rfmSummary's own monetary values give the same fit", () => {
    const fit = cdnowFit();
    const own = fitGammaGamma(rfmSummary(cdnowSampleTransactions(), { calibrationEnd: "1997-09-30" }));
    expect(own.customers).toBe(946);
    expect(own.params.p).toBeCloseTo(fit.params.p, 1);
    expect(own.params.q).toBeCloseTo(fit.params.q, 1);
    expect(own.params.gamma).toBeCloseTo(fit.params.gamma, 1);
  });

  test("lifetimes (from Hardie's spreadsheet): the expected spend of the first ten customers, tolerance 0.1", () => {
    const fit = cdnowFit();
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    customers.slice(0, 10).forEach((customer, i) => {
      const spend = gammaGammaExpectedSpend({ params: fit.params, frequency: customer.frequency, monetaryValue: customer.monetaryValue });
      expect(Math.abs((spend as number) - expected[i]!)).toBeLessThan(0.1);
    });
  });

  test("the repeat buyers' mean observed spend is lifetimes' 35.078551797, and the model's expectations average within 1 % of it", () => {
    const fit = cdnowFit();
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
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 0 }, frequency: 0 }), "gammaGammaExpectedSpend", ["params.gamma"]],
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, frequency: 2 }), "gammaGammaExpectedSpend", ["monetaryValue"]],
    [() => gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, frequency: 2, monetaryValue: -1 }), "gammaGammaExpectedSpend", ["monetaryValue"]],
    [() => fitGammaGamma([{ frequency: 0, monetaryValue: null }]), "fitGammaGamma", ["customers"]],
    [() => fitGammaGamma([{ frequency: 3 }]), "fitGammaGamma", ["customers[0].monetaryValue"]],
    [() => fitGammaGamma([{ frequency: 3, monetaryValue: 10 }], { maxIterations: -1 }), "fitGammaGamma", ["options.maxIterations"]],
  ])("rejects bad input %#", (run, fn, paths) => {
    expectKpiError(fn, run, paths);
  });

  test("fast checks agree with the schemas", () => {
    const spend = fc.oneof(fc.constantFrom(0, 12.5, "30.10", null, undefined, -1), awkwardValue);
    const row = fc.oneof(
      { weight: 4, arbitrary: fc.record({ frequency: fc.oneof(fc.nat(3), awkwardValue), monetaryValue: spend }, { requiredKeys: ["frequency"] }) },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue), fc.oneof(fc.constant(undefined), fc.record({ maxIterations: fc.oneof(fc.constantFrom(1, 100), awkwardValue) }), awkwardValue)),
      ([rows, options]) => fitGammaGamma(rows as never, options as never),
      ([rows, options]) => gammaGammaCustomersSchema.safeParse(rows).success && fitOptionsSchema.safeParse(options).success,
      // A log-likelihood beyond the float range (spends near 1e306) is a documented range error.
      { numRuns: 400, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            params: fc.oneof(fc.record({ p: fc.oneof(fc.constant(6), awkwardValue), q: fc.constantFrom(3.7, 0.5), gamma: fc.constant(15) }), awkwardValue),
            frequency: fc.oneof(fc.nat(3), awkwardValue),
            monetaryValue: spend,
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

// Found by the fuzz suite: spends near 10³⁰⁸ overflowed the log-likelihood, and fitGammaGamma
// returned logLikelihood: -Infinity.
describe("fitGammaGamma beyond the float range", () => {
  test("is a KpiInputError, not a -Infinity log-likelihood", () => {
    const customers = [
      { frequency: 2, monetaryValue: 22.35 },
      { frequency: 1, monetaryValue: Number.MAX_VALUE },
    ];
    expectKpiError("fitGammaGamma", () => fitGammaGamma(customers), ["customers"]);
  });
});
