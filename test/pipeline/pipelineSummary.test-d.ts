import { describe, expectTypeOf, test } from "vitest";
import type {
  PipelineDeal,
  pipelineDealsSchemaFor,
  PipelineSummary,
  PipelineSummaryOptions,
  pipelineSummaryOptionsSchema,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, RowShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("pipelineSummary types", () => {
  test("PipelineSummaryOptions is what its schema accepts", () => {
    expectTypeOf<Shape<PipelineSummaryOptions>>().toEqualTypeOf<OptionsShape<typeof pipelineSummaryOptionsSchema>>();
  });
  test("PipelineDeal is what its schema accepts", () => {
    expectTypeOf<Shape<PipelineDeal>>().toEqualTypeOf<RowShape<typeof pipelineDealsSchemaFor>>();
  });
});

describe("pipelineSummary result types", () => {
  test("PipelineSummary: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<PipelineSummary>>().toEqualTypeOf<
      "winRate" | "closeRatio" | "averageWonDealSize" | "meanCycleDays" | "medianCycleDays" | "velocityPerDay"
    >();
  });
});
