import * as z from "zod/mini";
import { invalidInput, isOptionsArgument, optionsSchema } from "../_internal/validate.js";
import { aggregateRfm, bgNbdLogLikelihood } from "./_internal/bgNbdMath.js";
import { isRfmCustomer, optionalTimeUnitSchema, positiveNumberSchema, RFM_FIELDS, rfmRules } from "./_internal/checks.js";
import { fitModel, MAX_ITERATIONS_SCHEMA, readMaxIterations } from "./_internal/fit.js";
import { firstStatedUnit, isOptionalTimeUnit, optionUnitConflict, sameUnitCheck } from "./_internal/units.js";
import type { FitOptions, ModelFit } from "./modelFit.js";
import { clvTimeUnitSchema, type ClvTimeUnit } from "./rfmSummary.js";

const FN = "fitBgNbd";

/**
 * BG/NBD parameters: r and α of the gamma purchase rates, a and b of the beta dropout probabilities.
 *
 * @example
 * ```ts
 * import { bgNbdParamsSchema } from "salesmetrics";
 *
 * bgNbdParamsSchema.safeParse({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).success;
 * //=> true
 * bgNbdParamsSchema.safeParse({ r: 0.243, alpha: 4.414, a: 0.793 }).error?.issues[0]?.path;
 * //=> ["b"]
 * ```
 */
export const bgNbdParamsSchema = z.looseObject(
  {
    r: positiveNumberSchema,
    alpha: positiveNumberSchema,
    a: positiveNumberSchema,
    b: positiveNumberSchema,
    timeUnit: optionalTimeUnitSchema,
  },
  { error: "must be an object { r, alpha, a, b, timeUnit? }: r, alpha, a and b numbers greater than 0" },
);

/**
 * The four parameters of the BG/NBD model (Fader, Hardie & Lee 2005), as {@link fitBgNbd} returns them.
 *
 * @example
 * ```ts
 * import type { BgNbdParameters } from "salesmetrics";
 *
 * // CDNOW, weeks (Fader, Hardie & Lee 2005)
 * const params: BgNbdParameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * // The mean purchase rate per week, and the mean dropout probability after a purchase
 * params.r / params.alpha;
 * //=> 0.0551
 * params.a / (params.a + params.b);
 * //=> 0.2463
 * ```
 */
export interface BgNbdParameters {
  /** Shape of the gamma distribution of purchase rates. */
  r: number;
  /** Scale of that gamma distribution, in the time unit of the data (its mean rate is r ÷ α). */
  alpha: number;
  /** First shape of the beta distribution of the dropout probability after a purchase. */
  a: number;
  /** Second shape of that beta distribution (its mean dropout probability is a ÷ (a + b)). */
  b: number;
  /**
   * The time unit α (and every time given with these parameters) is in, when known: {@link fitBgNbd}
   * sets it from the summaries or its `timeUnit` option. Functions given these parameters reject
   * summaries or options in another unit.
   */
  timeUnit?: ClvTimeUnit | undefined;
}

/**
 * One customer's purchase history as the BG/NBD model reads it: `frequency` = repeat purchases
 * (purchase days after the first), `recency` = time from the first to the last purchase, `age` =
 * time from the first purchase to the end of observation, in one time unit, which the optional
 * `timeUnit` states (`"day"` or `"week"`; {@link rfmSummary} sets it). recency ≤ age, and recency is
 * 0 when frequency is 0.
 *
 * @example
 * ```ts
 * import { rfmCustomerSchema } from "salesmetrics";
 *
 * rfmCustomerSchema.safeParse({ customerId: "C-1", frequency: 2, recency: 30.43, age: 38.86 }).success;
 * //=> true
 * rfmCustomerSchema.safeParse({ frequency: 0, recency: 2, age: 38.86 }).error?.issues[0]?.path;
 * //=> ["recency"]
 * ```
 */
export const rfmCustomerSchema = z
  .looseObject(RFM_FIELDS, { error: "must be an object { frequency, recency, age }" })
  .check(...rfmRules());

/**
 * One customer's recency-frequency summary, as {@link rfmSummary} returns it. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAlive, type RfmCustomer } from "salesmetrics";
 *
 * const customer: RfmCustomer = { frequency: 2, recency: 30.43, age: 38.86 };
 * bgNbdProbabilityAlive({ params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ...customer });
 * //=> 0.727
 * ```
 */
export interface RfmCustomer {
  /** Repeat purchases: purchase days (or periods) after the first. */
  frequency: number;
  /** Time from the first to the last purchase (0 without a repeat purchase). */
  recency: number;
  /** Time from the first purchase to the end of observation (T in the papers). */
  age: number;
  /** The unit of recency and age, when stated: {@link rfmSummary} sets it. */
  timeUnit?: ClvTimeUnit | undefined;
}

/**
 * The customers {@link fitBgNbd} fits: at least one RFM summary row.
 *
 * @example
 * ```ts
 * import { bgNbdCustomersSchema } from "salesmetrics";
 *
 * bgNbdCustomersSchema.safeParse([{ frequency: 2, recency: 30.43, age: 38.86 }, { frequency: 0, recency: 0, age: 38.86 }]).success;
 * //=> true
 * bgNbdCustomersSchema.safeParse([]).error?.issues[0]?.message;
 * //=> "must hold at least one customer"
 * bgNbdCustomersSchema.safeParse([{ frequency: 1, recency: 40, age: 38.86 }]).error?.issues[0]?.path;
 * //=> [0, "recency"]
 * ```
 */
export const bgNbdCustomersSchema = z
  .array(rfmCustomerSchema, { error: "must be an array of { frequency, recency, age }" })
  .check(z.minLength(1, { error: "must hold at least one customer" }), sameUnitCheck("customers"));

/**
 * Options of {@link fitBgNbd}.
 *
 * @example
 * ```ts
 * import { fitBgNbdOptionsSchema } from "salesmetrics";
 *
 * fitBgNbdOptionsSchema.safeParse({ maxIterations: 10_000, timeUnit: "day" }).success;
 * //=> true
 * fitBgNbdOptionsSchema.safeParse({ timeUnit: "month" }).error?.issues[0]?.message;
 * //=> 'must be "day" or "week"'
 * ```
 */
export const fitBgNbdOptionsSchema = optionsSchema({ maxIterations: MAX_ITERATIONS_SCHEMA, timeUnit: clvTimeUnitSchema });

/**
 * Options of {@link fitBgNbd}: what {@link fitBgNbdOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { fitBgNbd, type FitBgNbdOptions } from "salesmetrics";
 *
 * // Summaries built by hand, in days: say so, and the parameters carry the unit.
 * const group = (count: number, frequency: number, recency: number) =>
 *   Array.from({ length: count }, () => ({ frequency, recency, age: 280 }));
 * const options: FitBgNbdOptions = { timeUnit: "day" };
 * const fit = fitBgNbd([...group(50, 0, 0), ...group(25, 1, 140), ...group(15, 2, 84), ...group(10, 5, 252)], options);
 * fit.params.timeUnit;
 * //=> "day"
 * ```
 */
export interface FitBgNbdOptions extends FitOptions {
  /**
   * The time unit of the summaries, for rows that do not state one (rows of {@link rfmSummary} do).
   * It must agree with the rows that do.
   */
  timeUnit?: ClvTimeUnit | undefined;
}

/**
 * The result of {@link fitBgNbd}: a {@link ModelFit} of the four BG/NBD parameters. `params` carries
 * the `timeUnit` of the summaries (or of the `timeUnit` option) when one was stated; without one,
 * the key is absent. `logLikelihood` is FHL 2005, eq. 6, summed over customers.
 *
 * @example
 * ```ts
 * import { bgNbdExpectedPurchases, fitBgNbd, type BgNbdFit } from "salesmetrics";
 *
 * // 100 customers observed for 40 weeks, in groups of identical summaries
 * const group = (count: number, frequency: number, recency: number) =>
 *   Array.from({ length: count }, () => ({ frequency, recency, age: 40 }));
 * const fit: BgNbdFit = fitBgNbd([...group(50, 0, 0), ...group(25, 1, 20), ...group(15, 2, 12), ...group(10, 5, 36)]);
 * fit.converged;
 * //=> true
 * fit.params;
 * //=> { r: 0.63, alpha: 19.5, a: 0.88, b: 4.01 }
 * // Its params feed every BG/NBD function as they are.
 * bgNbdExpectedPurchases({ params: fit.params, t: 52 });
 * //=> 1.27
 * ```
 */
export type BgNbdFit = ModelFit<BgNbdParameters>;

/**
 * Fits the BG/NBD model ("beta-geometric / negative binomial distribution") to customers'
 * purchase histories by maximum likelihood.
 *
 * The model: while alive, a customer buys at a Poisson rate λ, λ ~ Gamma(r, α) across customers;
 * after each repeat purchase the customer drops out for good with probability p, p ~ Beta(a, b).
 * ln L = Σ ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *        + ln[(α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x)]   (x = frequency, t_x = recency, T = age).
 * Maximised over ln r, ln α, ln a, ln b by Nelder–Mead, restarted at the optimum until it holds;
 * identical (x, t_x, T) rows are grouped first, so a million customers recorded in days cost little.
 * It never throws for failing to converge: `converged` says so.
 * Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", Marketing Science 24(2),
 * 275–284, eq. 6. http://brucehardie.com/papers/018/fader_et_al_mksc_05.pdf
 *
 * The time unit travels with the result: `params.timeUnit` is the unit the rows state (rows of
 * {@link rfmSummary} do) or the `timeUnit` option, so {@link customerLifetimeValue} and the other
 * model functions read the summaries in the unit they were made in.
 *
 * @param customers - `{ frequency, recency, age, timeUnit? }` per customer (the rows of {@link rfmSummary}), all in one time unit.
 * @param options - `maxIterations` (default 5,000); `timeUnit`, the unit of rows that do not state one.
 * @returns A {@link ModelFit}: `{ params: { r, alpha, a, b, timeUnit? }, logLikelihood, converged, iterations,
 *   standardErrors }`; α (and its standard error) is in the time unit of the data, `timeUnit` when it is known;
 *   `standardErrors` is null when the fit did not converge.
 * @throws {KpiInputError} When `customers` is empty or not an array, a frequency is not a
 *   non-negative integer, recency or age is negative or not finite, recency exceeds age, recency is
 *   not 0 for a customer without repeat purchases, two rows state different time units, the
 *   `timeUnit` option contradicts the rows', `maxIterations` is not an integer from 1 to 1,000,000,
 *   or the times are so large (near 10³⁰⁸) that the log-likelihood overflows.
 *
 * @example
 * ```ts
 * import { fitBgNbd } from "salesmetrics";
 *
 * const customers = [
 *   { frequency: 2, recency: 30.43, age: 38.86 },
 *   { frequency: 1, recency: 1.71, age: 38.86 },
 *   { frequency: 0, recency: 0, age: 38.86 },
 *   { frequency: 0, recency: 0, age: 38.86 },
 *   { frequency: 0, recency: 0, age: 38.86 },
 *   { frequency: 7, recency: 29.43, age: 38.86 },
 *   { frequency: 1, recency: 5, age: 38.86 },
 *   { frequency: 0, recency: 0, age: 38.71 },
 *   { frequency: 2, recency: 35.71, age: 38.71 },
 *   { frequency: 0, recency: 0, age: 38.71 },
 * ];
 * // Ten customers cannot tell how often people buy from how soon they leave: a and b run off
 * // towards 0, and the fit says so instead of throwing. Fit on hundreds of customers or more.
 * const fit = fitBgNbd(customers);
 * fit.converged;
 * //=> false
 * fit.logLikelihood;
 * //=> -52.44
 * ```
 */
export function fitBgNbd(customers: readonly RfmCustomer[], options?: FitBgNbdOptions): BgNbdFit {
  const maxIterations = readMaxIterations(options);
  const optionUnit = options?.timeUnit;
  if (!isOptionsArgument(options) || Number.isNaN(maxIterations) || !isOptionalTimeUnit(optionUnit)) {
    throw invalidInput(FN, "options", fitBgNbdOptionsSchema, options);
  }
  if (!Array.isArray(customers) || customers.length === 0) throw invalidInput(FN, "customers", bgNbdCustomersSchema, customers);
  const count = customers.length;
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const age = new Float64Array(count);
  let totalX = 0;
  let totalAge = 0;
  let unit: ClvTimeUnit | undefined;
  for (let i = 0; i < count; i++) {
    const row: unknown = customers[i];
    if (!isRfmCustomer(row) || (row.timeUnit !== undefined && unit !== undefined && row.timeUnit !== unit)) {
      throw invalidInput(FN, "customers", bgNbdCustomersSchema, customers, isRfmCustomer);
    }
    if (unit === undefined) unit = row.timeUnit;
    frequency[i] = row.frequency;
    recency[i] = row.recency;
    age[i] = row.age;
    totalX += row.frequency;
    totalAge += row.age;
  }
  if (optionUnit !== undefined && unit !== undefined && optionUnit !== unit) {
    const [index] = firstStatedUnit(customers) as [number, ClvTimeUnit];
    throw optionUnitConflict(FN, optionUnit, `customers[${index}].timeUnit`, unit);
  }
  const timeUnit = unit ?? optionUnit;
  const data = aggregateRfm(frequency, recency, age);

  // Start at r = 1, a = b = 1 and the α that matches the mean purchase rate, r/α ≈ Σx / ΣT.
  const alpha0 = totalX > 0 && totalAge > 0 ? totalAge / totalX : 1;
  const fit = fitModel({
    fn: FN,
    path: "customers",
    names: ["r", "alpha", "a", "b"],
    logLikelihood: ([r, alpha, a, b]) => bgNbdLogLikelihood(r as number, alpha as number, a as number, b as number, data),
    start: [0, Math.log(alpha0), 0, 0],
    maxIterations,
  });
  return timeUnit === undefined ? fit : { ...fit, params: { ...fit.params, timeUnit } };
}
