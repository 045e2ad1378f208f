import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { upsellRate, upsellRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, expectKpiError } from "../helpers.js";

describe("upsellRate", () => {
  test("shno.co: 250 of the 500 customers offered a membership upgrade took it → 50 %", () => {
    // https://www.shno.co/startup-metrics/upsell-rate-cross-sell-rate
    expect(upsellRate({ accepted: 250, offered: 500 })).toBe(0.5);
  });

  test("insia's denominator, every customer: 30 of 100 bought more → 30 %", () => {
    expect(upsellRate({ accepted: 30, offered: 100 })).toBe(0.3);
  });

  test("nothing offered is undefined", () => {
    expect(upsellRate({ accepted: 0, offered: 0 })).toBeNull();
  });

  test("is a fraction in [0, 1]", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), (a, b) => {
        const [accepted, offered] = a <= b ? [a, b] : [b, a];
        const rate = upsellRate({ accepted, offered });
        if (offered > 0) expect(rate! >= 0 && rate! <= 1).toBe(true);
      }),
    );
  });

  test.each([
    [{ accepted: 6, offered: 5 }, ["accepted"]],
    [{ accepted: -1, offered: 5 }, ["accepted"]],
    [{ accepted: 1 }, ["offered"]],
    ["0.5", ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("upsellRate", () => upsellRate(input as never), paths);
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ accepted: countOrAwkward, offered: countOrAwkward }), fc.anything()),
      (input) => upsellRate(input as never),
      (input) => upsellRateInputSchema.safeParse(input).success,
    );
  });
});
