import { describe, expect, test } from "vitest";
import { pipelineVelocity } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("pipelineVelocity", () => {
  test("Brainshark: 20 opportunities × $10,000 × 35 % ÷ 3 months = $23,333.33 a month", () => {
    expect(pipelineVelocity({ opportunities: 20, winRate: 0.35, averageDealSize: 10_000, cycleLength: 3 })).toBeCloseTo(
      23_333.33,
      2,
    );
  });

  test("mavenlb: 40 × £25,000 × 25 % ÷ 90 days = £2,777.78 a day; winsabove: 18 × $42,000 × 24 % ÷ 78 = $2,326.15", () => {
    expect(pipelineVelocity({ opportunities: 40, winRate: 0.25, averageDealSize: "25000", cycleLength: 90 })).toBeCloseTo(
      2777.78,
      2,
    );
    expect(pipelineVelocity({ opportunities: 18, winRate: 0.24, averageDealSize: 42_000, cycleLength: 78 })).toBeCloseTo(
      2326.15,
      2,
    );
  });

  test("a cycle of 0 is undefined", () => {
    expect(pipelineVelocity({ opportunities: 5, winRate: 0.5, averageDealSize: 100, cycleLength: 0 })).toBeNull();
  });

  test.each([
    [{ opportunities: 2.5, winRate: 0.3, averageDealSize: 1, cycleLength: 1 }, ["opportunities"]],
    [{ opportunities: 2, winRate: 35, averageDealSize: 1, cycleLength: 1 }, ["winRate"]],
    [{ opportunities: 2, winRate: 0.3, averageDealSize: -1, cycleLength: 1 }, ["averageDealSize"]],
    [{ opportunities: 2, winRate: 0.3, averageDealSize: 1, cycleLength: -1 }, ["cycleLength"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("pipelineVelocity", () => pipelineVelocity(input as never), paths);
  });
});
