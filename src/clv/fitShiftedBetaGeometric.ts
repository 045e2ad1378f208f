import * as z from "zod/mini";
import { invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { positiveNumberSchema } from "./_internal/checks.js";
import { fitModel, MAX_ITERATIONS_SCHEMA, readMaxIterations } from "./_internal/fit.js";
import type { ModelFit } from "./modelFit.js";

const FN = "fitShiftedBetaGeometric";

/**
 * Shifted-beta-geometric parameters: α and β of the beta distribution of the churn probability θ across customers.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricParamsSchema } from "salesmetrics";
 *
 * shiftedBetaGeometricParamsSchema.safeParse({ alpha: 0.668, beta: 3.806 }).success;
 * //=> true
 * shiftedBetaGeometricParamsSchema.safeParse({ alpha: 0.668, beta: 0 }).error?.issues[0]?.path;
 * //=> ["beta"]
 * ```
 */
export const shiftedBetaGeometricParamsSchema = z.looseObject(
  { alpha: positiveNumberSchema, beta: positiveNumberSchema },
  { error: "must be an object { alpha, beta } of numbers greater than 0" },
);

/**
 * The two parameters of the shifted-beta-geometric churn model (Fader & Hardie 2007).
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricSurvival, type ShiftedBetaGeometricParameters } from "salesmetrics";
 *
 * // "High end" customers (Fader & Hardie 2007)
 * const params: ShiftedBetaGeometricParameters = { alpha: 0.668, beta: 3.806 };
 * // The mean churn probability, α ÷ (α + β)
 * params.alpha / (params.alpha + params.beta);
 * //=> 0.1493
 * shiftedBetaGeometricSurvival({ params, periods: 1 });
 * //=> [0.8507]
 * ```
 */
export interface ShiftedBetaGeometricParameters {
  /** First shape of the beta distribution of the churn probability (its mean is α ÷ (α + β)). */
  alpha: number;
  /** Second shape of that beta distribution. */
  beta: number;
}

/** The most periods a survival curve may have. */
const MAX_SURVIVAL_PERIODS = 10_000;
const SHARE = "must be a number from 0 to 1, the share of the cohort still active";

/**
 * The survival curve of {@link fitShiftedBetaGeometric}: shares in [0, 1] that never rise.
 *
 * @example
 * ```ts
 * import { survivalCurveSchema } from "salesmetrics";
 *
 * survivalCurveSchema.safeParse([0.869, 0.743, 0.653]).success;
 * //=> true
 * // Shares are fractions, not percentages, and they never rise.
 * survivalCurveSchema.safeParse([86.9, 74.3]).error?.issues[0]?.message;
 * //=> "must be a number from 0 to 1, the share of the cohort still active"
 * survivalCurveSchema.safeParse([0.869, 0.9]).error?.issues[0]?.message;
 * //=> "must not exceed the share before it, 0.869"
 * ```
 */
export const survivalCurveSchema = z
  .array(z.number({ error: SHARE }).check(z.gte(0, { error: SHARE }), z.lte(1, { error: SHARE })), {
    error: "must be an array of the shares of the cohort still active at the end of periods 1, 2, …",
  })
  .check(
    z.minLength(1, { error: "must hold at least one period" }),
    z.maxLength(MAX_SURVIVAL_PERIODS, { error: `must hold at most ${MAX_SURVIVAL_PERIODS} periods` }),
    z.superRefine((shares, context) => {
      for (let i = 1; i < shares.length; i++) {
        const previous = shares[i - 1] as number;
        const share = shares[i] as number;
        if (isShare(previous) && isShare(share) && share > previous) {
          context.issues.push({
            code: "custom",
            input: share,
            path: [i],
            message: `must not exceed the share before it, ${previous}`,
          });
          return;
        }
      }
    }),
  );

const COHORT_SIZE = "must be a finite number greater than 0";

/**
 * Options of {@link fitShiftedBetaGeometric}.
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometricOptionsSchema } from "salesmetrics";
 *
 * fitShiftedBetaGeometricOptionsSchema.safeParse({ cohortSize: 1000, maxIterations: 10_000 }).success;
 * //=> true
 * fitShiftedBetaGeometricOptionsSchema.safeParse({ cohortSize: 0 }).error?.issues[0]?.path;
 * //=> ["cohortSize"]
 * ```
 */
export const fitShiftedBetaGeometricOptionsSchema = optionsSchema({
  cohortSize: z.number({ error: COHORT_SIZE }).check(z.gt(0, { error: COHORT_SIZE })),
  maxIterations: MAX_ITERATIONS_SCHEMA,
});

/**
 * Options of {@link fitShiftedBetaGeometric}: what {@link fitShiftedBetaGeometricOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, type FitShiftedBetaGeometricOptions } from "salesmetrics";
 *
 * const survival = [0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491];
 * const options: FitShiftedBetaGeometricOptions = { cohortSize: 1000 };
 * const cohort = fitShiftedBetaGeometric(survival, options);
 * const perCustomer = fitShiftedBetaGeometric(survival);
 * // cohortSize scales the log-likelihood (and the precision), not the estimates.
 * [cohort.params.alpha, perCustomer.params.alpha];
 * //=> [0.668, 0.668]
 * [cohort.logLikelihood, perCustomer.logLikelihood];
 * //=> [-1611.16, -1.611]
 * ```
 */
export interface FitShiftedBetaGeometricOptions {
  /** Customers the cohort started with (default 1): scales the log-likelihood and the standard errors, not the estimates. */
  cohortSize?: number | undefined;
  /** Most Nelder–Mead iterations (default 5,000). */
  maxIterations?: number | undefined;
}

/**
 * The result of {@link fitShiftedBetaGeometric}: a {@link ModelFit} of α and β. `logLikelihood` is
 * for a cohort of `cohortSize` customers, and so are the standard errors: they shrink as 1/√cohortSize.
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, shiftedBetaGeometricSurvival, type ShiftedBetaGeometricFit } from "salesmetrics";
 *
 * // "High end" customers, years 1–7 (Fader & Hardie 2007), projected to year 12
 * const fit: ShiftedBetaGeometricFit = fitShiftedBetaGeometric([0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491]);
 * fit.converged;
 * //=> true
 * shiftedBetaGeometricSurvival({ params: fit.params, periods: 12 })[11];
 * //=> 0.378
 * ```
 */
export type ShiftedBetaGeometricFit = ModelFit<ShiftedBetaGeometricParameters>;

function isShare(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= 1;
}

/**
 * Fits the shifted-beta-geometric (sBG) model of contractual retention to a cohort's survival
 * curve by maximum likelihood: the model that projects retention beyond the periods observed.
 *
 * Each customer renews every period until they churn, with their own churn probability θ; θ ~
 * Beta(α, β) across customers, so retention rises with tenure as the likeliest churners leave.
 * P(churn in period t) = B(α+1, β+t−1)/B(α, β) and S(t) = B(α, β+t)/B(α, β), by the recursions
 * P(1) = α/(α+β), P(t) = P(t−1)·(β+t−2)/(α+β+t−1), S(t) = S(t−1)·(β+t−1)/(α+β+t−1).
 * ln L = n · [Σ_t (s_{t−1} − s_t) ln P(t) + s_last ln S(last)], s the shares (s_0 = 1), n the cohort size.
 * Fader, P. S. & Hardie, B. G. S. (2007), "How to Project Customer Retention", Journal of
 * Interactive Marketing 21(1), 76–90. http://brucehardie.com/papers/021/
 *
 * @param survival - The shares of the cohort still active at the end of periods 1, 2, …, n: fractions that never rise.
 * @param options - `cohortSize` (default 1), `maxIterations` (default 5,000).
 * @returns A {@link ModelFit}: `{ params: { alpha, beta }, logLikelihood, converged, iterations, standardErrors }`;
 *   `standardErrors` is null when the fit did not converge, and is only meaningful with the real `cohortSize`.
 * @throws {KpiInputError} When `survival` is empty, too long (over 10,000 periods), holds a share
 *   outside [0, 1] or one above the share before it, an option is invalid, or `cohortSize` is so
 *   large (near 10³⁰⁸) that the log-likelihood overflows.
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric } from "salesmetrics";
 *
 * // "High end" customers, years 1–7 (Fader & Hardie 2007: α 0.668, β 3.806)
 * const fit = fitShiftedBetaGeometric([0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491], { cohortSize: 1000 });
 * fit.params;
 * //=> { alpha: 0.668, beta: 3.806 }
 * fit.logLikelihood;
 * //=> -1611.16
 * ```
 */
export function fitShiftedBetaGeometric(
  survival: readonly number[],
  options?: FitShiftedBetaGeometricOptions,
): ShiftedBetaGeometricFit {
  const cohortSize = isRecord(options) && options.cohortSize !== undefined ? options.cohortSize : 1;
  const maxIterations = readMaxIterations(options);
  if (
    !isOptionsArgument(options) ||
    !(typeof cohortSize === "number" && cohortSize > 0 && cohortSize < Infinity) ||
    Number.isNaN(maxIterations)
  ) {
    throw invalidInput(FN, "options", fitShiftedBetaGeometricOptionsSchema, options);
  }
  if (!Array.isArray(survival) || survival.length === 0 || survival.length > MAX_SURVIVAL_PERIODS) {
    throw invalidInput(FN, "survival", survivalCurveSchema, survival);
  }
  const periods = survival.length;
  const lost = new Float64Array(periods);
  let previous = 1;
  for (let t = 0; t < periods; t++) {
    const share: unknown = survival[t];
    if (!isShare(share) || (t > 0 && share > previous)) throw invalidInput(FN, "survival", survivalCurveSchema, survival);
    lost[t] = t === 0 ? 1 - share : previous - share;
    previous = share;
  }
  const remaining = previous;

  const logLikelihood = (alpha: number, beta: number): number => {
    let churn = alpha / (alpha + beta); // P(T = 1)
    let survivor = 1 - churn; // S(1)
    let total = (lost[0] as number) > 0 ? (lost[0] as number) * Math.log(churn) : 0;
    for (let t = 2; t <= periods; t++) {
      churn *= (beta + t - 2) / (alpha + beta + t - 1);
      survivor *= (beta + t - 1) / (alpha + beta + t - 1);
      if ((lost[t - 1] as number) > 0) total += (lost[t - 1] as number) * Math.log(churn);
    }
    if (remaining > 0) total += remaining * Math.log(survivor);
    return cohortSize * total;
  };

  return fitModel({
    fn: FN,
    path: "survival",
    names: ["alpha", "beta"],
    logLikelihood: ([alpha, beta]) => logLikelihood(alpha as number, beta as number),
    start: [0, 0],
    maxIterations,
  });
}
