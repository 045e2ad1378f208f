import { describe, expectTypeOf, test } from "vitest";
import type { costPerLead, CostPerLeadInput, costPerLeadInputSchema } from "../../src/index.js";
import type { SchemaShape, Shape } from "../typeHelpers.js";

// The hand-written input types keep their per-field docs; these tests keep them equal to what the schemas accept.
describe("costPerLead types", () => {
  test("CostPerLeadInput is what its schema accepts", () => {
    expectTypeOf<Shape<CostPerLeadInput>>().toEqualTypeOf<SchemaShape<typeof costPerLeadInputSchema>>();
  });
});

describe("costPerLead result types", () => {
  test("costPerLead returns number | null: null where the KPI is undefined", () => {
    expectTypeOf<typeof costPerLead>().returns.toEqualTypeOf<number | null>();
  });
});
