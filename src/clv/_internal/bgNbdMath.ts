// The BG/NBD model's formulas, unvalidated: the public functions check their inputs and call these.
//
// Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005), "Counting Your Customers the Easy Way: An
// Alternative to the Pareto/NBD Model", Marketing Science 24(2), 275–284, doi:10.1287/mksc.1040.0098;
// and the notes "Implementing the BG/NBD Model for Customer Base Analysis in Excel" (2005),
// "Computing P(alive) Using the BG/NBD Model" (2008) and "Overcoming the BG/NBD Model's #NUM! Error
// Problem" (2013), http://brucehardie.com/notes/004/, /021/, /027/.

import { hypergeometricTail, logBeta, logGamma, MAX_SERIES_TERMS } from "./numerics.js";
import { LargeMap } from "../../_internal/largeMap.js";

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Customers grouped by identical (x, t_x, T), with how many customers each row stands for. */
export interface AggregatedRfm {
  x: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  weight: Float64Array;
  /** Index into `distinctX` of each row's x. */
  xIndex: Int32Array;
  distinctX: Float64Array;
  /** Customers with each distinct x. */
  xWeight: Float64Array;
  /** Index into `distinctRecency` / `distinctAge` of each row's t_x and T (few in data recorded in days). */
  recencyIndex: Int32Array;
  distinctRecency: Float64Array;
  ageIndex: Int32Array;
  distinctAge: Float64Array;
  customers: number;
}

/** The distinct values of a column and each entry's index among them. */
function distinctValues(values: Float64Array): { index: Int32Array; distinct: Float64Array } {
  const seen = new LargeMap<number, number>();
  const index = new Int32Array(values.length);
  const distinct: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let k = seen.get(values[i] as number);
    if (k === undefined) {
      k = distinct.length;
      seen.set(values[i] as number, k);
      distinct.push(values[i] as number);
    }
    index[i] = k;
  }
  return { index, distinct: Float64Array.from(distinct) };
}

/**
 * Groups identical (frequency, recency, age) rows: the likelihood is a sum over customers, so a
 * group of k identical customers costs one term times k. Real data are recorded in whole days,
 * which keeps the number of distinct rows small however many customers there are.
 */
export function aggregateRfm(frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>): AggregatedRfm {
  const count = frequency.length;
  const groups = new LargeMap<string, number>(); // distinct rows can pass 2^24 with fractional units
  const groupOf = new Int32Array(count);
  let rows = 0;
  for (let i = 0; i < count; i++) {
    const key = `${frequency[i]}|${recency[i]}|${age[i]}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = rows++;
      groups.set(key, group);
    }
    groupOf[i] = group;
  }
  const x = new Float64Array(rows);
  const tx = new Float64Array(rows);
  const T = new Float64Array(rows);
  const weight = new Float64Array(rows);
  for (let i = 0; i < count; i++) {
    const group = groupOf[i] as number;
    x[group] = frequency[i] as number;
    tx[group] = recency[i] as number;
    T[group] = age[i] as number;
    weight[group] = (weight[group] as number) + 1;
  }
  const xGroups = new LargeMap<number, number>();
  const xIndex = new Int32Array(rows);
  const distinct: number[] = [];
  const xWeights: number[] = [];
  for (let g = 0; g < rows; g++) {
    let k = xGroups.get(x[g] as number);
    if (k === undefined) {
      k = distinct.length;
      xGroups.set(x[g] as number, k);
      distinct.push(x[g] as number);
      xWeights.push(0);
    }
    xIndex[g] = k;
    xWeights[k] = (xWeights[k] as number) + (weight[g] as number);
  }
  const recencies = distinctValues(tx);
  const ages = distinctValues(T);
  return {
    x,
    recency: tx,
    age: T,
    weight,
    xIndex,
    distinctX: Float64Array.from(distinct),
    xWeight: Float64Array.from(xWeights),
    recencyIndex: recencies.index,
    distinctRecency: recencies.distinct,
    ageIndex: ages.index,
    distinctAge: ages.distinct,
    customers: count,
  };
}

/**
 * The BG/NBD log-likelihood of the data (FHL 2005, eq. 6, in the log form of note 027):
 * ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *        + ln[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ].
 */
export function bgNbdLogLikelihood(r: number, alpha: number, a: number, b: number, data: AggregatedRfm): number {
  const { distinctX, xWeight, distinctRecency, distinctAge } = data;
  let total = r * Math.log(alpha) * data.customers;
  const base = -logGamma(r) - logGamma(b) + logGamma(a + b);
  // Logs that depend on one column only are taken once per distinct value.
  const logA = Math.log(a);
  const logDeath = new Float64Array(distinctX.length); // ln(a / (b + x − 1)), read only where x > 0
  for (let k = 0; k < distinctX.length; k++) {
    const x = distinctX[k] as number;
    total += (xWeight[k] as number) * (logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x) + base);
    logDeath[k] = logA - Math.log(b + x - 1);
  }
  const logAlphaRecency = distinctRecency.map((tx) => Math.log(alpha + tx));
  const logAlphaAge = distinctAge.map((T) => Math.log(alpha + T));
  const { x: xs, weight, xIndex, recencyIndex, ageIndex } = data;
  for (let g = 0; g < xs.length; g++) {
    const x = xs[g] as number;
    const rx = r + x;
    const logAge = logAlphaAge[ageIndex[g] as number] as number;
    // ln[(α+T)^−(r+x) + a/(b+x−1)·(α+t_x)^−(r+x)] = −(r+x) ln(α+T) + ln(1 + e^d), d the log-ratio of the two terms.
    let term = -rx * logAge;
    if (x > 0) {
      const d =
        (logDeath[xIndex[g] as number] as number) + rx * (logAge - (logAlphaRecency[recencyIndex[g] as number] as number));
      term += Math.max(d, 0) + Math.log1p(Math.exp(-Math.abs(d))); // ln(1 + e^d), without overflow
    }
    total += (weight[g] as number) * term;
  }
  return total;
}

/** ln of the odds (1 − P(alive)) / P(alive) (note 021); −∞ for x = 0 (alive for certain). */
function logDeadOdds(p: BgNbdParams, x: number, recency: number, age: number): number {
  if (x === 0) return -Infinity;
  return Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + age) - Math.log(p.alpha + recency));
}

/** P(alive | x, t_x, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) (note 021). */
export function probabilityAlive(p: BgNbdParams, x: number, recency: number, age: number): number {
  return 1 / (1 + Math.exp(logDeadOdds(p, x, recency, age)));
}

/**
 * E[Y(t) | x, t_x, T]: purchases expected in the next t of a customer with x repeat purchases,
 * the last at t_x, observed for T (FHL 2005, eq. 10):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)] · P(alive),  z = t/(α+T+t).
 * Computed with Euler's transformation 2F1(A, B; C; z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z), as
 * lifetimes does for large x, which turns the bracket into 1 − (1−z)^(a−1) · 2F1(a+b−1−r, a−1; C; z):
 * the new upper parameters do not grow with x, so the series neither overflows nor cancels.
 * Then the factor (a − 1) and the pole of C = a+b+x−1 at 0 are divided out of every term, so that
 * a = 1 (where the textbook form is 0/0) and a + b < 1 need no special case:
 *   result = −C · expm1((a−1)L)/(a−1) − (1−z)^(a−1) · K,  L = ln(1−z),
 *   K = Σ_{n≥1} kₙ, k₁ = (a+b−1−r) z, kₙ₊₁/kₙ = (a+b−1−r+n)(a−1+n) z / ((C+n)(n+1)).
 * Returns NaN when the series does not settle (t beyond about 10⁴ × (α + T)).
 * With x = t_x = T = 0 this is E[X(t)] of a new customer (FHL 2005, eq. 9).
 */
export function conditionalExpectedPurchases(p: BgNbdParams, x: number, recency: number, age: number, t: number): number {
  const { r, alpha, a, b } = p;
  const eps = a - 1;
  const c = a + b + x - 1;
  const upper = a + b - 1 - r;
  const logRemain = -Math.log1p(t / (alpha + age)); // L = ln((α+T)/(α+T+t)) = ln(1 − z)
  const z = -Math.expm1(logRemain);
  const e1 = eps === 0 ? logRemain : Math.expm1(eps * logRemain) / eps;
  const k = hypergeometricTail(upper, eps, c, z, upper * z);
  const ifAlive = -c * e1 - Math.exp(eps * logRemain) * k;
  // Rounding can leave a tiny negative value (or −0) where the answer is 0; NaN stays NaN.
  return Math.max(ifAlive / (1 + Math.exp(logDeadOdds(p, x, recency, age))), 0);
}

/**
 * P(X(t) = n) for a new customer (FHL 2005, eq. 8):
 *   B(a, b+n)/B(a, b) · NB(n) + 1{n>0} · B(a+1, b+n−1)/B(a, b) · P(NB ≥ n),
 * NB the negative binomial of the purchases of a customer alive throughout,
 * NB(j) = Γ(r+j)/(Γ(r) j!) · (α/(α+t))^r · (t/(α+t))^j. The tail P(NB ≥ n) is taken as 1 minus
 * the head when n is at most the mean and summed directly beyond it, so it never cancels.
 * NaN when that sum does not settle (t so long that t/(α+t) rounds to 1), or when n is below the
 * mean but beyond MAX_SERIES_TERMS, too many terms for the head.
 */
export function purchaseProbability(p: BgNbdParams, t: number, n: number): number {
  const { r, alpha, a, b } = p;
  const logStay = -Math.log1p(t / alpha); // ln(α/(α+t))
  const logQ = Math.log(t / (alpha + t));
  const q = t / (alpha + t);
  // j ln q with 0 · ln 0 = 0: at t = 0 (or a t so small that q underflows) NB is all at j = 0.
  const logNb = (j: number): number => logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * logStay + (j === 0 ? 0 : j * logQ);
  const lbAB = logBeta(a, b);
  const first = Math.exp(logBeta(a, b + n) - lbAB + logNb(n));
  if (n === 0) return roundedProbability(first);
  const mean = (r * t) / alpha; // of the negative binomial: r q / (1 − q)
  let tail: number;
  if (n <= mean) {
    // Below the mode the direct sum would start with growing terms: too slow, and it may underflow.
    if (n > MAX_SERIES_TERMS) return Number.NaN;
    let term = Math.exp(r * logStay); // NB(0)
    let head = 0;
    for (let j = 0; j < n; j++) {
      head += term;
      term *= ((r + j) / (j + 1)) * q;
    }
    tail = Math.max(0, 1 - head);
  } else {
    // Beyond the mean every ratio NB(j+1)/NB(j) is below 1, so the terms only shrink.
    let term = Math.exp(logNb(n));
    tail = Number.NaN; // unless the sum settles
    let sum = 0;
    for (let j = n, steps = 0; steps < MAX_SERIES_TERMS; j++, steps++) {
      sum += term;
      term *= ((r + j) / (j + 1)) * q;
      if (term <= 1e-17 * sum) {
        tail = Math.min(1, sum);
        break;
      }
    }
  }
  return roundedProbability(first + Math.exp(logBeta(a + 1, b + n - 1) - lbAB) * tail);
}

/**
 * A probability computed in floating point: rounding may overshoot 1 by an ulp or two, which is
 * read as 1; anything more is a failure, reported as NaN (as is NaN itself).
 */
export function roundedProbability(value: number): number {
  return value < 1 + 1e-9 ? Math.min(value, 1) : Number.NaN;
}
