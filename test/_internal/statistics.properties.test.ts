import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalQuantile } from "../../src/_internal/statistics.js";

describe("normalQuantile", () => {
  test("is odd around 0.5 and increasing", () => {
    fc.assert(
      // 1 − p is inexact in floats for tiny p, so symmetry is checked where that error is negligible.
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p, q) => {
        expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 6);
        if (p < q) expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(q));
      }),
    );
  });
});
