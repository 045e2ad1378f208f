import { describe, expectTypeOf, test } from "vitest";
import type { requiredCoverage, requiredCoverageInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("requiredCoverage types", () => {
  test("requiredCoverage's input is what its schema accepts", () => {
    expectTypeOf<Shape<Parameters<typeof requiredCoverage>[0]>>().toEqualTypeOf<
      SchemaShape<typeof requiredCoverageInputSchema>
    >();
  });
});

describe("requiredCoverage result types", () => {
  test("requiredCoverage returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof requiredCoverage>().returns.toEqualTypeOf<number | null>();
  });
});
