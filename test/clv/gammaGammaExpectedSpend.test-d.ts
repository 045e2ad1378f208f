import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  gammaGammaExpectedSpend,
  GammaGammaExpectedSpendInput,
  gammaGammaExpectedSpendInputSchema,
  Money,
} from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("gammaGammaExpectedSpend types", () => {
  test("GammaGammaExpectedSpendInput is what its schema accepts", () => {
    expectTypeOf<Shape<GammaGammaExpectedSpendInput>>().toEqualTypeOf<SchemaShape<typeof gammaGammaExpectedSpendInputSchema>>();
  });

  // The Decimal branch of the monetaryValue schema was z.custom() without a type: the schema accepted `unknown`.
  test("the schema's monetaryValue is an amount, null or absent", () => {
    expectTypeOf<z.input<typeof gammaGammaExpectedSpendInputSchema>["monetaryValue"]>().toEqualTypeOf<Money | null | undefined>();
  });
});

describe("gammaGammaExpectedSpend result types", () => {
  test("gammaGammaExpectedSpend returns number | null: null where the mean is infinite (q ≤ 1 without repeat purchases)", () => {
    expectTypeOf<typeof gammaGammaExpectedSpend>().returns.toEqualTypeOf<number | null>();
  });
});
