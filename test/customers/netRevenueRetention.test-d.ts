import { describe, expectTypeOf, test } from "vitest";
import type { netRevenueRetention, NetRevenueRetentionInput, netRevenueRetentionInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("netRevenueRetention types", () => {
  test("NetRevenueRetentionInput is what its schema accepts", () => {
    expectTypeOf<Shape<NetRevenueRetentionInput>>().toEqualTypeOf<SchemaShape<typeof netRevenueRetentionInputSchema>>();
  });
});

describe("netRevenueRetention result types", () => {
  test("netRevenueRetention returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof netRevenueRetention>().returns.toEqualTypeOf<number | null>();
  });
});
