import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { crossSellRate, upsellRate, upsellRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("crossSellRate", () => {
  test("is the same formula as upsellRate", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), (a, b) => {
        const input = a <= b ? { accepted: a, offered: b } : { accepted: b, offered: a };
        expect(crossSellRate(input)).toBe(upsellRate(input));
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ accepted: countOrAwkward, offered: countOrAwkward }), fc.anything()),
      (input) => crossSellRate(input as never),
      (input) => upsellRateInputSchema.safeParse(input).success,
    );
  });
});
