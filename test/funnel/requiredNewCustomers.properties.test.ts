import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { requiredNewCustomers, requiredNewCustomersInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, rateOrAwkward } from "../_helpers/index.js";

/**
 * Customers after `periods` periods winning `perPeriod` a period, simulated step by step
 * in exact integers: churn is k/10000, and the base is tracked multiplied by 10000^t.
 * Returns whether the target is reached. Independent of the library's closed form.
 */
function reaches(current: number, perPeriod: number, periods: number, churnPer10k: number, target: number): boolean {
  let scaled = BigInt(current);
  let scale = 1n;
  for (let t = 0; t < periods; t++) {
    scaled = scaled * BigInt(10_000 - churnPer10k) + BigInt(perPeriod) * scale * 10_000n;
    scale *= 10_000n;
  }
  return scaled >= BigInt(target) * scale;
}

describe("requiredNewCustomers", () => {
  test("the answer reaches the target and one fewer a period does not (exact simulation)", () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(20_000),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 10_000 }),
        (current, target, periods, churnPer10k) => {
          const n = requiredNewCustomers({ current, target, periods, churnRate: churnPer10k / 10_000 });
          expect(reaches(current, n, periods, churnPer10k, target)).toBe(true);
          if (n > 0) expect(reaches(current, n - 1, periods, churnPer10k, target)).toBe(false);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ current: countOrAwkward, target: countOrAwkward, periods: countOrAwkward, churnRate: rateOrAwkward }),
      (input) => requiredNewCustomers(input as never),
      (input) => requiredNewCustomersInputSchema.safeParse(input).success,
      { numRuns: 300 },
    );
  });
});
