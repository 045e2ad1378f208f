import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  churnRate,
  churnRateAverageInputSchema,
  ChurnRateInput,
  churnRateInputSchema,
  churnRateStartPlusNewInputSchema,
} from "../../src/index.js";
import type { OptionalFields, Shape } from "../typeHelpers.js";

describe("churnRate result types", () => {
  test("churnRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof churnRate>().returns.toEqualTypeOf<number | null>();
  });
});

describe("churnRate types", () => {
  test("ChurnRateInput is what churnRateInputSchema accepts, with the counts the other denominators read", () => {
    type Acquired = Pick<z.input<typeof churnRateStartPlusNewInputSchema>, "acquired">;
    type End = Pick<z.input<typeof churnRateAverageInputSchema>, "end">;
    expectTypeOf<Shape<ChurnRateInput>>().toEqualTypeOf<
      Shape<z.input<typeof churnRateInputSchema> & OptionalFields<Acquired & End>>
    >();
  });

  test("takes acquired and end that may be undefined (TS2379 before)", () => {
    const acquired = undefined as number | undefined;
    const end = undefined as number | undefined;
    expectTypeOf<typeof churnRate>().toBeCallableWith({ lost: 18, start: 1126, acquired, end });
  });
});
