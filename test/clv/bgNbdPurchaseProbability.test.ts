import { describe, expect, test } from "vitest";
import { bgNbdPurchaseProbability } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { PAPER } from "./clvFixtures.js";

describe("bgNbdPurchaseProbability", () => {
  test("R BTYD at the paper's parameters: P(N(39) = 0) = 0.5737864, P(N(2) = 10) = 1.07869e-07, and the pmf at t = 30", () => {
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 39, purchases: 0 })).toBeCloseTo(0.5737864, 7);
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 2, purchases: 10 }) / 1.07869e-7).toBeCloseTo(1, 5);
    const pmf = [
      0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613,
      0.000222226,
    ];
    pmf.forEach((p, i) => expect(bgNbdPurchaseProbability({ params: PAPER, t: 30, purchases: 11 + i })).toBeCloseTo(p, 9));
  });

  test("at t = 0 nobody buys: P(X(0) = 0) is 1 and other counts 0", () => {
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 0, purchases: 0 })).toBe(1);
    expect(Object.is(bgNbdPurchaseProbability({ params: PAPER, t: 0, purchases: 3 }), 0)).toBe(true);
    // A t so small that t/(α+t) underflows to 0: 0 · ln 0 is taken as 0, not NaN.
    expect(bgNbdPurchaseProbability({ params: PAPER, t: Number.MIN_VALUE, purchases: 0 })).toBe(1);
  });

  test("sums that would take more than 2,000,000 terms are KpiInputErrors, never a wrong number", () => {
    // Beyond the mean with t/(α+t) = 1 − 10⁻⁷: the tail shrinks too slowly to settle.
    expectKpiError(
      "bgNbdPurchaseProbability",
      () => bgNbdPurchaseProbability({ params: { r: 1, alpha: 1, a: 1, b: 1 }, t: 1e7, purchases: 10_000_001 }),
      ["params"],
    );
    // Below the mean but beyond 2,000,000 purchases. This returned 0, though the answer is about
    // B(2, n)/B(1, 1) = 1/(n(n+1)) ≈ 1.1·10⁻¹³: NB(n) underflowed and ended the tail sum at once.
    expectKpiError(
      "bgNbdPurchaseProbability",
      () => bgNbdPurchaseProbability({ params: { r: 300, alpha: 1, a: 1, b: 1 }, t: 1e8, purchases: 3_000_000 }),
      ["params"],
    );
  });

  test.each([[() => bgNbdPurchaseProbability({ params: PAPER, t: 1, purchases: 0.5 }), ["purchases"]]])(
    "rejects bad input %#",
    (run, paths) => {
      expectKpiError("bgNbdPurchaseProbability", run, paths);
    },
  );
});
