import { describe, expect, test } from "vitest";
import { bgNbdConditionalExpectedPurchases, fitBgNbd } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowSummary } from "../_helpers/cdnow.mjs";
import { PAPER } from "./clvFixtures.js";

describe("bgNbdConditionalExpectedPurchases", () => {
  test("Hardie's BG/NBD spreadsheet: CDNOW customer 1 (x 2, t_x 30.43, T 38.86) is expected to buy 1.226 times in the next 39 weeks", () => {
    const fit = fitBgNbd(cdnowSummary());
    const value = bgNbdConditionalExpectedPurchases({ params: fit.params, frequency: 2, recency: 30.43, age: 38.86, t: 39 });
    expect(Math.abs(value - 1.226)).toBeLessThan(0.001);
    expect(bgNbdConditionalExpectedPurchases({ params: PAPER, frequency: 2, recency: 30.43, age: 38.86, t: 39 })).toBeCloseTo(
      1.226,
      3,
    );
  });

  test("a = 1, where the textbook form is 0/0, is continuous with its neighbours", () => {
    const at = (a: number, b = 2.426) =>
      bgNbdConditionalExpectedPurchases({ params: { ...PAPER, a, b }, frequency: 2, recency: 30, age: 38, t: 39 });
    expect(at(1)).toBeCloseTo((at(1 + 1e-7) + at(1 - 1e-7)) / 2, 8);
  });

  test("at t = 0 nobody buys: exactly 0", () => {
    expect(
      Object.is(
        bgNbdConditionalExpectedPurchases({
          params: { r: 0.5, alpha: 3, a: 0.3, b: 0.3 },
          frequency: 0,
          recency: 0,
          age: 0,
          t: 0,
        }),
        0,
      ),
    ).toBe(true);
  });

  test.each([
    [() => bgNbdConditionalExpectedPurchases({ params: PAPER, frequency: -1, recency: 0, age: 4, t: 1 } as never), ["frequency"]],
    // Issue 12, point 6: a summary in days with parameters fitted in weeks.
    [
      () =>
        bgNbdConditionalExpectedPurchases({
          params: { ...PAPER, timeUnit: "week" },
          frequency: 2,
          recency: 213,
          age: 272,
          timeUnit: "day",
          t: 273,
        }),
      ["timeUnit"],
    ],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("bgNbdConditionalExpectedPurchases", run, paths);
  });
});
