import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import { isShiftedBetaGeometricParams, notComputable } from "./_internal/checks.js";
import { hypergeometricTail } from "./_internal/numerics.js";
import { shiftedBetaGeometricParamsSchema, type ShiftedBetaGeometricParameters } from "./fitShiftedBetaGeometric.js";

const FN = "shiftedBetaGeometricResidualLifetime";

const DISCOUNT_RATE = "must be a finite number ≥ 0, the discount rate per period (0.1 for 10 % a year)";

/**
 * Input of {@link shiftedBetaGeometricResidualLifetime}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricResidualLifetimeInputSchema } from "salesmetrics";
 *
 * const params = { alpha: 0.668, beta: 3.806 };
 * shiftedBetaGeometricResidualLifetimeInputSchema.safeParse({ params, renewals: 0, discountRate: 0.1 }).success;
 * //=> true
 * shiftedBetaGeometricResidualLifetimeInputSchema.safeParse({ params, renewals: 2.5, discountRate: 0.1 }).error?.issues[0]?.path;
 * //=> ["renewals"]
 * ```
 */
export const shiftedBetaGeometricResidualLifetimeInputSchema = z.looseObject(
  {
    params: shiftedBetaGeometricParamsSchema,
    renewals: countSchema,
    discountRate: z.number({ error: DISCOUNT_RATE }).check(z.gte(0, { error: DISCOUNT_RATE })),
  },
  { error: "must be an object { params, renewals, discountRate }" },
);

/**
 * Input of {@link shiftedBetaGeometricResidualLifetime}: the fitted parameters and the customer's tenure.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricResidualLifetime, type ShiftedBetaGeometricResidualLifetimeInput } from "salesmetrics";
 *
 * // High-end customers, after 3 renewals, at 10 % a year
 * const input: ShiftedBetaGeometricResidualLifetimeInput = { params: { alpha: 0.668, beta: 3.806 }, renewals: 3, discountRate: 0.1 };
 * shiftedBetaGeometricResidualLifetime(input);
 * //=> 6.62
 * // Undiscounted with α ≤ 1, the expected residual lifetime is infinite.
 * shiftedBetaGeometricResidualLifetime({ ...input, discountRate: 0 });
 * //=> null
 * ```
 */
export interface ShiftedBetaGeometricResidualLifetimeInput {
  /** Fitted sBG parameters (the `params` of {@link fitShiftedBetaGeometric}). */
  params: ShiftedBetaGeometricParameters;
  /** Renewals the customer has made so far (0 for a customer in their first period). */
  renewals: number;
  /** Discount rate per period, ≥ 0. */
  discountRate: number;
}

/**
 * Discounted expected residual lifetime (DERL) under the shifted-beta-geometric model: the
 * payments still to come from an active customer, in periods, each discounted to now. Multiplied
 * by the margin per period it is the customer's expected residual lifetime value.
 *
 * For a customer who has made n renewals and is about to decide on the next one,
 * DERL = Σ_{k≥0} S(n+1+k) / S(n) / (1+d)^k = B(α, β+n+1)/B(α, β+n) · 2F1(1, β+n+1; α+β+n+1; 1/(1+d)):
 * the next payment counts in full if it comes (it is due now), later ones are discounted. At d = 0 it
 * is the undiscounted expected residual lifetime (β+n)/(α−1), infinite (null) when α ≤ 1.
 * Fader, P. S. & Hardie, B. G. S. (2010), "Customer-Base Valuation in a Contractual Setting: The
 * Perils of Ignoring Heterogeneity", Marketing Science 29(1), 85–93, eq. 6. http://brucehardie.com/papers/022/
 *
 * @param input - `params` `{ alpha, beta }` (> 0), `renewals` made so far and `discountRate` per period.
 * @returns DERL in periods (≥ 0); `null` when it is infinite (d = 0 and α ≤ 1).
 * @throws {KpiInputError} When `params` is not an object whose alpha and beta are finite numbers > 0, renewals is not a
 *   non-negative integer, the discount rate is negative or not finite, or the discount rate is so
 *   close to 0 that the series does not settle.
 *
 * @example
 * ```ts
 * import { shiftedBetaGeometricResidualLifetime } from "salesmetrics";
 *
 * // High-end customers, 10 % a year: a customer about to make their first renewal, and a loyal one
 * const params = { alpha: 0.668, beta: 3.806 };
 * shiftedBetaGeometricResidualLifetime({ params, renewals: 0, discountRate: 0.1 });
 * //=> 5.41
 * shiftedBetaGeometricResidualLifetime({ params, renewals: 6, discountRate: 0.1 });
 * //=> 7.35
 * ```
 */
export function shiftedBetaGeometricResidualLifetime(input: ShiftedBetaGeometricResidualLifetimeInput): number | null {
  const fields = fieldsOf(input);
  const params = fields.params;
  const renewals = fields.renewals;
  const discountRate = fields.discountRate;
  if (
    !isShiftedBetaGeometricParams(params) ||
    !isCount(renewals) ||
    !(typeof discountRate === "number" && discountRate >= 0 && discountRate < Infinity)
  ) {
    throw invalidInput(FN, "input", shiftedBetaGeometricResidualLifetimeInputSchema, input);
  }
  const { alpha, beta } = params;
  const b = beta + renewals; // β + n
  const retention = b / (alpha + b); // S(n+1)/S(n)
  if (discountRate === 0) return alpha > 1 ? b / (alpha - 1) + 0 : null;
  const z = 1 / (1 + discountRate);
  // 2F1(1, β+n+1; α+β+n+1; z) = 1 + Σ_{k≥1} (β+n+1)_k/(α+β+n+1)_k z^k.
  const series = 1 + hypergeometricTail(1, b + 1, alpha + b + 1, z, ((b + 1) / (alpha + b + 1)) * z);
  const value = retention * series;
  // z = 1/(1 + d) near 1 needs about 40/d terms: below d ≈ 2·10⁻⁵ the series does not settle.
  if (!Number.isFinite(value))
    throw notComputable(
      FN,
      "discountRate",
      "a rate this close to 0 makes the series not settle; rates from 10⁻⁴ per period up work",
    );
  return value + 0;
}
