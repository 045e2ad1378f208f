import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { winRate, winRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, expectKpiError } from "../helpers.js";

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

  test("is a fraction in [0, 1] and does not change when both counts scale", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.integer({ min: 1, max: 1000 }), (won, lost, k) => {
        const rate = winRate({ won, lost });
        if (won + lost === 0) {
          expect(rate).toBeNull();
          return;
        }
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(winRate({ won: won * k, lost: lost * k })).toBeCloseTo(rate as number, 12);
      }),
    );
  });

  test("rises with each extra win and falls with each extra loss", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.integer({ min: 1, max: 1e6 }), (won, lost) => {
        const rate = winRate({ won, lost }) as number;
        expect(winRate({ won: won + 1, lost })).toBeGreaterThan(rate);
        expect(winRate({ won, lost: lost + 1 })).toBeLessThanOrEqual(rate);
      }),
    );
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

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ won: countOrAwkward, lost: countOrAwkward }), fc.anything()),
      (input) => winRate(input as never),
      (input) => winRateInputSchema.safeParse(input).success,
    );
  });
});
