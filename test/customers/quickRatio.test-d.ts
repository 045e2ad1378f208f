import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  Money,
  quickRatio,
  QuickRatioInput,
  quickRatioInputSchema,
  quickRatioWithReactivationInputSchema,
} from "../../src/index.js";
import type { OptionalFields, Shape } from "../typeHelpers.js";

describe("quickRatio result types", () => {
  test("quickRatio returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof quickRatio>().returns.toEqualTypeOf<number | null>();
  });
});

describe("quickRatio types", () => {
  test("QuickRatioInput is what quickRatioInputSchema accepts, with the reactivation that includeReactivation reads", () => {
    type Reactivation = Pick<z.input<typeof quickRatioWithReactivationInputSchema>, "reactivation">;
    expectTypeOf<Shape<QuickRatioInput>>().toEqualTypeOf<
      Shape<z.input<typeof quickRatioInputSchema> & OptionalFields<Reactivation>>
    >();
  });

  test("takes a reactivation that may be undefined (TS2379 before)", () => {
    const reactivation = undefined as Money | undefined;
    expectTypeOf<typeof quickRatio>().toBeCallableWith({ newMrr: 8, expansion: 4, contraction: 2, churned: 3, reactivation });
  });
});
