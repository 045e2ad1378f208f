import { describe, expectTypeOf, test } from "vitest";
import type { arpa, ArpaInput, arpaInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("arpa types", () => {
  test("ArpaInput is what its schema accepts", () => {
    expectTypeOf<Shape<ArpaInput>>().toEqualTypeOf<SchemaShape<typeof arpaInputSchema>>();
  });
});

describe("arpa result types", () => {
  test("arpa returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof arpa>().returns.toEqualTypeOf<number | null>();
  });
});
