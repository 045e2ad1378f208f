import { describe, expectTypeOf, test } from "vitest";
import type { PeriodOptions, periodOptionsSchema } from "../../src/index.js";
import type { OptionsShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("periods types", () => {
  test("PeriodOptions is what its schema accepts", () => {
    expectTypeOf<Shape<PeriodOptions>>().toEqualTypeOf<OptionsShape<typeof periodOptionsSchema>>();
  });
});
