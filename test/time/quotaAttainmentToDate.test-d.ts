import { describe, expectTypeOf, test } from "vitest";
import type { quotaAttainmentToDate } from "../../src/index.js";

describe("quotaAttainmentToDate result types", () => {
  test("quotaAttainmentToDate returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof quotaAttainmentToDate>().returns.toEqualTypeOf<number | null>();
  });
});
