import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  leadResponseLeadsSchemaFor,
  LeadResponseTime,
  LeadResponseTimeOptions,
  leadResponseTimeOptionsSchema,
  ResponseLead,
} from "../../src/index.js";
import type { AcceptingCalendar, NullableFields, RowShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("leadResponseTime types", () => {
  test("ResponseLead is what its schema accepts", () => {
    expectTypeOf<Shape<ResponseLead>>().toEqualTypeOf<RowShape<typeof leadResponseLeadsSchemaFor>>();
  });
  test("LeadResponseTimeOptions is what its schema accepts", () => {
    expectTypeOf<Shape<LeadResponseTimeOptions>>().toEqualTypeOf<
      Shape<AcceptingCalendar<NonNullable<z.input<typeof leadResponseTimeOptionsSchema>>>>
    >();
  });
});

describe("leadResponseTime result types", () => {
  test("LeadResponseTime: null exactly in the fields that can be undefined", () => {
    expectTypeOf<NullableFields<LeadResponseTime>>().toEqualTypeOf<
      "medianMinutes" | "meanMinutes" | "p90Minutes" | "withinSlaRate"
    >();
  });
});
