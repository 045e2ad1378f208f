// Schemas and fast checks shared by the CLV functions: the time unit, model parameters, one
// customer's RFM summary, and the options of the fitting functions.

import * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { isCount, isCustomerId } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { parseMoney } from "../_internal/money.js";
import { customerIdSchema } from "../core/ids.js";
import { isRecord, optionsSchema } from "../_internal/validate.js";

const POSITIVE = "must be a finite number greater than 0";
const NON_NEGATIVE = "must be a finite number ≥ 0";

/** A finite number > 0 (a model parameter). */
export const positiveNumberSchema = z.number({ error: POSITIVE }).check(z.gt(0, { error: POSITIVE }));
/** A finite number ≥ 0 (a duration, a time). */
export const nonNegativeNumberSchema = z.number({ error: NON_NEGATIVE }).check(z.gte(0, { error: NON_NEGATIVE }));

export function isPositiveNumber(value: unknown): value is number {
  return typeof value === "number" && value > 0 && value < Infinity;
}

export function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value < Infinity;
}

/**
 * The unit recency, age and every model time are counted in: `"day"` or `"week"` (7 days).
 * BG/NBD parameters are tied to it: α is in the same unit (α in days = 7 × α in weeks).
 *
 * @example
 * ```ts
 * import { clvTimeUnitSchema } from "salesmetrics";
 *
 * clvTimeUnitSchema.safeParse("week").success;
 * //=> true
 * clvTimeUnitSchema.safeParse("month").error?.issues[0]?.message;
 * //=> 'must be "day" or "week"'
 * ```
 */
export const clvTimeUnitSchema = z.enum(["day", "week"], { error: 'must be "day" or "week"' });
/**
 * The time unit of recency, age and the BG/NBD parameters: `"week"` or `"day"`.
 *
 * @example
 * ```ts
 * import { rfmSummary, type ClvTimeUnit } from "salesmetrics";
 *
 * const timeUnit: ClvTimeUnit = "day";
 * rfmSummary([{ customerId: "C-1", date: "2024-01-03" }, { customerId: "C-1", date: "2024-01-17" }], { timeUnit });
 * //=> [{ customerId: "C-1", frequency: 1, recency: 14, age: 14, monetaryValue: null, timeUnit: "day" }]
 * ```
 */
export type ClvTimeUnit = z.output<typeof clvTimeUnitSchema>;

export function isClvTimeUnit(value: unknown): value is ClvTimeUnit {
  return value === "day" || value === "week";
}

/** A row's or a parameter set's optional `timeUnit`: absent (no claim) or a {@link ClvTimeUnit}. */
export const optionalTimeUnitSchema = z.optional(clvTimeUnitSchema);

export function isOptionalTimeUnit(value: unknown): value is ClvTimeUnit | undefined {
  return value === undefined || value === "day" || value === "week";
}

/** The first row that states a time unit, as `[index, unit]`, or null when none does. Rows are records. */
export function firstStatedUnit(rows: readonly unknown[]): [number, ClvTimeUnit] | null {
  for (let i = 0; i < rows.length; i++) {
    const unit = (rows[i] as { timeUnit?: unknown } | undefined)?.timeUnit;
    if (unit === "day" || unit === "week") return [i, unit];
  }
  return null;
}

/**
 * The first row whose stated time unit differs from the first stated one, as its index, or -1.
 * Rows without a `timeUnit` make no claim. Rows are valid records.
 */
export function unitConflictIndex(rows: readonly unknown[]): number {
  let unit: unknown;
  for (let i = 0; i < rows.length; i++) {
    const rowUnit = (rows[i] as { timeUnit?: unknown }).timeUnit;
    if (rowUnit === undefined) continue;
    if (unit === undefined) unit = rowUnit;
    else if (rowUnit !== unit) return i;
  }
  return -1;
}

/** The message at `rows[i].timeUnit` when it differs from the first stated unit (`rows` named `name`). */
export function rowUnitMessage(name: string, first: [number, ClvTimeUnit]): string {
  return `must be "${first[1]}", the timeUnit of ${name}[${first[0]}]: one model, one time unit`;
}

/**
 * An array check: every row that states a `timeUnit` states the same one (the error is at the
 * first that does not). Rows from {@link rfmSummary} all state theirs.
 */
export function sameUnitCheck(name: string) {
  return z.superRefine<readonly { timeUnit?: ClvTimeUnit | undefined }[]>((rows, context) => {
    const i = unitConflictIndex(rows);
    const first = firstStatedUnit(rows);
    if (i < 0 || first === null) return;
    context.issues.push({ code: "custom", input: rows[i]?.timeUnit, path: [i, "timeUnit"], message: rowUnitMessage(name, first) });
  });
}

/**
 * The error for an explicit `options.timeUnit` that contradicts the unit the data state: the data
 * were summarised (or the model fitted) in one unit, and reading them in another would mix units.
 */
export function optionUnitConflict(fn: string, option: ClvTimeUnit, source: string, unit: ClvTimeUnit): KpiInputError {
  return new KpiInputError(fn, [
    {
      path: "options.timeUnit",
      message: `contradicts ${source}, "${unit}": leave timeUnit out to use the data's unit (got "${option}")`,
    },
  ]);
}

/** Days in each time unit. */
export const DAYS_PER_UNIT: Record<ClvTimeUnit, number> = { day: 1, week: 7 };

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
  { r: positiveNumberSchema, alpha: positiveNumberSchema, a: positiveNumberSchema, b: positiveNumberSchema, timeUnit: optionalTimeUnitSchema },
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

export function isBgNbdParams(value: unknown): value is BgNbdParameters {
  return (
    isRecord(value) &&
    isPositiveNumber(value.r) &&
    isPositiveNumber(value.alpha) &&
    isPositiveNumber(value.a) &&
    isPositiveNumber(value.b) &&
    isOptionalTimeUnit(value.timeUnit)
  );
}

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

export function isGammaGammaParams(value: unknown): value is GammaGammaParameters {
  return isRecord(value) && isPositiveNumber(value.p) && isPositiveNumber(value.q) && isPositiveNumber(value.gamma);
}

/** The rules across the fields of one customer's summary (zod runs them even when a field failed: only compare valid values). */
export function rfmRules<T extends { frequency: number; recency: number; age: number }>() {
  return [
    z.refine<T>((row) => !(isNonNegativeNumber(row.recency) && isNonNegativeNumber(row.age)) || row.recency <= row.age, {
      path: ["recency"],
      error: (issue) => `must not exceed age, ${String((issue.input as { age: unknown }).age)}`,
    }),
    z.refine<T>((row) => !(isCount(row.frequency) && row.frequency === 0 && isNonNegativeNumber(row.recency)) || row.recency === 0, {
      path: ["recency"],
      error: "must be 0 when frequency is 0 (recency is the time from the first to the last purchase)",
    }),
  ] as const;
}

export const RFM_FIELDS = {
  frequency: countSchema,
  recency: nonNegativeNumberSchema,
  age: nonNegativeNumberSchema,
  timeUnit: optionalTimeUnitSchema,
};

/**
 * The rule between an input's `params` and the customer summary spread beside them: when both state
 * a time unit, it is the same one.
 */
export const paramsUnitRule = z.refine<{ params: { timeUnit?: unknown }; timeUnit?: unknown }>(
  (input) => !(isClvTimeUnit(input.timeUnit) && isClvTimeUnit(input.params?.timeUnit)) || input.timeUnit === input.params.timeUnit,
  {
    path: ["timeUnit"],
    error: (issue) =>
      `must be "${String((issue.input as { params: { timeUnit: unknown } }).params.timeUnit)}", the timeUnit of params: summaries and parameters in one time unit`,
  },
);

/** Fast twin of {@link paramsUnitRule} for valid params and summary. */
export function unitsAgree(params: BgNbdParameters, row: RfmCustomer): boolean {
  return params.timeUnit === undefined || row.timeUnit === undefined || params.timeUnit === row.timeUnit;
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

/** Fast check equivalent to {@link rfmCustomerSchema}. */
export function isRfmCustomer(row: unknown): row is RfmCustomer {
  if (!isRecord(row)) return false;
  const { frequency, recency, age } = row;
  return (
    isCount(frequency) &&
    isNonNegativeNumber(recency) &&
    isNonNegativeNumber(age) &&
    recency <= age &&
    (frequency !== 0 || recency === 0) &&
    isOptionalTimeUnit(row.timeUnit)
  );
}

/**
 * Spend fields of a customer for the Gamma-Gamma model: `monetaryValue`, the mean spend of the
 * repeat purchase days, an amount ≥ 0; it may be null or absent only without a repeat purchase.
 */
const MONETARY_VALUE = 'must be an amount ≥ 0: a finite number, a decimal string such as "12.50", or a Decimal (or null without a repeat purchase)';

export const monetaryValueSchema = z.optional(
  z.nullable(
    z.union(
      [
        // Each branch carries the message, as the branch a value's type matches reports its own issue.
        z.number({ error: MONETARY_VALUE }).check(z.gte(0, { error: MONETARY_VALUE })),
        z.string({ error: MONETARY_VALUE }).check(z.refine((value) => parseMoney(value) >= 0, { error: MONETARY_VALUE })),
        z.custom((value) => typeof value === "object" && value !== null && !Array.isArray(value) && parseMoney(value) >= 0, {
          error: MONETARY_VALUE,
        }),
      ],
      { error: MONETARY_VALUE },
    ),
  ),
);

/** The mean spend as a float, NaN when it is not valid, and null when it is missing. */
export function readMonetaryValue(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const amount = parseMoney(value);
  return amount >= 0 ? amount + 0 : Number.NaN;
}

export const spendRule = z.refine<{ frequency: number; monetaryValue?: unknown }>(
  (row) => !(isCount(row.frequency) && row.frequency > 0) || (row.monetaryValue !== undefined && row.monetaryValue !== null),
  { path: ["monetaryValue"], error: "is required for a customer with repeat purchases (frequency > 0)" },
);

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
  .looseObject({ frequency: countSchema, monetaryValue: monetaryValueSchema }, { error: "must be an object { frequency, monetaryValue }" })
  .check(spendRule);

/** Fast check equivalent to {@link spendCustomerSchema}: the spend as a float (null when absent), or NaN. */
export function readSpendCustomer(row: unknown): number | null {
  if (!isRecord(row) || !isCount(row.frequency)) return Number.NaN;
  const spend = readMonetaryValue(row.monetaryValue);
  if (spend === null) return row.frequency > 0 ? Number.NaN : null;
  return spend;
}

/**
 * A customer as {@link customerLifetimeValue} reads them: the RFM summary and the mean spend, with an optional id.
 *
 * @example
 * ```ts
 * import { valuedCustomerSchema } from "salesmetrics";
 *
 * valuedCustomerSchema.safeParse({ customerId: "C-1", frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 }).success;
 * //=> true
 * valuedCustomerSchema.safeParse({ customerId: "", frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 }).error?.issues[0]?.path;
 * //=> ["customerId"]
 * ```
 */
export const valuedCustomerSchema = z
  .looseObject(
    { customerId: z.optional(customerIdSchema), ...RFM_FIELDS, monetaryValue: monetaryValueSchema },
    { error: "must be an object { customerId?, frequency, recency, age, monetaryValue }" },
  )
  .check(...rfmRules(), spendRule);

export function isValuedCustomer(row: unknown): boolean {
  if (!isRfmCustomer(row)) return false;
  const id = (row as unknown as Record<string, unknown>).customerId;
  if (id !== undefined && !isCustomerId(id)) return false;
  const spend = readSpendCustomer(row);
  return spend === null || spend === spend;
}

const MAX_ITERATIONS = "must be an integer from 1 to 1000000";
export const MAX_ITERATIONS_SCHEMA = z
  .int({ error: MAX_ITERATIONS })
  .check(z.gte(1, { error: MAX_ITERATIONS }), z.lte(1_000_000, { error: MAX_ITERATIONS }));

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
 * // Too few iterations: the fit stops there and says so.
 * const options: FitOptions = { maxIterations: 20 };
 * const fit = fitGammaGamma(customers, options);
 * [fit.converged, fit.iterations];
 * //=> [false, 20]
 * ```
 */
export interface FitOptions {
  /** Most Nelder–Mead iterations (default 5,000; each costs a few likelihood evaluations). */
  maxIterations?: number | undefined;
}

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

/**
 * The error for valid input whose answer cannot be computed as a finite number: a series that does
 * not settle (a time far beyond the scale α) or parameters so extreme that the result overflows.
 */
export function notComputable(
  fn: string,
  path: string,
  advice = "keep t within about 10⁴ × (alpha + age), and parameters within 10⁻⁸ to 10⁸",
): KpiInputError {
  return new KpiInputError(fn, [{ path, message: `gives a result that cannot be computed as a finite number: ${advice}` }]);
}

/** A result computed from valid parameters as a clean number: -0 → 0. */
export function clean(value: number): number {
  return value + 0;
}

/** Shifted-beta-geometric parameters: the beta distribution of the churn probability θ across customers. */
export const sbgParamsShape = { alpha: positiveNumberSchema, beta: positiveNumberSchema };

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
 * shiftedBetaGeometricSurvival({ ...params, periods: 1 });
 * //=> [0.8507]
 * ```
 */
export interface ShiftedBetaGeometricParameters {
  /** First shape of the beta distribution of the churn probability (its mean is α ÷ (α + β)). */
  alpha: number;
  /** Second shape of that beta distribution. */
  beta: number;
}
