import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bgNbdExpectedPurchases, bgNbdPurchaseProbability, bgNbdPurchaseProbabilityInputSchema } from "../../src/index.js";
import { logBeta, logGamma } from "../../src/clv/_internal/numerics.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { bgNbdInputArbitrary, bgNbdParamsArbitrary, PAPER, timeArbitrary } from "./clvFixtures.js";

describe("bgNbdPurchaseProbability", () => {
  /** NB(j) of FHL 2005, eq. 8, straight from its definition in logs (no recurrence). */
  const nb = (r: number, alpha: number, t: number, j: number) =>
    Math.exp(logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * Math.log(alpha / (alpha + t)) + j * Math.log(t / (alpha + t)));

  test("is a probability", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, timeArbitrary, fc.nat(60), (p, t, n) => {
        const probability = bgNbdPurchaseProbability({ params: p, t, purchases: n });
        expect(probability >= 0 && probability <= 1).toBe(true);
      }),
    );
  });

  test("the distribution of purchases sums to 1, and its mean is E[X(t)] (eq. 8 agrees with eq. 9)", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, fc.double({ min: 0.01, max: 60, noNaN: true }), (p, t) => {
        let total = 0;
        let mean = 0;
        for (let n = 0; n < 20_000; n++) {
          const probability = bgNbdPurchaseProbability({ params: p, t, purchases: n });
          total += probability;
          mean += n * probability;
          if (n > 50 && probability < 1e-17) break;
        }
        expect(total).toBeCloseTo(1, 9);
        const expected = bgNbdExpectedPurchases({ params: p, t });
        expect(Math.abs(mean - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
      }),
      { numRuns: 60 },
    );
  });

  test("day and week units agree: α and t × 7 give the same probability", () => {
    fc.assert(
      fc.property(bgNbdParamsArbitrary, timeArbitrary, fc.nat(20), (p, t, n) => {
        const x = bgNbdPurchaseProbability({ params: { ...p, alpha: p.alpha * 7 }, t: t * 7, purchases: n });
        const y = bgNbdPurchaseProbability({ params: p, t, purchases: n });
        expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
      }),
    );
  });

  test("P(X(t) = n) agrees with eq. 8 summed term by term, and is never below its two NB(n) terms", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.1, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
          a: fc.double({ min: 0.1, max: 3, noNaN: true }),
          b: fc.double({ min: 0.5, max: 5, noNaN: true }),
        }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.integer({ min: 1, max: 80 }),
        (p, t, n) => {
          const mean = (p.r * t) / p.alpha;
          let tail = 0;
          for (let j = n; ; j++) {
            const term = nb(p.r, p.alpha, t, j);
            tail += term;
            if (j > mean && term <= 1e-18 * tail) break;
          }
          const alive = Math.exp(logBeta(p.a, p.b + n) - logBeta(p.a, p.b));
          const atDeath = Math.exp(logBeta(p.a + 1, p.b + n - 1) - logBeta(p.a, p.b));
          const nbN = nb(p.r, p.alpha, t, n);
          const expected = alive * nbN + atDeath * tail;
          const lowerBound = (alive + atDeath) * nbN;
          const value = bgNbdPurchaseProbability({ params: p, t, purchases: n });
          expect(Math.abs(value / expected - 1)).toBeLessThan(1e-8);
          expect(value).toBeGreaterThanOrEqual(lowerBound * (1 - 1e-9));
        },
      ),
      { numRuns: 200 },
    );
    // As t grows without bound, X(t) counts the purchases made before dying: P(X = 1) = B(a+1, b)/B(a, b) = a/(a+b).
    const { a, b } = PAPER;
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 1e80, purchases: 1 })).toBeCloseTo(a / (a + b), 12);
  });

  test("fast checks agree with the schema", () => {
    assertAgreesWithSchema(
      bgNbdInputArbitrary(awkwardValue),
      (value) => bgNbdPurchaseProbability(value as never),
      (value) => bgNbdPurchaseProbabilityInputSchema.safeParse(value).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});
