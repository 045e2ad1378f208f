import { describe, expect, test } from "vitest";
import { funnel, funnelStagesSchema } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("funnel", () => {
  test("prowi.io glossary: 1,000 leads → 300 MQL → 120 SQL → 80 opps → 50 proposals → 20 won, 2 % overall", () => {
    const result = funnel([
      { name: "lead", count: 1000 },
      { name: "MQL", count: 300 },
      { name: "SQL", count: 120 },
      { name: "opportunity", count: 80 },
      { name: "proposal", count: 50 },
      { name: "won", count: 20 },
    ]);
    // prowi's table: 30 %, 40 %, 67 %, 63 %, 40 % stage to stage
    expect(result.stages.map((s) => s.stepRate)).toEqual([1, 0.3, 0.4, 80 / 120, 0.625, 0.4]);
    expect(result.stages.map((s) => s.cumulativeRate)).toEqual([1, 0.3, 0.12, 0.08, 0.05, 0.02]);
    expect(result.endToEndRate).toBe(0.02);
  });

  test("rates come from the counts, not from multiplying rounded rates", () => {
    const result = funnel([
      { name: "a", count: 3 },
      { name: "b", count: 2 },
      { name: "c", count: 1 },
    ]);
    expect(result.stages[2]?.cumulativeRate).toBe(1 / 3);
    expect(result.endToEndRate).toBe(1 / 3);
  });

  test("a stage of 0 makes the rates after it undefined", () => {
    const result = funnel([
      { name: "a", count: 5 },
      { name: "b", count: 0 },
      { name: "c", count: 0 },
    ]);
    expect(result.stages.map((s) => s.stepRate)).toEqual([1, 0, null]);
    expect(result.endToEndRate).toBe(0);
    expect(funnel([{ name: "a", count: 0 }])).toEqual({
      stages: [{ name: "a", count: 0, stepRate: null, cumulativeRate: null }],
      endToEndRate: null,
    });
  });

  test("keeps only name and count of each stage; extra fields are ignored", () => {
    expect(funnel([{ name: "a", count: 4, color: "red" }]).stages[0]).toEqual({
      name: "a",
      count: 4,
      stepRate: 1,
      cumulativeRate: 1,
    });
  });

  test("does not mutate its input", () => {
    const stages = Object.freeze([Object.freeze({ name: "a", count: 2 }), Object.freeze({ name: "b", count: 1 })]);
    expect(() => funnel(stages)).not.toThrow();
  });

  test.each([
    [[], ["stages"]],
    [null, ["stages"]],
    [
      [
        { name: "a", count: 1 },
        { name: "b", count: 2 },
      ],
      ["stages[1].count"],
    ],
    [[{ name: "", count: 1 }], ["stages[0].name"]],
    [[{ name: "a", count: -1 }], ["stages[0].count"]],
    [[{ name: "a", count: 5 }, null], ["stages[1]"]],
    [
      [
        { name: "a", count: 5 },
        { name: 7, count: 1.5 },
      ],
      ["stages[1].name", "stages[1].count"],
    ],
  ])("rejects %o at %o", (stages, paths) => {
    expectKpiError("funnel", () => funnel(stages as never), paths);
  });

  test("names the stage and the count it exceeds", () => {
    const error = expectKpiError(
      "funnel",
      () =>
        funnel([
          { name: "a", count: 10 },
          { name: "b", count: 12 },
        ]),
      ["stages[1].count"],
    );
    expect(error.message).toBe("funnel: stages[1].count must not exceed the previous stage's count, 10 (got 12)");
  });
});

describe("the funnel stages schema's rule that counts never rise", () => {
  test("equal counts in a row are allowed: a stage every lead passes has a step rate of 1", () => {
    const stages = [
      { name: "Lead", count: 10 },
      { name: "Qualified", count: 10 },
      { name: "Won", count: 4 },
    ];
    expect(funnelStagesSchema.safeParse(stages).success).toBe(true);
    expect(funnel(stages).stages[1]?.stepRate).toBe(1);
  });

  test("a bad count is reported once, not also as a rise in the next stage", () => {
    const stages = [
      { name: "Lead", count: "3" },
      { name: "Won", count: 5 },
    ];
    expectKpiError("funnel", () => funnel(stages as never), ["stages[0].count"]);
  });

  test("a rise is reported at the stage that rises, with the previous count", () => {
    const error = expectKpiError(
      "funnel",
      () =>
        funnel([
          { name: "Lead", count: 3 },
          { name: "Won", count: 5 },
        ]),
      ["stages[1].count"],
    );
    expect(error.issues[0]?.message).toBe("must not exceed the previous stage's count, 3 (got 5)");
  });
});

test("a count of -0 comes back as 0: no output is ever -0", () => {
  const result = funnel([
    { name: "Lead", count: -0 },
    { name: "Won", count: -0 },
  ]);
  for (const stage of result.stages) expect(Object.is(stage.count, 0), stage.name).toBe(true);
});
