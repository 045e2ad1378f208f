import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { quotaAttainment, quotaPeriodSchema } from "../../src/index.js";
import { assertAgreesWithSchema, cents, moneyForms, moneyOrAwkward } from "../_helpers/index.js";

describe("quotaAttainment", () => {
  test("the answer does not depend on whether an amount is a number, a decimal string or a Decimal", () => {
    fc.assert(
      fc.property(moneyForms(cents()), moneyForms(cents()), ([actual, actualAs], [quota, quotaAs]) => {
        expect(quotaAttainment({ actual: actualAs, quota: quotaAs })).toBe(quotaAttainment({ actual, quota }));
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), moneyOrAwkward);
    assertAgreesWithSchema(
      fc.record({ actual: amount, quota: amount }),
      (input) => quotaAttainment(input as never),
      (input) => quotaPeriodSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
