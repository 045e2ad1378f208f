import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { cac } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("cac", () => {
  test("ChurnZero: 90,000 + 185,000 + 60,000 + 110,000 = 445,000 of S&M for 50 customers → 8,900", () => {
    // https://churnzero.com/churnopedia/customer-acquisition-cost-cac-recovering/
    expect(cac({ spend: 90_000 + 185_000 + 60_000 + 110_000, newCustomers: 50 })).toBe(8900);
  });

  test("metricuno: paid €240,000 / 3,200 paid-attributed = €75; blended €310,000 / 4,800 = €64.58", () => {
    // https://www.metricuno.com/blended-cac-vs-paid-cac (the page rounds the blended figure to €65)
    expect(cac({ spend: 240_000, newCustomers: 3200 })).toBe(75);
    expect(cac({ spend: 310_000, newCustomers: 4800 })).toBeCloseTo(64.58, 2);
  });

  test("accepts decimal strings and Decimals; extra fields ignored", () => {
    expect(cac({ spend: "445000.00", newCustomers: 50 })).toBe(8900);
    expect(cac({ spend: new Decimal("445000"), newCustomers: 50, channel: "all" } as never)).toBe(8900);
  });

  test("no new customer is an undefined CAC, not 0 or Infinity", () => {
    expect(cac({ spend: 12_000, newCustomers: 0 })).toBeNull();
    expect(cac({ spend: 0, newCustomers: 0 })).toBeNull();
    expect(Object.is(cac({ spend: "-0", newCustomers: 3 }), 0)).toBe(true);
  });

  test.each([
    [{ spend: -1, newCustomers: 3 }, ["spend"]],
    [{ spend: "1,000", newCustomers: 3 }, ["spend"]],
    [{ spend: 100, newCustomers: 2.5 }, ["newCustomers"]],
    [{ spend: 100 }, ["newCustomers"]],
    [{ spend: NaN, newCustomers: -1 }, ["spend", "newCustomers"]],
    [null, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("cac", () => cac(input as never), paths);
  });

  test("names the function, field and value", () => {
    const error = expectKpiError("cac", () => cac({ spend: 100, newCustomers: -2 }), ["newCustomers"]);
    expect(error.message).toBe("cac: newCustomers must be a non-negative integer (got -2)");
  });
});
