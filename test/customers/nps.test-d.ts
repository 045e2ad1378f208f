import { describe, expectTypeOf, test } from "vitest";
import type { Nps } from "../../src/index.js";
import type { NullableFields } from "../typeHelpers.js";

describe("nps result types", () => {
  test("Nps: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<Nps>>().toEqualTypeOf<"score" | "marginOfError">();
  });
});
