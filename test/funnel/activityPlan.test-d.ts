import { describe, expectTypeOf, test } from "vitest";
import type { ActivityPlan } from "../../src/index.js";
import type { NullableFields } from "../typeHelpers.js";

describe("activityPlan result types", () => {
  test("ActivityPlan: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<ActivityPlan>>().toEqualTypeOf<never>();
  });
});
