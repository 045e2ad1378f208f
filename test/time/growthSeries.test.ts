import { describe, expect, expectTypeOf, test } from "vitest";
import { growthRowsSchema, growthSeries, revenueByPeriod, type GrowthSeriesRow, type RevenueForPeriod } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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
    expect(
      growthSeries([
        { period: "FY2016-Q1", total: 4 },
        { period: "FY2017-Q1", total: 5 },
      ])[1]?.yearOverYear,
    ).toBe(0.25);
    expect(
      growthSeries([
        { period: "2016-02-29", total: 4 },
        { period: "2017-03-01", total: 5 },
      ])[1]?.yearOverYear,
    ).toBeNull();
    expect(
      growthSeries([
        { period: "2016", total: 4 },
        { period: "2017", total: 5 },
      ])[1],
    ).toEqual({
      period: "2017",
      total: 5,
      periodOverPeriod: 0.25,
      yearOverYear: 0.25,
    });
  });

  test("a negative or zero base gives null, not a misleading sign", () => {
    const series = growthSeries([
      { period: "2017-01", total: -50 },
      { period: "2017-02", total: 100 },
    ]);
    expect(series[1]?.periodOverPeriod).toBeNull();
  });

  test.each([
    [[{ period: "March", total: 1 }], ["rows[0].period"]],
    [[{ period: "2017-03", total: NaN }], ["rows[0].total"]],
    [
      [
        { period: "2017-03", total: 1 },
        { period: "2017-03", total: 2 },
      ],
      ["rows[1].period"],
    ],
    ["2017-03", ["rows"]],
  ])("rejects %o at %o", (rows, paths) => {
    expectKpiError("growthSeries", () => growthSeries(rows as never), paths);
  });

  // Found while writing the schemas' examples: rows out of order, or of mixed kinds, were taken
  // as they came, so a month followed by a quarter "grew" 100 % and a reversed series shrank.
  test("rejects a series of mixed period kinds, or not oldest first", () => {
    expect(() =>
      growthSeries([
        { period: "2017-01", total: 1 },
        { period: "2017-Q1", total: 2 },
      ]),
    ).toThrow("growthSeries: rows[1].period must be a period of the same kind as the first row's (2017-01)");
    expect(() =>
      growthSeries([
        { period: "2017-02", total: 1 },
        { period: "2017-01", total: 2 },
      ]),
    ).toThrow("growthSeries: rows[1].period must come after the previous row's period, 2017-02: rows go oldest first");
    expectKpiError(
      "growthSeries",
      () =>
        growthSeries([
          { period: "FY2017", total: 1 },
          { period: "2018", total: 2 },
        ]),
      ["rows[1].period"],
    );
    expect(
      growthSeries([
        { period: "2016-W52", total: 1 },
        { period: "2017-W01", total: 2 },
      ]).map((row) => row.periodOverPeriod),
    ).toEqual([null, 1]);
  });
});

// Issue 12, point 2: a series over periods never compares across a missing period.
describe("growthSeries never compares across a missing period", () => {
  test("the issue's case: March after January is not 10 % growth (February is missing)", () => {
    const series = growthSeries([
      { period: "2017-01", total: 100 },
      { period: "2017-03", total: 110 },
    ]);
    // Before the fix: periodOverPeriod 0.1, as if March followed January.
    expect(series).toEqual([
      { period: "2017-01", total: 100, periodOverPeriod: null, yearOverYear: null },
      { period: "2017-03", total: 110, periodOverPeriod: null, yearOverYear: null },
    ]);
  });

  test.each([
    // [earlier, later, later follows earlier]
    ["2016-12-31", "2017-01-01", true],
    ["2017-02-28", "2017-03-01", true],
    ["2016-02-28", "2016-03-01", false], // 2016-02-29 missing
    ["2016-W52", "2017-W01", true],
    ["2020-W53", "2021-W01", true],
    ["2020-W52", "2021-W01", false], // 2020-W53 missing
    ["2016-12", "2017-01", true],
    ["2016-11", "2017-01", false],
    ["2016-Q4", "2017-Q1", true],
    ["2016-Q3", "2017-Q1", false],
    ["FY2016-Q4", "FY2017-Q1", true],
    ["FY2017-Q1", "FY2017-Q3", false],
    ["2016", "2017", true],
    ["2015", "2017", false],
    ["FY2016", "FY2017", true],
    ["FY2015", "FY2017", false],
  ])("%s then %s: compared %s", (earlier, later, follows) => {
    const series = growthSeries([
      { period: earlier, total: 100 },
      { period: later, total: 150 },
    ]);
    expect(series[1]?.periodOverPeriod).toBe(follows ? 0.5 : null);
  });

  test("year over year needs the exact period a year earlier, and ignores gaps in between", () => {
    const series = growthSeries([
      { period: "2016-02", total: 80 },
      { period: "2016-04", total: 100 },
      { period: "2017-03", total: 90 },
      { period: "2017-04", total: 120 },
    ]);
    expect(series.map((row) => row.periodOverPeriod)).toEqual([null, null, null, (120 - 90) / 90]);
    // 2017-03 has no 2016-03 (2016-02 is not it); 2017-04 has 2016-04.
    expect(series.map((row) => row.yearOverYear)).toEqual([null, null, null, 0.2]);
  });

  test("each row of a revenueByPeriod series after an empty month compares with its 0, never with an older month", () => {
    const series = growthSeries(
      revenueByPeriod([
        { date: "2017-01-20", amount: 100 },
        { date: "2017-03-02", amount: 110 },
      ]),
    );
    expect(series.map((row) => [row.period, row.total, row.periodOverPeriod])).toEqual([
      ["2017-01", 100, null],
      ["2017-02", 0, -1],
      ["2017-03", 110, null], // from 0: undefined
    ]);
  });
});

describe("growthSeries keeps the caller's fields", () => {
  const records = [
    { date: "2017-01-20", amount: 100 },
    { date: "2017-02-02", amount: 125 },
    { date: "2017-02-20", amount: 25 },
  ];

  test("the rows of revenueByPeriod chain without a zip: start, end and count kept", () => {
    const rows = revenueByPeriod(records);
    const series = growthSeries(rows);
    expect(series).toEqual([
      {
        period: "2017-01",
        start: "2017-01-01",
        end: "2017-01-31",
        total: 100,
        count: 1,
        periodOverPeriod: null,
        yearOverYear: null,
      },
      {
        period: "2017-02",
        start: "2017-02-01",
        end: "2017-02-28",
        total: 150,
        count: 2,
        periodOverPeriod: 0.5,
        yearOverYear: null,
      },
    ]);
  });

  test("any other field too; the input rows are neither changed nor reused", () => {
    const when = new Date("2017-02-01T00:00:00Z");
    const rows = Object.freeze([
      Object.freeze({ period: "2017-01", total: 100, region: "EMEA", tags: ["a"] }),
      Object.freeze({ period: "2017-02", total: 150, region: "EMEA", tags: ["b"], when }),
    ]);
    const series = growthSeries(rows);
    expect(series[1]).toEqual({
      period: "2017-02",
      total: 150,
      region: "EMEA",
      tags: ["b"],
      when,
      periodOverPeriod: 0.5,
      yearOverYear: null,
    });
    expect(series[1]).not.toBe(rows[1]);
    expect(series[1]?.tags).toBe(rows[1]?.tags); // a shallow copy: the caller's values as they were
    expect(rows[1]).toEqual({ period: "2017-02", total: 150, region: "EMEA", tags: ["b"], when });
  });

  test("a field named __proto__ stays a field, never the copy's prototype", () => {
    const row = JSON.parse('{ "period": "2017-01", "total": 100, "__proto__": { "polluted": true } }') as {
      period: string;
      total: number;
    };
    const [result] = growthSeries([row]);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result!)).toEqual(["period", "total", "__proto__", "periodOverPeriod", "yearOverYear"]);
    expect((result as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test("a row's own growth fields are replaced, so a growth series can be passed again", () => {
    const once = growthSeries(revenueByPeriod(records));
    expect(growthSeries(once)).toEqual(once);
    const stale = growthSeries([
      { period: "2017-01", total: 100, periodOverPeriod: "n/a", yearOverYear: 9 },
      { period: "2017-03", total: 110, periodOverPeriod: 0.1, yearOverYear: 9 },
    ]);
    expect(stale.map((row) => [row.periodOverPeriod, row.yearOverYear])).toEqual([
      [null, null],
      [null, null],
    ]);
    expectTypeOf(stale[0]!.periodOverPeriod).toEqualTypeOf<number | null>();
  });

  test("types: the result's rows have the input rows' type, with the two growth rates", () => {
    const series = growthSeries(revenueByPeriod(records));
    expectTypeOf(series).toEqualTypeOf<GrowthSeriesRow<RevenueForPeriod>[]>();
    expectTypeOf(series[0]!).toEqualTypeOf<{
      period: string;
      start: string;
      end: string;
      total: number;
      count: number;
      periodOverPeriod: number | null;
      yearOverYear: number | null;
    }>();
    const regional = growthSeries([
      { period: "2017-Q1", total: 1, region: "EMEA" as const, note: undefined as string | undefined },
    ]);
    expectTypeOf(regional[0]!.region).toEqualTypeOf<"EMEA">();
    expectTypeOf(regional[0]!.note).toEqualTypeOf<string | undefined>();
    // Rows validated by the schema (an index signature beside the known fields) keep their field types.
    const parsed = growthSeries(growthRowsSchema.parse([{ period: "2017-Q1", total: 1, owner: "Bea" }]));
    expectTypeOf(parsed[0]!.period).toEqualTypeOf<string>();
    expectTypeOf(parsed[0]!.total).toEqualTypeOf<number>();
    expectTypeOf(parsed[0]!.periodOverPeriod).toEqualTypeOf<number | null>();
    expect(parsed[0]).toEqual({ period: "2017-Q1", total: 1, owner: "Bea", periodOverPeriod: null, yearOverYear: null });
    // Without a type argument, the row of a plain { period, total } series.
    expectTypeOf<GrowthSeriesRow>().toEqualTypeOf<{
      period: string;
      total: number;
      periodOverPeriod: number | null;
      yearOverYear: number | null;
    }>();
  });
});
