import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  ClvTimeUnit,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  rfmSummary,
  RfmSummaryOptions,
  rfmSummaryOptionsSchema,
  RfmSummaryRow,
  RfmTransaction,
  rfmTransactionSchema,
  rfmTransactionsSchema,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, SchemaShape, Shape } from "../typeHelpers.js";

describe("rfmSummary types", () => {
  test("RfmTransaction is what its schema accepts, alone and in the array schema", () => {
    expectTypeOf<Shape<RfmTransaction>>().toEqualTypeOf<SchemaShape<typeof rfmTransactionSchema>>();
    expectTypeOf<Shape<RfmTransaction>>().toEqualTypeOf<Shape<z.input<typeof rfmTransactionsSchema>[number]>>();
  });

  test("RfmSummaryOptions is what its schema accepts", () => {
    expectTypeOf<Shape<RfmSummaryOptions>>().toEqualTypeOf<OptionsShape<typeof rfmSummaryOptionsSchema>>();
  });

  test("ClvTimeUnit is day or week", () => {
    expectTypeOf<ClvTimeUnit>().toEqualTypeOf<"day" | "week">();
  });
});

describe("rfmSummary result types", () => {
  test("one row per customer; null only for a missing mean spend", () => {
    expectTypeOf<typeof rfmSummary>().returns.toEqualTypeOf<RfmSummaryRow[]>();
    expectTypeOf<NullableFields<RfmSummaryRow>>().toEqualTypeOf<"monetaryValue">();
  });

  test("the rows go into the fits and into customerLifetimeValue as they are", () => {
    expectTypeOf<RfmSummaryRow[]>().toExtend<Parameters<typeof fitBgNbd>[0]>();
    expectTypeOf<RfmSummaryRow[]>().toExtend<Parameters<typeof fitGammaGamma>[0]>();
    expectTypeOf<RfmSummaryRow[]>().toExtend<Parameters<typeof customerLifetimeValue>[0]["customers"]>();
  });
});
