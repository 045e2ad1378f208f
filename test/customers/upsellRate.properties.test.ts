import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { upsellRate, upsellRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("upsellRate", () => {
  test("is a fraction in [0, 1]", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), (a, b) => {
        const [accepted, offered] = a <= b ? [a, b] : [b, a];
        const rate = upsellRate({ accepted, offered });
        if (offered > 0) expect(rate! >= 0 && rate! <= 1).toBe(true);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ accepted: countOrAwkward, offered: countOrAwkward }), fc.anything()),
      (input) => upsellRate(input as never),
      (input) => upsellRateInputSchema.safeParse(input).success,
    );
  });
});
