import { describe, expectTypeOf, test } from "vitest";
import type { crossSellRate } from "../../src/index.js";

describe("crossSellRate result types", () => {
  test("crossSellRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof crossSellRate>().returns.toEqualTypeOf<number | null>();
  });
});
