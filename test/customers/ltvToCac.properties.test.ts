import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ltvToCac, ltvToCacInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, moneyOrAwkward, near } from "../_helpers/index.js";

describe("ltvToCac", () => {
  test("is unchanged when both amounts scale (a change of currency)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (value, cost, k) => {
          expect(near(ltvToCac({ ltv: value * k, cac: cost * k }), ltvToCac({ ltv: value, cac: cost }), 1e-12)).toBe(true);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ ltv: moneyOrAwkward, cac: moneyOrAwkward }), fc.anything()),
      (input) => ltvToCac(input as never),
      (input) => ltvToCacInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
