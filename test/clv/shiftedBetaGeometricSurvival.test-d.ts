import { describe, expectTypeOf, test } from "vitest";
import type {
  shiftedBetaGeometricSurvival,
  ShiftedBetaGeometricSurvivalInput,
  shiftedBetaGeometricSurvivalInputSchema,
} from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("shiftedBetaGeometricSurvival types", () => {
  test("ShiftedBetaGeometricSurvivalInput is what its schema accepts", () => {
    expectTypeOf<Shape<ShiftedBetaGeometricSurvivalInput>>().toEqualTypeOf<
      SchemaShape<typeof shiftedBetaGeometricSurvivalInputSchema>
    >();
  });
});

describe("shiftedBetaGeometricSurvival result types", () => {
  test("shiftedBetaGeometricSurvival returns number[]", () => {
    expectTypeOf<typeof shiftedBetaGeometricSurvival>().returns.toEqualTypeOf<number[]>();
  });
});
