import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { revenueByPeriod, revenueByPeriodOptionsSchema, revenueRecordsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("revenueByPeriod", () => {
  const records = fc.array(
    fc.record({
      date: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2025, 0, 1) }),
      amount: fc.integer({ min: -100_000, max: 10_000_000 }).map((cents) => cents / 100),
    }),
    { maxLength: 200 },
  );
  const options = fc.record({
    period: fc.constantFrom("day" as const, "week" as const, "month" as const, "quarter" as const, "year" as const),
    timeZone: fc.constantFrom("UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  });

  test("totals add up to the sum of all amounts, counts to the number of records, in any order", () => {
    fc.assert(
      fc.property(records, options, (rows, opts) => {
        const result = revenueByPeriod(rows, opts);
        const cents = rows.reduce((sum, row) => sum + Math.round(row.amount * 100), 0);
        const totalCents = result.reduce((sum, row) => sum + Math.round(row.total * 100), 0);
        expect(totalCents).toBe(cents);
        expect(result.reduce((sum, row) => sum + row.count, 0)).toBe(rows.length);
        expect(revenueByPeriod([...rows].reverse(), opts)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  test("periods are consecutive, each starting the day after the previous ended", () => {
    fc.assert(
      fc.property(records, options, (rows, opts) => {
        const result = revenueByPeriod(rows, opts);
        for (let i = 1; i < result.length; i++) {
          const previousEnd = new Date(`${result[i - 1]!.end}T00:00:00Z`).getTime();
          expect(new Date(`${result[i]!.start}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
          expect(result[i]!.period > result[i - 1]!.period).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("every record lands in the period whose dates hold its local date", () => {
    fc.assert(
      fc.property(records, options, (rows, opts) => {
        fc.pre(rows.length > 0);
        const local = new Intl.DateTimeFormat("en-CA", {
          timeZone: opts.timeZone,
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
        });
        const result = revenueByPeriod(rows.slice(0, 1), opts);
        const date = local.format(rows[0]!.date); // YYYY-MM-DD in en-CA
        expect(result).toHaveLength(1);
        expect(result[0]!.start <= date && date <= result[0]!.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("fast checks agree with the schemas", () => {
    const record = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          date: fc.oneof(fc.integer(), fc.constantFrom("2024-01-01", "2024-13-01", "x"), awkwardValue),
          amount: fc.oneof(fc.double(), fc.constantFrom("1.5", "1e3", "--1"), awkwardValue),
        }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(record, { maxLength: 3 }), awkwardValue),
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            {
              period: fc.oneof(fc.constantFrom("day", "month", "year"), awkwardValue),
              timeZone: fc.oneof(fc.constantFrom("UTC", "Europe/Paris", "Nowhere/Land"), awkwardValue),
              fiscalYearStartMonth: fc.oneof(fc.integer({ min: 0, max: 13 }), awkwardValue),
            },
            { requiredKeys: [] },
          ),
          awkwardValue,
        ),
      ),
      ([rows, opts]) => revenueByPeriod(rows as never, opts as never),
      ([rows, opts]) => revenueRecordsSchema.safeParse(rows).success && revenueByPeriodOptionsSchema.safeParse(opts).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("rows a series may have") === true },
    );
  });
});
