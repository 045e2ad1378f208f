import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bgNbdConditionalExpectedPurchases, bgNbdConditionalInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { bgNbdInputArbitrary, bgNbdParamsArbitrary, rfmCustomerArbitrary, timeArbitrary } from "./clvFixtures.js";

describe("bgNbdConditionalExpectedPurchases", () => {
  test("expectations are ≥ 0 and increase with t", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, rfmCustomerArbitrary, timeArbitrary, timeArbitrary, (p, c, t1, t2) => {
        const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const e = (t: number) => bgNbdConditionalExpectedPurchases({ params: p, ...c, t });
        expect(e(short)).toBeGreaterThanOrEqual(0);
        expect(e(long)).toBeGreaterThanOrEqual(e(short) * (1 - 1e-12) - 1e-300);
      }),
    );
  });

  test("day and week units agree: α and every time × 7 give the same predictions", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, rfmCustomerArbitrary, timeArbitrary, (p, c, t) => {
        const days = { ...p, alpha: p.alpha * 7 };
        const inDays = { recency: c.recency * 7, age: c.age * 7 };
        const x = bgNbdConditionalExpectedPurchases({ params: days, ...c, ...inDays, t: t * 7 });
        const y = bgNbdConditionalExpectedPurchases({ params: p, ...c, t });
        expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
      }),
    );
  });

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      bgNbdInputArbitrary(awkwardValue),
      (value) => bgNbdConditionalExpectedPurchases(value as never),
      (value) => bgNbdConditionalInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
