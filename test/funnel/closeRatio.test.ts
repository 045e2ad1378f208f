import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { closeRatio, closeRatioInputSchema, winRate } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, expectKpiError } from "../helpers.js";

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

  test("never exceeds the win rate of the same deals, since open deals only add to the denominator", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (won, lost, open) => {
        const ratio = closeRatio({ won, opportunities: won + lost + open });
        const rate = winRate({ won, lost });
        if (ratio !== null && rate !== null) expect(ratio).toBeLessThanOrEqual(rate);
      }),
    );
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

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ won: countOrAwkward, opportunities: countOrAwkward }),
      (input) => closeRatio(input as never),
      (input) => closeRatioInputSchema.safeParse(input).success,
    );
  });
});
