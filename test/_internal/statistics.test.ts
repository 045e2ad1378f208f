import { describe, expect, test } from "vitest";
import { normalQuantile } from "../../src/_internal/statistics.js";

describe("normalQuantile", () => {
  // Reference values: R 4.x qnorm(p), printed with digits = 17.
  test.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.995, 2.5758293035489004],
    [0.9, 1.2815515655446004],
    [0.025, -1.959963984540054],
    [1e-10, -6.3613409024040557],
    [1 - 1e-12, 7.0344869100478356],
  ])("qnorm(%d) = %d", (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });
});
