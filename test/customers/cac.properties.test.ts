import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cac, cacInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, moneyOrAwkward, near } from "../_helpers/index.js";

describe("cac", () => {
  test("scales with spend and is unchanged when spend and customers scale together", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1000 }),
        (spend, customers, k) => {
          const base = cac({ spend, newCustomers: customers }) as number;
          expect(near(cac({ spend: spend * k, newCustomers: customers }), base * k)).toBe(true);
          expect(near(cac({ spend: spend * k, newCustomers: customers * k }), base)).toBe(true);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ spend: moneyOrAwkward, newCustomers: countOrAwkward }), fc.anything()),
      (input) => cac(input as never),
      (input) => cacInputSchema.safeParse(input).success,
    );
  });
});
