import { describe, expectTypeOf, test } from "vitest";
import type { ltvToCac, LtvToCacInput, ltvToCacInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("ltvToCac types", () => {
  test("LtvToCacInput is what its schema accepts", () => {
    expectTypeOf<Shape<LtvToCacInput>>().toEqualTypeOf<SchemaShape<typeof ltvToCacInputSchema>>();
  });
});

describe("ltvToCac result types", () => {
  test("ltvToCac returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof ltvToCac>().returns.toEqualTypeOf<number | null>();
  });
});
