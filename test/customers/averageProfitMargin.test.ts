import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { averageProfitMargin } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("averageProfitMargin", () => {
  test("stepbystep.com: margins of 30 %, 35 % and 40 % average 35 % (equal revenue: both averages agree)", () => {
    // https://www.stepbystep.com/how-to-calculate-average-profit-margin-82551/
    const items = [
      { revenue: 100, profit: 30 },
      { revenue: 100, profit: 35 },
      { revenue: 100, profit: 40 },
    ];
    expect(averageProfitMargin(items, { average: "simple" })).toBeCloseTo(0.35, 15);
    expect(averageProfitMargin(items)).toBeCloseTo(0.35, 15);
  });

  test("weighted is Σ profit ÷ Σ revenue (calculator.city); a big low-margin line outweighs a small high-margin one", () => {
    // https://cal12.calculator.city/calculating-weighted-average-gross-profit-percentage/
    const items = [
      { revenue: 90_000, profit: 9000 },
      { revenue: 10_000, profit: 5000 },
    ];
    expect(averageProfitMargin(items)).toBe(0.14);
    expect(averageProfitMargin(items, { average: "weighted" })).toBe(0.14);
    expect(averageProfitMargin(items, { average: "simple" })).toBe(0.3);
  });

  test("exact sums of cents in strings and Decimals; losses count", () => {
    const items = [
      { revenue: "0.10", profit: "0.10" },
      { revenue: new Decimal("0.20"), profit: "-0.10" },
    ];
    expect(averageProfitMargin(items)).toBe(0);
  });

  test("items without revenue: no margin in the simple mean; null when no item has revenue", () => {
    expect(
      averageProfitMargin(
        [
          { revenue: 0, profit: -50 },
          { revenue: 100, profit: 20 },
        ],
        { average: "simple" },
      ),
    ).toBe(0.2);
    expect(
      averageProfitMargin([
        { revenue: 0, profit: -50 },
        { revenue: 100, profit: 20 },
      ]),
    ).toBeCloseTo(-0.3, 15);
    expect(averageProfitMargin([])).toBeNull();
    expect(averageProfitMargin([{ revenue: 0, profit: 0 }], { average: "simple" })).toBeNull();
  });

  test.each([
    [[{ revenue: 100, profit: 120 }], undefined, ["items[0].profit"]],
    [
      [
        { revenue: 100, profit: 20 },
        { revenue: -5, profit: -10 },
      ],
      undefined,
      ["items[1].revenue"],
    ],
    [[{ revenue: 100 }], undefined, ["items[0].profit"]],
    [[null], undefined, ["items[0]"]],
    [{ revenue: 100, profit: 20 }, undefined, ["items"]],
    [[], { average: "median" }, ["options.average"]],
  ])("rejects %o with options %o at %o", (items, options, paths) => {
    expectKpiError("averageProfitMargin", () => averageProfitMargin(items as never, options as never), paths);
  });

  test("explains a profit above revenue", () => {
    const error = expectKpiError("averageProfitMargin", () => averageProfitMargin([{ revenue: 100, profit: 120 }]), [
      "items[0].profit",
    ]);
    expect(error.message).toBe("averageProfitMargin: items[0].profit must not exceed revenue, 100 (got 120)");
  });
});
