import { optionsSchema } from "../_internal/validate.js";
import { MAX_ITERATIONS_SCHEMA } from "./_internal/fit.js";

/**
 * What every CLV fit returns ({@link fitBgNbd}, {@link fitGammaGamma}, {@link fitShiftedBetaGeometric}):
 * the maximum-likelihood parameters `P`, which every model function of that model takes as its
 * `params`, and how far to trust them.
 *
 * `standardErrors` holds the asymptotic standard error of each parameter: the square root of the
 * diagonal of the inverse of the observed information (the negative Hessian of the log-likelihood
 * at the optimum, by central differences on the log scale the optimiser uses, then the delta
 * method back to each parameter's own scale). It is `null` when the fit did not converge, or when
 * the Hessian is not positive definite (no interior maximum). θ ± 1.96 · se is the usual 95 %
 * Wald interval; it is wide, and means little, on a few dozen customers.
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, shiftedBetaGeometricSurvival, type ModelFit, type ShiftedBetaGeometricParameters } from "salesmetrics";
 *
 * // "High end" customers, years 1–7 (Fader & Hardie 2007), a cohort of 1,000
 * const fit: ModelFit<ShiftedBetaGeometricParameters> = fitShiftedBetaGeometric(
 *   [0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491],
 *   { cohortSize: 1000 },
 * );
 * fit.params;
 * //=> { alpha: 0.668, beta: 3.806 }
 * fit.standardErrors;
 * //=> { alpha: 0.104, beta: 0.786 }
 * shiftedBetaGeometricSurvival({ params: fit.params, periods: 12 })[11];
 * //=> 0.378
 * ```
 */
export interface ModelFit<P> {
  /** The maximum-likelihood parameters: the `params` of every model function of the model. */
  params: P;
  /** The log-likelihood at `params`. */
  logLikelihood: number;
  /** False when the optimiser ran out of iterations or a parameter ran to its bound (no interior maximum). */
  converged: boolean;
  /** Nelder–Mead iterations used. */
  iterations: number;
  /**
   * The asymptotic standard error of each numeric parameter, in that parameter's unit; `null`
   * when the fit did not converge or the observed information is not positive definite.
   */
  standardErrors: { [K in keyof P as P[K] extends number ? K : never]-?: number } | null;
}

/**
 * Options of the fitting functions.
 *
 * @example
 * ```ts
 * import { fitOptionsSchema } from "salesmetrics";
 *
 * fitOptionsSchema.safeParse({ maxIterations: 10_000 }).success;
 * //=> true
 * fitOptionsSchema.safeParse({ maxIterations: 0 }).error?.issues[0]?.message;
 * //=> "must be an integer from 1 to 1000000"
 * ```
 */
export const fitOptionsSchema = optionsSchema({ maxIterations: MAX_ITERATIONS_SCHEMA });

/**
 * Options of {@link fitBgNbd} and {@link fitGammaGamma}: what {@link fitOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { fitGammaGamma, type FitOptions } from "salesmetrics";
 *
 * const customers = [
 *   { frequency: 2, monetaryValue: 22.35 },
 *   { frequency: 7, monetaryValue: 73.74 },
 *   { frequency: 5, monetaryValue: 17.59 },
 * ];
 * // Too few iterations: the fit stops there and says so, without standard errors.
 * const options: FitOptions = { maxIterations: 20 };
 * const fit = fitGammaGamma(customers, options);
 * [fit.converged, fit.iterations, fit.standardErrors];
 * //=> [false, 20, null]
 * ```
 */
export interface FitOptions {
  /** Most Nelder–Mead iterations (default 5,000; each costs a few likelihood evaluations). */
  maxIterations?: number | undefined;
}
