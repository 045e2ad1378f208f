// Shared numerics of the CLV models: log-gamma, log-beta, a Gauss hypergeometric series and a
// bounded Nelder–Mead minimiser that reports whether it converged instead of throwing.

const LANCZOS_G = 7;
/** Lanczos coefficients for g = 7, n = 9 (Godfrey; as in Numerical Recipes and Boost's table). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, 9 terms), relative error about 1e-15;
 * below 0.5 through the reflection Γ(x)Γ(1 − x) = π / sin(πx).
 * Lanczos, C. (1964), SIAM J. Numerical Analysis B 1, 86–96. https://en.wikipedia.org/wiki/Lanczos_approximation
 */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < 9; i++) sum += (LANCZOS[i] as number) / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Most terms a hypergeometric series may take before it is declared not convergent (a few ms). */
export const MAX_SERIES_TERMS = 2_000_000;

/**
 * Σ_{n≥1} tₙ of a Gauss hypergeometric series 2F1(a, b; c; z) = 1 + Σ_{n≥1} (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ,
 * without its leading 1, for 0 ≤ z < 1, starting from a given first term t₁ (so that callers
 * can divide a vanishing factor out of every term, see bgNbdMath). The ratio of successive terms is
 * tₙ₊₁/tₙ = (a + n)(b + n)/((c + n)(n + 1)) z. Returns NaN when the series has not settled within
 * {@link MAX_SERIES_TERMS} terms (z too close to 1) or a term is not finite.
 * https://dlmf.nist.gov/15.2#E1
 */
export function hypergeometricTail(a: number, b: number, c: number, z: number, firstTerm: number): number {
  let term = firstTerm;
  let sum = firstTerm;
  for (let n = 1; n < MAX_SERIES_TERMS; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1));
    term *= ratio * z;
    sum += term;
    // Stop once terms shrink geometrically and no longer change the sum, or are 0 (z = 0, a first
    // term 0, or a series that terminates).
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio * z) < 1) return sum;
    if (term === 0) return sum;
    if (!Number.isFinite(sum)) return Number.NaN;
  }
  return Number.NaN;
}

/** 2F1(a, b; c; z) for 0 ≤ z < 1 by its series (NaN when it does not settle). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return 1 + hypergeometricTail(a, b, c, z, ((a * b) / c) * z);
}

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /** Lower and upper bound of each coordinate; points are clamped into the box. */
  lower: readonly number[];
  upper: readonly number[];
  /** Most iterations over all restarts (default 5,000). */
  maxIterations?: number;
  /** Initial simplex edge along each coordinate (default 0.5). */
  step?: number;
}

/** The result of {@link minimize}. */
export interface Minimum {
  x: number[];
  value: number;
  /** The simplex collapsed (in x and in value) and a restart from the optimum found nothing better. */
  converged: boolean;
  iterations: number;
}

/**
 * Minimises f over a box by the Nelder–Mead simplex method (Lagarias et al. coefficients:
 * reflection 1, expansion 2, contraction ½, shrink ½), restarting from the best point until a
 * restart no longer improves it. A non-finite f counts as +∞. Never throws on failure: it reports
 * `converged: false` when the iteration budget runs out.
 * Nelder, J. A. & Mead, R. (1965), The Computer Journal 7(4), 308–313;
 * Lagarias, Reeds, Wright & Wright (1998), SIAM J. Optimization 9(1), 112–147.
 */
export function minimize(f: (x: readonly number[]) => number, start: readonly number[], options: MinimizeOptions): Minimum {
  const { lower, upper } = options;
  const maxIterations = options.maxIterations ?? 5000;
  const step = options.step ?? 0.5;
  const n = start.length;
  const clamp = (x: number[]): number[] => x.map((v, i) => Math.min(upper[i] as number, Math.max(lower[i] as number, v)));
  const evaluate = (x: number[]): number => {
    const value = f(x);
    return Number.isFinite(value) ? value : Infinity;
  };

  let best = clamp([...start]);
  let bestValue = evaluate(best);
  let iterations = 0;
  let converged = false;
  for (let restart = 0; restart < 20 && iterations < maxIterations; restart++) {
    const run = simplexSearch(best, bestValue, restart === 0 ? step : step / 4);
    iterations += run.iterations;
    const improvement = bestValue - run.value;
    if (run.value < bestValue) {
      best = run.x;
      bestValue = run.value;
    }
    if (!run.collapsed) break; // out of iterations
    // A fresh simplex around the optimum found nothing better: a minimum, not a stalled simplex.
    if (restart > 0 && !(improvement > 1e-10 * Math.max(1, Math.abs(bestValue)))) {
      converged = true;
      break;
    }
  }
  return { x: best, value: bestValue, converged: converged && Number.isFinite(bestValue), iterations };

  function simplexSearch(x0: number[], f0: number, edge: number) {
    const points: number[][] = [x0];
    const values: number[] = [f0];
    for (let i = 0; i < n; i++) {
      const x = [...x0];
      x[i] = (x[i] as number) + ((x[i] as number) + edge > (upper[i] as number) ? -edge : edge);
      const point = clamp(x);
      points.push(point);
      values.push(evaluate(point));
    }
    let count = 0;
    for (; iterations + count < maxIterations; count++) {
      // Order the vertices by value.
      const order = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
      const sortedPoints = order.map((i) => points[i] as number[]);
      const sortedValues = order.map((i) => values[i] as number);
      points.splice(0, points.length, ...sortedPoints);
      values.splice(0, values.length, ...sortedValues);
      const fBest = values[0] as number;
      const fWorst = values[n] as number;
      let spread = 0;
      for (let i = 1; i <= n; i++) {
        for (let j = 0; j < n; j++)
          spread = Math.max(spread, Math.abs((points[i] as number[])[j]! - (points[0] as number[])[j]!));
      }
      if (fWorst - fBest <= 1e-12 * Math.max(1, Math.abs(fBest)) && spread <= 1e-7) {
        return { x: points[0] as number[], value: fBest, iterations: count, collapsed: true };
      }
      const centroid = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) centroid[j] = (centroid[j] as number) + (points[i] as number[])[j]! / n;
      const worst = points[n] as number[];
      const along = (t: number) => clamp(centroid.map((c, j) => c + t * (c - worst[j]!)));
      const reflected = along(1);
      const fr = evaluate(reflected);
      if (fr < fBest) {
        const expanded = along(2);
        const fe = evaluate(expanded);
        if (fe < fr) replaceWorst(expanded, fe);
        else replaceWorst(reflected, fr);
      } else if (fr < (values[n - 1] as number)) {
        replaceWorst(reflected, fr);
      } else {
        const outside = fr < fWorst;
        const contracted = along(outside ? 0.5 : -0.5);
        const fc = evaluate(contracted);
        if (fc < (outside ? fr : fWorst)) replaceWorst(contracted, fc);
        else {
          const bestPoint = points[0] as number[];
          for (let i = 1; i <= n; i++) {
            const shrunk = clamp((points[i] as number[]).map((v, j) => bestPoint[j]! + 0.5 * (v - bestPoint[j]!)));
            points[i] = shrunk;
            values[i] = evaluate(shrunk);
          }
        }
      }
    }
    let bestIndex = 0;
    for (let i = 1; i <= n; i++) if ((values[i] as number) < (values[bestIndex] as number)) bestIndex = i;
    return { x: points[bestIndex] as number[], value: values[bestIndex] as number, iterations: count, collapsed: false };

    function replaceWorst(point: number[], value: number): void {
      points[n] = point;
      values[n] = value;
    }
  }
}
