import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { requiredCoverage, requiredCoverageInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, rateOrAwkward } from "../_helpers/index.js";

describe("requiredCoverage", () => {
  test("coverage at the required level times the win rate covers the quota exactly", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), (winRate) => {
        expect((requiredCoverage({ winRate }) as number) * winRate).toBeCloseTo(1, 12);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ winRate: rateOrAwkward }), awkwardValue),
      (input) => requiredCoverage(input as never),
      (input) => requiredCoverageInputSchema.safeParse(input).success,
    );
  });
});
