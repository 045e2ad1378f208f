import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { salesGrowth, salesGrowthInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("salesGrowth", () => {
  test("growth and its inverse: previous × (1 + growth) is current", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (current, previous) => {
        const growth = salesGrowth({ current, previous }) as number;
        expect(previous * (1 + growth)).toBeCloseTo(current, 4);
        expect(growth).toBeGreaterThanOrEqual(-1);
      }),
    );
  });

  test("is scale invariant: growth does not depend on the currency unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (current, previous) => {
        expect(salesGrowth({ current: current * 100, previous: previous * 100 })).toBeCloseTo(
          salesGrowth({ current, previous }) as number,
          12,
        );
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), fc.constantFrom("12.50", "-1", "abc"), awkwardValue);
    assertAgreesWithSchema(
      fc.record({ current: amount, previous: amount }),
      (input) => salesGrowth(input as never),
      (input) => salesGrowthInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
