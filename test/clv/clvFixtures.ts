// What the CLV tests share: Fader & Hardie's (2007) survival curves, the arbitraries of model
// parameters and inputs, and a reference Hessian. The CDNOW data: test/_helpers/cdnow.mjs.

import { readFileSync } from "node:fs";
import fc from "fast-check";

/**
 * Fader & Hardie (2007) survivors per 1,000, years 0..12 (test/clv/fixtures, see PROVENANCE.md), as
 * shares: index 0 is year 0 (1), so `curve.slice(1, 8)` is years 1–7.
 */
export function sbgSurvivalCurves(): { regular: number[]; highEnd: number[] } {
  const rows = readFileSync(new URL("./fixtures/sbg_survival_fader_hardie_2007.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number));
  return { regular: rows.map((row) => row[1]! / 1000), highEnd: rows.map((row) => row[2]! / 1000) };
}

/**
 * Inputs of the sBG model functions for the fast-check-versus-schema tests: mostly
 * `{ params: { alpha, beta }, periods, renewals, discountRate }` with awkward values mixed into
 * every field (params too), sometimes an awkward value instead of the whole input.
 */
export function sbgParamsInput(awkwardValue: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        params: fc.oneof(
          {
            weight: 4,
            arbitrary: fc.record({
              alpha: fc.oneof(fc.constantFrom(0.7, 2), awkwardValue),
              beta: fc.oneof(fc.constant(3.8), awkwardValue),
            }),
          },
          { weight: 1, arbitrary: awkwardValue },
        ),
        periods: fc.oneof(fc.constantFrom(1, 12), awkwardValue),
        renewals: fc.oneof(fc.nat(5), awkwardValue),
        discountRate: fc.oneof(fc.constantFrom(0, 0.1), awkwardValue),
      }),
    },
    { weight: 1, arbitrary: awkwardValue },
  );
}

/** A customer's `monetaryValue` for the fast-check-versus-schema tests: valid amounts, null, absent, negative or awkward. */
export function spendArbitrary(awkwardValue: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constantFrom(0, 12.5, "30.10", null, undefined, -1), awkwardValue);
}

/**
 * Standard errors from a log-likelihood, independently of the library's fitting tail: the Hessian
 * on the natural scale by central differences with a step of `relativeStep` × each parameter,
 * inverted by Gauss–Jordan elimination. For comparing with a fit's `standardErrors`.
 */
export function naturalScaleStandardErrors(
  logLikelihood: (params: number[]) => number,
  at: readonly number[],
  relativeStep = 1e-3,
): number[] {
  const n = at.length;
  const h = at.map((value) => value * relativeStep);
  const f = (steps: [number, number][]) => {
    const x = [...at];
    for (const [i, k] of steps) x[i] = x[i]! + k * h[i]!;
    return logLikelihood(x);
  };
  // The observed information, −∂² ln L.
  const info = Array.from({ length: n }, (_, i) =>
    Array.from(
      { length: n },
      (_, j) =>
        -(
          f([
            [i, 1],
            [j, 1],
          ]) -
          f([
            [i, 1],
            [j, -1],
          ]) -
          f([
            [i, -1],
            [j, 1],
          ]) +
          f([
            [i, -1],
            [j, -1],
          ])
        ) /
        (4 * h[i]! * h[j]!),
    ),
  );
  const inverse = info.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const pivot = inverse[c]![c]!;
    for (let j = 0; j < 2 * n; j++) inverse[c]![j]! /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = inverse[r]![c]!;
      for (let j = 0; j < 2 * n; j++) inverse[r]![j]! -= factor * inverse[c]![j]!;
    }
  }
  return at.map((_, i) => Math.sqrt(inverse[i]![n + i]!));
}

/** Fader, Hardie & Lee (2005), Marketing Science 24(2), table/text: the BG/NBD MLE on CDNOW, weeks. */
export const PAPER = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** BG/NBD parameters for property tests. */
export const bgNbdParamsArbitrary = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 5, noNaN: true }),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});

/** A valid customer summary for property tests: recency ≤ age, 0 without a repeat purchase. */
export const rfmCustomerArbitrary = fc
  .record({
    frequency: fc.nat(40),
    recencyShare: fc.double({ min: 0, max: 1, noNaN: true }),
    age: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .map(({ frequency, recencyShare, age }) => ({ frequency, recency: frequency === 0 ? 0 : recencyShare * age, age }));

/** A time for property tests. */
export const timeArbitrary = fc.double({ min: 0, max: 200, noNaN: true });

/**
 * Inputs of the BG/NBD model functions for the fast-check-versus-schema tests: `{ params, frequency,
 * recency, age, timeUnit?, t, purchases }` with awkward values mixed into every field, or an awkward
 * value instead of the whole input.
 */
export function bgNbdInputArbitrary(awkwardValue: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(undefined, "day", "week") },
    { weight: 1, arbitrary: awkwardValue },
  );
  const params = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(
        {
          r: fc.oneof(fc.constantFrom(0.2, 1), awkwardValue),
          alpha: fc.constant(4),
          a: fc.constant(0.8),
          b: fc.oneof(fc.constant(2.4), awkwardValue),
          timeUnit: unit,
        },
        { requiredKeys: ["r", "alpha", "a", "b"] },
      ),
    },
    { weight: 1, arbitrary: awkwardValue },
  );
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record(
        {
          params,
          frequency: fc.oneof(fc.nat(3), awkwardValue),
          recency: fc.oneof(fc.constantFrom(0, 2), awkwardValue),
          age: fc.oneof(fc.constantFrom(0, 5), awkwardValue),
          timeUnit: unit,
          t: fc.oneof(fc.constantFrom(0, 1, 39), awkwardValue),
          purchases: fc.oneof(fc.nat(3), awkwardValue),
        },
        { requiredKeys: ["params", "frequency", "recency", "age", "t", "purchases"] },
      ),
    },
    { weight: 1, arbitrary: awkwardValue },
  );
}
