import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  shiftedBetaGeometricResidualLifetime,
  shiftedBetaGeometricResidualLifetimeInputSchema,
  shiftedBetaGeometricSurvival,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { sbgParamsInput } from "./clvFixtures.js";

describe("shiftedBetaGeometricResidualLifetime", () => {
  const alpha = fc.double({ min: 0.1, max: 10, noNaN: true });
  const beta = fc.double({ min: 0.1, max: 20, noNaN: true });

  test("DERL is the discounted sum of the survival curve (Fader & Hardie 2010, eq. 6)", () => {
    fc.assert(
      fc.property(alpha, beta, fc.nat(10), fc.double({ min: 0.02, max: 1, noNaN: true }), (a, b, n, d) => {
        const params = { alpha: a, beta: b };
        const survival = shiftedBetaGeometricSurvival({ params, periods: 10_000 });
        const at = (t: number) => (t === 0 ? 1 : survival[t - 1]!);
        let sum = 0;
        for (let k = 0; n + 1 + k <= 10_000; k++) sum += at(n + 1 + k) / at(n) / (1 + d) ** k;
        const derl = shiftedBetaGeometricResidualLifetime({ params, renewals: n, discountRate: d }) as number;
        expect(derl).toBeCloseTo(sum, 8);
      }),
      { numRuns: 50 },
    );
  });

  test("undiscounted, the expected residual lifetime is (β + n)/(α − 1), infinite (null) when α ≤ 1", () => {
    expect(shiftedBetaGeometricResidualLifetime({ params: { alpha: 3, beta: 4 }, renewals: 2, discountRate: 0 })).toBe(3);
    expect(shiftedBetaGeometricResidualLifetime({ params: { alpha: 0.668, beta: 3.806 }, renewals: 0, discountRate: 0 })).toBeNull();
    const nearZero = shiftedBetaGeometricResidualLifetime({ params: { alpha: 3, beta: 4 }, renewals: 2, discountRate: 1e-4 }) as number;
    expect(nearZero).toBeCloseTo(3, 2);
  });

  // Found by the fuzz suite under Stryker: a rate of 5e-324 ran the series to its 2-million-term
  // limit; the error then spoke of t and age, which this function does not take.
  test("a discount rate too close to 0 to compute says so, and which rates work", () => {
    expect(() =>
      shiftedBetaGeometricResidualLifetime({ params: { alpha: 0.668, beta: 3.806 }, renewals: 0, discountRate: 1e-6 }),
    ).toThrow(
      "shiftedBetaGeometricResidualLifetime: discountRate gives a result that cannot be computed as a finite number: a rate this close to 0 makes the series not settle; rates from 10⁻⁴ per period up work",
    );
    for (const [alpha, beta] of [[0.668, 3.806], [0.1, 0.1], [1e-8, 1e8], [0.01, 100]] as const) {
      expect(Number.isFinite(shiftedBetaGeometricResidualLifetime({ params: { alpha, beta }, renewals: 0, discountRate: 1e-4 }))).toBe(true);
    }
  });

  test.each([
    [() => shiftedBetaGeometricResidualLifetime({ params: { alpha: 1, beta: -1 }, renewals: 0, discountRate: 0.1 }), ["params.beta"]],
    [() => shiftedBetaGeometricResidualLifetime({ params: { alpha: 1, beta: 1 }, renewals: 1.5, discountRate: 0.1 }), ["renewals"]],
    // The flat shape of before the one CLV input shape is an error at params, not a silent misreading.
    [() => shiftedBetaGeometricResidualLifetime({ alpha: 1, beta: 1, renewals: 0, discountRate: 0.1 } as never), ["params"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("shiftedBetaGeometricResidualLifetime", run, paths);
  });

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      sbgParamsInput(awkwardValue),
      (value) => shiftedBetaGeometricResidualLifetime(value as never),
      (value) => shiftedBetaGeometricResidualLifetimeInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
