import { describe, expectTypeOf, test } from "vitest";
import type {
  CycleDeal,
  salesCycleDealsSchemaFor,
  SalesCycleLength,
  SalesCycleLengthOptions,
  salesCycleLengthOptionsSchema,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, RowShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("salesCycleLength types", () => {
  test("CycleDeal is what its schema accepts", () => {
    expectTypeOf<Shape<CycleDeal>>().toEqualTypeOf<RowShape<typeof salesCycleDealsSchemaFor>>();
  });
  test("SalesCycleLengthOptions is what its schema accepts", () => {
    expectTypeOf<Shape<SalesCycleLengthOptions>>().toEqualTypeOf<OptionsShape<typeof salesCycleLengthOptionsSchema>>();
  });
});

describe("salesCycleLength result types", () => {
  test("SalesCycleLength: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<SalesCycleLength>>().toEqualTypeOf<"meanDays" | "medianDays">();
  });
});
