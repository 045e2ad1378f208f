import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cacPayback, cacPaybackInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, fractionOrAwkward, moneyOrAwkward, near } from "../_helpers/index.js";

describe("cacPayback", () => {
  test("is proportional to CAC and falls as ARPA or margin rises", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.integer({ min: 1, max: 1e5 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (cost, arpa, margin) => {
          const months = cacPayback({ cac: cost, arpa, grossMargin: margin }) as number;
          expect(near(cacPayback({ cac: cost * 2, arpa, grossMargin: margin }), months * 2)).toBe(true);
          expect(cacPayback({ cac: cost, arpa: arpa + 1, grossMargin: margin })).toBeLessThan(months);
          expect(cacPayback({ cac: cost, arpa, grossMargin: Math.min(1, margin + 0.01) })).toBeLessThan(months);
          // revenue payback is never longer than margin payback
          expect(cacPayback({ cac: cost, arpa })).toBeLessThanOrEqual(months);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(
        fc.record(
          { cac: moneyOrAwkward, arpa: moneyOrAwkward, grossMargin: fractionOrAwkward },
          { requiredKeys: ["cac", "arpa"] },
        ),
        fc.anything(),
      ),
      (input) => cacPayback(input as never),
      (input) => cacPaybackInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
