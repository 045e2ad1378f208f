import { describe, expect, test } from "vitest";
import { cohortRevenue } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowMaster } from "../_helpers/cdnow.mjs";

describe("cohortRevenue", () => {
  test("CDNOW_master: revenue of the January 1997 cohort in its first four months", () => {
    // Python 3.11 over the same file, decimal.Decimal sums per cohort and month offset.
    const { cohorts } = cohortRevenue(cdnowMaster());
    expect(cohorts[0]?.revenue.slice(0, 4)).toEqual([299060.17, 61041.69, 50683.75, 40655.5]);
    expect(cohorts[1]?.revenue.slice(0, 4)).toEqual([318548.34, 62587.03, 49247.7, 38306.56]);
    expect(cohorts[2]?.revenue.slice(0, 4)).toEqual([279884.49, 52921.29, 34653.18, 35432.9]);
    expect(cohorts[0]?.revenuePerCustomer[0]).toBeCloseTo(299060.17 / 7846, 12);
  });

  test("needs an amount on every row", () => {
    expectKpiError("cohortRevenue", () => cohortRevenue([{ customerId: 1, date: "2024-01-01" } as never]), [
      "transactions[0].amount",
    ]);
  });
});
