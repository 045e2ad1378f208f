import { describe, expectTypeOf, test } from "vitest";
import type { requiredNewCustomers } from "../../src/index.js";

describe("requiredNewCustomers result types", () => {
  test("requiredNewCustomers returns number: never null", () => {
    expectTypeOf<typeof requiredNewCustomers>().returns.toEqualTypeOf<number>();
  });
});
