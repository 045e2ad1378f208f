import { describe, expectTypeOf, test } from "vitest";
import type { GrowthRow, growthRowSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("growthSeries types", () => {
  test("GrowthRow is what its schema accepts", () => {
    expectTypeOf<Shape<GrowthRow>>().toEqualTypeOf<SchemaShape<typeof growthRowSchema>>();
  });
});
