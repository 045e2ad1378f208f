import { describe, expect, test } from "vitest";
import { ltv, type LtvMethod } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

const DISCOUNTED: LtvMethod[] = ["firstPaymentNow", "firstPaymentAtPeriodEnd", "firstPaymentAtRenewal"];

describe("ltv", () => {
  test("ChartMogul: ARPA $100 at 5 % churn → $2,000 (revenue LTV, no margin)", () => {
    // https://help.chartmogul.com/hc/en-us/articles/203359061-Chart-Customer-Lifetime-Value-LTV
    expect(ltv({ arpa: 100, churnRate: 0.05 })).toBe(2000);
  });

  test("ARPA × gross margin ÷ churn: notion template 8,000; callculator 5,000; stripereport 1,600; joysubscription 360", () => {
    expect(ltv({ arpa: 500, churnRate: 0.05, grossMargin: 0.8 })).toBeCloseTo(8000, 9);
    expect(ltv({ arpa: 250, churnRate: 0.04, grossMargin: 0.8 })).toBeCloseTo(5000, 9);
    expect(ltv({ arpa: 80, churnRate: 0.04 })).toBeCloseTo(2000, 9);
    expect(ltv({ arpa: 80, churnRate: 0.04, grossMargin: 0.8 })).toBeCloseTo(1600, 9);
    expect(ltv({ arpa: 30, churnRate: 0.05, grossMargin: 0.6 })).toBeCloseTo(360, 9);
  });

  test("ProfitWell: ARPU $10 at 4 % → $250; at 6 % it is $166.67, a 33.3 % drop (the page says 40 %)", () => {
    expect(ltv({ arpa: 10, churnRate: 0.04 })).toBeCloseTo(250, 9);
    expect(ltv({ arpa: 10, churnRate: 0.06 })).toBeCloseTo(166.67, 2);
  });

  test("Fader & Hardie note 024: m 100, r 0.8, d 0.1 → 366.67, 333.33 and 266.67", () => {
    // http://brucehardie.com/notes/024/ : m(1+d)/(1+d−r), m/(1+d−r), m·r/(1+d−r)
    const input = { arpa: 100, churnRate: 0.2, discountRate: 0.1 };
    expect(ltv({ ...input, method: "firstPaymentNow" })).toBeCloseTo(366.67, 2);
    expect(ltv({ ...input, method: "firstPaymentAtPeriodEnd" })).toBeCloseTo(333.33, 2);
    expect(ltv({ ...input, method: "firstPaymentAtRenewal" })).toBeCloseTo(266.67, 2);
    // m is the margin: ARPA 125 at an 80 % margin is the same customer
    expect(ltv({ ...input, arpa: 125, grossMargin: 0.8, method: "firstPaymentNow" })).toBeCloseTo(366.67, 2);
  });

  test("Gupta–Lehmann margin multiple r ÷ (1 + i − r): r 0.8, i 10 % → 2.67 (firstPaymentAtRenewal with m = 1)", () => {
    expect(ltv({ arpa: 1, churnRate: 0.2, discountRate: 0.1, method: "firstPaymentAtRenewal" })).toBeCloseTo(2.67, 2);
  });

  test("unbounded LTV is null: churn 0 (simple), churn 0 and discount 0 (discounted)", () => {
    expect(ltv({ arpa: 100, churnRate: 0 })).toBeNull();
    for (const method of DISCOUNTED) expect(ltv({ arpa: 100, churnRate: 0, discountRate: 0, method })).toBeNull();
    // with discounting, a customer who never leaves is a perpetuity: m ÷ d
    expect(ltv({ arpa: 100, churnRate: 0, discountRate: 0.1, method: "firstPaymentAtPeriodEnd" })).toBeCloseTo(1000, 9);
  });

  test("a negative margin gives a negative LTV; 0 margin gives 0, never -0", () => {
    expect(ltv({ arpa: 100, churnRate: 0.1, grossMargin: -0.5 })).toBeCloseTo(-500, 9);
    expect(Object.is(ltv({ arpa: 0, churnRate: 0.1, grossMargin: -0.5 }), 0)).toBe(true);
    expect(
      Object.is(ltv({ arpa: 100, churnRate: 1, grossMargin: -0.5, discountRate: 0.1, method: "firstPaymentAtRenewal" }), 0),
    ).toBe(true);
  });

  test.each([
    [{ arpa: 100, churnRate: 5 }, ["churnRate"]],
    [{ arpa: -100, churnRate: 0.05 }, ["arpa"]],
    [{ arpa: 100, churnRate: 0.05, grossMargin: 80 }, ["grossMargin"]],
    [{ arpa: 100, churnRate: 0.05, method: "discounted" }, ["method"]],
    [{ arpa: 100, churnRate: 0.05, method: "firstPaymentNow" }, ["discountRate"]],
    [{ arpa: 100, churnRate: 0.05, discountRate: 0.1 }, ["discountRate"]],
    [{ arpa: 100, churnRate: 0.05, discountRate: -0.1, method: "firstPaymentNow" }, ["discountRate"]],
    [{ arpa: 100, churnRate: 0.05, discountRate: Infinity, method: "firstPaymentNow" }, ["discountRate"]],
    [{ churnRate: 0.05 }, ["arpa"]],
    [[], ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("ltv", () => ltv(input as never), paths);
  });

  test("says which methods need a discount rate", () => {
    const missing = expectKpiError("ltv", () => ltv({ arpa: 1, churnRate: 0.1, method: "firstPaymentAtRenewal" }), [
      "discountRate",
    ]);
    expect(missing.message).toBe('ltv: discountRate is required by method "firstPaymentAtRenewal" (got undefined)');
    const unused = expectKpiError("ltv", () => ltv({ arpa: 1, churnRate: 0.1, discountRate: 0.1 }), ["discountRate"]);
    expect(unused.message).toMatch(/^ltv: discountRate is used only by the discounted methods/);
  });

  test("rejects an LTV beyond the float range", () => {
    expectKpiError("ltv", () => ltv({ arpa: 1e308, churnRate: 1e-10 }), ["churnRate"]);
  });
});
