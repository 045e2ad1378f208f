import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { revenuePerRep, revenuePerRepInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, moneyOrAwkward, near } from "../_helpers/index.js";

describe("revenuePerRep", () => {
  test("falls as reps are added", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0.5, max: 1000, noNaN: true }), (revenue, reps) => {
        const value = revenuePerRep({ revenue, reps }) as number;
        expect(revenuePerRep({ revenue, reps: reps + 1 })).toBeLessThan(value);
        expect(near(value * reps, revenue, 1e-12)).toBe(true);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(
        fc.record({ revenue: moneyOrAwkward, reps: fc.oneof(fc.double({ min: -1, max: 100 }), awkwardValue) }),
        fc.anything(),
      ),
      (input) => revenuePerRep(input as never),
      (input) => revenuePerRepInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
