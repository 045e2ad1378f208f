import { describe, expectTypeOf, test } from "vitest";
import type { FunnelResult, FunnelStageResult } from "../../src/index.js";
import type { NullableFields } from "../typeHelpers.js";

describe("funnel result types", () => {
  test("FunnelResult: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<FunnelResult>>().toEqualTypeOf<"endToEndRate">();
  });
  test("FunnelStageResult: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<FunnelStageResult>>().toEqualTypeOf<"stepRate" | "cumulativeRate">();
  });
});
