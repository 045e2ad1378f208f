import { describe, expectTypeOf, test } from "vitest";
import type {
  shiftedBetaGeometricResidualLifetime,
  ShiftedBetaGeometricResidualLifetimeInput,
  shiftedBetaGeometricResidualLifetimeInputSchema,
} from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("shiftedBetaGeometricResidualLifetime types", () => {
  test("ShiftedBetaGeometricResidualLifetimeInput is what its schema accepts", () => {
    expectTypeOf<Shape<ShiftedBetaGeometricResidualLifetimeInput>>().toEqualTypeOf<
      SchemaShape<typeof shiftedBetaGeometricResidualLifetimeInputSchema>
    >();
  });
});

describe("shiftedBetaGeometricResidualLifetime result types", () => {
  test("shiftedBetaGeometricResidualLifetime returns number | null", () => {
    expectTypeOf<typeof shiftedBetaGeometricResidualLifetime>().returns.toEqualTypeOf<number | null>();
  });
});
