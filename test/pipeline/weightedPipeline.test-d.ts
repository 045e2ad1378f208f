import { describe, expectTypeOf, test } from "vitest";
import type {
  WeightedDeal,
  weightedPipeline,
  weightedPipelineDealsSchemaFor,
  WeightedPipelineOptions,
  weightedPipelineOptionsSchema,
} from "../../src/index.js";
import type { OptionsShape, RowShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("weightedPipeline types", () => {
  test("WeightedPipelineOptions is what its schema accepts", () => {
    expectTypeOf<Shape<WeightedPipelineOptions>>().toEqualTypeOf<OptionsShape<typeof weightedPipelineOptionsSchema>>();
  });
  test("WeightedDeal is what its schema accepts", () => {
    expectTypeOf<Shape<WeightedDeal>>().toEqualTypeOf<RowShape<typeof weightedPipelineDealsSchemaFor>>();
  });
});

describe("weightedPipeline result types", () => {
  test("weightedPipeline returns number: never null", () => {
    expectTypeOf<typeof weightedPipeline>().returns.toEqualTypeOf<number>();
  });
});
