import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { shiftedBetaGeometricSurvival, shiftedBetaGeometricSurvivalInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { sbgParamsInput } from "./clvFixtures.js";

describe("shiftedBetaGeometricSurvival", () => {
  const alpha = fc.double({ min: 0.1, max: 10, noNaN: true });
  const beta = fc.double({ min: 0.1, max: 20, noNaN: true });

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

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      sbgParamsInput(awkwardValue),
      (value) => shiftedBetaGeometricSurvival(value as never),
      (value) => shiftedBetaGeometricSurvivalInputSchema.safeParse(value).success,
      { numRuns: 500 },
    );
  });
});
