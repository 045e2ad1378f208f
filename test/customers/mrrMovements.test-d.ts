import { describe, expectTypeOf, test } from "vitest";
import type { MrrPeriod, MrrSnapshot, mrrSnapshotSchema } from "../../src/index.js";
import type { NullableFields, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("mrrMovements types", () => {
  test("MrrSnapshot is what its schema accepts", () => {
    expectTypeOf<Shape<MrrSnapshot>>().toEqualTypeOf<SchemaShape<typeof mrrSnapshotSchema>>();
  });
});

describe("mrrMovements result types", () => {
  test("MrrPeriod: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<MrrPeriod>>().toEqualTypeOf<never>();
  });
});
