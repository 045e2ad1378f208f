import { describe, expectTypeOf, test } from "vitest";
import type { cacPayback, CacPaybackInput, cacPaybackInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("cacPayback types", () => {
  test("CacPaybackInput is what its schema accepts", () => {
    expectTypeOf<Shape<CacPaybackInput>>().toEqualTypeOf<SchemaShape<typeof cacPaybackInputSchema>>();
  });
});

describe("cacPayback result types", () => {
  test("cacPayback returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof cacPayback>().returns.toEqualTypeOf<number | null>();
  });
});

describe("cacPayback optional fields", () => {
  // grossMargin?: number (without | undefined) made this call fail under exactOptionalPropertyTypes (TS2379),
  // while at runtime it returns 12, as the schema accepts an undefined margin.
  test("takes a grossMargin that may be undefined", () => {
    const margin = 0.5 as number | undefined;
    expectTypeOf<typeof cacPayback>().toBeCallableWith({ cac: 600, arpa: 100, grossMargin: margin });
    expectTypeOf<typeof cacPayback>().toBeCallableWith({ cac: 600, arpa: 100, grossMargin: undefined });
  });
});
