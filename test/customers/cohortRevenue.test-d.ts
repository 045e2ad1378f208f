import { describe, expectTypeOf, test } from "vitest";
import type {
  CohortOptions,
  cohortOptionsSchema,
  CohortRevenueTransaction,
  cohortRevenueTransactionSchema,
  RevenueCohort,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("cohortRevenue types", () => {
  test("CohortRevenueTransaction is what its schema accepts", () => {
    expectTypeOf<Shape<CohortRevenueTransaction>>().toEqualTypeOf<SchemaShape<typeof cohortRevenueTransactionSchema>>();
  });
  test("CohortOptions is what its schema accepts", () => {
    expectTypeOf<Shape<CohortOptions>>().toEqualTypeOf<OptionsShape<typeof cohortOptionsSchema>>();
  });
});

describe("cohortRevenue result types", () => {
  test("RevenueCohort: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<RevenueCohort>>().toEqualTypeOf<never>();
  });
});
