import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pipelineCoverage, pipelineCoverageInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, cents, moneyForms, moneyOrAwkward } from "../_helpers/index.js";

describe("pipelineCoverage", () => {
  test("the answer does not depend on whether an amount is a number, a decimal string or a Decimal", () => {
    fc.assert(
      fc.property(moneyForms(cents()), moneyForms(cents()), ([pipeline, pipelineAs], [quota, quotaAs]) => {
        expect(pipelineCoverage({ pipeline: pipelineAs, quota: quotaAs })).toBe(pipelineCoverage({ pipeline, quota }));
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -1, max: 1e7 }), moneyOrAwkward);
    assertAgreesWithSchema(
      fc.record({ pipeline: amount, quota: amount }),
      (input) => pipelineCoverage(input as never),
      (input) => pipelineCoverageInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
