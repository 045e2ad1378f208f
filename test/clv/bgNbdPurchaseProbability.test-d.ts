import { describe, expectTypeOf, test } from "vitest";
import type {
  bgNbdPurchaseProbability,
  BgNbdPurchaseProbabilityInput,
  bgNbdPurchaseProbabilityInputSchema,
} from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("bgNbdPurchaseProbability types", () => {
  test("BgNbdPurchaseProbabilityInput is what its schema accepts", () => {
    expectTypeOf<Shape<BgNbdPurchaseProbabilityInput>>().toEqualTypeOf<SchemaShape<typeof bgNbdPurchaseProbabilityInputSchema>>();
  });
});

describe("bgNbdPurchaseProbability result types", () => {
  test("bgNbdPurchaseProbability returns number", () => {
    expectTypeOf<typeof bgNbdPurchaseProbability>().returns.toEqualTypeOf<number>();
  });
});
