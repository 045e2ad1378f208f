import { describe, expectTypeOf, test } from "vitest";
import type { cac, CacInput, cacInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("cac types", () => {
  test("CacInput is what its schema accepts", () => {
    expectTypeOf<Shape<CacInput>>().toEqualTypeOf<SchemaShape<typeof cacInputSchema>>();
  });
});

describe("cac result types", () => {
  test("cac returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof cac>().returns.toEqualTypeOf<number | null>();
  });
});
