import * as z from "zod/mini";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { isShiftedBetaGeometricParams } from "./_internal/checks.js";
import { shiftedBetaGeometricParamsSchema, type ShiftedBetaGeometricParameters } from "./fitShiftedBetaGeometric.js";

const FN = "shiftedBetaGeometricSurvival";

const PERIODS = "must be an integer from 1 to 10000";

/**
 * Input of {@link shiftedBetaGeometricSurvival}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricSurvivalInputSchema } from "salesmetrics";
 *
 * const params = { alpha: 0.668, beta: 3.806 };
 * shiftedBetaGeometricSurvivalInputSchema.safeParse({ params, periods: 12 }).success;
 * //=> true
 * shiftedBetaGeometricSurvivalInputSchema.safeParse({ params, periods: 0 }).error?.issues[0]?.message;
 * //=> "must be an integer from 1 to 10000"
 * ```
 */
export const shiftedBetaGeometricSurvivalInputSchema = z.looseObject(
  {
    params: shiftedBetaGeometricParamsSchema,
    periods: z.int({ error: PERIODS }).check(z.gte(1, { error: PERIODS }), z.lte(10_000, { error: PERIODS })),
  },
  { error: "must be an object { params, periods }" },
);

/**
 * Input of {@link shiftedBetaGeometricSurvival}: the fitted parameters and the periods to project.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricSurvival, type ShiftedBetaGeometricSurvivalInput } from "salesmetrics";
 *
 * // High-end customers, the first five years
 * const input: ShiftedBetaGeometricSurvivalInput = { params: { alpha: 0.668, beta: 3.806 }, periods: 5 };
 * shiftedBetaGeometricSurvival(input);
 * //=> [0.851, 0.747, 0.67, 0.61, 0.562]
 * ```
 */
export interface ShiftedBetaGeometricSurvivalInput {
  /** Fitted sBG parameters (the `params` of {@link fitShiftedBetaGeometric}). */
  params: ShiftedBetaGeometricParameters;
  /** How many periods to project. */
  periods: number;
}

/**
 * The survival curve the shifted-beta-geometric model projects: the share of a cohort still
 * active at the end of periods 1, 2, …, n.
 *
 * S(t) = B(α, β+t)/B(α, β), by S(0) = 1, S(t) = S(t−1) · (β+t−1)/(α+β+t−1); the factor is the
 * retention rate of period t, which rises with t. Fader & Hardie (2007), "How to Project Customer
 * Retention", Journal of Interactive Marketing 21(1), eq. 3. http://brucehardie.com/papers/021/
 *
 * @param input - `params` `{ alpha, beta }` (> 0) and `periods` (1 to 10,000).
 * @returns `periods` shares in (0, 1), falling.
 * @throws {KpiInputError} When `params` is not an object whose alpha and beta are finite numbers > 0, or `periods` is not an integer from 1 to 10,000.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricSurvival } from "salesmetrics";
 *
 * // High-end customers: fitted on years 1–7, projected to year 12 (observed: 0.394)
 * const survival = shiftedBetaGeometricSurvival({ params: { alpha: 0.668, beta: 3.806 }, periods: 12 });
 * survival[11];
 * //=> 0.378
 * ```
 */
export function shiftedBetaGeometricSurvival(input: ShiftedBetaGeometricSurvivalInput): number[] {
  const fields = fieldsOf(input);
  const params = fields.params;
  const periods = fields.periods;
  if (
    !isShiftedBetaGeometricParams(params) ||
    !(typeof periods === "number" && Number.isInteger(periods) && periods >= 1 && periods <= 10_000)
  ) {
    throw invalidInput(FN, "input", shiftedBetaGeometricSurvivalInputSchema, input);
  }
  const { alpha, beta } = params;
  const survival = new Array<number>(periods);
  let share = 1;
  for (let t = 1; t <= periods; t++) {
    share *= (beta + (t - 1)) / (alpha + beta + (t - 1));
    survival[t - 1] = share + 0;
  }
  return survival;
}
