import { describe, expect, test } from "vitest";
import { churnRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("churnRate", () => {
  test("ChartMogul standard: 100 at the start, 12 churned of whom 1 reactivated and 1 had joined in the period → 10/100", () => {
    // https://help.chartmogul.com/hc/en-us/articles/207340419-Churn-rate-formulas: those two are left out of `lost`
    expect(churnRate({ lost: 12 - 1 - 1, start: 100 })).toBe(0.1);
  });

  test("roicalculator 30 of 1,000 → 3 %; churnmiser 300 of 2,000 → 15 %; askai 10 of 250 → 4 %", () => {
    expect(churnRate({ lost: 30, start: 1000 })).toBe(0.03);
    expect(churnRate({ lost: 300, start: 2000 })).toBe(0.15);
    expect(churnRate({ lost: 10, start: 250 })).toBe(0.04);
  });

  test("start plus new (Stripe's denominator): freemathhelp's 18 lost of 1,126 + 85 → 1.49 %", () => {
    expect(churnRate({ lost: 18, start: 1126, acquired: 85 }, { denominator: "startPlusNew" })).toBeCloseTo(0.0149, 4);
  });

  test("average: Lean Analytics' hockey stick, 100 → 10,000 customers, is divided by 5,050", () => {
    expect(churnRate({ lost: 50, start: 100, end: 10_000 }, { denominator: "average" })).toBeCloseTo(50 / 5050, 15);
    // and can exceed 1: all 10 customers lost, none left
    expect(churnRate({ lost: 10, start: 10, end: 0 }, { denominator: "average" })).toBe(2);
  });

  test("fields a denominator does not use are ignored, even when they are not counts", () => {
    expect(churnRate({ lost: 5, start: 100, end: "2024-01-31", acquired: -3 } as never)).toBe(0.05);
  });

  test("no customer to lose is undefined", () => {
    expect(churnRate({ lost: 0, start: 0 })).toBeNull();
    expect(churnRate({ lost: 0, start: 0, acquired: 0 }, { denominator: "startPlusNew" })).toBeNull();
    expect(churnRate({ lost: 0, start: 0, end: 0 }, { denominator: "average" })).toBeNull();
  });

  test.each([
    [{ lost: 120, start: 100 }, undefined, ["lost"]],
    [{ lost: -1, start: 100 }, undefined, ["lost"]],
    [{ lost: 1, start: 1.5 }, undefined, ["start"]],
    [{ lost: 10, start: 100 }, { denominator: "startPlusNew" }, ["acquired"]],
    [{ lost: 200, start: 100, acquired: 50 }, { denominator: "startPlusNew" }, ["lost"]],
    [{ lost: 10, start: 100 }, { denominator: "average" }, ["end"]],
    [{ lost: 5, start: 100, end: 80 }, { denominator: "average" }, ["lost"]],
    [{ lost: 5, start: 100 }, { denominator: "end" }, ["options.denominator"]],
    [{ lost: 5, start: 100 }, null, ["options"]],
    [null, undefined, ["input"]],
  ])("rejects %o with options %o at %o", (input, options, paths) => {
    expectKpiError("churnRate", () => churnRate(input as never, options as never), paths);
  });

  test("explains each cross-field rule with the numbers", () => {
    expect(expectKpiError("churnRate", () => churnRate({ lost: 120, start: 100 }), ["lost"]).message).toBe(
      "churnRate: lost must not exceed start, 100 (got 120)",
    );
    expect(
      expectKpiError("churnRate", () => churnRate({ lost: 200, start: 100, acquired: 50 }, { denominator: "startPlusNew" }), [
        "lost",
      ]).message,
    ).toBe("churnRate: lost must not exceed start + acquired, 150 (got 200)");
    expect(
      expectKpiError("churnRate", () => churnRate({ lost: 5, start: 100, end: 80 }, { denominator: "average" }), ["lost"])
        .message,
    ).toBe(
      "churnRate: lost must be at least start − end, 20: the customer count cannot fall by more than the customers lost (got 5)",
    );
  });
});
