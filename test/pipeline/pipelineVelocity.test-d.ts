import { describe, expectTypeOf, test } from "vitest";
import type { pipelineVelocity, PipelineVelocityInput, pipelineVelocityInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("pipelineVelocity types", () => {
  test("PipelineVelocityInput is what its schema accepts", () => {
    expectTypeOf<Shape<PipelineVelocityInput>>().toEqualTypeOf<SchemaShape<typeof pipelineVelocityInputSchema>>();
  });
});

describe("pipelineVelocity result types", () => {
  test("pipelineVelocity returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof pipelineVelocity>().returns.toEqualTypeOf<number | null>();
  });
});
