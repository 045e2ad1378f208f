import { describe, expect, test } from "vitest";
import { backsolveFunnel } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("backsolveFunnel", () => {
  test("5 new accounts at a 10 % close rate need 50 prospects (salesmetrics brief)", () => {
    expect(backsolveFunnel({ target: 5, rates: [0.1] })).toEqual({ required: [50, 5] });
  });

  test("100 calls → 10 leads → 1 customer (salesmetrics brief)", () => {
    expect(backsolveFunnel({ target: 1, rates: [0.1, 0.1] })).toEqual({ required: [100, 10, 1] });
  });

  test("mysalesprocess.com 'Sales Math': 14 deals at 40 %, 50 %, 35 %, 10 % → 35, 70, 200, 2,000", () => {
    expect(backsolveFunnel({ target: 14, rates: [0.1, 0.35, 0.5, 0.4] })).toEqual({ required: [2000, 200, 70, 35, 14] });
  });

  test("engagent: 6 deals at a 10:1 closing ratio need 60 qualified opportunities", () => {
    expect(backsolveFunnel({ target: 6, rates: [0.1] }).required[0]).toBe(60);
  });

  // Pins the float trap of research file §15: Math.ceil(21 / 0.7) is 31.
  test.each([
    [21, [0.7], [30, 21]],
    [42, [0.35], [120, 42]],
    [7, [0.1, 0.7], [100, 10, 7]],
  ])("never rounds a float artefact up: %i at %o → %o", (target, rates, required) => {
    expect(backsolveFunnel({ target, rates }).required).toEqual(required);
    expect(backsolveFunnel({ target, rates }, { rounding: "top" }).required[0]).toBe(required[0]);
  });

  test("rounding: each stage, once at the top, or not at all (research file §15, pitfall 1)", () => {
    expect(backsolveFunnel({ target: 5, rates: [0.3, 0.3] }).required).toEqual([57, 17, 5]);
    expect(backsolveFunnel({ target: 5, rates: [0.3, 0.3] }, { rounding: "eachStage" }).required).toEqual([57, 17, 5]);
    expect(backsolveFunnel({ target: 5, rates: [0.3, 0.3] }, { rounding: "top" }).required).toEqual([56, 50 / 3, 5]);
    expect(backsolveFunnel({ target: 5, rates: [0.3, 0.3] }, { rounding: "none" }).required).toEqual([500 / 9, 50 / 3, 5]);
  });

  test("a target of 0 needs nothing; no rates is the target alone; a rate of 1 passes the count through", () => {
    expect(backsolveFunnel({ target: 0, rates: [0.2, 0.5] }).required).toEqual([0, 0, 0]);
    expect(backsolveFunnel({ target: 7, rates: [] }).required).toEqual([7]);
    expect(backsolveFunnel({ target: 7, rates: [1, 1] }).required).toEqual([7, 7, 7]);
  });

  test.each([
    [{ target: 5, rates: [0] }, undefined, ["rates[0]"]],
    [{ target: 5, rates: [1.2] }, undefined, ["rates[0]"]],
    [{ target: 5, rates: [0.5, NaN] }, undefined, ["rates[1]"]],
    [{ target: -1, rates: [0.5] }, undefined, ["target"]],
    [{ target: Infinity, rates: [0.5] }, undefined, ["target"]],
    [{ target: 5, rates: "0.5" }, undefined, ["rates"]],
    [{ target: 5, rates: [0.5] }, { rounding: "down" }, ["options.rounding"]],
    [{ target: 5, rates: [0.5] }, [], ["options"]],
    // pins a fixed bug: `??` took null for "not given"
    [{ target: 5, rates: [0.5] }, { rounding: null }, ["options.rounding"]],
  ])("rejects %o with options %o at %o", (input, options, paths) => {
    expectKpiError("backsolveFunnel", () => backsolveFunnel(input as never, options as never), paths);
  });

  test("rejects a requirement beyond exact integers instead of returning an inexact or infinite count", () => {
    expectKpiError("backsolveFunnel", () => backsolveFunnel({ target: 1e15, rates: [1e-9] }), ["rates"]);
    expectKpiError("backsolveFunnel", () => backsolveFunnel({ target: 1e300, rates: [5e-324] }, { rounding: "none" }), ["rates"]);
  });
});

describe("backsolveFunnel with rates computed from counts", () => {
  // Pins a fixed bug: 1/3 was read as its 17-digit decimal, just under a third, so 1 win at
  // 1/3 asked for 4 leads. A rate k/n computed from counts must back-solve k to exactly n.
  test("k wins at a rate of k/n need exactly n, for every 1 ≤ k ≤ n ≤ 200", () => {
    for (let n = 1; n <= 200; n++) {
      for (let k = 1; k <= n; k++) {
        const { required } = backsolveFunnel({ target: k, rates: [k / n] });
        if (required[0] !== n) expect({ k, n, required }).toEqual({ k, n, required: [n, k] });
      }
    }
  });

  test("1 at 1/3 needs 3, with no float residue when not rounding", () => {
    expect(backsolveFunnel({ target: 1, rates: [1 / 3] }).required).toEqual([3, 1]);
    expect(backsolveFunnel({ target: 1, rates: [1 / 3] }, { rounding: "none" }).required).toEqual([3, 1]);
    expect(backsolveFunnel({ target: 71, rates: [71 / 101] }).required).toEqual([101, 71]);
  });
});

// Found by the fuzz suite: `rates.every(...)` skips the holes of a sparse array, so
// `{ rates: [, ,] }` passed the check and threw a RangeError from the exact arithmetic.
describe("backsolveFunnel with a sparse rates array", () => {
  test("a hole is a missing rate, a KpiInputError at its index", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    expectKpiError("backsolveFunnel", () => backsolveFunnel({ target: 14, rates: [0.5, , 0.5] as number[] }), ["rates[1]"]);
    expectKpiError("backsolveFunnel", () => backsolveFunnel({ target: 14, rates: new Array<number>(2) }), [
      "rates[0]",
      "rates[1]",
    ]);
  });
});

describe("backsolveFunnel at the edges of its input", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 14, "14 deals"]) {
      expectKpiError("backsolveFunnel", () => backsolveFunnel(input as never), ["input"]);
    }
  });

  test("a rate of 1 passes the target through, up to the largest safe integer", () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(backsolveFunnel({ target: max, rates: [1, 1] })).toEqual({ required: [max, max, max] });
    expect(() => backsolveFunnel({ target: max, rates: [0.5] })).toThrow(/rates/);
  });
});
