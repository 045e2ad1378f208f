import { describe, expect, test } from "vitest";
import { winRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("winRate", () => {
  test("20 won, 30 lost → 0.4 (Pipeline CRM help, 'Win Ratio')", () => {
    expect(winRate({ won: 20, lost: 30 })).toBe(0.4);
  });

  test("5 won, 10 lost in September → 1/3 (Rekener, closed funnel close rate)", () => {
    expect(winRate({ won: 5, lost: 10 })).toBeCloseTo(0.3333, 4);
  });

  test("no decided deal is an undefined win rate, not 0", () => {
    expect(winRate({ won: 0, lost: 0 })).toBeNull();
  });

  test("-0 in, 0 out; extra fields ignored", () => {
    expect(Object.is(winRate({ won: -0, lost: 3 }), 0)).toBe(true);
    expect(winRate({ won: 1, lost: 1, open: 7, owner: "ana" })).toBe(0.5);
  });

  test.each([
    [{ won: -1, lost: 3 }, ["won"]],
    [{ won: 1.5, lost: 3 }, ["won"]],
    [{ won: NaN, lost: 3 }, ["won"]],
    [{ won: 1, lost: Infinity }, ["lost"]],
    [{ won: "20", lost: 30 }, ["won"]],
    [{ won: 2 ** 53, lost: 0 }, ["won"]],
    [{ lost: 3 }, ["won"]],
    [null, ["input"]],
    [42, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("winRate", () => winRate(input as never), paths);
  });

  test("names the function, field and value", () => {
    const error = expectKpiError("winRate", () => winRate({ won: -1, lost: 3 }), ["won"]);
    expect(error.message).toBe("winRate: won must be a non-negative integer (got -1)");
  });
});
