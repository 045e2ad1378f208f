import { describe, expectTypeOf, test } from "vitest";
import type { BusinessCalendarInput, businessCalendarInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("businessCalendar types", () => {
  test("BusinessCalendarInput is what its schema accepts", () => {
    expectTypeOf<Shape<BusinessCalendarInput>>().toEqualTypeOf<SchemaShape<typeof businessCalendarInputSchema>>();
  });
});
