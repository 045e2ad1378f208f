import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { closeRatio, closeRatioInputSchema, winRate } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("closeRatio", () => {
  test("never exceeds the win rate of the same deals, since open deals only add to the denominator", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (won, lost, open) => {
        const ratio = closeRatio({ won, opportunities: won + lost + open });
        const rate = winRate({ won, lost });
        if (ratio !== null && rate !== null) expect(ratio).toBeLessThanOrEqual(rate);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ won: countOrAwkward, opportunities: countOrAwkward }),
      (input) => closeRatio(input as never),
      (input) => closeRatioInputSchema.safeParse(input).success,
    );
  });
});
