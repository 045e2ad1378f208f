import { describe, expectTypeOf, test } from "vitest";
import type { retentionRate } from "../../src/index.js";

describe("retentionRate result types", () => {
  test("retentionRate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof retentionRate>().returns.toEqualTypeOf<number | null>();
  });
});
