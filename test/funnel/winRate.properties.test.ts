import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { winRate, winRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("winRate", () => {
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

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ won: countOrAwkward, lost: countOrAwkward }), fc.anything()),
      (input) => winRate(input as never),
      (input) => winRateInputSchema.safeParse(input).success,
    );
  });
});
