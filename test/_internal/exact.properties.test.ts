import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fractionOf, rationalOf, toNumber } from "../../src/_internal/exact.js";

describe("fractionOf", () => {
  test("round-trips every finite double through toNumber, within two units in the last place", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const back = toNumber(fractionOf(x));
        if (Math.abs(x) >= 2.2250738585072014e-308)
          expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 2 * Number.EPSILON);
        else expect(Math.abs(back - x)).toBeLessThanOrEqual(Number.MIN_VALUE * 4);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("rationalOf", () => {
  test("k/n for any n up to ten million comes back as k/n in lowest terms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (n, k) => {
        const value = k / n;
        const r = rationalOf(value);
        // r is k/n reduced: cross-multiplication is exact in BigInt.
        expect(r.numerator * BigInt(n)).toBe(BigInt(k) * r.denominator);
      }),
    );
  });

  test("is always read back as the same float", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        const r = rationalOf(x);
        expect(Math.abs(toNumber(r) - x)).toBeLessThanOrEqual(Math.abs(x) * 2 * Number.EPSILON);
      }),
    );
  });
});
