import { describe, expect, test } from "vitest";
import { bgNbdExpectedPurchases, fitBgNbd } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowSummary } from "../_helpers/cdnow.mjs";
import { PAPER } from "./clvFixtures.js";

describe("bgNbdExpectedPurchases", () => {
  test("lifetimes' unconditional expectations on CDNOW at t = 0.1429 … 78 weeks (decimal=3)", () => {
    const fit = fitBgNbd(cdnowSummary());
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(bgNbdExpectedPurchases({ params: fit.params, t })).toBeCloseTo(expected[i]!, 3));
  });

  test("a + b = 1, where the textbook form is 0/0, is continuous with its neighbours", () => {
    const sum = (b: number) => bgNbdExpectedPurchases({ params: { r: 0.5, alpha: 3, a: 0.3, b }, t: 10 });
    expect(sum(0.7)).toBeCloseTo((sum(0.7 + 1e-7) + sum(0.7 - 1e-7)) / 2, 8);
  });

  test("at t = 0 nobody buys: exactly 0", () => {
    expect(Object.is(bgNbdExpectedPurchases({ params: PAPER, t: 0 }), 0)).toBe(true);
  });

  test("a time far beyond the scale of the model is a KpiInputError, not a NaN", () => {
    expectKpiError("bgNbdExpectedPurchases", () => bgNbdExpectedPurchases({ params: { ...PAPER, alpha: 1e-6 }, t: 1e6 }), ["t"]);
  });

  test.each([
    [() => bgNbdExpectedPurchases({ params: { ...PAPER, r: 0 }, t: 1 }), ["params.r"]],
    [() => bgNbdExpectedPurchases({ params: PAPER, t: -1 }), ["t"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("bgNbdExpectedPurchases", run, paths);
  });
});
