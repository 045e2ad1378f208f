import { describe, expectTypeOf, test } from "vitest";
import type { pipelineCoverage, PipelineCoverageInput, pipelineCoverageInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("pipelineCoverage types", () => {
  test("PipelineCoverageInput is what its schema accepts", () => {
    expectTypeOf<Shape<PipelineCoverageInput>>().toEqualTypeOf<SchemaShape<typeof pipelineCoverageInputSchema>>();
  });
});

describe("pipelineCoverage result types", () => {
  test("pipelineCoverage returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof pipelineCoverage>().returns.toEqualTypeOf<number | null>();
  });
});
