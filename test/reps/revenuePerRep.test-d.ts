import { describe, expectTypeOf, test } from "vitest";
import type { revenuePerRep, RevenuePerRepInput, revenuePerRepInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("revenuePerRep types", () => {
  test("RevenuePerRepInput is what its schema accepts", () => {
    expectTypeOf<Shape<RevenuePerRepInput>>().toEqualTypeOf<SchemaShape<typeof revenuePerRepInputSchema>>();
  });
});

describe("revenuePerRep result types", () => {
  test("revenuePerRep returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof revenuePerRep>().returns.toEqualTypeOf<number | null>();
  });
});
