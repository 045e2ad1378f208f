import { describe, expectTypeOf, test } from "vitest";
import type { quotaAttainment, QuotaPeriod, quotaPeriodSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("quotaAttainment types", () => {
  test("QuotaPeriod is what its schema accepts", () => {
    expectTypeOf<Shape<QuotaPeriod>>().toEqualTypeOf<SchemaShape<typeof quotaPeriodSchema>>();
  });
});

describe("quotaAttainment result types", () => {
  test("quotaAttainment returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof quotaAttainment>().returns.toEqualTypeOf<number | null>();
  });
});
