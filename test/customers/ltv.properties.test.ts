import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ltv, ltvInputSchema, type LtvMethod } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, fractionOrAwkward, moneyOrAwkward, near } from "../_helpers/index.js";

const DISCOUNTED: LtvMethod[] = ["firstPaymentNow", "firstPaymentAtPeriodEnd", "firstPaymentAtRenewal"];

describe("ltv", () => {
  test("each discounted form is its cash flows summed: Σ m·rᵗ ÷ (1 + d)ᵗ from t = 0, 1, or shifted a period (note 033)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (m, c, d) => {
          const r = 1 - c;
          let fromNow = 0;
          for (let t = 0; t < 3000; t++) fromNow += (m * r ** t) / (1 + d) ** t;
          const now = ltv({ arpa: m, churnRate: c, discountRate: d, method: "firstPaymentNow" }) as number;
          expect(near(now, fromNow, 1e-9)).toBe(true);
          // the same payments a period later; or without today's payment
          expect(
            near(ltv({ arpa: m, churnRate: c, discountRate: d, method: "firstPaymentAtPeriodEnd" }), now / (1 + d), 1e-12),
          ).toBe(true);
          expect(near(ltv({ arpa: m, churnRate: c, discountRate: d, method: "firstPaymentAtRenewal" }), now - m, 1e-9)).toBe(
            true,
          );
        },
      ),
    );
  });

  test("at a discount rate of 0, firstPaymentNow equals the simple formula", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (arpa, churnRate, grossMargin) => {
          expect(
            near(
              ltv({ arpa, churnRate, grossMargin, discountRate: 0, method: "firstPaymentNow" }),
              ltv({ arpa, churnRate, grossMargin }),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  test("falls as churn rises and as the discount rate rises; scales with ARPA", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0.001, max: 0.9, noNaN: true }),
        // Margins from 0.1 %: a subnormal margin would make the relative comparison below meaningless.
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.constantFrom<LtvMethod>("simple", ...DISCOUNTED),
        fc.integer({ min: 2, max: 100 }),
        (arpa, churnRate, grossMargin, method, k) => {
          const discount = method === "simple" ? {} : { discountRate: 0.05 };
          const value = ltv({ arpa, churnRate, grossMargin, method, ...discount }) as number;
          expect(ltv({ arpa, churnRate: churnRate + 0.05, grossMargin, method, ...discount })).toBeLessThanOrEqual(value);
          expect(near(ltv({ arpa: arpa * k, churnRate, grossMargin, method, ...discount }), value * k)).toBe(true);
          if (method !== "simple")
            expect(ltv({ arpa, churnRate, grossMargin, method, discountRate: 0.06 })).toBeLessThanOrEqual(value);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(
        fc.record(
          {
            arpa: moneyOrAwkward,
            churnRate: fractionOrAwkward,
            grossMargin: fractionOrAwkward,
            discountRate: fc.oneof(fc.double({ min: -0.5, max: 1, noNaN: true }), awkwardValue),
            method: fc.oneof(
              fc.constantFrom("simple", "firstPaymentNow", "firstPaymentAtPeriodEnd", "firstPaymentAtRenewal", "discounted"),
              awkwardValue,
            ),
          },
          { requiredKeys: ["arpa", "churnRate"] },
        ),
        fc.anything(),
      ),
      (input) => ltv(input as never),
      (input) => ltvInputSchema.safeParse(input).success,
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
