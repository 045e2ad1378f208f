import { describe, expectTypeOf, test } from "vitest";
import type { bgNbdExpectedPurchases, BgNbdExpectedPurchasesInput, bgNbdExpectedPurchasesInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("bgNbdExpectedPurchases types", () => {
  test("BgNbdExpectedPurchasesInput is what its schema accepts", () => {
    expectTypeOf<Shape<BgNbdExpectedPurchasesInput>>().toEqualTypeOf<SchemaShape<typeof bgNbdExpectedPurchasesInputSchema>>();
  });
});

describe("bgNbdExpectedPurchases result types", () => {
  test("bgNbdExpectedPurchases returns number", () => {
    expectTypeOf<typeof bgNbdExpectedPurchases>().returns.toEqualTypeOf<number>();
  });
});
