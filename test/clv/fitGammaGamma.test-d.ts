import { describe, expectTypeOf, test } from "vitest";
import type { Decimal } from "decimal.js";
import type * as z from "zod/mini";
import type {
  CustomerLifetimeValueInput,
  fitGammaGamma,
  FitOptions,
  GammaGammaExpectedSpendInput,
  GammaGammaFit,
  gammaGammaCustomersSchema,
  GammaGammaParameters,
  gammaGammaParamsSchema,
  ModelFit,
  Money,
  SpendCustomer,
  spendCustomerSchema,
} from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("fitGammaGamma types", () => {
  test("SpendCustomer is what its schema accepts, alone and in the array schema", () => {
    expectTypeOf<Shape<SpendCustomer>>().toEqualTypeOf<SchemaShape<typeof spendCustomerSchema>>();
    expectTypeOf<Shape<SpendCustomer>>().toEqualTypeOf<Shape<z.input<typeof gammaGammaCustomersSchema>[number]>>();
  });

  // The Decimal branch of the monetaryValue schema was z.custom() without a type, so the schema accepted `unknown`.
  test("the schema's monetaryValue is an amount, null or absent", () => {
    expectTypeOf<z.input<typeof spendCustomerSchema>["monetaryValue"]>().toEqualTypeOf<Money | null | undefined>();
    expectTypeOf<z.output<typeof spendCustomerSchema>["monetaryValue"]>().toEqualTypeOf<
      number | string | Decimal | null | undefined
    >();
  });

  test("GammaGammaParameters is what its schema accepts", () => {
    expectTypeOf<Shape<GammaGammaParameters>>().toEqualTypeOf<SchemaShape<typeof gammaGammaParamsSchema>>();
  });

  test("the options are FitOptions", () => {
    expectTypeOf<typeof fitGammaGamma>().parameter(1).toEqualTypeOf<FitOptions | undefined>();
  });
});

describe("fitGammaGamma result types", () => {
  test("returns a ModelFit of GammaGammaParameters and the number of customers fitted", () => {
    expectTypeOf<typeof fitGammaGamma>().returns.toEqualTypeOf<GammaGammaFit>();
    expectTypeOf<GammaGammaFit>().toExtend<ModelFit<GammaGammaParameters>>();
    expectTypeOf<GammaGammaFit["customers"]>().toEqualTypeOf<number>();
  });

  test("a standard error for each of p, q and gamma, or null", () => {
    expectTypeOf<GammaGammaFit["standardErrors"]>().toEqualTypeOf<{ p: number; q: number; gamma: number } | null>();
  });

  test("params is the params of gammaGammaExpectedSpend, and customerLifetimeValue's gammaGamma", () => {
    expectTypeOf<GammaGammaFit["params"]>().toExtend<GammaGammaExpectedSpendInput["params"]>();
    expectTypeOf<GammaGammaFit["params"]>().toExtend<CustomerLifetimeValueInput["gammaGamma"]>();
  });
});
