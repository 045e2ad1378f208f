import { describe, expectTypeOf, test } from "vitest";
import type { annualizeChurn } from "../../src/index.js";

describe("annualizeChurn result types", () => {
  test("annualizeChurn returns number: never null", () => {
    expectTypeOf<typeof annualizeChurn>().returns.toEqualTypeOf<number>();
  });
});
