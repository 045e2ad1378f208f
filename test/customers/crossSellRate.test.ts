import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { crossSellRate, upsellRate, upsellRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, expectKpiError } from "../helpers.js";

describe("crossSellRate", () => {
  test("shno.co: 50 of the 200 blow-dryer buyers offered a straightener bought it → 25 %", () => {
    // https://www.shno.co/startup-metrics/upsell-rate-cross-sell-rate
    expect(crossSellRate({ accepted: 50, offered: 200 })).toBe(0.25);
  });

  test("is the same formula as upsellRate", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), (a, b) => {
        const input = a <= b ? { accepted: a, offered: b } : { accepted: b, offered: a };
        expect(crossSellRate(input)).toBe(upsellRate(input));
      }),
    );
  });

  test("nothing offered is undefined; errors name crossSellRate", () => {
    expect(crossSellRate({ accepted: 0, offered: 0 })).toBeNull();
    const error = expectKpiError("crossSellRate", () => crossSellRate({ accepted: 3, offered: 2 }), ["accepted"]);
    expect(error.message).toBe("crossSellRate: accepted must not exceed offered, 2 (got 3)");
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ accepted: countOrAwkward, offered: countOrAwkward }), fc.anything()),
      (input) => crossSellRate(input as never),
      (input) => upsellRateInputSchema.safeParse(input).success,
    );
  });
});
