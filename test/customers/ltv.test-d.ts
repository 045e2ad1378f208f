import { describe, expectTypeOf, test } from "vitest";
import type { ltv, LtvInput, ltvInputSchema, LtvMethod } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("ltv types", () => {
  test("LtvInput is what its schema accepts", () => {
    expectTypeOf<Shape<LtvInput>>().toEqualTypeOf<SchemaShape<typeof ltvInputSchema>>();
  });
});

describe("ltv result types", () => {
  test("ltv returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof ltv>().returns.toEqualTypeOf<number | null>();
  });
});

describe("ltv optional fields", () => {
  // Declared without | undefined, these failed to compile under exactOptionalPropertyTypes (TS2379).
  test("takes grossMargin, discountRate and method that may be undefined", () => {
    const margin = 0.8 as number | undefined;
    const discountRate = undefined as number | undefined;
    const method = undefined as LtvMethod | undefined;
    expectTypeOf<typeof ltv>().toBeCallableWith({ arpa: 49, churnRate: 0.02, grossMargin: margin, discountRate, method });
  });
});
