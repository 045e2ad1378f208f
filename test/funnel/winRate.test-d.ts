import { describe, expectTypeOf, test } from "vitest";
import type { winRate } from "../../src/index.js";

describe("winRate result types", () => {
  test("winRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof winRate>().returns.toEqualTypeOf<number | null>();
  });
});
