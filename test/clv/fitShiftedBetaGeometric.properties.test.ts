import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  fitShiftedBetaGeometric,
  fitShiftedBetaGeometricOptionsSchema,
  shiftedBetaGeometricSurvival,
  survivalCurveSchema,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("fitShiftedBetaGeometric (Fader & Hardie 2007, years 1–7)", () => {
  test("fitting a survival curve the model projected recovers its parameters", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0.2, max: 10, noNaN: true }), (alpha, beta) => {
        const fit = fitShiftedBetaGeometric(shiftedBetaGeometricSurvival({ params: { alpha, beta }, periods: 12 }));
        expect(fit.params.alpha / alpha).toBeCloseTo(1, 3);
        expect(fit.params.beta / beta).toBeCloseTo(1, 3);
      }),
      { numRuns: 30 },
    );
  });
});

describe("fitShiftedBetaGeometric input", () => {
  test("fast checks agree with the schemas", () => {
    const share = fc.oneof(fc.constantFrom(0, 0.5, 0.9, 1), awkwardValue);
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(share, { maxLength: 4 }), awkwardValue),
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            {
              cohortSize: fc.oneof(fc.constantFrom(1, 1000), awkwardValue),
              maxIterations: fc.oneof(fc.constant(50), awkwardValue),
            },
            { requiredKeys: [] },
          ),
          awkwardValue,
        ),
      ),
      ([curve, options]) => fitShiftedBetaGeometric(curve as never, options as never),
      ([curve, options]) =>
        survivalCurveSchema.safeParse(curve).success && fitShiftedBetaGeometricOptionsSchema.safeParse(options).success,
      // A log-likelihood beyond the float range (a cohort size near 1e308) is a documented range error.
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
