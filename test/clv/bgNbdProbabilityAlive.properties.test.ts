import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bgNbdProbabilityAlive, bgNbdProbabilityAliveInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { bgNbdInputArbitrary, bgNbdParamsArbitrary, rfmCustomerArbitrary } from "./clvFixtures.js";

describe("bgNbdProbabilityAlive", () => {
  test("is a probability", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, rfmCustomerArbitrary, (p, c) => {
        const alive = bgNbdProbabilityAlive({ params: p, ...c });
        expect(alive >= 0 && alive <= 1).toBe(true);
      }),
    );
  });

  test("day and week units agree: α and every time × 7 give the same probability", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, rfmCustomerArbitrary, (p, c) => {
        const x = bgNbdProbabilityAlive({ params: { ...p, alpha: p.alpha * 7 }, ...c, recency: c.recency * 7, age: c.age * 7 });
        const y = bgNbdProbabilityAlive({ params: p, ...c });
        expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
      }),
    );
  });

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      bgNbdInputArbitrary(awkwardValue),
      (value) => bgNbdProbabilityAlive(value as never),
      (value) => bgNbdProbabilityAliveInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
