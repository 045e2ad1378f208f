import { describe, expectTypeOf, test } from "vitest";
import type { bgNbdProbabilityAlive, BgNbdProbabilityAliveInput, bgNbdProbabilityAliveInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

describe("bgNbdProbabilityAlive types", () => {
  test("BgNbdProbabilityAliveInput is what its schema accepts", () => {
    expectTypeOf<Shape<BgNbdProbabilityAliveInput>>().toEqualTypeOf<SchemaShape<typeof bgNbdProbabilityAliveInputSchema>>();
  });
});

describe("bgNbdProbabilityAlive result types", () => {
  test("bgNbdProbabilityAlive returns number", () => {
    expectTypeOf<typeof bgNbdProbabilityAlive>().returns.toEqualTypeOf<number>();
  });
});
