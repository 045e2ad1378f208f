import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pipelineCoverage, pipelineCoverageInputSchema, requiredCoverage, requiredCoverageInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyForms, moneyOrAwkward, rateOrAwkward } from "../_helpers/index.js";

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

describe("requiredCoverage", () => {
  test("coverage at the required level times the win rate covers the quota exactly", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), (winRate) => {
        expect((requiredCoverage({ winRate }) as number) * winRate).toBeCloseTo(1, 12);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ winRate: rateOrAwkward }), awkwardValue),
      (input) => requiredCoverage(input as never),
      (input) => requiredCoverageInputSchema.safeParse(input).success,
    );
  });
});
