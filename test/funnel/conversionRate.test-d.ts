import { describe, expectTypeOf, test } from "vitest";
import type { conversionRate } from "../../src/index.js";

describe("conversionRate result types", () => {
  test("conversionRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof conversionRate>().returns.toEqualTypeOf<number | null>();
  });
});
