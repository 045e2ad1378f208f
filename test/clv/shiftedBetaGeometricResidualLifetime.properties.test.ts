import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  shiftedBetaGeometricResidualLifetime,
  shiftedBetaGeometricResidualLifetimeInputSchema,
  shiftedBetaGeometricSurvival,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
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

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      sbgParamsInput(awkwardValue),
      (value) => shiftedBetaGeometricResidualLifetime(value as never),
      (value) => shiftedBetaGeometricResidualLifetimeInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
