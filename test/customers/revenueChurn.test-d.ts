import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  Money,
  RevenueChurn,
  revenueChurn,
  RevenueChurnInput,
  revenueChurnInputSchema,
  revenueChurnWithReactivationInputSchema,
} from "../../src/index.js";
import type { NullableFields, OptionalFields, Shape } from "../typeHelpers.js";

describe("revenueChurn result types", () => {
  test("RevenueChurn: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<RevenueChurn>>().toEqualTypeOf<never>();
  });
});

describe("revenueChurn types", () => {
  test("RevenueChurnInput is what revenueChurnInputSchema accepts, with the reactivation that includeReactivation reads", () => {
    type Reactivation = Pick<z.input<typeof revenueChurnWithReactivationInputSchema>, "reactivation">;
    expectTypeOf<Shape<RevenueChurnInput>>().toEqualTypeOf<
      Shape<z.input<typeof revenueChurnInputSchema> & OptionalFields<Reactivation>>
    >();
  });

  test("takes a reactivation that may be undefined (TS2379 before)", () => {
    const reactivation = undefined as Money | undefined;
    expectTypeOf<typeof revenueChurn>().toBeCallableWith({
      startMrr: 100,
      churned: 3,
      contraction: 2,
      expansion: 4,
      reactivation,
    });
  });

  test("revenueChurn returns RevenueChurn | null", () => {
    expectTypeOf<typeof revenueChurn>().returns.toEqualTypeOf<RevenueChurn | null>();
  });
});
