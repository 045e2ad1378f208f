import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { growthRowsSchema, growthSeries, revenueByPeriod, salesGrowth } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";

describe("growthSeries", () => {
  test("month over month and year over year on a revenueByPeriod series", () => {
    const rows = revenueByPeriod([
      { date: "2016-01-10", amount: 100 },
      { date: "2016-02-10", amount: 120 },
      { date: "2017-01-10", amount: 150 },
      { date: "2017-02-10", amount: 90 },
    ]);
    const series = growthSeries(rows);
    expect(series).toHaveLength(14);
    expect(series[1]).toMatchObject({ period: "2016-02", periodOverPeriod: 0.2, yearOverYear: null });
    expect(series[2]).toMatchObject({ period: "2016-03", total: 0, periodOverPeriod: -1 });
    expect(series[3]).toMatchObject({ period: "2016-04", periodOverPeriod: null }); // from 0: undefined
    expect(series[12]).toMatchObject({ period: "2017-01", periodOverPeriod: null, yearOverYear: 0.5 });
    expect(series[13]).toMatchObject({ period: "2017-02", periodOverPeriod: -0.4, yearOverYear: -0.25 });
  });

  test("year over year for weeks, days, quarters and fiscal years goes by label", () => {
    const series = growthSeries([
      { period: "2016-W09", total: 10 },
      { period: "2017-W09", total: 15 },
    ]);
    expect(series[1]?.yearOverYear).toBe(0.5);
    expect(growthSeries([{ period: "FY2016-Q1", total: 4 }, { period: "FY2017-Q1", total: 5 }])[1]?.yearOverYear).toBe(0.25);
    expect(growthSeries([{ period: "2016-02-29", total: 4 }, { period: "2017-03-01", total: 5 }])[1]?.yearOverYear).toBeNull();
    expect(growthSeries([{ period: "2016", total: 4 }, { period: "2017", total: 5 }])[1]).toEqual({
      period: "2017",
      total: 5,
      periodOverPeriod: 0.25,
      yearOverYear: 0.25,
    });
  });

  test("a negative or zero base gives null, not a misleading sign", () => {
    const series = growthSeries([{ period: "2017-01", total: -50 }, { period: "2017-02", total: 100 }]);
    expect(series[1]?.periodOverPeriod).toBeNull();
  });

  test("each growth equals salesGrowth of the two totals", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 2, maxLength: 30 }), (totals) => {
        const rows = totals.map((total, i) => ({ period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, total }));
        const series = growthSeries(rows);
        series.forEach((row, i) => {
          if (i > 0) expect(row.periodOverPeriod).toBe(salesGrowth({ current: totals[i]!, previous: totals[i - 1]! }));
          if (i >= 12) expect(row.yearOverYear).toBe(salesGrowth({ current: totals[i]!, previous: totals[i - 12]! }));
          else expect(row.yearOverYear).toBeNull();
        });
      }),
    );
  });

  test.each([
    [[{ period: "March", total: 1 }], ["rows[0].period"]],
    [[{ period: "2017-03", total: NaN }], ["rows[0].total"]],
    [[{ period: "2017-03", total: 1 }, { period: "2017-03", total: 2 }], ["rows[1].period"]],
    ["2017-03", ["rows"]],
  ])("rejects %o at %o", (rows, paths) => {
    expectKpiError("growthSeries", () => growthSeries(rows as never), paths);
  });

  // Found while writing the schemas' examples: rows out of order, or of mixed kinds, were taken
  // as they came, so a month followed by a quarter "grew" 100 % and a reversed series shrank.
  test("rejects a series of mixed period kinds, or not oldest first", () => {
    expect(() => growthSeries([{ period: "2017-01", total: 1 }, { period: "2017-Q1", total: 2 }])).toThrow(
      "growthSeries: rows[1].period must be a period of the same kind as the first row's (2017-01)",
    );
    expect(() => growthSeries([{ period: "2017-02", total: 1 }, { period: "2017-01", total: 2 }])).toThrow(
      "growthSeries: rows[1].period must come after the previous row's period, 2017-02: rows go oldest first",
    );
    expectKpiError("growthSeries", () => growthSeries([{ period: "FY2017", total: 1 }, { period: "2018", total: 2 }]), ["rows[1].period"]);
    expect(growthSeries([{ period: "2016-W52", total: 1 }, { period: "2017-W09", total: 2 }]).map((row) => row.periodOverPeriod)).toEqual([null, 1]);
  });

  test("fast check agrees with the schema", () => {
    const row = fc.oneof(
      { weight: 4, arbitrary: fc.record({ period: fc.oneof(fc.constantFrom("2017-03", "2016-03", "2017-Q5", "FY2017", "2017-W09", "0000"), awkwardValue), total: fc.oneof(fc.double(), awkwardValue) }) },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.oneof(fc.array(row, { maxLength: 4 }), awkwardValue),
      (rows) => growthSeries(rows as never),
      (rows) => growthRowsSchema.safeParse(rows).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
