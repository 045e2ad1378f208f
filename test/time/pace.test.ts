import { describe, expect, test } from "vitest";
import { pace } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("pace", () => {
  test("calculator.city: 96,000 after day 12 of 30 toward 260,000 projects 240,000, 92.3 %", () => {
    const result = pace({ actual: 96_000, target: 260_000, elapsed: 12, total: 30 });
    expect(result.projected).toBe(240_000);
    expect(result.projectedAttainment).toBeCloseTo(0.923, 3);
    expect(result.onTrack).toBe(false);
    expect(result.remaining).toBe(164_000);
    expect(result.requiredPerRemainingUnit).toBeCloseTo(164_000 / 18, 10);
  });

  test("calculator.city: 40,000 by day 10 of 30 runs at 120,000; thedataschool: 485,000 by June is on pace for 970,000", () => {
    expect(pace({ actual: 40_000, target: 100_000, elapsed: 10, total: 30 }).projected).toBe(120_000);
    expect(pace({ actual: 485_000, target: 1_000_000, elapsed: 6, total: 12 }).projected).toBe(970_000);
  });

  test("kpifrontier's pacing index (64 % of goal after 66.7 % of the time = 96 %) is the projected attainment", () => {
    expect(pace({ actual: 320_000, target: 500_000, elapsed: 20, total: 30 }).projectedAttainment).toBeCloseTo(0.96, 12);
  });

  test("before any time has elapsed there is no projection; at the end nothing is left to plan", () => {
    expect(pace({ actual: 0, target: 100, elapsed: 0, total: 30 })).toEqual({
      projected: null,
      projectedAttainment: null,
      onTrack: null,
      remaining: 100,
      requiredPerRemainingUnit: 100 / 30,
    });
    expect(pace({ actual: 120, target: 100, elapsed: 30, total: 30 })).toEqual({
      projected: 120,
      projectedAttainment: 1.2,
      onTrack: true,
      remaining: 0,
      requiredPerRemainingUnit: null,
    });
  });

  test("a target of 0 has no attainment but is always on track", () => {
    expect(pace({ actual: 10, target: 0, elapsed: 1, total: 2 })).toMatchObject({
      projectedAttainment: null,
      onTrack: true,
      remaining: 0,
    });
  });

  test.each([
    [{ actual: 1, target: 2, elapsed: 31, total: 30 }, ["elapsed"]],
    [{ actual: 1, target: 2, elapsed: -1, total: 30 }, ["elapsed"]],
    [{ actual: 1, target: 2, elapsed: 0, total: 0 }, ["total"]],
    [{ actual: -1, target: 2, elapsed: 1, total: 30 }, ["actual"]],
    [{ actual: 1, target: 2, elapsed: 1, total: Infinity }, ["total"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("pace", () => pace(input as never), paths);
  });

  test("names the total that elapsed exceeds", () => {
    const error = expectKpiError("pace", () => pace({ actual: 1, target: 2, elapsed: 31, total: 30 }), ["elapsed"]);
    expect(error.message).toBe("pace: elapsed must not exceed total, 30 (got 31)");
  });
});
