import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bgNbdExpectedPurchases, bgNbdExpectedPurchasesInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { bgNbdInputArbitrary, bgNbdParamsArbitrary, timeArbitrary } from "./clvFixtures.js";

describe("bgNbdExpectedPurchases", () => {
  test("expectations are ≥ 0 and increase with t", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, timeArbitrary, timeArbitrary, (p, t1, t2) => {
        const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(bgNbdExpectedPurchases({ params: p, t: short })).toBeGreaterThanOrEqual(0);
        expect(bgNbdExpectedPurchases({ params: p, t: long })).toBeGreaterThanOrEqual(
          bgNbdExpectedPurchases({ params: p, t: short }) * (1 - 1e-12) - 1e-300,
        );
      }),
    );
  });

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      bgNbdInputArbitrary(awkwardValue),
      (value) => bgNbdExpectedPurchases(value as never),
      (value) => bgNbdExpectedPurchasesInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
