import { describe, expectTypeOf, test } from "vitest";
import type { callsPerContact } from "../../src/index.js";

describe("callsPerContact result types", () => {
  test("callsPerContact returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof callsPerContact>().returns.toEqualTypeOf<number | null>();
  });
});
