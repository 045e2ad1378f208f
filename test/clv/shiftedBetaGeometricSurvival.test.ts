import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { shiftedBetaGeometricSurvival, shiftedBetaGeometricSurvivalInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { sbgParamsInput } from "./clvFixtures.js";

describe("shiftedBetaGeometricSurvival", () => {
  const alpha = fc.double({ min: 0.1, max: 10, noNaN: true });
  const beta = fc.double({ min: 0.1, max: 20, noNaN: true });

  test("high-end customers (Fader & Hardie 2007): 0.851 after a year, 0.378 after twelve", () => {
    const survival = shiftedBetaGeometricSurvival({ params: { alpha: 0.668, beta: 3.806 }, periods: 12 });
    expect(Number(survival[0]!.toFixed(3))).toBe(0.851);
    expect(Number(survival[11]!.toFixed(3))).toBe(0.378);
  });

  test("survival falls within (0, 1) and retention rises with tenure", () => {
    fc.assert(
      fc.property(alpha, beta, (a, b) => {
        const survival = shiftedBetaGeometricSurvival({ params: { alpha: a, beta: b }, periods: 30 });
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

  test.each([
    [() => shiftedBetaGeometricSurvival({ params: { alpha: 1, beta: 1 }, periods: 0 }), ["periods"]],
    [() => shiftedBetaGeometricSurvival({ params: { alpha: 0, beta: 1 }, periods: 3 }), ["params.alpha"]],
    // The flat shape of before the one CLV input shape is an error at params, not a silent misreading.
    [() => shiftedBetaGeometricSurvival({ alpha: 1, beta: 1, periods: 3 } as never), ["params"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("shiftedBetaGeometricSurvival", run, paths);
  });

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      sbgParamsInput(awkwardValue),
      (value) => shiftedBetaGeometricSurvival(value as never),
      (value) => shiftedBetaGeometricSurvivalInputSchema.safeParse(value).success,
      { numRuns: 500 },
    );
  });
});
