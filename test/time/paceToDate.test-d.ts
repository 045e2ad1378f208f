import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type { PaceToDateInput, PaceToDateOptions, paceToDateInputSchema, paceToDateOptionsSchema } from "../../src/index.js";
import type { AcceptingCalendar, SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("paceToDate types", () => {
  test("PaceToDateInput is what its schema accepts", () => {
    expectTypeOf<Shape<PaceToDateInput>>().toEqualTypeOf<SchemaShape<typeof paceToDateInputSchema>>();
  });
  test("PaceToDateOptions is what its schema accepts", () => {
    expectTypeOf<Shape<PaceToDateOptions>>().toEqualTypeOf<Shape<AcceptingCalendar<z.input<typeof paceToDateOptionsSchema>>>>();
  });
});
