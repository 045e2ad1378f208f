import { describe, expect, test } from "vitest";
import { costPerLead } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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

  test.each([
    [{ spend: -1, leads: 1 }, ["spend"]],
    [{ spend: 1, leads: "200" }, ["leads"]],
    [undefined, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("costPerLead", () => costPerLead(input as never), paths);
  });
});
