import { describe, expectTypeOf, test } from "vitest";
import type { upsellRate } from "../../src/index.js";

describe("upsellRate result types", () => {
  test("upsellRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof upsellRate>().returns.toEqualTypeOf<number | null>();
  });
});
