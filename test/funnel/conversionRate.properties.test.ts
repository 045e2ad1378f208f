import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { conversionRate, conversionRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("conversionRate", () => {
  test("stays in [0, 1] and is scale invariant", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.integer({ min: 1, max: 1000 }), (a, b, k) => {
        const [converted, total] = a <= b ? [a, b] : [b, a];
        const rate = conversionRate({ converted, total });
        if (total === 0) {
          expect(rate).toBeNull();
          return;
        }
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(conversionRate({ converted: converted * k, total: total * k })).toBeCloseTo(rate as number, 12);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ converted: countOrAwkward, total: countOrAwkward }),
      (input) => conversionRate(input as never),
      (input) => conversionRateInputSchema.safeParse(input).success,
    );
  });
});
