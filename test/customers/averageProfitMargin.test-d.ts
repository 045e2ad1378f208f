import { describe, expectTypeOf, test } from "vitest";
import type { averageProfitMargin, ProfitMarginItem, profitMarginItemSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("averageProfitMargin types", () => {
  test("ProfitMarginItem is what its schema accepts", () => {
    expectTypeOf<Shape<ProfitMarginItem>>().toEqualTypeOf<SchemaShape<typeof profitMarginItemSchema>>();
  });
});

describe("averageProfitMargin result types", () => {
  test("averageProfitMargin returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof averageProfitMargin>().returns.toEqualTypeOf<number | null>();
  });
});
