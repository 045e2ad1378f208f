import { describe, expect, test } from "vitest";
import { groupKpi, KpiInputError, stageConversion, winRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { formatPath, formatValue } from "../../src/_internal/validate.js";

describe("KpiInputError", () => {
  test("carries code, fn and issues, and a message naming function, path and value", () => {
    const error = new KpiInputError("winRate", [{ path: "won", message: "must be a non-negative integer (got -1)" }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("KpiInputError");
    expect(error.code).toBe("ERR_KPI_INPUT");
    expect(error.fn).toBe("winRate");
    expect(error.message).toBe("winRate: won must be a non-negative integer (got -1)");
  });

  test("shows the first three issues in the message and counts the rest", () => {
    const issues = [1, 2, 3, 4, 5].map((i) => ({ path: `leads[${i}].touches`, message: "is bad" }));
    const error = new KpiInputError("followUpStats", issues);
    expect(error.message).toBe(
      "followUpStats: leads[1].touches is bad; leads[2].touches is bad; leads[3].touches is bad; and 2 more",
    );
    expect(error.issues).toHaveLength(5);
  });
});

describe("formatPath", () => {
  test("fields of the input object stand alone; other arguments lead their paths", () => {
    expect(formatPath("input", ["won"])).toBe("won");
    expect(formatPath("input", [])).toBe("input");
    expect(formatPath("input", ["rates", 2])).toBe("rates[2]");
    expect(formatPath("stages", [2, "count"])).toBe("stages[2].count");
    expect(formatPath("options", ["confidence"])).toBe("options.confidence");
  });
});

describe("formatValue", () => {
  test("renders each kind of value unambiguously", () => {
    expect(formatValue(-0)).toBe("-0");
    expect(formatValue(NaN)).toBe("NaN");
    expect(formatValue("12")).toBe('"12"');
    expect(formatValue(undefined)).toBe("undefined");
    expect(formatValue(null)).toBe("null");
    expect(formatValue(10n)).toBe("10n");
    expect(formatValue(new Date(Number.NaN))).toBe("Invalid Date");
    expect(formatValue(new Date("2024-01-02T03:04:05Z"))).toBe("2024-01-02T03:04:05.000Z");
    expect(formatValue([1, 2, 3])).toBe("an array of 3");
    expect(formatValue({ won: 1 })).toBe('{"won":1}');
    expect(formatValue(() => 1)).toBe("a function");
    expect(formatValue("x".repeat(100))).toHaveLength(60);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe("an object");
  });

  // Issue 13: formatValue rendered the whole value, then cut it to 60 characters. A string of 2^28
  // quotes escapes to more than V8's longest string (2^29 − 24), so winRate threw a bare RangeError.
  test("renders only a prefix: a string too long to escape whole is an ordinary error", () => {
    const quotes = '"'.repeat(2 ** 28);
    const error = (() => {
      try {
        winRate({ won: quotes as never, lost: 1 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(KpiInputError);
    expect((error as KpiInputError).issues[0]).toEqual({
      path: "won",
      message: `must be a non-negative integer (got "${'\\"'.repeat(29)}…)`,
    });
  });

  test("a large object costs a prefix, not the whole", () => {
    const rows = Array.from({ length: 500_000 }, (_, i) => ({ rep: `rep ${i}`, amount: i }));
    expect(formatValue({ sales: rows })).toBe('{"sales":[{"rep":"rep 0","amount":0},{"rep":"rep 1","amount…');
    expect(formatValue(new Float64Array(1_000_000))).toBe('{"0":0,"1":0,"2":0,"3":0,"4":0,"5":0,"6":0,"7":0,"8":0,"9":…');
  });
});

// Found by the fuzz suite: zod's length checks read `length` of any object and throw a TypeError
// when it is a Symbol; invalidInput passed that on as an internal error (and, through
// ["~standard"].validate, as a rejected Promise nobody handled).
describe("invalidInput on a value zod cannot read", () => {
  // Since issue 13 the parts of a value zod threw on are parsed one by one, so the path leads to the part.
  test("is a KpiInputError at the part zod cannot read, naming the function", () => {
    const unreadable = { length: Symbol("length") };
    const error = expectKpiError("stageConversion", () => stageConversion([], { stages: [unreadable as never] }), [
      "options.stages[0]",
    ]);
    expect(error.issues[0]?.message).toMatch(/^is not a valid value \(got /);
    expectKpiError("groupKpi", () => groupKpi([{ owner: unreadable }], "owner", (group) => group.length), ["records[0].owner"]);
  });
});
