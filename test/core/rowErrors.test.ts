import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import {
  funnel,
  KpiInputError,
  MAX_ISSUES,
  pipelineDealsSchemaFor,
  pipelineSummary,
  stageConversion,
  targetAttainmentByRep,
} from "../../src/index.js";
import { invalidInput } from "../../src/_internal/validate.js";
import { catchKpiError } from "../_helpers/index.js";

const DEAL = { status: "won", amount: 900, createdAt: "2024-01-02", closedAt: "2024-01-09" } as const;
const BAD_DEAL = { status: "open", amount: -1 } as const;

describe("KpiInputError caps its issues at MAX_ISSUES", () => {
  test("lists the first MAX_ISSUES issues and counts the rest, in the fields and the message", () => {
    const issues = Array.from({ length: 250 }, (_, i) => ({ path: `scores[${i}]`, message: "is bad" }));
    const error = new KpiInputError("nps", issues);
    expect(MAX_ISSUES).toBe(100);
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[99]?.path).toBe("scores[99]");
    expect(error.unlistedIssues).toBe(150);
    expect(error.unlistedRows).toBe(0);
    expect(error.message).toBe("nps: scores[0] is bad; scores[1] is bad; scores[2] is bad; and 247 more");
  });

  test("says how many more rows are invalid when only counted", () => {
    const issues = [{ path: "deals[0].amount", message: "is bad" }];
    expect(new KpiInputError("pipelineSummary", issues, { rows: 1 }).message).toBe(
      "pipelineSummary: deals[0].amount is bad; and 1 more invalid row",
    );
    const error = new KpiInputError("pipelineSummary", issues, { issues: 2, rows: 7 });
    expect(error.message).toBe("pipelineSummary: deals[0].amount is bad; and 2 more; and 7 more invalid rows");
    expect([error.code, error.fn, error.unlistedIssues, error.unlistedRows]).toEqual(["ERR_KPI_INPUT", "pipelineSummary", 2, 7]);
  });

  test("a small error is as before: no unlisted issues or rows", () => {
    const error = new KpiInputError("winRate", [{ path: "won", message: "must be a non-negative integer (got -1)" }]);
    expect([error.unlistedIssues, error.unlistedRows]).toEqual([0, 0]);
    expect(error.message).toBe("winRate: won must be a non-negative integer (got -1)");
  });
});

describe("pipelineSummary over a million deals", () => {
  test("a million bad deals: MAX_ISSUES issues, and the exact count of the rest", () => {
    const deals = new Array<typeof BAD_DEAL>(1_000_000).fill(BAD_DEAL);
    const error = catchKpiError(() => pipelineSummary(deals));
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[MAX_ISSUES - 1]?.path).toBe(`deals[${MAX_ISSUES - 1}].amount`);
    expect(error.unlistedIssues).toBe(0);
    expect(error.unlistedRows).toBe(1_000_000 - MAX_ISSUES);
    expect(error.issues.length + error.unlistedRows).toBe(1_000_000);
    expect(error.message).toMatch(
      /^pipelineSummary: deals\[0\]\.amount .* \(got -1\); deals\[1\]\.amount .*; and 97 more; and 999900 more invalid rows$/,
    );
  });

  test("one bad deal among many: exactly that issue, worded by the schema", () => {
    const deals: unknown[] = new Array(200_000).fill(DEAL);
    deals[123_456] = { ...DEAL, amount: -5, owner: "Ana" };
    const error = catchKpiError(() => pipelineSummary(deals as never));
    const schemaIssue = pipelineDealsSchemaFor().safeParse([{ ...DEAL, amount: -5 }]).error?.issues[0];
    expect(error.issues).toEqual([{ path: "deals[123456].amount", message: `${schemaIssue?.message} (got -5)` }]);
    expect(error.message).toBe(`pipelineSummary: deals[123456].amount ${schemaIssue?.message} (got -5)`);
    expect([error.unlistedIssues, error.unlistedRows]).toEqual([0, 0]);
  });
});

describe("invalidInput on a large array", () => {
  test("runs the schema only on the rows the fast check rejects", () => {
    let parsed = 0;
    const row = z.custom<number>(
      (value) => {
        parsed++;
        return typeof value === "number";
      },
      { error: "must be a number" },
    );
    const rows: unknown[] = Array.from({ length: 1000 }, (_, i) => i);
    rows[10] = "x";
    rows[700] = null;
    const error = invalidInput("f", "rows", z.array(row), rows, (value) => typeof value === "number");
    expect(parsed).toBe(2);
    expect(error.issues).toEqual([
      { path: "rows[10]", message: 'must be a number (got "x")' },
      { path: "rows[700]", message: "must be a number (got null)" },
    ]);
  });

  test("rules across rows, with no row bad on its own, are still reported, and capped", () => {
    const stages = Array.from({ length: 300 }, (_, i) => ({ name: `s${i}`, count: i }));
    const error = catchKpiError(() => funnel(stages));
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[0]).toEqual({
      path: "stages[1].count",
      message: "must not exceed the previous stage's count, 0 (got 1)",
    });
    expect(error.unlistedIssues).toBe(299 - MAX_ISSUES);
    expect(error.message.endsWith("; and 296 more")).toBe(true);
  });
});

// Issue 13: zod adds a part's issues to the whole's with `issues.push(...part)`, and more than
// about 110,000 arguments overflow V8's stack. So 160,000 bad rows inside an object (the sales of
// targetAttainmentByRep) or inside one row (a deal's stage history) made zod throw a RangeError,
// which invalidInput caught as "input is not a valid value (got …)", naming no row. The parts are
// now parsed one by one: the first MAX_ISSUES issues are listed and the rest counted exactly.
describe("160,000 bad rows nested in an object or a row", () => {
  const many = 160_000; // above the ~110,000 arguments at which the spread overflows

  test("targetAttainmentByRep: each bad sale, at its path", () => {
    const sales = Array.from({ length: many }, () => ({ rep: "Ana", amount: -1 }));
    const error = catchKpiError(() => targetAttainmentByRep({ sales, targets: [{ rep: "Ana", target: 1 }] }));
    expect(error.issues[0]).toEqual({
      path: "sales[0].amount",
      message: 'must be an amount ≥ 0: a finite number, a decimal string such as "1234.56", or a Decimal (got -1)',
    });
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[MAX_ISSUES - 1]?.path).toBe(`sales[${MAX_ISSUES - 1}].amount`);
    expect(error.unlistedIssues).toBe(many - MAX_ISSUES);
  });

  test("targetAttainmentByRep: valid rows breaking a rule across fields are still reported, capped", () => {
    const sales = Array.from({ length: many }, () => ({ rep: "Bo", amount: 1 }));
    const error = catchKpiError(() => targetAttainmentByRep({ sales, targets: [{ rep: "Ana", target: 1 }] }));
    expect(error.issues[0]?.path).toBe("sales[0].rep");
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.unlistedIssues).toBe(many - MAX_ISSUES);
  });

  test("stageConversion: each bad entry of one long history, at its path", () => {
    const history = Array.from({ length: many }, () => ({ stage: "", enteredAt: "2024-01-01" }));
    const error = catchKpiError(() => stageConversion([history]));
    expect(error.issues[0]?.path).toBe("histories[0][0].stage");
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.unlistedIssues).toBe(many - MAX_ISSUES);
  });
});
