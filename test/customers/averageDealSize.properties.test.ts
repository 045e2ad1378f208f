import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { averageDealSize, averageDealSizeInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, moneyOrAwkward } from "../_helpers/index.js";

describe("averageDealSize", () => {
  test("lies between the smallest and the largest deal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 50 }), (deals) => {
        const mean = averageDealSize({ revenue: deals.reduce((a, b) => a + b, 0), deals: deals.length }) as number;
        expect(mean).toBeGreaterThanOrEqual(Math.min(...deals) - 1e-6);
        expect(mean).toBeLessThanOrEqual(Math.max(...deals) + 1e-6);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ revenue: moneyOrAwkward, deals: countOrAwkward }), fc.anything()),
      (input) => averageDealSize(input as never),
      (input) => averageDealSizeInputSchema.safeParse(input).success,
    );
  });
});
