import { describe, expectTypeOf, test } from "vitest";
import type { businessDays } from "../../src/index.js";

describe("businessDays result types", () => {
  test("businessDays returns number: never null", () => {
    expectTypeOf<typeof businessDays>().returns.toEqualTypeOf<number>();
  });
});
