import { describe, expectTypeOf, test } from "vitest";
import type { FollowUpStats, WinsAtTouch } from "../../src/index.js";
import type { NullableFields } from "../typeHelpers.js";

describe("followUpStats result types", () => {
  test("FollowUpStats: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<FollowUpStats>>().toEqualTypeOf<"meanTouches" | "medianTouches" | "reachedMinTouchesRate">();
  });
  test("WinsAtTouch: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<WinsAtTouch>>().toEqualTypeOf<never>();
  });
});
