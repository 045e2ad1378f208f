import { describe, expect, test } from "vitest";
import { bgNbdProbabilityAlive } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { PAPER } from "./clvFixtures.js";

describe("bgNbdProbabilityAlive", () => {
  test("P(alive) follows note 021 and is 1 without a repeat purchase", () => {
    expect(bgNbdProbabilityAlive({ params: PAPER, frequency: 0, recency: 0, age: 38.86 })).toBe(1);
    const { r, alpha, a, b } = PAPER;
    const manual = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(bgNbdProbabilityAlive({ params: PAPER, frequency: 2, recency: 30.43, age: 38.86 })).toBeCloseTo(manual, 14);
    // A heavy buyer silent for a long time: tiny, never 0/0.
    const silent = bgNbdProbabilityAlive({ params: PAPER, frequency: 500, recency: 1, age: 1000 });
    expect(silent >= 0 && silent < 1e-100).toBe(true);
  });

  test.each([
    [() => bgNbdProbabilityAlive({ params: PAPER, frequency: 1, recency: 5, age: 4 }), ["recency"]],
    // Issue 12, point 6: a summary in days with parameters fitted in weeks.
    [
      () =>
        bgNbdProbabilityAlive({ params: { ...PAPER, timeUnit: "week" }, frequency: 2, recency: 213, age: 272, timeUnit: "day" }),
      ["timeUnit"],
    ],
    [
      () => bgNbdProbabilityAlive({ params: { ...PAPER, timeUnit: "weeks" }, frequency: 2, recency: 30, age: 38 } as never),
      ["params.timeUnit"],
    ],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("bgNbdProbabilityAlive", run, paths);
  });
});
