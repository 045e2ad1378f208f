import * as z from "zod/mini";
import { expectedSpend } from "./_internal/gammaGammaMath.js";
import { countSchema } from "../core/count.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";
import type { Money } from "../core/money.js";
import { isGammaGammaParams, monetaryValueSchema, notComputable, readSpendCustomer, spendRule } from "./_internal/checks.js";
import { gammaGammaParamsSchema, type GammaGammaParameters } from "./fitGammaGamma.js";

const FN = "gammaGammaExpectedSpend";

/**
 * Input of {@link gammaGammaExpectedSpend}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { gammaGammaExpectedSpendInputSchema } from "salesmetrics";
 *
 * const params = { p: 6.25, q: 3.74, gamma: 15.44 };
 * gammaGammaExpectedSpendInputSchema.safeParse({ params, frequency: 2, monetaryValue: "22.35" }).success;
 * //=> true
 * gammaGammaExpectedSpendInputSchema.safeParse({ params, frequency: 0 }).success;
 * //=> true
 * gammaGammaExpectedSpendInputSchema.safeParse({ params, frequency: 2 }).error?.issues[0]?.message;
 * //=> "is required for a customer with repeat purchases (frequency > 0)"
 * ```
 */
export const gammaGammaExpectedSpendInputSchema = z
  .looseObject(
    { params: gammaGammaParamsSchema, frequency: countSchema, monetaryValue: monetaryValueSchema },
    { error: "must be an object { params, frequency, monetaryValue }" },
  )
  .check(spendRule);

/**
 * Input of {@link gammaGammaExpectedSpend}: what {@link gammaGammaExpectedSpendInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { gammaGammaExpectedSpend, type GammaGammaExpectedSpendInput } from "salesmetrics";
 *
 * // Ten repeat purchases: the customer's own mean weighs far more than the population's.
 * const input: GammaGammaExpectedSpendInput = {
 *   params: { p: 6.25, q: 3.74, gamma: 15.44 },
 *   frequency: 10,
 *   monetaryValue: "43.35",
 * };
 * gammaGammaExpectedSpend(input);
 * //=> 43.01
 * ```
 */
export interface GammaGammaExpectedSpendInput {
  /** Fitted Gamma-Gamma parameters (the `params` of {@link fitGammaGamma}). */
  params: GammaGammaParameters;
  /** Repeat purchases observed. */
  frequency: number;
  /** Their mean spend; may be null or absent when frequency is 0. */
  monetaryValue?: Money | null | undefined;
}

/**
 * The spend per purchase to expect from a customer, given the mean m of their x repeat purchases,
 * under the Gamma-Gamma model: a weighted average of the population mean and their own mean, with
 * more weight on their own the more purchases it rests on.
 *
 * E[M | x, m] = p(γ + x m) / (p x + q − 1) = (1 − w) · pγ/(q − 1) + w · m,  w = p x / (p x + q − 1).
 * With x = 0 it is the population mean pγ/(q − 1). Fader & Hardie (2013), "The Gamma-Gamma Model of
 * Monetary Value", eq. 4, http://brucehardie.com/notes/025/
 *
 * @param input - `params` `{ p, q, gamma }`, the customer's `frequency` and `monetaryValue`.
 * @returns Expected spend per purchase, in the money of `monetaryValue`; `null` when the
 *   expectation is infinite (p x + q ≤ 1, e.g. q ≤ 1 for a customer without repeat purchases).
 * @throws {KpiInputError} When a parameter is not a finite number > 0, `frequency` is not a
 *   non-negative integer, `monetaryValue` is negative, or missing while frequency > 0, or the
 *   result overflows a float.
 *
 * @example
 * ```ts
 * import { gammaGammaExpectedSpend } from "salesmetrics";
 *
 * // CDNOW at the published parameters (Fader & Hardie 2013): customer 1 bought twice more, at 22.35 on average
 * const params = { p: 6.25, q: 3.74, gamma: 15.44 };
 * gammaGammaExpectedSpend({ params, frequency: 2, monetaryValue: 22.35 });
 * //=> 24.66
 * gammaGammaExpectedSpend({ params, frequency: 0 });
 * //=> 35.22
 * ```
 */
export function gammaGammaExpectedSpend(input: GammaGammaExpectedSpendInput): number | null {
  const fields = fieldsOf(input);
  const params = fields.params;
  const spend = readSpendCustomer(input);
  if (!isGammaGammaParams(params) || Number.isNaN(spend)) {
    throw invalidInput(FN, "input", gammaGammaExpectedSpendInputSchema, input);
  }
  const value = expectedSpend(params, input.frequency, spend ?? 0);
  if (value !== null && !Number.isFinite(value)) throw notComputable(FN, "params");
  return value;
}
