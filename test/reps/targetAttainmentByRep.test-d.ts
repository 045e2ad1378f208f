import { describe, expectTypeOf, test } from "vitest";
import type {
  RepAttainment,
  RepSale,
  repSaleSchema,
  RepTarget,
  repTargetSchema,
  TargetAttainmentByRep,
  TargetAttainmentByRepInput,
  targetAttainmentByRepInputSchema,
} from "../../src/index.js";
import type { NullableFields, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("targetAttainmentByRep types", () => {
  test("RepSale is what its schema accepts", () => {
    expectTypeOf<Shape<RepSale>>().toEqualTypeOf<SchemaShape<typeof repSaleSchema>>();
  });
  test("RepTarget is what its schema accepts", () => {
    expectTypeOf<Shape<RepTarget>>().toEqualTypeOf<SchemaShape<typeof repTargetSchema>>();
  });
  test("TargetAttainmentByRepInput is what its schema accepts", () => {
    expectTypeOf<Shape<TargetAttainmentByRepInput>>().toEqualTypeOf<SchemaShape<typeof targetAttainmentByRepInputSchema>>();
  });
});

describe("targetAttainmentByRep result types", () => {
  test("TargetAttainmentByRep: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<TargetAttainmentByRep>>().toEqualTypeOf<"shareAtTarget">();
    expectTypeOf<NullableFields<TargetAttainmentByRep["team"]>>().toEqualTypeOf<"attainment">();
  });
  test("RepAttainment: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<RepAttainment>>().toEqualTypeOf<"attainment">();
  });
});
