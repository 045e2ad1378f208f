import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { costPerLead, costPerLeadInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, expectKpiError } from "../helpers.js";
import { moneyOrAwkward, near } from "./economicsHelpers.js";

describe("costPerLead", () => {
  test("theprimecalculator: $10,000 for 200 leads → $50", () => {
    // https://theprimecalculator.com/business/cost-per-lead-calculator/formula
    expect(costPerLead({ spend: 10_000, leads: 200 })).toBe(50);
  });

  test("zeroin $500 / 50 = $10; bit1024 $5,000 / 250 = $20 (freeonlinecal's $100 for the same inputs is wrong)", () => {
    expect(costPerLead({ spend: 500, leads: 50 })).toBe(10);
    expect(costPerLead({ spend: 5000, leads: 250 })).toBe(20);
  });

  test("no lead is null, not the 0 that theprimecalculator returns", () => {
    expect(costPerLead({ spend: 10_000, leads: 0 })).toBeNull();
  });

  test("is unchanged when spend and leads scale together", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 100 }), (spend, leads, k) => {
        expect(near(costPerLead({ spend: spend * k, leads: leads * k }), costPerLead({ spend, leads }))).toBe(true);
      }),
    );
  });

  test.each([
    [{ spend: -1, leads: 1 }, ["spend"]],
    [{ spend: 1, leads: "200" }, ["leads"]],
    [undefined, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("costPerLead", () => costPerLead(input as never), paths);
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ spend: moneyOrAwkward, leads: countOrAwkward }), fc.anything()),
      (input) => costPerLead(input as never),
      (input) => costPerLeadInputSchema.safeParse(input).success,
    );
  });
});
