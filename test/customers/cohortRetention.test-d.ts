import { describe, expectTypeOf, test } from "vitest";
import type { CohortTransaction, cohortTransactionSchema, RetentionCohort } from "../../src/index.js";
import type { NullableFields, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("cohortRetention types", () => {
  test("CohortTransaction is what its schema accepts", () => {
    expectTypeOf<Shape<CohortTransaction>>().toEqualTypeOf<SchemaShape<typeof cohortTransactionSchema>>();
  });
});

describe("cohortRetention result types", () => {
  test("RetentionCohort: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<RetentionCohort>>().toEqualTypeOf<never>();
  });
});
