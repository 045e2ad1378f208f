import { describe, expectTypeOf, test } from "vitest";
import type { closeRatio } from "../../src/index.js";

describe("closeRatio result types", () => {
  test("closeRatio returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof closeRatio>().returns.toEqualTypeOf<number | null>();
  });
});
