import { describe, expectTypeOf, test } from "vitest";
import type { salesGrowth, SalesGrowthInput, salesGrowthInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("salesGrowth types", () => {
  test("SalesGrowthInput is what its schema accepts", () => {
    expectTypeOf<Shape<SalesGrowthInput>>().toEqualTypeOf<SchemaShape<typeof salesGrowthInputSchema>>();
  });
});

describe("salesGrowth result types", () => {
  test("salesGrowth returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof salesGrowth>().returns.toEqualTypeOf<number | null>();
  });
});
