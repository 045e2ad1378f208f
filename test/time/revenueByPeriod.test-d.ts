import { describe, expectTypeOf, test } from "vitest";
import type {
  RevenueByPeriodOptions,
  revenueByPeriodOptionsSchema,
  RevenueForPeriod,
  RevenueRecord,
  revenueRecordSchema,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("revenueByPeriod types", () => {
  test("RevenueRecord is what its schema accepts", () => {
    expectTypeOf<Shape<RevenueRecord>>().toEqualTypeOf<SchemaShape<typeof revenueRecordSchema>>();
  });
  test("RevenueByPeriodOptions is what its schema accepts", () => {
    expectTypeOf<Shape<RevenueByPeriodOptions>>().toEqualTypeOf<OptionsShape<typeof revenueByPeriodOptionsSchema>>();
  });
});

describe("revenueByPeriod result types", () => {
  test("RevenueForPeriod: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<RevenueForPeriod>>().toEqualTypeOf<never>();
  });
});
