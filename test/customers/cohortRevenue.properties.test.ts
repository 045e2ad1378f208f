import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cohortRetention, cohortRevenue, cohortRevenueTransactionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("cohortRevenue", () => {
  test("has the same cohorts and sizes as cohortRetention", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            customerId: fc.nat(30),
            date: fc.integer({ min: 1.7e12, max: 1.7e12 + 4e10 }),
            amount: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
          }),
          { maxLength: 100 },
        ),
        (rows) => {
          const revenue = cohortRevenue(rows).cohorts;
          const retention = cohortRetention(rows).cohorts;
          expect(revenue.map((c) => [c.cohort, c.size, c.revenue.length])).toEqual(
            retention.map((c) => [c.cohort, c.size, c.retention.length]),
          );
          const cents = rows.reduce((sum, row) => sum + Math.round(row.amount * 100), 0);
          expect(revenue.flatMap((c) => c.revenue).reduce((sum, total) => sum + Math.round(total * 100), 0)).toBe(cents);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    const row = fc.record({
      customerId: fc.oneof(fc.nat(5), awkwardValue),
      date: fc.oneof(fc.nat(), awkwardValue),
      amount: fc.oneof(fc.double(), fc.constant("1.25"), awkwardValue),
    });
    assertAgreesWithSchema(
      fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue),
      (rows) => cohortRevenue(rows as never),
      (rows) => cohortRevenueTransactionsSchema.safeParse(rows).success,
      {
        numRuns: 500,
        isResultRangeError: (error) => /a cohort table may have|beyond the range/.test(error.issues[0]?.message ?? ""),
      },
    );
  });
});
