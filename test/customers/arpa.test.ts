import { describe, expect, test } from "vitest";
import { arpa, ltv } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("arpa", () => {
  test("ChartMogul: MRR $1,500 from 5 customers → $300", () => {
    // https://help.chartmogul.com/hc/en-us/articles/203359301
    expect(arpa({ revenue: 1500, customers: 5 })).toBe(300);
  });

  test("Stripe's MRR of 100 × $100/mo + 50 × $600/yr = $12,500 over 150 customers; feeds ltv", () => {
    // https://docs.stripe.com/billing/subscriptions/analytics/glossary
    const perAccount = arpa({ revenue: 100 * 100 + (50 * 600) / 12, customers: 150 }) as number;
    expect(perAccount).toBeCloseTo(83.33, 2);
    expect(ltv({ arpa: perAccount, churnRate: 0.05 })).toBeCloseTo(1666.67, 2);
  });

  test("no customer is undefined; strings are exact", () => {
    expect(arpa({ revenue: 0, customers: 0 })).toBeNull();
    expect(arpa({ revenue: "1500.00", customers: 5 })).toBe(300);
  });

  test.each([
    [{ revenue: -1, customers: 5 }, ["revenue"]],
    [{ revenue: 1500, customers: 5.5 }, ["customers"]],
    [{ mrr: 1500, customers: 5 }, ["revenue"]],
    [null, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("arpa", () => arpa(input as never), paths);
  });
});
