import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { quotaAttainment } from "../../src/index.js";
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
