import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { quotaAttainment, quotaAttainmentToDate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("quotaAttainment", () => {
  test.each([
    // prowi.io glossary, "Quota attainment": a $250,000 quota
    [200_000, 250_000, 0.8],
    [312_500, 250_000, 1.25],
    // okrify
    [80_000, 100_000, 0.8],
  ])("%i against %i → %d", (actual, quota, expected) => {
    expect(quotaAttainment({ actual, quota })).toBe(expected);
  });

  test("calculator.academy: $50,000 against $45,000 is 111.11 %", () => {
    expect(quotaAttainment({ actual: 50_000, quota: 45_000 })).toBeCloseTo(1.1111, 4);
  });

  test("takes amounts as Decimals and decimal strings: prowi's $200,000 of $250,000 is 80 %", () => {
    expect(quotaAttainment({ actual: new Decimal("200000"), quota: new Decimal(250_000) })).toBe(0.8);
    expect(quotaAttainment({ actual: "312500.00", quota: new Decimal("250000") })).toBe(1.25);
  });

  test("no quota → null", () => {
    expect(quotaAttainment({ actual: 5, quota: 0 })).toBeNull();
    expect(quotaAttainment({ actual: new Decimal(5), quota: new Decimal(0) })).toBeNull();
  });

  test("rejects negative amounts", () => {
    expectKpiError("quotaAttainment", () => quotaAttainment({ actual: -5, quota: 10 }), ["actual"]);
    expectKpiError("quotaAttainment", () => quotaAttainment({ actual: 5, quota: new Decimal(-10) }), ["quota"]);
  });
});

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
    expect(quotaAttainmentToDate([
      { actual: 45_000, quota: 40_000 },
      { actual: 30_000, quota: 60_000 },
    ])).toBe(0.75);
  });

  test("sums cents exactly", () => {
    const periods = Array.from({ length: 10 }, () => ({ actual: "0.10", quota: "0.10" }));
    expect(quotaAttainmentToDate(periods)).toBe(1);
    // 0.1 + 0.2 is 0.30000000000000004 in floats; as Decimals, strings or numbers the sum is 0.3 of 0.3
    expect(quotaAttainmentToDate([{ actual: new Decimal("0.1"), quota: "0.3" }, { actual: 0.2, quota: new Decimal(0) }])).toBe(1);
  });

  test("no period, or only zero quotas → null", () => {
    expect(quotaAttainmentToDate([])).toBeNull();
    expect(quotaAttainmentToDate([{ actual: 10, quota: 0 }])).toBeNull();
  });

  test("names the bad period", () => {
    expectKpiError("quotaAttainmentToDate", () => quotaAttainmentToDate([months[0]!, { actual: "n/a", quota: 1 }]), ["periods[1].actual"]);
    expectKpiError("quotaAttainmentToDate", () => quotaAttainmentToDate({} as never), ["periods"]);
    expectKpiError("quotaAttainmentToDate", () => quotaAttainmentToDate([months[0]!, { actual: 1, quota: new Decimal(NaN) }]), ["periods[1].quota"]);
  });
});
