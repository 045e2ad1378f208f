import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { gammaGammaExpectedSpend, gammaGammaExpectedSpendInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { spendArbitrary } from "./clvFixtures.js";

describe("gammaGammaExpectedSpend", () => {
  const params = fc.record({
    p: fc.double({ min: 0.1, max: 20, noNaN: true }),
    q: fc.double({ min: 1.01, max: 20, noNaN: true }),
    gamma: fc.double({ min: 0.1, max: 100, noNaN: true }),
  });

  test("lies between the population mean and the customer's own mean, nearer their own the more they bought", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1000, noNaN: true }), (p, x, m) => {
        const population = gammaGammaExpectedSpend({ params: p, frequency: 0 }) as number;
        const spend = gammaGammaExpectedSpend({ params: p, frequency: x, monetaryValue: m }) as number;
        const [low, high] = population <= m ? [population, m] : [m, population];
        expect(spend >= low * (1 - 1e-12) && spend <= high * (1 + 1e-12)).toBe(true);
        const more = gammaGammaExpectedSpend({ params: p, frequency: x + 1, monetaryValue: m }) as number;
        expect(Math.abs(more - m)).toBeLessThanOrEqual(Math.abs(spend - m) * (1 + 1e-12) + 1e-12);
      }),
    );
  });

  test("fast checks agree with the schema", () => {
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            params: fc.oneof(
              fc.record({ p: fc.oneof(fc.constant(6), awkwardValue), q: fc.constantFrom(3.7, 0.5), gamma: fc.constant(15) }),
              awkwardValue,
            ),
            frequency: fc.oneof(fc.nat(3), awkwardValue),
            monetaryValue: spendArbitrary(awkwardValue),
          },
          { requiredKeys: ["params", "frequency"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      input,
      (value) => gammaGammaExpectedSpend(value as never),
      (value) => gammaGammaExpectedSpendInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
