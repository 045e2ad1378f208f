import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { stageConversion, stageConversionOptionsSchema, stageHistoriesSchemaFor, type StageEntry } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";

const DAY = 86_400_000;
const at = (day: number) => Date.UTC(2024, 0, 1) + day * DAY;

describe("stageConversion", () => {
  test("entries, moves on and days in stage", () => {
    const { stages } = stageConversion([
      [{ stage: "Qualify", enteredAt: at(0) }, { stage: "Proposal", enteredAt: at(2) }, { stage: "Won", enteredAt: at(12) }],
      [{ stage: "Qualify", enteredAt: at(0) }, { stage: "Proposal", enteredAt: at(6) }, { stage: "Lost", enteredAt: at(7) }],
      [{ stage: "Qualify", enteredAt: at(0) }, { stage: "Lost", enteredAt: at(30) }],
      [{ stage: "Qualify", enteredAt: at(0) }],
    ], { stages: ["Qualify", "Proposal", "Won", "Lost"] });
    expect(stages).toEqual([
      { stage: "Qualify", entered: 4, movedOn: 3, conversionRate: 0.75, medianDays: 6, meanDays: 38 / 3 },
      { stage: "Proposal", entered: 2, movedOn: 2, conversionRate: 1, medianDays: 5.5, meanDays: 5.5 },
      { stage: "Won", entered: 1, movedOn: 0, conversionRate: 0, medianDays: null, meanDays: null },
      { stage: "Lost", entered: 2, movedOn: 0, conversionRate: 0, medianDays: null, meanDays: null },
    ]);
  });

  test("skipping a stage is moving on; returning to a stage adds to its stay, counted once", () => {
    const { stages } = stageConversion([
      [
        { stage: "A", enteredAt: at(0) },
        { stage: "B", enteredAt: at(1) },
        { stage: "A", enteredAt: at(3) },
        { stage: "C", enteredAt: at(4) },
      ],
    ], { stages: ["A", "B", "C"] });
    expect(stages.map((s) => [s.stage, s.entered, s.movedOn, s.medianDays])).toEqual([
      ["A", 1, 1, 2],
      ["B", 1, 1, 2],
      ["C", 1, 0, null],
    ]);
  });

  test("without a stage list, stages follow their average position", () => {
    const { stages } = stageConversion([
      [{ stage: "Demo", enteredAt: at(0) }, { stage: "Trial", enteredAt: at(1) }],
      [{ stage: "Lead", enteredAt: at(0) }, { stage: "Demo", enteredAt: at(1) }, { stage: "Trial", enteredAt: at(2) }],
      [{ stage: "Lead", enteredAt: at(0) }],
    ]);
    expect(stages.map((s) => s.stage)).toEqual(["Lead", "Demo", "Trial"]);
  });

  const histories = fc.array(
    fc.array(fc.record({ stage: fc.constantFrom("A", "B", "C", "D"), gap: fc.integer({ min: 0, max: 20 }) }), { minLength: 1, maxLength: 6 }).map((steps) => {
      let day = 0;
      return steps.map(({ stage, gap }) => ({ stage, enteredAt: at((day += gap)) }));
    }),
    { maxLength: 40 },
  );

  test("conversion rates lie in [0, 1], and nothing depends on the order of the deals", () => {
    fc.assert(
      fc.property(histories, (deals) => {
        const result = stageConversion(deals, { stages: ["A", "B", "C", "D"] });
        for (const s of result.stages) {
          if (s.conversionRate !== null) expect(s.conversionRate >= 0 && s.conversionRate <= 1).toBe(true);
          expect(s.movedOn).toBeLessThanOrEqual(s.entered);
        }
        expect(stageConversion([...deals].reverse(), { stages: ["A", "B", "C", "D"] })).toEqual(result);
        expect(stageConversion([...deals].reverse())).toEqual(stageConversion(deals));
      }),
    );
  });

  test.each([
    [[[{ stage: "A", enteredAt: at(5) }, { stage: "B", enteredAt: at(4) }]], undefined, ["histories[0][1].enteredAt"]],
    [[[{ stage: "", enteredAt: at(5) }]], undefined, ["histories[0][0].stage"]],
    [[[{ stage: "X", enteredAt: at(5) }]], { stages: ["A"] }, ["histories[0][0].stage"]],
    [[[{ stage: "A", enteredAt: "soon" }]], undefined, ["histories[0][0].enteredAt"]],
    [[{ stage: "A", enteredAt: at(1) }], undefined, ["histories[0]"]],
    [[], { stages: "A,B" }, ["options.stages"]],
  ])("rejects %o with options %o at %o", (deals, options, paths) => {
    expectKpiError("stageConversion", () => stageConversion(deals as never, options as never), paths);
  });

  test("fast checks agree with the schemas", () => {
    const entry = fc.oneof(
      { weight: 4, arbitrary: fc.record({ stage: fc.oneof(fc.constantFrom("A", "B", ""), awkwardValue), enteredAt: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant("2024-01-01"), awkwardValue) }) },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(fc.constant(undefined), fc.record({ stages: fc.oneof(fc.constant(["A", "B"]), fc.constant(["A"]), awkwardValue) }, { requiredKeys: [] }), awkwardValue);
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(fc.oneof(fc.array(entry, { maxLength: 3 }), awkwardValue), { maxLength: 3 }), awkwardValue), options),
      ([deals, opts]) => stageConversion(deals as never, opts as never),
      ([deals, opts]) => {
        if (!stageConversionOptionsSchema.safeParse(opts).success) return false;
        return stageHistoriesSchemaFor(opts as never).safeParse(deals).success;
      },
      { numRuns: 800 },
    );
  });
});

// Found by the fuzz suite: stageHistoriesSchemaFor took any zone and stages, and threw a
// TypeError (`new Set(0)`), or made a schema that threw one on the first date string. It now
// takes stageConversion's own options, checked as stageConversion checks them.
describe("stageHistoriesSchemaFor", () => {
  test("rejects options that stageConversion rejects", () => {
    for (const options of [null, "UTC", 0, []]) {
      expectKpiError("stageHistoriesSchemaFor", () => stageHistoriesSchemaFor(options as never), ["options"]);
    }
    expectKpiError("stageHistoriesSchemaFor", () => stageHistoriesSchemaFor({ timeZone: "Mars/Base" }), ["options.timeZone"]);
    expectKpiError("stageHistoriesSchemaFor", () => stageHistoriesSchemaFor({ stages: 0 as never }), ["options.stages"]);
    expectKpiError("stageHistoriesSchemaFor", () => stageHistoriesSchemaFor({ stages: ["Won", ""] }), ["options.stages[1]"]);
  });

  test("holds entries to options.stages", () => {
    const schema = stageHistoriesSchemaFor({ stages: ["Qualify", "Won"] });
    expect(schema.safeParse([[{ stage: "Qualify", enteredAt: "2024-03-01" }, { stage: "Won", enteredAt: "2024-03-02" }]]).success).toBe(true);
    expect(schema.safeParse([[{ stage: "Lost", enteredAt: "2024-03-01" }]]).success).toBe(false);
  });

  test("reads ISO strings without an offset in options.timeZone", () => {
    // 00:00 in Berlin is 23:00 UTC the day before, so an entry at 23:30 UTC comes after it there, not in UTC.
    const history = [[{ stage: "Qualify", enteredAt: "2024-01-01T00:00" }, { stage: "Won", enteredAt: "2023-12-31T23:30Z" }]];
    expect(stageHistoriesSchemaFor({ timeZone: "Europe/Berlin" }).safeParse(history).success).toBe(true);
    expect(stageHistoriesSchemaFor().safeParse(history).success).toBe(false);
  });
});

// Found by the fuzz suite: forEach and every skip the holes of a sparse array, which the schema
// reads as undefined: the fast checks must reject them too.
describe("stageConversion with sparse arrays", () => {
  test("a hole in a history, or in options.stages, is a KpiInputError at its index", () => {
    const history = [{ stage: "Qualify", enteredAt: "2024-03-01" }, , { stage: "Won", enteredAt: "2024-03-02" }] as StageEntry[];
    expectKpiError("stageConversion", () => stageConversion([history]), ["histories[0][1]"]);
    const stages = ["Qualify", , "Won"] as string[];
    expectKpiError("stageConversion", () => stageConversion([], { stages }), ["options.stages[1]"]);
    expectKpiError("stageHistoriesSchemaFor", () => stageHistoriesSchemaFor({ stages }), ["options.stages[1]"]);
  });
});
