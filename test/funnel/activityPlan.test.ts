import { describe, expect, test } from "vitest";
import { activityPlan, MAX_PLAN_PERIODS } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("activityPlan", () => {
  test("50 prospects over 20 working days: 3 a day, adding up to 60 (issue #2)", () => {
    const plan = activityPlan({ required: 50, workingDays: 20 });
    expect(plan.perDay).toBe(3);
    expect(plan.plannedTotal).toBe(60);
    expect(plan.surplus).toBe(10);
    expect(plan.onPaceBy).toHaveLength(20);
    expect(plan.onPaceBy.slice(0, 4)).toEqual([3, 5, 8, 10]);
    expect(plan.onPaceBy.at(-1)).toBe(50);
  });

  test("an even split has no surplus", () => {
    expect(activityPlan({ required: 100, workingDays: 20 })).toMatchObject({ perDay: 5, plannedTotal: 100, surplus: 0 });
  });

  test("nothing required, nothing to do", () => {
    expect(activityPlan({ required: 0, workingDays: 3 })).toEqual({
      perDay: 0,
      plannedTotal: 0,
      surplus: 0,
      onPaceBy: [0, 0, 0],
    });
  });

  test.each([
    [{ required: 10, workingDays: 0 }, ["workingDays"]],
    [{ required: 10, workingDays: MAX_PLAN_PERIODS + 1 }, ["workingDays"]],
    [{ required: 2.5, workingDays: 5 }, ["required"]],
    [{ required: 10 }, ["workingDays"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("activityPlan", () => activityPlan(input as never), paths);
  });
});

describe("activityPlan at the edges of its input", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 7, "10 calls"]) {
      expectKpiError("activityPlan", () => activityPlan(input as never), ["input"]);
    }
  });

  test(`a plan of exactly MAX_PLAN_PERIODS (${MAX_PLAN_PERIODS}) working days is allowed, one more is not`, () => {
    const plan = activityPlan({ required: MAX_PLAN_PERIODS * 3, workingDays: MAX_PLAN_PERIODS });
    expect(plan.perDay).toBe(3);
    expect(plan.onPaceBy).toHaveLength(MAX_PLAN_PERIODS);
    expect(plan.onPaceBy.at(-1)).toBe(MAX_PLAN_PERIODS * 3);
    expectKpiError("activityPlan", () => activityPlan({ required: 1, workingDays: MAX_PLAN_PERIODS + 1 }), ["workingDays"]);
  });
});
