import * as z from "zod/mini";
import type { Money } from "../core/money.js";
import { countSchema } from "../core/count.js";
import { invalidInput, isOptionsArgument } from "../_internal/validate.js";
import { LargeMap } from "../_internal/largeMap.js";
import { monetaryValueSchema, positiveNumberSchema, readSpendCustomer, spendRule } from "./_internal/checks.js";
import { fitModel, readMaxIterations } from "./_internal/fit.js";
import { logGamma } from "./_internal/numerics.js";
import { fitOptionsSchema, type FitOptions, type ModelFit } from "./modelFit.js";

const FN = "fitGammaGamma";

/**
 * Gamma-Gamma parameters: p, the shape of each customer's spend per purchase; q and γ of the gamma of its scale.
 *
 * @example
 * ```ts
 * import { gammaGammaParamsSchema } from "salesmetrics";
 *
 * gammaGammaParamsSchema.safeParse({ p: 6.25, q: 3.74, gamma: 15.44 }).success;
 * //=> true
 * gammaGammaParamsSchema.safeParse({ p: 6.25, q: 3.74, gamma: -15.44 }).error?.issues[0]?.path;
 * //=> ["gamma"]
 * ```
 */
export const gammaGammaParamsSchema = z.looseObject(
  { p: positiveNumberSchema, q: positiveNumberSchema, gamma: positiveNumberSchema },
  { error: "must be an object { p, q, gamma } of numbers greater than 0" },
);

/**
 * The three parameters of the Gamma-Gamma spend model (Fader, Hardie & Lee 2005), as {@link fitGammaGamma} returns them.
 *
 * @example
 * ```ts
 * import type { GammaGammaParameters } from "salesmetrics";
 *
 * // CDNOW (Fader & Hardie 2013)
 * const params: GammaGammaParameters = { p: 6.25, q: 3.74, gamma: 15.44 };
 * // The mean spend across customers, p·γ ÷ (q − 1)
 * (params.p * params.gamma) / (params.q - 1);
 * //=> 35.22
 * ```
 */
export interface GammaGammaParameters {
  /** Shape of the gamma distribution of one customer's spend per purchase. */
  p: number;
  /** Shape of the gamma distribution of that distribution's rate across customers. */
  q: number;
  /** Scale of the gamma distribution across customers, in money (the mean spend is p·γ ÷ (q − 1)). */
  gamma: number;
}

/**
 * A customer's repeat purchases and their mean spend, as the Gamma-Gamma model reads them.
 *
 * @example
 * ```ts
 * import { spendCustomerSchema } from "salesmetrics";
 *
 * spendCustomerSchema.safeParse({ frequency: 2, monetaryValue: "22.35" }).success;
 * //=> true
 * spendCustomerSchema.safeParse({ frequency: 0 }).success;
 * //=> true
 * spendCustomerSchema.safeParse({ frequency: 2, monetaryValue: -5 }).error?.issues[0]?.path;
 * //=> ["monetaryValue"]
 * ```
 */
export const spendCustomerSchema = z
  .looseObject(
    { frequency: countSchema, monetaryValue: monetaryValueSchema },
    { error: "must be an object { frequency, monetaryValue }" },
  )
  .check(spendRule);

/** Whether a customer enters the Gamma-Gamma likelihood: repeat purchases with a positive mean spend. */
function isRepeatBuyer(row: unknown): boolean {
  const spend = readSpendCustomer(row);
  return spend !== null && spend > 0 && (row as { frequency: number }).frequency > 0;
}

/**
 * The customers {@link fitGammaGamma} fits: at least one with repeat purchases and a positive mean spend.
 *
 * @example
 * ```ts
 * import { gammaGammaCustomersSchema } from "salesmetrics";
 *
 * gammaGammaCustomersSchema.safeParse([{ frequency: 2, monetaryValue: 22.35 }, { frequency: 0, monetaryValue: null }]).success;
 * //=> true
 * // Customers without repeat purchases alone leave nothing to fit.
 * gammaGammaCustomersSchema.safeParse([{ frequency: 0, monetaryValue: null }]).error?.issues[0]?.message;
 * //=> "must hold at least one customer with repeat purchases (frequency > 0) and a monetaryValue > 0"
 * ```
 */
export const gammaGammaCustomersSchema = z
  .array(spendCustomerSchema, { error: "must be an array of { frequency, monetaryValue }" })
  .check(
    z.refine((rows) => !rows.every((row) => !Number.isNaN(readSpendCustomer(row))) || rows.some(isRepeatBuyer), {
      error: "must hold at least one customer with repeat purchases (frequency > 0) and a monetaryValue > 0",
    }),
  );

/**
 * A customer as {@link fitGammaGamma} reads them.
 *
 * @example
 * ```ts
 * import { fitGammaGamma, type SpendCustomer } from "salesmetrics";
 *
 * // Mean spends as numbers or decimal strings; a one-time buyer has none, and is left out of the fit.
 * const customers: SpendCustomer[] = [
 *   { frequency: 3, monetaryValue: "42.50" },
 *   { frequency: 1, monetaryValue: 18 },
 *   { frequency: 0, monetaryValue: null },
 *   { frequency: 4, monetaryValue: 27.25 },
 * ];
 * fitGammaGamma(customers).customers;
 * //=> 3
 * ```
 */
export interface SpendCustomer {
  /** Repeat purchases (purchase days after the first). */
  frequency: number;
  /** Mean spend of the repeat purchases; null or absent without a repeat purchase. */
  monetaryValue?: Money | null | undefined;
}

/**
 * The result of {@link fitGammaGamma}: a {@link ModelFit} of the three Gamma-Gamma parameters, with
 * the number of customers it used. `logLikelihood` is summed over those customers.
 *
 * @example
 * ```ts
 * import { fitGammaGamma, gammaGammaExpectedSpend, type GammaGammaFit } from "salesmetrics";
 *
 * const fit: GammaGammaFit = fitGammaGamma([
 *   { frequency: 2, monetaryValue: 22.35 },
 *   { frequency: 1, monetaryValue: 11.77 },
 *   { frequency: 0, monetaryValue: null },
 *   { frequency: 7, monetaryValue: 73.74 },
 *   { frequency: 5, monetaryValue: 17.59 },
 *   { frequency: 10, monetaryValue: 43.35 },
 * ]);
 * [fit.converged, fit.customers];
 * //=> [true, 5]
 * fit.params;
 * //=> { p: 4.66, q: 3.55, gamma: 20.13 }
 * // Its params feed gammaGammaExpectedSpend as they are.
 * gammaGammaExpectedSpend({ params: fit.params, frequency: 0 });
 * //=> 36.75
 * ```
 */
export interface GammaGammaFit extends ModelFit<GammaGammaParameters> {
  /** Customers the fit used: those with repeat purchases and a mean spend > 0. */
  customers: number;
}

/**
 * Fits the Gamma-Gamma model of spend per purchase to repeat buyers by maximum likelihood.
 *
 * The model: a customer's purchase amounts are Gamma(p, ν); ν ~ Gamma(q, γ) across customers, so
 * the mean spend across customers is p·γ/(q − 1). The average m of x purchases has likelihood
 * L = Γ(px+q)/(Γ(px) Γ(q)) · γ^q · m^(px−1) · x^(px) / (γ + m x)^(px+q).
 * Only customers with repeat purchases (frequency > 0) and a mean spend > 0 enter, as in the
 * note and in lifetimes and CLVTools; the model assumes spend independent of purchase frequency.
 * Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value", http://brucehardie.com/notes/025/;
 * Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves", J. Marketing Research 42(4).
 *
 * @param customers - `{ frequency, monetaryValue }` per customer (the rows of {@link rfmSummary}).
 * @param options - `maxIterations` (default 5,000).
 * @returns A {@link ModelFit} with the customers used: `{ params: { p, q, gamma }, logLikelihood, converged,
 *   iterations, standardErrors, customers }`; `standardErrors` is null when the fit did not converge.
 * @throws {KpiInputError} When `customers` is not an array, a frequency is not a non-negative
 *   integer, a monetaryValue is negative or missing for a customer with repeat purchases, no
 *   customer has repeat purchases with a positive spend, `maxIterations` is invalid, or the amounts
 *   are so large (near 10³⁰⁸) that the log-likelihood overflows.
 *
 * @example
 * ```ts
 * import { fitGammaGamma } from "salesmetrics";
 *
 * const fit = fitGammaGamma([
 *   { frequency: 2, monetaryValue: 22.35 },
 *   { frequency: 1, monetaryValue: 11.77 },
 *   { frequency: 0, monetaryValue: null },
 *   { frequency: 7, monetaryValue: 73.74 },
 *   { frequency: 1, monetaryValue: 11.77 },
 *   { frequency: 2, monetaryValue: 25.55 },
 *   { frequency: 5, monetaryValue: 17.59 },
 *   { frequency: 10, monetaryValue: 43.35 },
 * ]);
 * fit.customers;
 * //=> 7
 * ```
 */
export function fitGammaGamma(customers: readonly SpendCustomer[], options?: FitOptions): GammaGammaFit {
  const maxIterations = readMaxIterations(options);
  if (!isOptionsArgument(options) || Number.isNaN(maxIterations)) throw invalidInput(FN, "options", fitOptionsSchema, options);
  if (!Array.isArray(customers)) throw invalidInput(FN, "customers", gammaGammaCustomersSchema, customers);
  const xs: number[] = [];
  const spends: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    const row: unknown = customers[i];
    const spend = readSpendCustomer(row);
    if (Number.isNaN(spend))
      throw invalidInput(
        FN,
        "customers",
        gammaGammaCustomersSchema,
        customers,
        (other) => !Number.isNaN(readSpendCustomer(other)),
      );
    const x = (row as { frequency: number }).frequency;
    if (spend !== null && spend > 0 && x > 0) {
      xs.push(x);
      spends.push(spend);
    }
  }
  const used = xs.length;
  if (used === 0) throw invalidInput(FN, "customers", gammaGammaCustomersSchema, customers);

  // Per distinct x the gamma-function terms; per customer the logs that do not change in the fit.
  const distinct = new LargeMap<number, number>();
  const xIndex = new Int32Array(used);
  const logM = new Float64Array(used);
  const logX = new Float64Array(used);
  const x = Float64Array.from(xs);
  const m = Float64Array.from(spends);
  let sumLogMOffset = 0;
  let distinctCount = 0;
  for (let i = 0; i < used; i++) {
    let k = distinct.get(xs[i] as number);
    if (k === undefined) {
      k = distinctCount++;
      distinct.set(xs[i] as number, k);
    }
    xIndex[i] = k;
    logM[i] = Math.log(spends[i] as number);
    logX[i] = Math.log(xs[i] as number);
    sumLogMOffset += logM[i] as number;
  }
  const distinctX = Float64Array.from(distinct.keys());
  const xCount = new Float64Array(distinctX.length);
  for (let i = 0; i < used; i++) xCount[xIndex[i] as number] = (xCount[xIndex[i] as number] as number) + 1;
  const gammaTerm = new Float64Array(distinctX.length);

  const logLikelihood = (p: number, q: number, gamma: number): number => {
    let total = used * (q * Math.log(gamma) - logGamma(q)) - sumLogMOffset;
    for (let k = 0; k < distinctX.length; k++) {
      const px = p * (distinctX[k] as number);
      gammaTerm[k] = logGamma(px + q) - logGamma(px);
      total += (xCount[k] as number) * (gammaTerm[k] as number);
    }
    for (let i = 0; i < used; i++) {
      const px = p * (x[i] as number);
      total +=
        px * ((logM[i] as number) + (logX[i] as number)) - (px + q) * Math.log(gamma + (m[i] as number) * (x[i] as number));
    }
    return total;
  };

  // Start at p = 1, q = 2 and the γ that matches the mean spend, p·γ/(q − 1) = mean m.
  const meanSpend = spends.reduce((sum, value) => sum + value, 0) / used;
  const fit = fitModel({
    fn: FN,
    path: "customers",
    names: ["p", "q", "gamma"],
    logLikelihood: ([p, q, gamma]) => logLikelihood(p as number, q as number, gamma as number),
    start: [0, Math.log(2), Math.log(meanSpend)],
    maxIterations,
  });
  return { ...fit, customers: used };
}
