import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cohortRetention, cohortRevenue, cohortRevenueTransactionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { cdnowMaster } from "./cdnow.js";

describe("cohortRevenue", () => {
  test("CDNOW_master: revenue of the January 1997 cohort in its first four months", () => {
    // Python 3.11 over the same file, decimal.Decimal sums per cohort and month offset.
    const { cohorts } = cohortRevenue(cdnowMaster());
    expect(cohorts[0]?.revenue.slice(0, 4)).toEqual([299060.17, 61041.69, 50683.75, 40655.5]);
    expect(cohorts[1]?.revenue.slice(0, 4)).toEqual([318548.34, 62587.03, 49247.7, 38306.56]);
    expect(cohorts[2]?.revenue.slice(0, 4)).toEqual([279884.49, 52921.29, 34653.18, 35432.9]);
    expect(cohorts[0]?.revenuePerCustomer[0]).toBeCloseTo(299060.17 / 7846, 12);
  });

  test("has the same cohorts and sizes as cohortRetention", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ customerId: fc.nat(30), date: fc.integer({ min: 1.7e12, max: 1.7e12 + 4e10 }), amount: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100) }), { maxLength: 100 }),
        (rows) => {
          const revenue = cohortRevenue(rows).cohorts;
          const retention = cohortRetention(rows).cohorts;
          expect(revenue.map((c) => [c.cohort, c.size, c.revenue.length])).toEqual(retention.map((c) => [c.cohort, c.size, c.retention.length]));
          const cents = rows.reduce((sum, row) => sum + Math.round(row.amount * 100), 0);
          expect(revenue.flatMap((c) => c.revenue).reduce((sum, total) => sum + Math.round(total * 100), 0)).toBe(cents);
        },
      ),
    );
  });

  test("needs an amount on every row", () => {
    expectKpiError("cohortRevenue", () => cohortRevenue([{ customerId: 1, date: "2024-01-01" } as never]), ["transactions[0].amount"]);
  });

  test("fast check agrees with the schema", () => {
    const row = fc.record({ customerId: fc.oneof(fc.nat(5), awkwardValue), date: fc.oneof(fc.nat(), awkwardValue), amount: fc.oneof(fc.double(), fc.constant("1.25"), awkwardValue) });
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
