import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rfmSummary, rfmSummaryOptionsSchema, rfmTransactionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { cdnowSampleTransactions, cdnowSummary, cdnowSummaryWithSpend } from "./clvFixtures.js";

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
    const days = new Set(cdnowSampleTransactions().filter((row) => row.date > "1997-09-30").map((row) => `${row.customerId}:${row.date}`));
    expect(holdoutDays).toBe(days.size);
  });

  test("without a calibration end, the summary runs to the observation end", () => {
    const whole = rfmSummary(cdnowSampleTransactions(), { observationEnd: "1998-06-30", timeUnit: "day" });
    expect(whole[0]).toEqual({ customerId: 1, frequency: 3, recency: 345, age: 545, monetaryValue: (29.73 + 14.96 + 26.48) / 3, timeUnit: "day" });
  });
});

/** Up to 80 purchases of up to 20 customers in 2023, in whole cents. */
const transactions = fc.array(
  fc.record({
    customerId: fc.integer({ min: 1, max: 20 }),
    date: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2023, 11, 31) }),
    amount: fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100),
  }),
  { minLength: 1, maxLength: 80 },
);

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
      { customerId: 1, frequency: 0, recency: 0, age: 30, monetaryValue: null, timeUnit: "day", holdoutFrequency: 1, holdoutDuration: 60 },
    ]);
    expect(rfmSummary([])).toEqual([]);
  });


  test("day and week units agree: every time in weeks is the time in days ÷ 7", () => {
    fc.assert(
      fc.property(transactions, (rows) => {
        const days = rfmSummary(rows, { timeUnit: "day" });
        const weeks = rfmSummary(rows, { timeUnit: "week" });
        weeks.forEach((row, i) => {
          const day = days[i]!;
          expect(row.frequency).toBe(day.frequency);
          expect(row.recency).toBe(day.recency / 7);
          expect(row.age).toBe(day.age / 7);
          expect(row.monetaryValue).toBe(day.monetaryValue);
          expect(Number.isInteger(day.recency) && day.recency <= day.age).toBe(true);
        });
      }),
    );
  });

  test("the summary does not depend on row order, and every row satisfies the models' rules", () => {
    fc.assert(
      fc.property(transactions, (rows) => {
        const summary = rfmSummary(rows);
        const byId = (list: typeof summary) => [...list].sort((x, y) => Number(x.customerId) - Number(y.customerId));
        expect(byId(rfmSummary([...rows].reverse()))).toEqual(byId(summary));
        for (const row of summary) {
          expect(row.recency <= row.age).toBe(true);
          if (row.frequency === 0) expect(row.recency).toBe(0);
        }
      }),
    );
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

  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            customerId: fc.oneof(fc.string({ maxLength: 2 }), fc.integer(), awkwardValue),
            date: fc.oneof(fc.integer({ min: 0, max: 2e12 }), fc.constantFrom("2024-01-01", "2024-02-30"), awkwardValue),
            amount: fc.oneof(fc.double(), fc.constantFrom("12.50", "1e3", "x"), awkwardValue),
          },
          { requiredKeys: ["customerId", "date"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          timeUnit: fc.oneof(fc.constantFrom("day", "week", "calendarWeek", "month"), awkwardValue),
          calibrationEnd: fc.oneof(fc.constantFrom("2024-01-01", "2024-06-01", "nope"), awkwardValue),
          observationEnd: fc.oneof(fc.constantFrom("2024-03-01", 1.7e12), awkwardValue),
          timeZone: fc.constantFrom("UTC", "Europe/Berlin", "Nowhere/City"),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue), options),
      ([rows, opts]) => rfmSummary(rows as never, opts as never),
      ([rows, opts]) => rfmTransactionsSchema.safeParse(rows).success && rfmSummaryOptionsSchema.safeParse(opts).success,
      { numRuns: 1000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range of a float") === true },
    );
  });
});

describe("rfmSummary never returns -0", () => {
  // Pins a fixed bug (found by the schema-agreement test, seed 1369125729): a calibration end of
  // -5e-324 ms floors to day -0, and an age of (-0 − 0) ÷ 7 came back as -0.
  test("an instant a hair before 1970 gives ages and durations of +0", () => {
    const [row] = rfmSummary([{ customerId: 0, date: new Date(0) }], { calibrationEnd: new Date(-0), observationEnd: new Date(0) });
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
    expect(summary.map((row) => [row.customerId, row.frequency, row.recency, row.age, row.holdoutFrequency, row.holdoutDuration])).toEqual([
      [1, 0, 0, 4, 1, 1],
      [2, 0, 0, 4, 0, 1],
      [3, 1, 1, 4, 0, 1],
      [4, 0, 0, 2, 1, 1],
      [5, 0, 0, 2, 0, 1],
    ]);
  });

  test("test_summary_data_from_transaction_data_squashes_period_purchases_to_one_purchase", () => {
    expect(rfmSummary([{ customerId: 1, date: "2015-01-01" }, { customerId: 1, date: "2015-01-01" }], { timeUnit: "calendarWeek" })[0]?.frequency).toBe(0);
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

  test("whole weeks: frequency counts purchase weeks (≤ purchase days), and each time is within a week of days ÷ 7", () => {
    fc.assert(
      fc.property(transactions, fc.integer({ min: 0, max: 30 }), (rows, extraDays) => {
        const observationEnd = Date.UTC(2023, 11, 31) + extraDays * 86_400_000;
        const weeks = rfmSummary(rows, { observationEnd, timeUnit: "calendarWeek" });
        const days = rfmSummary(rows, { observationEnd, timeUnit: "day" });
        weeks.forEach((row, i) => {
          const day = days[i]!;
          expect(row.customerId).toBe(day.customerId);
          expect(row.frequency).toBeLessThanOrEqual(day.frequency);
          expect(Number.isInteger(row.recency) && Number.isInteger(row.age)).toBe(true);
          expect(Math.abs(row.recency - day.recency / 7)).toBeLessThan(1);
          expect(Math.abs(row.age - day.age / 7)).toBeLessThan(1);
          expect(row.recency <= row.age && (row.frequency > 0 || row.recency === 0)).toBe(true);
        });
      }),
    );
  });

  test("moving every date by whole weeks changes nothing", () => {
    fc.assert(
      fc.property(transactions, fc.integer({ min: -50, max: 50 }), (rows, shiftWeeks) => {
        const shift = shiftWeeks * 7 * 86_400_000;
        const moved = rows.map((row) => ({ ...row, date: row.date + shift }));
        const end = Date.UTC(2024, 0, 10);
        expect(rfmSummary(moved, { observationEnd: end + shift, timeUnit: "calendarWeek" })).toEqual(
          rfmSummary(rows, { observationEnd: end, timeUnit: "calendarWeek" }),
        );
      }),
    );
  });
});
