import { describe, expectTypeOf, test } from "vitest";
import type { Pace, PaceInput, paceInputSchema } from "../../src/index.js";
import type { NullableFields, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("pace types", () => {
  test("PaceInput is what its schema accepts", () => {
    expectTypeOf<Shape<PaceInput>>().toEqualTypeOf<SchemaShape<typeof paceInputSchema>>();
  });
});

describe("pace result types", () => {
  test("Pace: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<Pace>>().toEqualTypeOf<
      "projected" | "projectedAttainment" | "onTrack" | "requiredPerRemainingUnit"
    >();
  });
});
