import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { retentionRate, retentionRateInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("retentionRate", () => {
  test("is a fraction in [0, 1] whenever the counts are consistent, and scale-invariant", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), fc.integer({ min: 1, max: 1000 }), (a, b, acquired, k) => {
        const [kept, start] = a <= b ? [a, b] : [b, a];
        const rate = retentionRate({ start, end: kept + acquired, acquired });
        if (start === 0) return;
        expect(rate! >= 0 && rate! <= 1).toBe(true);
        expect(retentionRate({ start: start * k, end: (kept + acquired) * k, acquired: acquired * k })).toBeCloseTo(rate!, 14);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ start: countOrAwkward, end: countOrAwkward, acquired: countOrAwkward }), fc.anything()),
      (input) => retentionRate(input as never),
      (input) => retentionRateInputSchema.safeParse(input).success,
    );
  });
});
