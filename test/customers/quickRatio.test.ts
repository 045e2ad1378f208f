import { describe, expect, test } from "vitest";
import { quickRatio } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("quickRatio", () => {
  test("pitchkit: (20K + 8K) ÷ (5K + 3K) = 3.5", () => {
    expect(quickRatio({ newMrr: 20_000, expansion: 8000, contraction: 5000, churned: 3000 })).toBe(3.5);
  });

  test("mowt: (8 + 4 + 1 reactivation) ÷ (3 + 2) = 2.6 with includeReactivation; 2.4 without (GrowPanel)", () => {
    const input = { newMrr: 8, expansion: 4, reactivation: 1, contraction: 2, churned: 3 };
    expect(quickRatio(input, { includeReactivation: true })).toBe(2.6);
    expect(quickRatio(input)).toBe(2.4);
  });

  test("bigdelta: 7K gained ÷ 2K lost = 3.5", () => {
    expect(quickRatio({ newMrr: 5000, expansion: 2000, contraction: 500, churned: 1500 })).toBe(3.5);
  });

  test("nothing lost: the ratio is unbounded (or 0 ÷ 0), so null", () => {
    expect(quickRatio({ newMrr: 500, expansion: 0, contraction: 0, churned: 0 })).toBeNull();
    expect(quickRatio({ newMrr: 0, expansion: 0, contraction: 0, churned: 0 })).toBeNull();
    expect(Object.is(quickRatio({ newMrr: 0, expansion: 0, contraction: 1, churned: 0 }), 0)).toBe(true);
  });

  test.each([
    [{ newMrr: -1, expansion: 0, contraction: 1, churned: 1 }, undefined, ["newMrr"]],
    [{ newMrr: 1, expansion: 0, contraction: 1 }, undefined, ["churned"]],
    [{ newMrr: 1, expansion: 0, contraction: 1, churned: 1 }, { includeReactivation: true }, ["reactivation"]],
    [{ newMrr: 1, expansion: 0, contraction: 1, churned: 1 }, { includeReactivation: 1 }, ["options.includeReactivation"]],
    ["3.5", undefined, ["input"]],
  ])("rejects %o with options %o at %o", (input, options, paths) => {
    expectKpiError("quickRatio", () => quickRatio(input as never, options as never), paths);
  });

  test("rejects a ratio beyond the float range", () => {
    expectKpiError("quickRatio", () => quickRatio({ newMrr: 1e300, expansion: 0, contraction: 0, churned: 1e-50 }), ["churned"]);
  });
});
