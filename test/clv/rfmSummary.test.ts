import { describe, expect, test } from "vitest";
import { rfmSummary } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowSampleTransactions, cdnowSummary, cdnowSummaryWithSpend } from "../_helpers/cdnow.mjs";

describe("rfmSummary on CDNOW_sample", () => {
  // lifetimes' datasets/cdnow_customers_summary.csv (weeks, 2 decimals) is the published summary
  // of CDNOW_sample.txt with calibration end 1997-09-30 (Fader, Hardie & Lee 2005).
  const summary = rfmSummary(cdnowSampleTransactions(), { calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" });

  test("reproduces cdnow_customers_summary.csv exactly, customer by customer", () => {
    const expected = cdnowSummary();
    expect(summary).toHaveLength(2357);
    summary.forEach((row, i) => {
      const published = expected[i]!;
      expect(row.customerId).toBe(published.customerId);
      expect(row.frequency).toBe(published.frequency);
      expect(Number(row.recency.toFixed(2))).toBe(published.recency);
      expect(Number(row.age.toFixed(2))).toBe(published.age);
    });
  });

  test("monetaryValue is the published zbar (mean spend of the repeat purchase days) to the cent", () => {
    const expected = cdnowSummaryWithSpend();
    summary.forEach((row, i) => {
      const zbar = expected[i]!.monetaryValue;
      if (row.frequency === 0) expect(row.monetaryValue).toBeNull();
      else expect(Math.abs((row.monetaryValue as number) - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
    expect(summary.filter((row) => row.frequency > 0)).toHaveLength(946); // the repeat buyers of the Gamma-Gamma fit
  });

  test("the holdout: purchase days after the calibration end, 39 weeks of them", () => {
    expect(summary[0]).toMatchObject({ customerId: 1, frequency: 2, holdoutFrequency: 1 });
    expect(summary[0]?.holdoutDuration).toBeCloseTo(273 / 7, 12);
    const holdoutDays = summary.reduce((sum, row) => sum + (row.holdoutFrequency ?? 0), 0);
    // Purchase days after 1997-09-30 in CDNOW_sample.txt, counted independently below.
    const days = new Set(
      cdnowSampleTransactions()
        .filter((row) => row.date > "1997-09-30")
        .map((row) => `${row.customerId}:${row.date}`),
    );
    expect(holdoutDays).toBe(days.size);
  });

  test("without a calibration end, the summary runs to the observation end", () => {
    const whole = rfmSummary(cdnowSampleTransactions(), { observationEnd: "1998-06-30", timeUnit: "day" });
    expect(whole[0]).toEqual({
      customerId: 1,
      frequency: 3,
      recency: 345,
      age: 545,
      monetaryValue: (29.73 + 14.96 + 26.48) / 3,
      timeUnit: "day",
    });
  });
});

describe("rfmSummary", () => {
  test("one purchase a day counts once; amounts of a day add up", () => {
    const rows = rfmSummary(
      [
        { customerId: "a", date: "2024-01-01T09:00:00Z", amount: 10 },
        { customerId: "a", date: "2024-01-01T17:00:00Z", amount: 5 },
        { customerId: "a", date: "2024-01-08T10:00:00Z", amount: "20.50" },
        { customerId: "a", date: "2024-01-08T11:00:00Z", amount: 4.5 },
      ],
      { observationEnd: "2024-01-15", timeUnit: "day" },
    );
    expect(rows).toEqual([{ customerId: "a", frequency: 1, recency: 7, age: 14, monetaryValue: 25, timeUnit: "day" }]);
  });

  test("days follow the time zone", () => {
    const rows = [
      { customerId: 1, date: "2024-03-01T23:30:00-05:00" }, // 2 March in UTC
      { customerId: 1, date: "2024-03-02T12:00:00Z" },
    ];
    expect(rfmSummary(rows, { timeUnit: "day" })[0]?.frequency).toBe(0);
    expect(rfmSummary(rows, { timeUnit: "day", timeZone: "America/New_York" })[0]).toMatchObject({ frequency: 1, recency: 1 });
  });

  test("customers first seen after the calibration end are left out; later rows are ignored", () => {
    const rows = rfmSummary(
      [
        { customerId: 1, date: "2024-01-01" },
        { customerId: 2, date: "2024-02-10" },
        { customerId: 1, date: "2024-03-01" },
        { customerId: 1, date: "2024-05-01" },
      ],
      { calibrationEnd: "2024-01-31", observationEnd: "2024-03-31", timeUnit: "day" },
    );
    expect(rows).toEqual([
      {
        customerId: 1,
        frequency: 0,
        recency: 0,
        age: 30,
        monetaryValue: null,
        timeUnit: "day",
        holdoutFrequency: 1,
        holdoutDuration: 60,
      },
    ]);
    expect(rfmSummary([])).toEqual([]);
  });

  test.each([
    [[{ customerId: "", date: "2024-01-01" }], undefined, ["transactions[0].customerId"]],
    [[{ customerId: 1, date: "2024-02-30" }], undefined, ["transactions[0].date"]],
    [[{ customerId: 1, date: "2024-01-01", amount: "12,50" }], undefined, ["transactions[0].amount"]],
    [null, undefined, ["transactions"]],
    [[], { timeUnit: "month" }, ["options.timeUnit"]],
    [[], { timeUnit: "calendarweek" }, ["options.timeUnit"]],
    [[], { calibrationEnd: "2024-02-01", observationEnd: "2024-01-01" }, ["options.calibrationEnd"]],
    [[], { timeZone: "Mars/Olympus" }, ["options.timeZone"]],
  ])("rejects %o with options %o at %o", (rows, options, paths) => {
    expectKpiError("rfmSummary", () => rfmSummary(rows as never, options as never), paths);
  });
});

describe("rfmSummary never returns -0", () => {
  // Pins a fixed bug (found by the schema-agreement test, seed 1369125729): a calibration end of
  // -5e-324 ms floors to day -0, and an age of (-0 − 0) ÷ 7 came back as -0.
  test("an instant a hair before 1970 gives ages and durations of +0", () => {
    const [row] = rfmSummary([{ customerId: 0, date: new Date(0) }], {
      calibrationEnd: new Date(-0),
      observationEnd: new Date(0),
    });
    expect(Object.is(row?.age, 0)).toBe(true);
    expect(Object.is(row?.recency, 0)).toBe(true);
    expect(Object.is(row?.holdoutDuration, 0)).toBe(true);
  });
});

// Issue 12, point 6: the summary's time unit travels with it, so a fit and a valuation read it.
describe("rfmSummary states the unit of its rows", () => {
  const rows = [
    { customerId: "a", date: "2024-01-01" },
    { customerId: "a", date: "2024-01-15" },
  ];
  test.each([
    [undefined, "week"],
    [{ timeUnit: "week" as const }, "week"],
    [{ timeUnit: "day" as const }, "day"],
    [{ timeUnit: "calendarWeek" as const }, "week"],
  ])("with options %o every row says %s", (options, unit) => {
    const summary = rfmSummary(rows, options);
    expect(summary.map((row) => row.timeUnit)).toEqual([unit]);
    // JSON round-trips the unit with the row.
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

// lifetimes' own tests of freq="W" (CamDavidsonPilon/lifetimes 4f2833f, tests/test_utils.py): pandas'
// W-SUN periods, Monday to Sunday. Their fixture `large_transaction_level_data(_with_monetary_value)`.
describe('rfmSummary with timeUnit "calendarWeek" (lifetimes\' freq="W")', () => {
  const large = [
    [1, "2015-01-01", 1],
    [1, "2015-02-06", 2],
    [2, "2015-01-01", 2],
    [3, "2015-01-01", 3],
    [3, "2015-01-02", 1],
    [3, "2015-01-05", 5],
    [4, "2015-01-16", 6],
    [4, "2015-02-02", 3],
    [4, "2015-02-05", 3],
    [5, "2015-01-16", 3],
    [5, "2015-01-17", 1],
    [5, "2015-01-18", 8],
    [6, "2015-02-02", 5],
  ].map(([customerId, date, amount]) => ({ customerId: customerId as number, date: date as string, amount: amount as number }));

  test("test_summary_date_from_transaction_data_with_specific_non_daily_frequency: frequency, recency and T", () => {
    const summary = rfmSummary(large, { observationEnd: "2015-02-07", timeUnit: "calendarWeek" });
    expect(summary.map((row) => [row.customerId, row.frequency, row.recency, row.age])).toEqual([
      [1, 1, 5, 5],
      [2, 0, 0, 5],
      [3, 1, 1, 5],
      [4, 1, 3, 3],
      [5, 0, 0, 3],
      [6, 0, 0, 0],
    ]);
  });

  test("test_find_first_transactions_with_monetary_values_with_specific_non_daily_frequency: a week's amounts add up, the first week is left out", () => {
    // Their weekly totals: 1 → [1, 2], 3 → [4, 5], 4 → [6, 6], 5 → [12], so the mean repeat week is 2, 5 and 6.
    const summary = rfmSummary(large, { observationEnd: "2015-02-07", timeUnit: "calendarWeek" });
    expect(summary.map((row) => row.monetaryValue)).toEqual([2, null, 5, 6, null, null]);
  });

  test("test_calibration_and_holdout_data_works_with_specific_frequency: calibration to 2015-02-01, holdout to 2015-02-07", () => {
    const summary = rfmSummary(large, { calibrationEnd: "2015-02-01", observationEnd: "2015-02-07", timeUnit: "calendarWeek" });
    expect(
      summary.map((row) => [row.customerId, row.frequency, row.recency, row.age, row.holdoutFrequency, row.holdoutDuration]),
    ).toEqual([
      [1, 0, 0, 4, 1, 1],
      [2, 0, 0, 4, 0, 1],
      [3, 1, 1, 4, 0, 1],
      [4, 0, 0, 2, 1, 1],
      [5, 0, 0, 2, 0, 1],
    ]);
  });

  test("test_summary_data_from_transaction_data_squashes_period_purchases_to_one_purchase", () => {
    expect(
      rfmSummary(
        [
          { customerId: 1, date: "2015-01-01" },
          { customerId: 1, date: "2015-01-01" },
        ],
        { timeUnit: "calendarWeek" },
      )[0]?.frequency,
    ).toBe(0);
  });

  test("a week straddling the calibration end counts once on each side, as lifetimes summarises the two apart", () => {
    // Wednesday 4 and Friday 6 February 2015 are one week; the calibration ends on the Thursday.
    const rows = [
      { customerId: 1, date: "2015-01-28" },
      { customerId: 1, date: "2015-02-04" },
      { customerId: 1, date: "2015-02-06" },
    ];
    const [row] = rfmSummary(rows, { calibrationEnd: "2015-02-05", observationEnd: "2015-02-13", timeUnit: "calendarWeek" });
    expect(row).toMatchObject({ frequency: 1, recency: 1, age: 1, holdoutFrequency: 1, holdoutDuration: 1, timeUnit: "week" });
  });
});
