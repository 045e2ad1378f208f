import { describe, expect, test } from "vitest";
import { closeRatio } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("closeRatio", () => {
  test("counts open deals as not won: 20 won, 30 lost, 50 open → 0.2 (Salesforce 'Win Rate % of All Created Opps')", () => {
    expect(closeRatio({ won: 20, opportunities: 100 })).toBe(0.2);
  });

  test("PhoneBurner: 100 opportunities, 10 closed → 10 %", () => {
    expect(closeRatio({ won: 10, opportunities: 100 })).toBe(0.1);
  });

  test("no opportunity is undefined", () => {
    expect(closeRatio({ won: 0, opportunities: 0 })).toBeNull();
  });

  test("rejects more wins than opportunities, naming both numbers", () => {
    const error = expectKpiError("closeRatio", () => closeRatio({ won: 5, opportunities: 4 }), ["won"]);
    expect(error.message).toBe("closeRatio: won must not exceed opportunities, 4 (got 5)");
  });

  test.each([
    [{ won: -1, opportunities: 3 }, ["won"]],
    [{ won: 1, opportunities: 0.5 }, ["opportunities"]],
    [undefined, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("closeRatio", () => closeRatio(input as never), paths);
  });
});
