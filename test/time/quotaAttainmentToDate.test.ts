import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { quotaAttainmentToDate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("quotaAttainmentToDate", () => {
  const months = [
    { actual: 42_500, quota: 50_000 },
    { actual: 55_000, quota: 50_000 },
    { actual: 52_500, quota: 50_000 },
  ];

  test("prowi.io: January to March is 150,000 ÷ 150,000 = 100 %; after February 97.5 %", () => {
    expect(quotaAttainmentToDate(months)).toBe(1);
    expect(quotaAttainmentToDate(months.slice(0, 2))).toBe(0.975);
  });

  test("is the ratio of sums, not the mean of monthly percentages", () => {
    expect(
      quotaAttainmentToDate([
        { actual: 45_000, quota: 40_000 },
        { actual: 30_000, quota: 60_000 },
      ]),
    ).toBe(0.75);
  });

  test("sums cents exactly", () => {
    const periods = Array.from({ length: 10 }, () => ({ actual: "0.10", quota: "0.10" }));
    expect(quotaAttainmentToDate(periods)).toBe(1);
    // 0.1 + 0.2 is 0.30000000000000004 in floats; as Decimals, strings or numbers the sum is 0.3 of 0.3
    expect(
      quotaAttainmentToDate([
        { actual: new Decimal("0.1"), quota: "0.3" },
        { actual: 0.2, quota: new Decimal(0) },
      ]),
    ).toBe(1);
  });

  test("no period, or only zero quotas → null", () => {
    expect(quotaAttainmentToDate([])).toBeNull();
    expect(quotaAttainmentToDate([{ actual: 10, quota: 0 }])).toBeNull();
  });

  test("names the bad period", () => {
    expectKpiError("quotaAttainmentToDate", () => quotaAttainmentToDate([months[0]!, { actual: "n/a", quota: 1 }]), [
      "periods[1].actual",
    ]);
    expectKpiError("quotaAttainmentToDate", () => quotaAttainmentToDate({} as never), ["periods"]);
    expectKpiError("quotaAttainmentToDate", () => quotaAttainmentToDate([months[0]!, { actual: 1, quota: new Decimal(NaN) }]), [
      "periods[1].quota",
    ]);
  });
});
