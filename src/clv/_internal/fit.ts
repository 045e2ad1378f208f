// The fitting tail every CLV model shares: the iteration budget, Nelder–Mead over the
// log-parameters within bounds, convergence, a clean log-likelihood, and the asymptotic standard
// errors from the observed information.

import * as z from "zod/mini";
import { finiteResult, isRecord } from "../../_internal/validate.js";
import { minimize } from "./numerics.js";

const MAX_ITERATIONS = "must be an integer from 1 to 1000000";
/** The `maxIterations` option of every fit. */
export const MAX_ITERATIONS_SCHEMA = z
  .int({ error: MAX_ITERATIONS })
  .check(z.gte(1, { error: MAX_ITERATIONS }), z.lte(1_000_000, { error: MAX_ITERATIONS }));

/** The iteration budget of valid fit options, or NaN when they are not valid. */
export function readMaxIterations(options: unknown): number {
  if (options === undefined) return 5000;
  if (!isRecord(options)) return Number.NaN;
  const value = options.maxIterations;
  if (value === undefined) return 5000;
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 1_000_000 ? value : Number.NaN;
}

/**
 * Log-parameters are searched within ±20 of their starting values (a factor of 5 × 10⁸ either
 * way), where every likelihood is finite; starting values are scaled to the data.
 */
export const LOG_BOUND = 20;

/** Box bounds around a starting point in log-parameter space. */
export function boundsAround(start: readonly number[]): { lower: number[]; upper: number[] } {
  // ±700 keeps exp() of every point finite.
  return {
    lower: start.map((value) => Math.max(-700, value - LOG_BOUND)),
    upper: start.map((value) => Math.min(700, value + LOG_BOUND)),
  };
}

/**
 * True when a fitted parameter ran off towards 0 or infinity (beyond a factor e¹⁵ ≈ 3 × 10⁶ of its
 * start): the likelihood keeps rising towards the edge, there is no interior maximum, and the
 * "estimate" says only that the data do not identify the model.
 */
export function ranOff(logParams: readonly number[], start: readonly number[]): boolean {
  return logParams.some((value, i) => Math.abs(value - (start[i] as number)) > 15);
}

/** What {@link fitModel} needs to know about a model. */
export interface ModelProblem<N extends string> {
  /** The public function's name, for errors. */
  fn: string;
  /** The input field the data came from, for the error when the likelihood overflows. */
  path: string;
  /** The parameters' names, in the order of the log-parameter vector. */
  names: readonly N[];
  /** ln L at the natural parameters, in the order of `names` (non-finite counts as no likelihood). */
  logLikelihood: (params: readonly number[]) => number;
  /** The starting log-parameters. */
  start: readonly number[];
  maxIterations: number;
}

/** What {@link fitModel} returns: a ModelFit of the parameters named N. */
export interface FitResult<N extends string> {
  params: Record<N, number>;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  standardErrors: Record<N, number> | null;
}

/**
 * Step of the central differences in log-parameter space: a relative step of 10⁻⁴ in each
 * parameter, near ε^(1/4), which balances the truncation error (∝ h²) of a second difference
 * against its rounding error (∝ ε·|ln L| / h²).
 */
export const HESSIAN_STEP = 1e-4;

/**
 * Maximises ln L over the log-parameters (Nelder–Mead within {@link boundsAround} the start) and
 * returns the fit: the natural parameters by name, ln L at them, whether the optimiser converged
 * to an interior maximum, the iterations used, and the standard errors (null unless converged
 * and the observed information is positive definite).
 */
export function fitModel<N extends string>(problem: ModelProblem<N>): FitResult<N> {
  const { fn, path, names, start, maxIterations } = problem;
  const negative = (logParams: readonly number[]): number => -problem.logLikelihood(logParams.map(Math.exp));
  const minimum = minimize(negative, start, { ...boundsAround(start), maxIterations });
  const natural = minimum.x.map(Math.exp);
  const converged = minimum.converged && !ranOff(minimum.x, start);
  const errors = converged ? standardErrors(negative, minimum.x, minimum.value) : null;
  const params = {} as Record<N, number>;
  for (const [i, name] of names.entries()) params[name] = natural[i] as number;
  let standard: Record<N, number> | null = null;
  if (errors !== null) {
    standard = {} as Record<N, number>;
    // Delta method: se(θ) = θ · se(ln θ).
    for (const [i, name] of names.entries()) standard[name] = (natural[i] as number) * (errors[i] as number) + 0;
  }
  return {
    params,
    // Valid but extreme input (amounts or times near 10³⁰⁸) can overflow the likelihood to -Infinity.
    logLikelihood: finiteResult(fn, path, -minimum.value) + 0,
    converged,
    iterations: minimum.iterations,
    standardErrors: standard,
  };
}

/**
 * The standard errors of the log-parameters at a minimum u* of the negative log-likelihood f:
 * the square roots of the diagonal of the inverse of the observed information, the Hessian of f
 * at u*, by central differences with step {@link HESSIAN_STEP}. Null when a difference is not
 * finite or the Hessian is not positive definite (no interior maximum, or a flat direction).
 *
 * On the log scale, because the optimiser works there: a step in ln θ is a step relative to θ,
 * so one step suits every parameter whatever its size, and no step leaves θ > 0. At a maximum the
 * gradient vanishes, so the log-scale Hessian is D·H·D (D = diag θ, H the natural-scale Hessian)
 * and the delta method se(θ) = θ · se(ln θ) gives exactly the natural-scale standard errors.
 */
export function standardErrors(f: (x: readonly number[]) => number, at: readonly number[], value: number): number[] | null {
  const n = at.length;
  const h = HESSIAN_STEP;
  // f with log-parameter i moved by di steps and j by dj steps.
  const moved = (i: number, di: number, j: number, dj: number): number => {
    const x = [...at];
    x[i] = (x[i] as number) + di * h;
    x[j] = (x[j] as number) + dj * h;
    return f(x);
  };
  const hessian: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const row = hessian[i] as number[];
    row[i] = (moved(i, 1, i, 0) - 2 * value + moved(i, -1, i, 0)) / (h * h);
    for (let j = 0; j < i; j++) {
      const mixed = (moved(i, 1, j, 1) - moved(i, 1, j, -1) - moved(i, -1, j, 1) + moved(i, -1, j, -1)) / (4 * h * h);
      row[j] = mixed;
      (hessian[j] as number[])[i] = mixed;
    }
  }
  const variances = inverseDiagonal(hessian);
  if (variances === null) return null;
  const errors = variances.map(Math.sqrt);
  return errors.every((e) => Number.isFinite(e) && e > 0) ? errors : null;
}

/**
 * The diagonal of the inverse of a symmetric matrix by its Cholesky factor L (A = L·Lᵀ), or null
 * when A is not positive definite (or holds a non-finite entry).
 */
export function inverseDiagonal(a: readonly (readonly number[])[]): number[] | null {
  const n = a.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i] as number[])[k]! * (l[j] as number[])[k]!;
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        (l[i] as number[])[i] = Math.sqrt(sum);
      } else {
        (l[i] as number[])[j] = sum / (l[j] as number[])[j]!;
      }
    }
  }
  // A⁻¹ = L⁻ᵀ·L⁻¹, so (A⁻¹)_jj = Σ_i (L⁻¹)_ij²: each column of L⁻¹ by forward substitution.
  const diagonal = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    const column = new Array<number>(n).fill(0); // column j of L⁻¹
    for (let i = j; i < n; i++) {
      let sum = i === j ? 1 : 0;
      for (let k = j; k < i; k++) sum -= (l[i] as number[])[k]! * (column[k] as number);
      column[i] = sum / (l[i] as number[])[i]!;
    }
    for (let i = j; i < n; i++) diagonal[j] = (diagonal[j] as number) + (column[i] as number) ** 2;
  }
  return diagonal;
}
