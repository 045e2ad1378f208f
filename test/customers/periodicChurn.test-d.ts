import { describe, expectTypeOf, test } from "vitest";
import type { periodicChurn } from "../../src/index.js";

describe("periodicChurn result types", () => {
  test("periodicChurn returns number: never null", () => {
    expectTypeOf<typeof periodicChurn>().returns.toEqualTypeOf<number>();
  });
});
