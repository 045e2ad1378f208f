import { describe, expectTypeOf, test } from "vitest";
import type { RateWithInterval } from "../../src/index.js";
import type { NullableFields } from "../typeHelpers.js";

describe("rateInterval result types", () => {
  test("RateWithInterval: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<RateWithInterval>>().toEqualTypeOf<never>();
  });
});
