import { describe, expectTypeOf, test } from "vitest";
import type { cagr, CagrInput, cagrInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("cagr types", () => {
  test("CagrInput is what its schema accepts", () => {
    expectTypeOf<Shape<CagrInput>>().toEqualTypeOf<SchemaShape<typeof cagrInputSchema>>();
  });
});

describe("cagr result types", () => {
  test("cagr returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof cagr>().returns.toEqualTypeOf<number | null>();
  });
});
