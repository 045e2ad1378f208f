import { describe, expectTypeOf, test } from "vitest";
import type { connectRate } from "../../src/index.js";

describe("connectRate result types", () => {
  test("connectRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof connectRate>().returns.toEqualTypeOf<number | null>();
  });
});
