import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rfmSummary, rfmSummaryOptionsSchema, rfmTransactionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

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

// lifetimes' own tests of freq="W" (CamDavidsonPilon/lifetimes 4f2833f, tests/test_utils.py): pandas'
// W-SUN periods, Monday to Sunday. Their fixture `large_transaction_level_data(_with_monetary_value)`.
describe('rfmSummary with timeUnit "calendarWeek" (lifetimes\' freq="W")', () => {
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
