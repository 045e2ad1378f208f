import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pipelineVelocity, pipelineVelocityInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward, expectKpiError, rateOrAwkward } from "../helpers.js";

describe("pipelineVelocity", () => {
  test("Brainshark: 20 opportunities × $10,000 × 35 % ÷ 3 months = $23,333.33 a month", () => {
    expect(pipelineVelocity({ opportunities: 20, winRate: 0.35, averageDealSize: 10_000, cycleLength: 3 })).toBeCloseTo(23_333.33, 2);
  });

  test("mavenlb: 40 × £25,000 × 25 % ÷ 90 days = £2,777.78 a day; winsabove: 18 × $42,000 × 24 % ÷ 78 = $2,326.15", () => {
    expect(pipelineVelocity({ opportunities: 40, winRate: 0.25, averageDealSize: "25000", cycleLength: 90 })).toBeCloseTo(2777.78, 2);
    expect(pipelineVelocity({ opportunities: 18, winRate: 0.24, averageDealSize: 42_000, cycleLength: 78 })).toBeCloseTo(2326.15, 2);
  });

  test("a cycle of 0 is undefined", () => {
    expect(pipelineVelocity({ opportunities: 5, winRate: 0.5, averageDealSize: 100, cycleLength: 0 })).toBeNull();
  });

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

  test.each([
    [{ opportunities: 2.5, winRate: 0.3, averageDealSize: 1, cycleLength: 1 }, ["opportunities"]],
    [{ opportunities: 2, winRate: 35, averageDealSize: 1, cycleLength: 1 }, ["winRate"]],
    [{ opportunities: 2, winRate: 0.3, averageDealSize: -1, cycleLength: 1 }, ["averageDealSize"]],
    [{ opportunities: 2, winRate: 0.3, averageDealSize: 1, cycleLength: -1 }, ["cycleLength"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("pipelineVelocity", () => pipelineVelocity(input as never), paths);
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ opportunities: countOrAwkward, winRate: rateOrAwkward, averageDealSize: fc.oneof(fc.double({ min: -1, max: 1e6 }), awkwardValue), cycleLength: fc.oneof(fc.double({ min: -1, max: 100 }), awkwardValue) }),
      (input) => pipelineVelocity(input as never),
      (input) => pipelineVelocityInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
