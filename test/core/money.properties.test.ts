import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MoneySum } from "../../src/_internal/money.js";

describe("MoneySum", () => {
  test("equals the sum in integer cents for any list of cent amounts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), { maxLength: 500 }), (cents) => {
        const sum = new MoneySum();
        for (const c of cents) sum.add(c / 100);
        const exact = cents.reduce((a, b) => a + b, 0) / 100;
        expect(sum.total()).toBe(exact + 0);
      }),
    );
  });
});

describe("MoneySum at scale", () => {
  test("random cent amounts up to a million, 100,000 of them, add up to the exact cent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100_000_000, max: 100_000_000 }), { minLength: 50_000, maxLength: 100_000 }),
        (cents) => {
          const sum = new MoneySum();
          let exactCents = 0;
          for (const c of cents) {
            sum.add(c / 100);
            exactCents += c; // integers below 2^53: exact
          }
          expect(sum.total()).toBe(exactCents / 100 + 0);
        },
      ),
      { numRuns: 20 },
    );
  });
});
