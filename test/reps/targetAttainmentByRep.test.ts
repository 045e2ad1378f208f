import { describe, expect, test } from "vitest";
import { targetAttainmentByRep } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("targetAttainmentByRep", () => {
  test("prowi.io: quota 250,000 — sales of 200,000 are 80 %, 312,500 are 125 %", () => {
    // https://prowi.io/en/glossary/quota-attainment
    const result = targetAttainmentByRep({
      sales: [
        { rep: "Ana", amount: 150_000 },
        { rep: "Ana", amount: 50_000 },
        { rep: "Ben", amount: 312_500 },
      ],
      targets: [
        { rep: "Ana", target: 250_000 },
        { rep: "Ben", target: 250_000 },
      ],
    });
    expect(result).toEqual({
      reps: [
        { rep: "Ana", actual: 200_000, target: 250_000, attainment: 0.8 },
        { rep: "Ben", actual: 312_500, target: 250_000, attainment: 1.25 },
      ],
      team: { actual: 512_500, target: 500_000, attainment: 1.025 },
      repsAtTarget: 1,
      shareAtTarget: 0.5,
    });
  });

  test("reps without sales are at 0; a target of 0 has no attainment and is left out of the share", () => {
    const result = targetAttainmentByRep({
      sales: [{ rep: "Cy", amount: 10 }],
      targets: [
        { rep: "Ana", target: 100 },
        { rep: "Cy", target: 0 },
      ],
    });
    expect(result.reps).toEqual([
      { rep: "Ana", actual: 0, target: 100, attainment: 0 },
      { rep: "Cy", actual: 10, target: 0, attainment: null },
    ]);
    expect(result.shareAtTarget).toBe(0);
    expect(targetAttainmentByRep({ sales: [], targets: [] })).toEqual({
      reps: [],
      team: { actual: 0, target: 0, attainment: null },
      repsAtTarget: 0,
      shareAtTarget: null,
    });
  });

  test("CRM records as they come: extra fields, amounts as strings, sums exact to the cent", () => {
    const sales = Array.from({ length: 1000 }, (_, i) => ({
      id: i,
      rep: i % 2 === 0 ? "Ana" : "Ben",
      amount: "0.10",
      stage: "won",
    }));
    const result = targetAttainmentByRep({
      sales,
      targets: [
        { rep: "Ana", target: "50" },
        { rep: "Ben", target: 100 },
      ],
    });
    expect(result.reps.map((r) => r.actual)).toEqual([50, 50]);
    expect(result.reps[0]?.attainment).toBe(1);
    expect(result.repsAtTarget).toBe(1);
  });

  // Pinned by mutation testing: with every rep short of target, counting a target-0 rep in the
  // share's denominator went unnoticed (0 of 1 and 0 of 2 are both 0).
  test("a rep with a target of 0 is out of the share's denominator", () => {
    const result = targetAttainmentByRep({
      sales: [{ rep: "Ana", amount: 100 }],
      targets: [
        { rep: "Ana", target: 100 },
        { rep: "Cy", target: 0 },
      ],
    });
    expect([result.repsAtTarget, result.shareAtTarget]).toEqual([1, 1]);
  });

  test.each([
    [{ sales: [{ rep: "Bob", amount: 5 }], targets: [{ rep: "Ana", target: 10 }] }, ["sales[0].rep"]],
    [
      {
        sales: [],
        targets: [
          { rep: "Ana", target: 10 },
          { rep: "Ana", target: 20 },
        ],
      },
      ["targets[1].rep"],
    ],
    [{ sales: [{ rep: "Ana", amount: -5 }], targets: [{ rep: "Ana", target: 10 }] }, ["sales[0].amount"]],
    [{ sales: [{ rep: "", amount: 5 }], targets: [{ rep: "Ana", target: 10 }] }, ["sales[0].rep"]],
    [{ sales: [], targets: [{ rep: 7, target: 10 }] }, ["targets[0].rep"]],
    [{ sales: [], targets: [{ rep: "", target: 10 }] }, ["targets[0].rep"]],
    [{ sales: [], targets: [{ rep: "Ana" }] }, ["targets[0].target"]],
    [{ sales: [null], targets: [] }, ["sales[0]"]],
    [{ sales: {}, targets: [] }, ["sales"]],
    [{ targets: [] }, ["sales"]],
    [null, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("targetAttainmentByRep", () => targetAttainmentByRep(input as never), paths);
  });

  test("says what to do about a sale by a rep without a target, and about a duplicate", () => {
    const unknown = expectKpiError(
      "targetAttainmentByRep",
      () => targetAttainmentByRep({ sales: [{ rep: "Bob", amount: 5 }], targets: [{ rep: "Ana", target: 10 }] }),
      ["sales[0].rep"],
    );
    expect(unknown.message).toBe(
      'targetAttainmentByRep: sales[0].rep has no entry in targets: give every rep who sells a target (0 if none) (got "Bob")',
    );
    const twice = expectKpiError(
      "targetAttainmentByRep",
      () =>
        targetAttainmentByRep({
          sales: [],
          targets: [
            { rep: "Ana", target: 1 },
            { rep: "Ana", target: 2 },
          ],
        }),
      ["targets[1].rep"],
    );
    expect(twice.message).toBe('targetAttainmentByRep: targets[1].rep appears twice: already at targets[0] (got "Ana")');
  });

  test("rejects an attainment beyond the float range", () => {
    expectKpiError(
      "targetAttainmentByRep",
      () => targetAttainmentByRep({ sales: [{ rep: "a", amount: 1e300 }], targets: [{ rep: "a", target: 1e-100 }] }),
      ["targets"],
    );
  });
});
