import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  fitShiftedBetaGeometric,
  fitShiftedBetaGeometricOptionsSchema,
  shiftedBetaGeometricResidualLifetime,
  shiftedBetaGeometricResidualLifetimeInputSchema,
  shiftedBetaGeometricSurvival,
  shiftedBetaGeometricSurvivalInputSchema,
  survivalCurveSchema,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";

/** Fader & Hardie (2007) survivors per 1,000, years 0..12 (test/clv/fixtures, see PROVENANCE.md). */
const rows = readFileSync(new URL("./fixtures/sbg_survival_fader_hardie_2007.csv", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",").map(Number));
const regular = rows.map((row) => row[1]! / 1000);
const highEnd = rows.map((row) => row[2]! / 1000);

describe("fitShiftedBetaGeometric (Fader & Hardie 2007, years 1–7)", () => {
  test("high-end customers: α 0.668, β 3.806, LL −1611.16", () => {
    const fit = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 1000 });
    expect(fit.converged).toBe(true);
    expect(Number(fit.alpha.toFixed(3))).toBe(0.668);
    expect(Number(fit.beta.toFixed(3))).toBe(3.806);
    expect(Math.abs(fit.logLikelihood - -1611.16)).toBeLessThan(0.1);
  });

  test("regular customers: α 0.704, β 1.182, LL −1680.27", () => {
    const fit = fitShiftedBetaGeometric(regular.slice(1, 8), { cohortSize: 1000 });
    expect(fit.converged).toBe(true);
    expect(Number(fit.alpha.toFixed(3))).toBe(0.704);
    expect(Number(fit.beta.toFixed(3))).toBe(1.182);
    expect(Math.abs(fit.logLikelihood - -1680.27)).toBeLessThan(0.1);
  });

  test("the projection of years 8–12 stays close to what was observed (the paper's point)", () => {
    for (const curve of [regular, highEnd]) {
      const fit = fitShiftedBetaGeometric(curve.slice(1, 8));
      const projected = shiftedBetaGeometricSurvival({ ...fit, periods: 12 });
      for (let year = 8; year <= 12; year++) expect(Math.abs(projected[year - 1]! - curve[year]!)).toBeLessThan(0.03);
    }
  });

  test("the cohort size scales the log-likelihood, not the estimates", () => {
    const one = fitShiftedBetaGeometric(highEnd.slice(1, 8));
    const thousand = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 1000 });
    expect(thousand.logLikelihood).toBeCloseTo(1000 * one.logLikelihood, 4);
    expect(thousand.alpha).toBeCloseTo(one.alpha, 5);
  });

  test("a curve the model cannot fit (nobody leaves) says so instead of throwing", () => {
    const fit = fitShiftedBetaGeometric([1, 1, 1]);
    expect(fit.converged).toBe(false);
    expect(Number.isFinite(fit.alpha) && Number.isFinite(fit.beta) && Number.isFinite(fit.logLikelihood)).toBe(true);
  });

  test("fitting a survival curve the model projected recovers its parameters", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0.2, max: 10, noNaN: true }), (alpha, beta) => {
        const fit = fitShiftedBetaGeometric(shiftedBetaGeometricSurvival({ alpha, beta, periods: 12 }));
        expect(fit.alpha / alpha).toBeCloseTo(1, 3);
        expect(fit.beta / beta).toBeCloseTo(1, 3);
      }),
      { numRuns: 30 },
    );
  });
});

describe("shiftedBetaGeometricSurvival and shiftedBetaGeometricResidualLifetime", () => {
  const alpha = fc.double({ min: 0.1, max: 10, noNaN: true });
  const beta = fc.double({ min: 0.1, max: 20, noNaN: true });

  test("survival falls within (0, 1) and retention rises with tenure", () => {
    fc.assert(
      fc.property(alpha, beta, (a, b) => {
        const survival = shiftedBetaGeometricSurvival({ alpha: a, beta: b, periods: 30 });
        let previous = 1;
        let previousRetention = 0;
        for (const share of survival) {
          expect(share > 0 && share < previous).toBe(true);
          const retention = share / previous;
          expect(retention).toBeGreaterThanOrEqual(previousRetention * (1 - 1e-12));
          previous = share;
          previousRetention = retention;
        }
      }),
    );
  });

  test("DERL is the discounted sum of the survival curve (Fader & Hardie 2010, eq. 6)", () => {
    fc.assert(
      fc.property(alpha, beta, fc.nat(10), fc.double({ min: 0.02, max: 1, noNaN: true }), (a, b, n, d) => {
        const survival = shiftedBetaGeometricSurvival({ alpha: a, beta: b, periods: 10_000 });
        const at = (t: number) => (t === 0 ? 1 : survival[t - 1]!);
        let sum = 0;
        for (let k = 0; n + 1 + k <= 10_000; k++) sum += at(n + 1 + k) / at(n) / (1 + d) ** k;
        const derl = shiftedBetaGeometricResidualLifetime({ alpha: a, beta: b, renewals: n, discountRate: d }) as number;
        expect(derl).toBeCloseTo(sum, 8);
      }),
      { numRuns: 50 },
    );
  });

  test("undiscounted, the expected residual lifetime is (β + n)/(α − 1), infinite (null) when α ≤ 1", () => {
    expect(shiftedBetaGeometricResidualLifetime({ alpha: 3, beta: 4, renewals: 2, discountRate: 0 })).toBe(3);
    expect(shiftedBetaGeometricResidualLifetime({ alpha: 0.668, beta: 3.806, renewals: 0, discountRate: 0 })).toBeNull();
    const nearZero = shiftedBetaGeometricResidualLifetime({ alpha: 3, beta: 4, renewals: 2, discountRate: 1e-4 }) as number;
    expect(nearZero).toBeCloseTo(3, 2);
  });

  // Found by the fuzz suite under Stryker: a rate of 5e-324 ran the series to its 2-million-term
  // limit; the error then spoke of t and age, which this function does not take.
  test("a discount rate too close to 0 to compute says so, and which rates work", () => {
    expect(() => shiftedBetaGeometricResidualLifetime({ alpha: 0.668, beta: 3.806, renewals: 0, discountRate: 1e-6 })).toThrow(
      "shiftedBetaGeometricResidualLifetime: discountRate gives a result that cannot be computed as a finite number: a rate this close to 0 makes the series not settle; rates from 10⁻⁴ per period up work",
    );
    for (const [alpha, beta] of [[0.668, 3.806], [0.1, 0.1], [1e-8, 1e8], [0.01, 100]] as const) {
      expect(Number.isFinite(shiftedBetaGeometricResidualLifetime({ alpha, beta, renewals: 0, discountRate: 1e-4 }))).toBe(true);
    }
  });

  test.each([
    [() => fitShiftedBetaGeometric([]), "fitShiftedBetaGeometric", ["survival"]],
    [() => fitShiftedBetaGeometric([0.9, 0.95]), "fitShiftedBetaGeometric", ["survival[1]"]],
    [() => fitShiftedBetaGeometric([1.2]), "fitShiftedBetaGeometric", ["survival[0]"]],
    [() => fitShiftedBetaGeometric([0.9], { cohortSize: 0 }), "fitShiftedBetaGeometric", ["options.cohortSize"]],
    [() => shiftedBetaGeometricSurvival({ alpha: 1, beta: 1, periods: 0 }), "shiftedBetaGeometricSurvival", ["periods"]],
    [() => shiftedBetaGeometricResidualLifetime({ alpha: 1, beta: -1, renewals: 0, discountRate: 0.1 }), "shiftedBetaGeometricResidualLifetime", ["beta"]],
  ])("rejects bad input %#", (run, fn, paths) => {
    expectKpiError(fn, run, paths);
  });

  test("fast checks agree with the schemas", () => {
    const share = fc.oneof(fc.constantFrom(0, 0.5, 0.9, 1), awkwardValue);
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(share, { maxLength: 4 }), awkwardValue),
        fc.oneof(fc.constant(undefined), fc.record({ cohortSize: fc.oneof(fc.constantFrom(1, 1000), awkwardValue), maxIterations: fc.oneof(fc.constant(50), awkwardValue) }, { requiredKeys: [] }), awkwardValue),
      ),
      ([curve, options]) => fitShiftedBetaGeometric(curve as never, options as never),
      ([curve, options]) => survivalCurveSchema.safeParse(curve).success && fitShiftedBetaGeometricOptionsSchema.safeParse(options).success,
      // A log-likelihood beyond the float range (a cohort size near 1e308) is a documented range error.
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          alpha: fc.oneof(fc.constantFrom(0.7, 2), awkwardValue),
          beta: fc.oneof(fc.constant(3.8), awkwardValue),
          periods: fc.oneof(fc.constantFrom(1, 12), awkwardValue),
          renewals: fc.oneof(fc.nat(5), awkwardValue),
          discountRate: fc.oneof(fc.constantFrom(0, 0.1), awkwardValue),
        }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(input, (value) => shiftedBetaGeometricSurvival(value as never), (value) => shiftedBetaGeometricSurvivalInputSchema.safeParse(value).success, {
      numRuns: 500,
    });
    assertAgreesWithSchema(
      input,
      (value) => shiftedBetaGeometricResidualLifetime(value as never),
      (value) => shiftedBetaGeometricResidualLifetimeInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});

// The same guard as fitBgNbd's and fitGammaGamma's (whose overflows the fuzz suite found): a
// cohort size near 10³⁰⁸ scales the log-likelihood beyond the float range.
describe("fitShiftedBetaGeometric beyond the float range", () => {
  test("is a KpiInputError, not a -Infinity log-likelihood", () => {
    expectKpiError("fitShiftedBetaGeometric", () => fitShiftedBetaGeometric([0.5, 0.2], { cohortSize: Number.MAX_VALUE }), ["survival"]);
  });
});
