import { describe, expect, test } from "vitest";
import { aggregateRfm, bgNbdLogLikelihood, roundedProbability } from "../../../src/clv/_internal/bgNbdMath.js";
import { logGamma } from "../../../src/clv/_internal/numerics.js";
import { cdnowSummary } from "../../_helpers/cdnow.mjs";
import { PAPER } from "../clvFixtures.js";

describe("the BG/NBD formulas at their edges (bgNbdMath)", () => {
  test("the log-likelihood at the paper's parameters is −9582.43 (recomputed in shared/research/peers.md)", () => {
    const rows = cdnowSummary();
    const data = aggregateRfm(
      rows.map((row) => row.frequency),
      rows.map((row) => row.recency),
      rows.map((row) => row.age),
    );
    expect(bgNbdLogLikelihood(PAPER.r, PAPER.alpha, PAPER.a, PAPER.b, data)).toBeCloseTo(-9582.4268, 3);
  });

  test("Hardie's note 027 (#NUM! error): single-customer log-likelihoods −0.59947382 and 100.7957", () => {
    // pymc-marketing tests/clv/models/test_beta_geo.py: a 0.8, b 2.5, r 0.25, alpha 4, T 40.
    const one = (x: number, tx: number) => bgNbdLogLikelihood(0.25, 4, 0.8, 2.5, aggregateRfm([x], [tx], [40]));
    expect(one(0, 0)).toBeCloseTo(-0.59947382, 7);
    expect(one(200, 38)).toBeCloseTo(100.7957, 3);
  });

  test("aggregateRfm groups identical customers and indexes each column's distinct values", () => {
    const data = aggregateRfm([2, 2, 0, 2], [5, 5, 0, 5], [10, 10, 10, 12]);
    expect(Array.from(data.x)).toEqual([2, 0, 2]);
    expect(Array.from(data.weight)).toEqual([2, 1, 1]);
    expect(Array.from(data.distinctX)).toEqual([2, 0]);
    expect(Array.from(data.xWeight)).toEqual([3, 1]);
    expect(Array.from(data.xIndex)).toEqual([0, 1, 0]);
    expect(Array.from(data.distinctRecency)).toEqual([5, 0]);
    expect(Array.from(data.recencyIndex)).toEqual([0, 1, 0]);
    expect(Array.from(data.distinctAge)).toEqual([10, 12]);
    expect(Array.from(data.ageIndex)).toEqual([0, 0, 1]);
    expect(data.customers).toBe(4);
  });

  test("the log-likelihood stays finite when one of its two terms dwarfs the other by more than e^709", () => {
    // ln L of one customer, eq. 6, its bracket summed in logs by hand.
    const reference = (r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number) => {
      const alive = -(r + x) * Math.log(alpha + T);
      const dead = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
      const top = Math.max(alive, dead);
      const bracket = top + Math.log(Math.exp(alive - top) + Math.exp(dead - top));
      // ln B(a, b+x) − ln B(a, b) with ln Γ(a) cancelled, as a subnormal a needs.
      const betaRatio = logGamma(b + x) - logGamma(a + b + x) - logGamma(b) + logGamma(a + b);
      return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + betaRatio + bracket;
    };
    const cases: [number, number, number, number, number, number, number][] = [
      [0.25, 4, 0.8, 2.5, 200, 1, 1000], // a heavy buyer silent for years: the death term is e^1056 times the other
      [0.25, 4, 1e-310, 1, 1, 5, 5], // a subnormal a: the death term is e^-714 of the other
    ];
    for (const [r, alpha, a, b, x, tx, T] of cases) {
      const value = bgNbdLogLikelihood(r, alpha, a, b, aggregateRfm([x], [tx], [T]));
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeCloseTo(reference(r, alpha, a, b, x, tx, T), 6);
    }
  });

  test("roundedProbability reads an overshoot of an ulp or two as 1 and more as NaN", () => {
    expect(roundedProbability(0.25)).toBe(0.25);
    expect(roundedProbability(1)).toBe(1);
    expect(roundedProbability(1 + 1e-12)).toBe(1);
    expect(roundedProbability(1 + 1e-6)).toBeNaN();
    expect(roundedProbability(Number.NaN)).toBeNaN();
  });
});
