import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  BgNbdConditionalInput,
  BgNbdExpectedPurchasesInput,
  BgNbdFit,
  BgNbdParameters,
  bgNbdCustomersSchema,
  bgNbdParamsSchema,
  BgNbdProbabilityAliveInput,
  BgNbdPurchaseProbabilityInput,
  CustomerLifetimeValueInput,
  fitBgNbd,
  FitBgNbdOptions,
  fitBgNbdOptionsSchema,
  ModelFit,
  RfmCustomer,
  rfmCustomerSchema,
} from "../../src/index.js";
import type { OptionsShape, SchemaShape, Shape } from "../typeHelpers.js";

describe("fitBgNbd types", () => {
  test("RfmCustomer is what its schema accepts, alone and in the array schema", () => {
    expectTypeOf<Shape<RfmCustomer>>().toEqualTypeOf<SchemaShape<typeof rfmCustomerSchema>>();
    expectTypeOf<Shape<RfmCustomer>>().toEqualTypeOf<Shape<z.input<typeof bgNbdCustomersSchema>[number]>>();
  });

  test("BgNbdParameters is what its schema accepts", () => {
    expectTypeOf<Shape<BgNbdParameters>>().toEqualTypeOf<SchemaShape<typeof bgNbdParamsSchema>>();
  });

  test("FitBgNbdOptions is what its schema accepts", () => {
    expectTypeOf<Shape<FitBgNbdOptions>>().toEqualTypeOf<OptionsShape<typeof fitBgNbdOptionsSchema>>();
  });
});

describe("fitBgNbd result types", () => {
  test("returns a ModelFit of BgNbdParameters", () => {
    expectTypeOf<typeof fitBgNbd>().returns.toEqualTypeOf<BgNbdFit>();
    expectTypeOf<BgNbdFit>().toEqualTypeOf<ModelFit<BgNbdParameters>>();
  });

  test("a standard error for each of r, alpha, a and b, not for the time unit; or null", () => {
    expectTypeOf<BgNbdFit["standardErrors"]>().toEqualTypeOf<{ r: number; alpha: number; a: number; b: number } | null>();
  });

  test("params is the params of every BG/NBD model function, and customerLifetimeValue's bgNbd", () => {
    expectTypeOf<BgNbdFit["params"]>().toExtend<BgNbdExpectedPurchasesInput["params"]>();
    expectTypeOf<BgNbdFit["params"]>().toExtend<BgNbdConditionalInput["params"]>();
    expectTypeOf<BgNbdFit["params"]>().toExtend<BgNbdProbabilityAliveInput["params"]>();
    expectTypeOf<BgNbdFit["params"]>().toExtend<BgNbdPurchaseProbabilityInput["params"]>();
    expectTypeOf<BgNbdFit["params"]>().toExtend<CustomerLifetimeValueInput["bgNbd"]>();
  });

  test("takes a timeUnit that may be undefined", () => {
    const unit = "week" as "day" | "week" | undefined;
    expectTypeOf<typeof fitBgNbd>().toBeCallableWith([{ frequency: 1, recency: 2, age: 3 }], {
      timeUnit: unit,
      maxIterations: undefined,
    });
  });
});
