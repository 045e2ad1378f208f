import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  fitShiftedBetaGeometric,
  FitShiftedBetaGeometricOptions,
  fitShiftedBetaGeometricOptionsSchema,
  ModelFit,
  ShiftedBetaGeometricFit,
  ShiftedBetaGeometricParameters,
  shiftedBetaGeometricParamsSchema,
  ShiftedBetaGeometricResidualLifetimeInput,
  ShiftedBetaGeometricSurvivalInput,
  survivalCurveSchema,
} from "../../src/index.js";
import type { OptionsShape, SchemaShape, Shape } from "../typeHelpers.js";

describe("fitShiftedBetaGeometric types", () => {
  test("FitShiftedBetaGeometricOptions is what its schema accepts", () => {
    expectTypeOf<Shape<FitShiftedBetaGeometricOptions>>().toEqualTypeOf<
      OptionsShape<typeof fitShiftedBetaGeometricOptionsSchema>
    >();
  });

  test("ShiftedBetaGeometricParameters is what its schema accepts", () => {
    expectTypeOf<Shape<ShiftedBetaGeometricParameters>>().toEqualTypeOf<SchemaShape<typeof shiftedBetaGeometricParamsSchema>>();
  });

  test("the survival curve is what its schema accepts", () => {
    expectTypeOf<typeof fitShiftedBetaGeometric>().parameter(0).toEqualTypeOf<readonly number[]>();
    expectTypeOf<z.input<typeof survivalCurveSchema>>().toEqualTypeOf<number[]>();
  });
});

describe("fitShiftedBetaGeometric result types", () => {
  test("returns a ModelFit of ShiftedBetaGeometricParameters", () => {
    expectTypeOf<typeof fitShiftedBetaGeometric>().returns.toEqualTypeOf<ShiftedBetaGeometricFit>();
    expectTypeOf<ShiftedBetaGeometricFit>().toEqualTypeOf<ModelFit<ShiftedBetaGeometricParameters>>();
  });

  test("a standard error for each of alpha and beta, or null", () => {
    expectTypeOf<ShiftedBetaGeometricFit["standardErrors"]>().toEqualTypeOf<{ alpha: number; beta: number } | null>();
  });

  test("params is the params of every shifted-beta-geometric model function", () => {
    expectTypeOf<ShiftedBetaGeometricFit["params"]>().toExtend<ShiftedBetaGeometricSurvivalInput["params"]>();
    expectTypeOf<ShiftedBetaGeometricFit["params"]>().toExtend<ShiftedBetaGeometricResidualLifetimeInput["params"]>();
  });
});
