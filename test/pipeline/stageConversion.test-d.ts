import { describe, expectTypeOf, test } from "vitest";
import type {
  StageConversionOptions,
  stageConversionOptionsSchema,
  StageEntry,
  StageFlow,
  stageHistoriesSchemaFor,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, RowShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("stageConversion types", () => {
  test("StageConversionOptions is what its schema accepts", () => {
    expectTypeOf<Shape<StageConversionOptions>>().toEqualTypeOf<OptionsShape<typeof stageConversionOptionsSchema>>();
  });
  test("a history of StageEntry is what its schema accepts", () => {
    expectTypeOf<Shape<readonly StageEntry[]>>().toEqualTypeOf<RowShape<typeof stageHistoriesSchemaFor>>();
  });
});

describe("stageConversion result types", () => {
  test("StageFlow: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<StageFlow>>().toEqualTypeOf<"conversionRate" | "medianDays" | "meanDays">();
  });
});
