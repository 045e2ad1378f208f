import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pipelineDealsSchemaFor, pipelineSummary, pipelineSummaryOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

const DAY = 86_400_000;

describe("pipelineSummary", () => {
  describe("asOf names a day, through its end (issue 12)", () => {
    test("property: every deal is counted exactly once, as open, won, lost, unplaced or not yet created", () => {
      const date = fc
        .integer({ min: 0, max: 400 })
        .map((d) => new Date(Date.UTC(2017, 0, 1) + d * DAY).toISOString().slice(0, 10));
      const deal = fc
        .tuple(fc.constantFrom("open", "won", "lost"), fc.option(date, { nil: undefined }), date, fc.boolean())
        .map(([status, created, closed, hasAmount]) => {
          const [from, to] = created !== undefined && created > closed ? [closed, created] : [created, closed];
          if (status === "won") return { status, amount: 1, createdAt: from ?? to, closedAt: to };
          if (status === "lost") return { status, createdAt: from, closedAt: to };
          return { status, createdAt: from, ...(hasAmount ? { amount: 1 } : {}) };
        });
      fc.assert(
        fc.property(fc.array(deal, { maxLength: 30 }), date, (deals, asOf) => {
          const summary = pipelineSummary(deals as never, { asOf });
          const notYetCreated = deals.filter((d) => d.createdAt !== undefined && d.createdAt > asOf).length;
          expect(summary.open.count + summary.won.count + summary.lost.count + summary.unplaced.count + notYetCreated).toBe(
            deals.length,
          );
        }),
      );
    });
  });

  test("fast checks agree with the schemas", () => {
    const date = fc.oneof(fc.constantFrom("2024-01-01", "2024-02-01", null), awkwardValue);
    const deal = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            status: fc.oneof(fc.constantFrom("won", "lost", "open"), awkwardValue),
            amount: fc.oneof(fc.double({ min: -1, max: 100 }), fc.constant(null), awkwardValue),
            createdAt: date,
            closedAt: date,
          },
          { requiredKeys: ["status"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record({ asOf: fc.oneof(fc.constant("2024-01-15"), awkwardValue) }, { requiredKeys: [] }),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(deal, { maxLength: 3 }), awkwardValue), options),
      ([deals, opts]) => pipelineSummary(deals as never, opts as never),
      ([deals, opts]) =>
        pipelineSummaryOptionsSchema.safeParse(opts).success && pipelineDealsSchemaFor(opts as never).safeParse(deals).success,
      { numRuns: 1000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
