import { describe, expectTypeOf, test } from "vitest";
import type { averageDealSize, AverageDealSizeInput, averageDealSizeInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("averageDealSize types", () => {
  test("AverageDealSizeInput is what its schema accepts", () => {
    expectTypeOf<Shape<AverageDealSizeInput>>().toEqualTypeOf<SchemaShape<typeof averageDealSizeInputSchema>>();
  });
});

describe("averageDealSize result types", () => {
  test("averageDealSize returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof averageDealSize>().returns.toEqualTypeOf<number | null>();
  });
});
