import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { weightedPipeline, weightedPipelineDealsSchemaFor, weightedPipelineOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("weightedPipeline", () => {
  test("never exceeds the open value, and does not depend on order", () => {
    const deal = fc.record({
      status: fc.constantFrom("won" as const, "lost" as const, "open" as const),
      amount: fc.integer({ min: 0, max: 1e7 }).map((c) => c / 100),
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 60 }), (deals) => {
        const open = deals.filter((d) => d.status === "open").reduce((sum, d) => sum + d.amount, 0);
        const weighted = weightedPipeline(deals);
        expect(weighted).toBeLessThanOrEqual(open + 1e-6);
        expect(weightedPipeline([...deals].reverse())).toBeCloseTo(weighted, 6);
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    const deal = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            status: fc.oneof(fc.constantFrom("won", "lost", "open"), awkwardValue),
            amount: fc.oneof(fc.double({ min: -1, max: 100 }), fc.constant(null), awkwardValue),
            probability: fc.oneof(fc.double({ min: -0.1, max: 1.1 }), fc.constant(null), awkwardValue),
            stage: fc.oneof(fc.constantFrom("A", "B"), fc.constant(null), awkwardValue),
          },
          { requiredKeys: ["status"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          probabilities: fc.oneof(
            fc.dictionary(fc.constantFrom("A", "B"), fc.oneof(fc.double({ min: -0.1, max: 1.1 }), awkwardValue)),
            awkwardValue,
          ),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(deal, { maxLength: 3 }), awkwardValue), options),
      ([deals, opts]) => weightedPipeline(deals as never, opts as never),
      ([deals, opts]) => {
        if (!weightedPipelineOptionsSchema.safeParse(opts).success) return false;
        return weightedPipelineDealsSchemaFor(opts as never).safeParse(deals).success;
      },
      { numRuns: 800 },
    );
  });
});
