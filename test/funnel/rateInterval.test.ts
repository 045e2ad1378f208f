import { describe, expect, test } from "vitest";
import { rateInterval } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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
});

describe("rateInterval at the edges of its input", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 2, "2 of 3"]) {
      expectKpiError("rateInterval", () => rateInterval(input as never), ["input"]);
    }
  });

  test("-0 successes is a rate of +0", () => {
    const result = rateInterval({ successes: -0, trials: 5 });
    expect(Object.is(result?.rate, 0)).toBe(true);
    expect(Object.is(result?.lower, 0)).toBe(true);
  });
});
