import { describe, expectTypeOf, test } from "vitest";
import type { FitOptions, fitOptionsSchema, ModelFit } from "../../src/index.js";
import type { OptionsShape, Shape } from "../typeHelpers.js";

describe("modelFit types", () => {
  test("FitOptions is what its schema accepts", () => {
    expectTypeOf<Shape<FitOptions>>().toEqualTypeOf<OptionsShape<typeof fitOptionsSchema>>();
  });

  test("standardErrors has one number per numeric parameter, or is null", () => {
    interface Params {
      shape: number;
      scale: number;
      unit?: "day" | "week" | undefined;
      label: string;
    }
    expectTypeOf<ModelFit<Params>["standardErrors"]>().toEqualTypeOf<{ shape: number; scale: number } | null>();
    expectTypeOf<ModelFit<Params>["params"]>().toEqualTypeOf<Params>();
  });

  test("the fit fields every model shares", () => {
    expectTypeOf<ModelFit<{ x: number }>>().toEqualTypeOf<{
      params: { x: number };
      logLikelihood: number;
      converged: boolean;
      iterations: number;
      standardErrors: { x: number } | null;
    }>();
  });
});
