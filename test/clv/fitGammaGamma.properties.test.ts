import fc from "fast-check";
import { describe, test } from "vitest";
import { fitGammaGamma, fitOptionsSchema, gammaGammaCustomersSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { spendArbitrary } from "./clvFixtures.js";

describe("fitGammaGamma", () => {
  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          { frequency: fc.oneof(fc.nat(3), awkwardValue), monetaryValue: spendArbitrary(awkwardValue) },
          { requiredKeys: ["frequency"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ maxIterations: fc.oneof(fc.constantFrom(1, 100), awkwardValue) }),
          awkwardValue,
        ),
      ),
      ([rows, options]) => fitGammaGamma(rows as never, options as never),
      ([rows, options]) => gammaGammaCustomersSchema.safeParse(rows).success && fitOptionsSchema.safeParse(options).success,
      // A log-likelihood beyond the float range (spends near 1e306) is a documented range error.
      { numRuns: 400, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
