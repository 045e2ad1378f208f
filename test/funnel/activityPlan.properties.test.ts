import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { activityPlan, activityPlanInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("activityPlan", () => {
  test("the daily quota reaches the total and one less would not; on-pace counts rise to the total", () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.integer({ min: 1, max: 400 }), (required, workingDays) => {
        const plan = activityPlan({ required, workingDays });
        expect(plan.plannedTotal).toBeGreaterThanOrEqual(required);
        if (plan.perDay > 0) expect((plan.perDay - 1) * workingDays).toBeLessThan(required);
        expect(plan.onPaceBy.at(-1)).toBe(required);
        for (let i = 1; i < plan.onPaceBy.length; i++)
          expect(plan.onPaceBy[i]).toBeGreaterThanOrEqual(plan.onPaceBy[i - 1] as number);
        // day k's checkpoint is the least whole count at or above the straight line to the total
        const k = Math.ceil(workingDays / 2);
        const atK = plan.onPaceBy[k - 1] as number;
        expect(atK * workingDays).toBeGreaterThanOrEqual(required * k);
        expect((atK - 1) * workingDays).toBeLessThan(required * k);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ required: countOrAwkward, workingDays: countOrAwkward }),
      (input) => activityPlan(input as never),
      (input) => activityPlanInputSchema.safeParse(input).success,
      { numRuns: 300 },
    );
  });
});
