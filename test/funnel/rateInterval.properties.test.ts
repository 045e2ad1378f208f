import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rateInterval, rateIntervalInputSchema, rateIntervalOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward } from "../_helpers/index.js";

describe("rateInterval", () => {
  test("bounds lie in [0, 1] and contain the rate", () => {
    fc.assert(
      fc.property(fc.nat(1e7), fc.nat(1e7), fc.double({ min: 0.01, max: 0.9999, noNaN: true }), (a, b, confidence) => {
        const [successes, trials] = a <= b ? [a, b] : [b, a];
        const result = rateInterval({ successes, trials }, { confidence });
        if (trials === 0) {
          expect(result).toBeNull();
          return;
        }
        const { rate, lower, upper } = result!;
        expect(0 <= lower && lower <= rate && rate <= upper && upper <= 1).toBe(true);
      }),
    );
  });

  test("narrows with more trials at the same rate and widens with more confidence", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 50 }),
        (s, extra, k) => {
          const small = rateInterval({ successes: s, trials: s + extra })!;
          const large = rateInterval({ successes: s * k, trials: (s + extra) * k })!;
          expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
          const wide = rateInterval({ successes: s, trials: s + extra }, { confidence: 0.99 })!;
          expect(wide.lower).toBeLessThanOrEqual(small.lower);
          expect(wide.upper).toBeGreaterThanOrEqual(small.upper);
        },
      ),
    );
  });

  test("is symmetric: failures' interval mirrors successes'", () => {
    fc.assert(
      fc.property(fc.nat(1e5), fc.integer({ min: 1, max: 1e5 }), (a, b) => {
        const [successes, trials] = a <= b ? [a, b] : [b, a];
        const direct = rateInterval({ successes, trials })!;
        const mirror = rateInterval({ successes: trials - successes, trials })!;
        expect(direct.lower).toBeCloseTo(1 - mirror.upper, 12);
        expect(direct.upper).toBeCloseTo(1 - mirror.lower, 12);
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.record({ successes: countOrAwkward, trials: countOrAwkward }),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ confidence: fc.oneof(fc.double({ min: 0, max: 1 }), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([input, options]) => rateInterval(input as never, options as never),
      ([input, options]) =>
        rateIntervalInputSchema.safeParse(input).success && rateIntervalOptionsSchema.safeParse(options).success,
    );
  });
});

describe("rateInterval at the edges of its input", () => {
  test("when every trial succeeded the upper bound is exactly 1, at any size and confidence", () => {
    // center + halfWidth of the formula lands a rounding error away from 1 for many n; the
    // documented bound is exactly 1 (the Wilson interval of p̂ = 1 ends at 1).
    for (const n of [1, 2, 3, 7, 10, 33, 100, 1000, 123_456]) {
      expect(rateInterval({ successes: n, trials: n })?.upper, `${n} of ${n}`).toBe(1);
    }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (n, confidence) => {
        expect(rateInterval({ successes: n, trials: n }, { confidence })?.upper).toBe(1);
      }),
    );
  });
});
