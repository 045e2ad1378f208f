import { describe, expect, test } from "vitest";
import { weightedPipeline, weightedPipelineDealsSchemaFor } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("weightedPipeline", () => {
  test("Pipeline CRM: a $10,000 deal at 50 % is worth $5,000", () => {
    expect(weightedPipeline([{ status: "open", amount: 10_000, probability: 0.5 }])).toBe(5000);
  });

  test("probability from the deal first, then from its stage; closed deals and open deals without amount add nothing", () => {
    const deals = [
      { status: "open" as const, amount: 1000, stage: "Qualify" },
      { status: "open" as const, amount: 1000, stage: "Qualify", probability: 0.9 },
      { status: "open" as const, stage: "Qualify" },
      { status: "won" as const, amount: 5000 },
      { status: "lost" as const, amount: 5000, stage: "Unknown" },
    ];
    expect(weightedPipeline(deals, { probabilities: { Qualify: 0.2 } })).toBe(1100);
  });

  test("exact to the cent", () => {
    const deals = Array.from({ length: 1000 }, () => ({ status: "open" as const, amount: "0.10", probability: 1 }));
    expect(weightedPipeline(deals)).toBe(100);
  });

  test.each([
    [[{ status: "open", amount: 10, stage: "Demo" }], { probabilities: { Qualify: 0.2 } }, ["deals[0].stage"]],
    [[{ status: "open", amount: 10, probability: 1.5 }], undefined, ["deals[0].probability"]],
    [[{ status: "pending", amount: 10 }], undefined, ["deals[0].status"]],
    [[{ status: "open", amount: -10, probability: 0.5 }], undefined, ["deals[0].amount"]],
    [[], { probabilities: { Qualify: 2 } }, ["options.probabilities.Qualify"]],
  ])("rejects %o with options %o at %o", (deals, options, paths) => {
    expectKpiError("weightedPipeline", () => weightedPipeline(deals as never, options as never), paths);
  });

  // Found by the fuzz suite: zod's record schema skips a "__proto__" key (as JSON.parse makes
  // one), the fast check did not, and weightedPipeline threw an internal Error instead of an answer.
  test('a "__proto__" key in probabilities is not a stage, as in the schema', () => {
    const probabilities = JSON.parse('{ "Proposal": 0.5, "__proto__": "junk" }') as Record<string, number>;
    expect(weightedPipeline([{ status: "open", amount: 10_000, stage: "Proposal" }], { probabilities })).toBe(5000);
    expectKpiError(
      "weightedPipeline",
      () => weightedPipeline([{ status: "open", amount: 1, stage: "__proto__" }], { probabilities }),
      ["deals[0].stage"],
    );
    expect(
      weightedPipelineDealsSchemaFor({ probabilities }).safeParse([{ status: "open", amount: 1, stage: "__proto__" }]).success,
    ).toBe(false);
  });

  // Found by the fuzz suite: the factory took anything, and its schema threw a TypeError when
  // parsing. It now takes weightedPipeline's own options, checked as weightedPipeline checks them.
  test("weightedPipelineDealsSchemaFor rejects options that weightedPipeline rejects", () => {
    for (const options of [null, 3, "Proposal", []]) {
      expectKpiError("weightedPipelineDealsSchemaFor", () => weightedPipelineDealsSchemaFor(options as never), ["options"]);
    }
    for (const probabilities of [null, 3, "Proposal"]) {
      expectKpiError("weightedPipelineDealsSchemaFor", () => weightedPipelineDealsSchemaFor({ probabilities } as never), [
        "options.probabilities",
      ]);
    }
    expectKpiError("weightedPipelineDealsSchemaFor", () => weightedPipelineDealsSchemaFor({ probabilities: { Proposal: 2 } }), [
      "options.probabilities.Proposal",
    ]);
  });
});
