import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { costPerLead, costPerLeadInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, moneyOrAwkward, near } from "../_helpers/index.js";

describe("costPerLead", () => {
  test("is unchanged when spend and leads scale together", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 100 }),
        (spend, leads, k) => {
          expect(near(costPerLead({ spend: spend * k, leads: leads * k }), costPerLead({ spend, leads }))).toBe(true);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ spend: moneyOrAwkward, leads: countOrAwkward }), fc.anything()),
      (input) => costPerLead(input as never),
      (input) => costPerLeadInputSchema.safeParse(input).success,
    );
  });
});
