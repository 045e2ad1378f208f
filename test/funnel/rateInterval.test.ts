import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rateInterval, rateIntervalInputSchema, rateIntervalOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward, expectKpiError } from "../helpers.js";

describe("rateInterval", () => {
  // Reference values computed independently of the library: the Wilson formula in Python 3.11,
  // with z from the standard library's statistics.NormalDist().inv_cdf, printed to 10 decimals.
  test.each([
    [2, 3, 0.95, 0.2076596008, 0.9385080553],
    [40, 60, 0.95, 0.5405686645, 0.7727073848],
    [20, 50, 0.95, 0.2760838973, 0.5381856225],
    [1, 10, 0.9, 0.0226349087, 0.3477186673],
    [81, 263, 0.95, 0.2552885199, 0.366209577],
  ])("%i of %i at %d → [%d, %d]", (successes, trials, confidence, lower, upper) => {
    const result = rateInterval({ successes, trials }, { confidence });
    expect(result?.rate).toBe(successes / trials);
    expect(result?.lower).toBeCloseTo(lower, 9);
    expect(result?.upper).toBeCloseTo(upper, 9);
  });

  test("0 of 10 has lower exactly 0; 10 of 10 has upper exactly 1", () => {
    expect(rateInterval({ successes: 0, trials: 10 })).toMatchObject({ rate: 0, lower: 0 });
    expect(rateInterval({ successes: 10, trials: 10 })).toMatchObject({ rate: 1, upper: 1 });
    // upper at 0 successes is z²/(n + z²) = 1.959964² / (10 + 1.959964²), same Python computation
    expect(rateInterval({ successes: 0, trials: 10 })?.upper).toBeCloseTo(0.2775327999, 9);
  });

  test("ranks 40 of 60 above 2 of 3 by the lower bound, though both rates are 2/3", () => {
    const lucky = rateInterval({ successes: 2, trials: 3 });
    const steady = rateInterval({ successes: 40, trials: 60 });
    expect(lucky?.rate).toBe(steady?.rate);
    expect(steady?.lower).toBeGreaterThan(lucky?.lower as number);
  });

  test("a confidence a hair below 1 still gives a finite interval (pins a fixed bug: the quantile of 1 was infinite)", () => {
    const result = rateInterval({ successes: 0, trials: 1 }, { confidence: 0.9999999999999999 })!;
    expect(result.lower).toBe(0);
    expect(result.upper).toBeGreaterThan(0.98);
    expect(result.upper).toBeLessThan(1);
  });

  test("no trial → null", () => {
    expect(rateInterval({ successes: 0, trials: 0 })).toBeNull();
  });

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
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 50 }), (s, extra, k) => {
        const small = rateInterval({ successes: s, trials: s + extra })!;
        const large = rateInterval({ successes: s * k, trials: (s + extra) * k })!;
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
        const wide = rateInterval({ successes: s, trials: s + extra }, { confidence: 0.99 })!;
        expect(wide.lower).toBeLessThanOrEqual(small.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(small.upper);
      }),
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

  test("keeps a positive lower bound for one success in a huge number of trials", () => {
    const result = rateInterval({ successes: 1, trials: 1e15 })!;
    expect(result.lower).toBeGreaterThan(0);
    expect(result.lower).toBeLessThan(result.rate);
  });

  test.each([
    [{ successes: 4, trials: 3 }, undefined, ["successes"]],
    [{ successes: -1, trials: 3 }, undefined, ["successes"]],
    [{ successes: 1, trials: 3 }, { confidence: 95 }, ["options.confidence"]],
    [{ successes: 1, trials: 3 }, { confidence: 0 }, ["options.confidence"]],
    [{ successes: 1, trials: 3 }, { confidence: 1 }, ["options.confidence"]],
    [{ successes: 1, trials: 3 }, { confidence: "0.9" }, ["options.confidence"]],
    [{ successes: 1, trials: 3 }, null, ["options"]],
    // pins a fixed bug: `??` took null for "not given"
    [{ successes: 1, trials: 3 }, { confidence: null }, ["options.confidence"]],
  ])("rejects %o with options %o at %o", (input, options, paths) => {
    expectKpiError("rateInterval", () => rateInterval(input as never, options as never), paths);
  });

  test("fast checks agree with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.record({ successes: countOrAwkward, trials: countOrAwkward }),
        fc.oneof(fc.constant(undefined), fc.record({ confidence: fc.oneof(fc.double({ min: 0, max: 1 }), awkwardValue) }, { requiredKeys: [] }), awkwardValue),
      ),
      ([input, options]) => rateInterval(input as never, options as never),
      ([input, options]) =>
        rateIntervalInputSchema.safeParse(input).success && rateIntervalOptionsSchema.safeParse(options).success,
    );
  });
});

describe("rateInterval at the edges of its input", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 2, "2 of 3"]) {
      expectKpiError("rateInterval", () => rateInterval(input as never), ["input"]);
    }
  });

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

  test("-0 successes is a rate of +0", () => {
    const result = rateInterval({ successes: -0, trials: 5 });
    expect(Object.is(result?.rate, 0)).toBe(true);
    expect(Object.is(result?.lower, 0)).toBe(true);
  });
});
