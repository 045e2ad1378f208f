import { describe, expectTypeOf, test } from "vitest";
import type { grossRevenueRetention, GrossRevenueRetentionInput, grossRevenueRetentionInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("grossRevenueRetention types", () => {
  test("GrossRevenueRetentionInput is what its schema accepts", () => {
    expectTypeOf<Shape<GrossRevenueRetentionInput>>().toEqualTypeOf<SchemaShape<typeof grossRevenueRetentionInputSchema>>();
  });
});

describe("grossRevenueRetention result types", () => {
  test("grossRevenueRetention returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof grossRevenueRetention>().returns.toEqualTypeOf<number | null>();
  });
});
