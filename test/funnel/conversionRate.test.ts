import { describe, expect, test } from "vitest";
import { conversionRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("conversionRate", () => {
  test.each([
    // HubSpot glossary, "Sales conversion rate": 50 of 200 leads become customers
    [50, 200, 0.25],
    // Klipfolio MetricHQ, "Customer Conversion Rate": 200 of 2,000 contacts
    [200, 2000, 0.1],
    // mhq: 350 SQLs from 1,000 MQLs
    [350, 1000, 0.35],
    // marketlauncher: 20 sales from 32 qualified leads
    [20, 32, 0.625],
  ])("%i of %i → %d", (converted, total, expected) => {
    expect(conversionRate({ converted, total })).toBe(expected);
  });

  test("0 leads is an undefined rate (null), not 0", () => {
    expect(conversionRate({ converted: 0, total: 0 })).toBeNull();
    expect(conversionRate({ converted: 0, total: 5 })).toBe(0);
  });

  test.each([
    [{ converted: 3, total: 2 }, ["converted"]],
    // pins a fixed bug: the cross-field rule also fired against an invalid total
    [{ converted: 1, total: -1 }, ["total"]],
    [{ converted: -1, total: 2 }, ["converted"]],
    [{ converted: 1, total: 2.5 }, ["total"]],
    [{ converted: NaN, total: NaN }, ["converted", "total"]],
    [{ converted: "1", total: 2 }, ["converted"]],
    [[], ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("conversionRate", () => conversionRate(input as never), paths);
  });
});

describe("conversionRate without an input object", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 3, "3 of 10"]) {
      expectKpiError("conversionRate", () => conversionRate(input as never), ["input"]);
    }
  });
});
