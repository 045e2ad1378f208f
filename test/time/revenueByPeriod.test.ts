import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { growthSeries, revenueByPeriod } from "../../src/index.js";
import { cdnowSampleTransactions } from "../_helpers/cdnow.mjs";
import { expectKpiError } from "../_helpers/index.js";

describe("revenueByPeriod on the CDNOW sample", () => {
  // Reference figures computed independently of the library: Python 3.11 reading the same file,
  // summing dollar values with decimal.Decimal per YYYY-MM (and per quarter and ISO week, via
  // datetime.date.isocalendar), then printed.
  const expectedMonths: [string, number, number][] = [
    ["1997-01", 28592.7, 885],
    ["1997-02", 40433.81, 1178],
    ["1997-03", 43472.1, 1204],
    ["1997-04", 12842.05, 362],
    ["1997-05", 10880.33, 291],
    ["1997-06", 9907.25, 284],
    ["1997-07", 10866.23, 284],
    ["1997-08", 8762.76, 235],
    ["1997-09", 7358.32, 237],
    ["1997-10", 8845.05, 246],
    ["1997-11", 10151.38, 274],
    ["1997-12", 9112.84, 248],
    ["1998-01", 7356.82, 202],
    ["1998-02", 7679.71, 198],
    ["1998-03", 9850.05, 278],
    ["1998-04", 6011.53, 165],
    ["1998-05", 6378.14, 176],
    ["1998-06", 5590.87, 172],
  ];

  test("monthly totals and counts match an independent decimal computation to the cent", () => {
    const rows = revenueByPeriod(cdnowSampleTransactions());
    expect(rows.map((row) => [row.period, row.total, row.count])).toEqual(expectedMonths);
    expect(rows[1]).toMatchObject({ start: "1997-02-01", end: "1997-02-28" });
  });

  test("quarters and ISO weeks too", () => {
    expect(revenueByPeriod(cdnowSampleTransactions(), { period: "quarter" }).map((row) => [row.period, row.total])).toEqual([
      ["1997-Q1", 112498.61],
      ["1997-Q2", 33629.63],
      ["1997-Q3", 26987.31],
      ["1997-Q4", 28109.27],
      ["1998-Q1", 24886.58],
      ["1998-Q2", 17980.54],
    ]);
    const weeks = revenueByPeriod(cdnowSampleTransactions(), { period: "week" });
    expect(weeks).toHaveLength(79);
    expect(weeks[0]).toMatchObject({ period: "1997-W01", start: "1996-12-30", end: "1997-01-05", total: 3305.56 });
    expect(weeks.at(-1)).toMatchObject({ period: "1998-W27", total: 225.03 });
  });

  test("growth on CDNOW's months matches Python decimal arithmetic on the reference totals", () => {
    const series = growthSeries(revenueByPeriod(cdnowSampleTransactions()));
    const byPeriod = new Map(series.map((row) => [row.period, row]));
    // (7356.82 − 28592.70) ÷ 28592.70, (5590.87 − 9907.25) ÷ 9907.25, (5590.87 − 6378.14) ÷ 6378.14
    expect(byPeriod.get("1998-01")?.yearOverYear).toBeCloseTo(-0.7427028577224257, 14);
    expect(byPeriod.get("1998-06")?.yearOverYear).toBeCloseTo(-0.4356789220015645, 14);
    expect(byPeriod.get("1998-06")?.periodOverPeriod).toBeCloseTo(-0.1234325367583653, 14);
    expect(byPeriod.get("1997-12")?.yearOverYear).toBeNull();
  });

  test("the whole is the sum of its years, to the cent", () => {
    const years = revenueByPeriod(cdnowSampleTransactions(), { period: "year" });
    expect(years.map((row) => row.period)).toEqual(["1997", "1998"]);
    expect(new Decimal(years[0]!.total).plus(years[1]!.total).toNumber()).toBe(244091.94);
  });
});

describe("revenueByPeriod", () => {
  test("follows the local calendar of the time zone", () => {
    const records = [{ date: "2017-03-31T23:30:00-04:00", amount: 10 }]; // 2017-04-01T03:30Z
    expect(revenueByPeriod(records, { timeZone: "America/New_York" })[0]?.period).toBe("2017-03");
    expect(revenueByPeriod(records)[0]?.period).toBe("2017-04");
    expect(revenueByPeriod(records, { timeZone: "Asia/Tokyo" })[0]?.period).toBe("2017-04");
  });

  test("reads offset-less strings in the time zone, epoch ms and Dates as instants", () => {
    const rows = revenueByPeriod(
      [
        { date: "2024-01-31 23:00", amount: 1 },
        { date: Date.UTC(2024, 1, 1, 3), amount: 2 }, // 22:00 on 31 Jan in New York
        { date: new Date("2024-02-01T05:00:00Z"), amount: 4 }, // 00:00 on 1 Feb in New York
      ],
      { timeZone: "America/New_York" },
    );
    expect(rows.map((row) => [row.period, row.total])).toEqual([
      ["2024-01", 3],
      ["2024-02", 4],
    ]);
  });

  test("fills empty periods between the first and last record with 0", () => {
    const rows = revenueByPeriod([
      { date: "2017-01-10", amount: 5 },
      { date: "2017-04-02", amount: 7 },
    ]);
    expect(rows.map((row) => [row.period, row.total, row.count])).toEqual([
      ["2017-01", 5, 1],
      ["2017-02", 0, 0],
      ["2017-03", 0, 0],
      ["2017-04", 7, 1],
    ]);
  });

  test("fiscal quarters and years are named after the year they end in", () => {
    const records = [
      { date: "2016-10-01", amount: 1 },
      { date: "2017-09-30", amount: 2 },
      { date: "2017-10-01", amount: 4 },
    ];
    expect(revenueByPeriod(records, { period: "year", fiscalYearStartMonth: 10 })).toEqual([
      { period: "FY2017", start: "2016-10-01", end: "2017-09-30", total: 3, count: 2 },
      { period: "FY2018", start: "2017-10-01", end: "2018-09-30", total: 4, count: 1 },
    ]);
    const quarters = revenueByPeriod(records, { period: "quarter", fiscalYearStartMonth: 10 });
    expect(quarters.map((row) => row.period)).toEqual(["FY2017-Q1", "FY2017-Q2", "FY2017-Q3", "FY2017-Q4", "FY2018-Q1"]);
    expect(quarters[0]).toMatchObject({ start: "2016-10-01", end: "2016-12-31" });
    expect(revenueByPeriod(records, { period: "month", fiscalYearStartMonth: 10 })[0]?.period).toBe("2016-10");
  });

  test("ISO weeks across year ends: 2020-12-31 is in 2020-W53, 2021-01-04 opens 2021-W01", () => {
    const rows = revenueByPeriod(
      [
        { date: "2020-12-31", amount: 1 },
        { date: "2021-01-04", amount: 1 },
      ],
      { period: "week" },
    );
    expect(rows.map((row) => [row.period, row.start, row.end])).toEqual([
      ["2020-W53", "2020-12-28", "2021-01-03"],
      ["2021-W01", "2021-01-04", "2021-01-10"],
    ]);
  });

  test("days, and a leap day", () => {
    const rows = revenueByPeriod(
      [
        { date: "2024-02-28", amount: 1 },
        { date: "2024-03-01", amount: 1 },
      ],
      { period: "day" },
    );
    expect(rows.map((row) => row.period)).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
  });

  test("sums money as strings, Decimals and refunds exactly", () => {
    const rows = revenueByPeriod([
      { date: "2024-05-01", amount: "0.10" },
      { date: "2024-05-02", amount: new Decimal("0.20") },
      { date: "2024-05-03", amount: -0.3 },
    ]);
    expect(rows).toEqual([{ period: "2024-05", start: "2024-05-01", end: "2024-05-31", total: 0, count: 3 }]);
  });

  test("no record, no row", () => {
    expect(revenueByPeriod([])).toEqual([]);
  });

  test.each([
    [[{ date: "2017-02-30", amount: 1 }], undefined, ["records[0].date"]],
    [[{ date: "2017-02-01", amount: "1,000" }], undefined, ["records[0].amount"]],
    [[{ date: "2017-02-01" }], undefined, ["records[0].amount"]],
    [{}, undefined, ["records"]],
    [[], { period: "fortnight" }, ["options.period"]],
    [[], { timeZone: "Mars/Olympus" }, ["options.timeZone"]],
    [[], { fiscalYearStartMonth: 13 }, ["options.fiscalYearStartMonth"]],
  ])("rejects %o with options %o at %o", (rows, opts, paths) => {
    expectKpiError("revenueByPeriod", () => revenueByPeriod(rows as never, opts as never), paths);
  });

  test("rejects a series of more than a million periods rather than building it", () => {
    expectKpiError(
      "revenueByPeriod",
      () =>
        revenueByPeriod(
          [
            { date: new Date(-8e15), amount: 1 },
            { date: new Date(8e15), amount: 1 },
          ],
          { period: "day" },
        ),
      ["records"],
    );
  });
});
