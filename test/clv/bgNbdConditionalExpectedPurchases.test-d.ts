import { describe, expectTypeOf, test } from "vitest";
import type {
  bgNbdConditionalExpectedPurchases,
  BgNbdConditionalInput,
  bgNbdConditionalInputSchema,
  BgNbdFit,
  RfmSummaryRow,
} from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("bgNbdConditionalExpectedPurchases types", () => {
  test("BgNbdConditionalInput is what its schema accepts", () => {
    expectTypeOf<Shape<BgNbdConditionalInput>>().toEqualTypeOf<SchemaShape<typeof bgNbdConditionalInputSchema>>();
  });
});

describe("bgNbdConditionalExpectedPurchases result types", () => {
  test("bgNbdConditionalExpectedPurchases returns number", () => {
    expectTypeOf<typeof bgNbdConditionalExpectedPurchases>().returns.toEqualTypeOf<number>();
  });
});

describe("bgNbdConditionalExpectedPurchases with a fit and a summary row", () => {
  test("takes a fit's params and an rfmSummary row spread in", () => {
    const fit = {} as BgNbdFit;
    const row = {} as RfmSummaryRow;
    expectTypeOf<typeof bgNbdConditionalExpectedPurchases>().toBeCallableWith({ params: fit.params, ...row, t: 4 });
  });
});
