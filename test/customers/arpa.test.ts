import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arpa, arpaInputSchema, ltv } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, expectKpiError } from "../helpers.js";
import { moneyOrAwkward, near } from "./economicsHelpers.js";

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

  test("scales with revenue; unchanged when revenue and customers scale together", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 100 }), (revenue, customers, k) => {
        const base = arpa({ revenue, customers }) as number;
        expect(near(arpa({ revenue: revenue * k, customers }), base * k)).toBe(true);
        expect(near(arpa({ revenue: revenue * k, customers: customers * k }), base)).toBe(true);
      }),
    );
  });

  test.each([
    [{ revenue: -1, customers: 5 }, ["revenue"]],
    [{ revenue: 1500, customers: 5.5 }, ["customers"]],
    [{ mrr: 1500, customers: 5 }, ["revenue"]],
    [null, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("arpa", () => arpa(input as never), paths);
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ revenue: moneyOrAwkward, customers: countOrAwkward }), fc.anything()),
      (input) => arpa(input as never),
      (input) => arpaInputSchema.safeParse(input).success,
    );
  });
});
