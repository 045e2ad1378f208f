import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pipelineVelocity, pipelineVelocityInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward, rateOrAwkward } from "../_helpers/index.js";

describe("pipelineVelocity", () => {
  test("scales linearly in each factor and inversely in the cycle", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (opportunities, winRate, averageDealSize, cycleLength, k) => {
          const base = pipelineVelocity({ opportunities, winRate, averageDealSize, cycleLength }) as number;
          // Relative closeness: velocities reach billions, where an absolute tolerance means nothing.
          const near = (actual: number | null, expected: number) =>
            expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
          near(pipelineVelocity({ opportunities: opportunities * k, winRate, averageDealSize, cycleLength }), base * k);
          near(pipelineVelocity({ opportunities, winRate: winRate / k, averageDealSize, cycleLength }), base / k);
          near(pipelineVelocity({ opportunities, winRate, averageDealSize: averageDealSize * k, cycleLength }), base * k);
          near(pipelineVelocity({ opportunities, winRate, averageDealSize, cycleLength: cycleLength * k }), base / k);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({
        opportunities: countOrAwkward,
        winRate: rateOrAwkward,
        averageDealSize: fc.oneof(fc.double({ min: -1, max: 1e6 }), awkwardValue),
        cycleLength: fc.oneof(fc.double({ min: -1, max: 100 }), awkwardValue),
      }),
      (input) => pipelineVelocity(input as never),
      (input) => pipelineVelocityInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
