import * as z from "zod/mini";
import { MAX_PLAN_PERIODS } from "../core/limits.js";
import { periodSchema, type Period } from "../core/periods.js";
import { isRate } from "../_internal/checks.js";
import { rateSchema } from "../core/rate.js";
import { everyItem, fieldsOf, invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import type { Money } from "../core/money.js";
import { conditionalExpectedPurchases } from "./_internal/bgNbdMath.js";
import { expectedSpend } from "./_internal/gammaGammaMath.js";
import { customerIdSchema } from "../core/ids.js";
import {
  isBgNbdParams,
  isGammaGammaParams,
  isPositiveNumber,
  isValuedCustomer,
  monetaryValueSchema,
  notComputable,
  readSpendCustomer,
  RFM_FIELDS,
  rfmRules,
  spendRule,
} from "./_internal/checks.js";
import {
  DAYS_PER_UNIT,
  firstStatedUnit,
  isClvTimeUnit,
  optionUnitConflict,
  sameUnitCheck,
  unitConflictIndex,
} from "./_internal/units.js";
import { bgNbdParamsSchema, type BgNbdParameters } from "./fitBgNbd.js";
import { gammaGammaParamsSchema, type GammaGammaParameters } from "./fitGammaGamma.js";
import { clvTimeUnitSchema, type ClvTimeUnit } from "./rfmSummary.js";

const FN = "customerLifetimeValue";

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

/**
 * Input of {@link customerLifetimeValue}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { customerLifetimeValueInputSchema } from "salesmetrics";
 *
 * const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
 * const customer = { customerId: "C-1", frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 };
 * customerLifetimeValueInputSchema.safeParse({ customers: [customer], bgNbd, gammaGamma }).success;
 * //=> true
 * // A customer with repeat purchases needs their mean spend.
 * customerLifetimeValueInputSchema.safeParse({ customers: [{ ...customer, monetaryValue: null }], bgNbd, gammaGamma }).error?.issues[0]?.path;
 * //=> ["customers", 0, "monetaryValue"]
 * ```
 */
export const customerLifetimeValueInputSchema = z
  .looseObject(
    {
      customers: z
        .array(valuedCustomerSchema, { error: "must be an array of { customerId?, frequency, recency, age, monetaryValue }" })
        .check(sameUnitCheck("customers")),
      bgNbd: bgNbdParamsSchema,
      gammaGamma: gammaGammaParamsSchema,
    },
    { error: "must be an object { customers, bgNbd, gammaGamma }" },
  )
  .check(
    // The parameters were fitted in the unit of the summaries they value (zod runs this even when a field failed).
    z.superRefine((input, context) => {
      const unit: unknown = isRecord(input.bgNbd) ? input.bgNbd.timeUnit : undefined;
      const first = Array.isArray(input.customers) && input.customers.every(isRecord) ? firstStatedUnit(input.customers) : null;
      if (first === null || !isClvTimeUnit(unit) || unit === first[1]) return;
      context.issues.push({
        code: "custom",
        input: unit,
        path: ["bgNbd", "timeUnit"],
        message: `must be "${first[1]}", the timeUnit of customers[${first[0]}]: value summaries with a model fitted in their unit`,
      });
    }),
  );

const PERIODS = `must be an integer from 1 to ${MAX_PLAN_PERIODS}`;
const PERIOD_DAYS = "must be a finite number of days greater than 0 (30 for lifetimes' month in days)";
const DISCOUNT_RATE = "must be a finite number ≥ 0, the discount rate per period (0.01 for 1 % a month)";

/**
 * Options of {@link customerLifetimeValue}.
 *
 * @example
 * ```ts
 * import { customerLifetimeValueOptionsSchema } from "salesmetrics";
 *
 * customerLifetimeValueOptionsSchema.safeParse({ periods: 24, period: "month", discountRate: 0.01, margin: 0.3 }).success;
 * //=> true
 * // The margin is a fraction, not a percentage.
 * customerLifetimeValueOptionsSchema.safeParse({ margin: 30 }).error?.issues[0]?.message;
 * //=> "must be a number from 0 to 1"
 * // A period is named or given in days, not both.
 * customerLifetimeValueOptionsSchema.safeParse({ period: "month", periodDays: 30 }).error?.issues[0]?.path;
 * //=> ["periodDays"]
 * ```
 */
export const customerLifetimeValueOptionsSchema = optionsSchema({
  periods: z.int({ error: PERIODS }).check(z.gte(1, { error: PERIODS }), z.lte(MAX_PLAN_PERIODS, { error: PERIODS })),
  period: periodSchema,
  periodDays: z.number({ error: PERIOD_DAYS }).check(z.gt(0, { error: PERIOD_DAYS })),
  timeUnit: clvTimeUnitSchema,
  discountRate: z.number({ error: DISCOUNT_RATE }).check(z.gte(0, { error: DISCOUNT_RATE })),
  margin: rateSchema,
}).check(
  z.refine((options) => options === undefined || options.period === undefined || options.periodDays === undefined, {
    path: ["periodDays"],
    error: "cannot be given with period: give the period by name or its length in days",
  }),
);

/**
 * Input of {@link customerLifetimeValue}: what {@link customerLifetimeValueInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { customerLifetimeValue, type CustomerLifetimeValueInput } from "salesmetrics";
 *
 * // A customer who has not bought again: the expected spend is the population mean.
 * const input: CustomerLifetimeValueInput = {
 *   customers: [{ customerId: "C-2", frequency: 0, recency: 0, age: 38.86, monetaryValue: null }],
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 * };
 * customerLifetimeValue(input);
 * //=> [{ customerId: "C-2", expectedPurchases: 0.2528, expectedSpend: 35.22, value: 8.374 }]
 * ```
 */
export interface CustomerLifetimeValueInput {
  /** Customers' summaries with their mean spend (the rows of {@link rfmSummary}). */
  customers: readonly {
    /** The customer's id, carried to the result. */
    customerId?: string | number | undefined;
    /** Repeat purchases. */
    frequency: number;
    /** Time from the first to the last purchase, in the time unit. */
    recency: number;
    /** Time from the first purchase to the end of observation, in the time unit. */
    age: number;
    /** The unit of recency and age, when stated (rows of {@link rfmSummary} do). */
    timeUnit?: ClvTimeUnit | undefined;
    /** Mean spend of the repeat purchases; null or absent without one. */
    monetaryValue?: Money | null | undefined;
  }[];
  /** BG/NBD parameters fitted to the same summaries (the `params` of {@link fitBgNbd}, which state their time unit). */
  bgNbd: BgNbdParameters;
  /** Gamma-Gamma parameters (the `params` of {@link fitGammaGamma}). */
  gammaGamma: GammaGammaParameters;
}

/**
 * Options of {@link customerLifetimeValue}: what {@link customerLifetimeValueOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { customerLifetimeValue, type CustomerLifetimeValueOptions } from "salesmetrics";
 *
 * const input = {
 *   customers: [{ customerId: 1, frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 }],
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 * };
 * // Two years of months at a 30 % margin; the summaries and bgNbd are in weeks.
 * const options: CustomerLifetimeValueOptions = { periods: 24, period: "month", timeUnit: "week", margin: 0.3 };
 * customerLifetimeValue(input, options)[0]?.value;
 * //=> 17.765
 * // lifetimes' month for a model in weeks, 4.345 weeks (its freq="W"), given in days
 * const lifetimesMonths: CustomerLifetimeValueOptions = { periods: 24, periodDays: 4.345 * 7, timeUnit: "week", margin: 0.3 };
 * customerLifetimeValue(input, lifetimesMonths)[0]?.value;
 * //=> 17.756
 * ```
 */
export interface CustomerLifetimeValueOptions {
  /** How many periods to value (default 12). */
  periods?: number | undefined;
  /** The discounting period: `"month"` (default; 365.2425 ÷ 12 days), `"day"`, `"week"`, `"quarter"` or `"year"`. */
  period?: Period | undefined;
  /**
   * The length of the discounting period in days, in place of `period` (not with it). lifetimes'
   * `customer_lifetime_value` counts a month as 30 days (`freq="D"`), or 4.345 weeks = 30.415 days (`freq="W"`).
   */
  periodDays?: number | undefined;
  /**
   * The time unit of summaries and `bgNbd` that do not state one: `"week"` (default) or `"day"`.
   * Rows of {@link rfmSummary} and parameters of {@link fitBgNbd} state theirs, and an option that
   * contradicts it is an error.
   */
  timeUnit?: ClvTimeUnit | undefined;
  /** Discount rate per period (default 0.01, 1 % a month). */
  discountRate?: number | undefined;
  /** Profit margin on spend, a fraction in [0, 1] (default 1: value in revenue). */
  margin?: number | undefined;
}

/**
 * One customer's value from {@link customerLifetimeValue}.
 *
 * @example
 * ```ts
 * import { customerLifetimeValue, type CustomerValue } from "salesmetrics";
 *
 * // With q ≤ 1 a customer without repeat purchases has no finite expected spend: null.
 * const values: CustomerValue[] = customerLifetimeValue({
 *   customers: [{ customerId: "C-2", frequency: 0, recency: 0, age: 38.86 }],
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 0.9, gamma: 15.44 },
 * });
 * values;
 * //=> [{ customerId: "C-2", expectedPurchases: 0.2528, expectedSpend: null, value: null }]
 * ```
 */
export interface CustomerValue {
  /** The customer's id, or null when the row had none. */
  customerId: string | number | null;
  /** Purchases expected over the whole horizon (BG/NBD, undiscounted). */
  expectedPurchases: number;
  /** Expected spend per purchase (Gamma-Gamma); null when infinite (q ≤ 1 for a customer without repeat purchases). */
  expectedSpend: number | null;
  /** Discounted margin over the horizon; null when expectedSpend is. */
  value: number | null;
}

const DAYS_PER_PERIOD: Record<Period, number> = {
  day: 1,
  week: 7,
  month: 365.2425 / 12,
  quarter: 365.2425 / 4,
  year: 365.2425,
};

/**
 * Each customer's predicted lifetime value over a horizon: expected purchases (BG/NBD) times
 * expected spend per purchase (Gamma-Gamma) times margin, discounted period by period.
 *
 * CLV = margin · E[M | x, m] · Σ_{i=1..n} (E[Y(i·f) | x, t_x, T] − E[Y((i−1)·f) | x, t_x, T]) / (1 + d)^i,
 * f = the length of one period in the model's time unit. Each period's increment of expected
 * purchases is discounted, not the cumulative count (the bug reported as lifetimes#27/#43). This is
 * lifetimes' `customer_lifetime_value` with the units explicit: `period` (or `periodDays`) says what
 * `discountRate` and `periods` count, and the time unit what the model was fitted in. The time unit
 * comes from the data: the `timeUnit` of the rows ({@link rfmSummary} sets it) and of `bgNbd`
 * ({@link fitBgNbd} sets it), which must agree with each other and with a `timeUnit` option; only
 * when none states one is it `"week"`. lifetimes' month is `periodDays: 30` in days (4.345 weeks in
 * weeks, `periodDays: 30.415`). Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for
 * Customer Base Analysis", J. Marketing Research 42(4), 415–430;
 * https://github.com/CamDavidsonPilon/lifetimes/blob/master/lifetimes/utils.py
 *
 * @param input - `customers` (summaries with `monetaryValue`), `bgNbd` and `gammaGamma` parameters.
 * @param options - `periods` (12), `period` (`"month"`) or `periodDays`, `timeUnit` (the data's, else `"week"`), `discountRate` (0.01), `margin` (1).
 * @returns One `{ customerId, expectedPurchases, expectedSpend, value }` per customer, in input order.
 * @throws {KpiInputError} When a customer's summary or spend is not valid, a parameter is not a
 *   finite number > 0, the rows, `bgNbd` and the `timeUnit` option state different time units, an
 *   option is invalid, `period` and `periodDays` are both given, or the horizon is too long for the
 *   model's series.
 *
 * @example
 * ```ts
 * import { customerLifetimeValue } from "salesmetrics";
 *
 * customerLifetimeValue(
 *   {
 *     customers: [{ customerId: 1, frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 }],
 *     bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *     gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 *   },
 *   { periods: 12, period: "month", timeUnit: "week", discountRate: 0.01 },
 * );
 * //=> [{ customerId: 1, expectedPurchases: 1.563, expectedSpend: 24.66, value: 36.31 }]
 * ```
 *
 * @example
 * ```ts
 * import { customerLifetimeValue, fitBgNbd, KpiInputError } from "salesmetrics";
 *
 * // Summaries in days fitted in days: the value follows the unit, no option needed.
 * const customers = [
 *   ...Array.from({ length: 50 }, () => ({ frequency: 0, recency: 0, age: 280, monetaryValue: null, timeUnit: "day" as const })),
 *   ...Array.from({ length: 30 }, () => ({ frequency: 2, recency: 140, age: 280, monetaryValue: 30, timeUnit: "day" as const })),
 *   ...Array.from({ length: 20 }, () => ({ frequency: 6, recency: 252, age: 280, monetaryValue: 45, timeUnit: "day" as const })),
 * ];
 * const bgNbd = fitBgNbd(customers).params;
 * bgNbd.timeUnit;
 * //=> "day"
 * const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
 * customerLifetimeValue({ customers: customers.slice(50, 51), bgNbd, gammaGamma }, { periods: 12 })[0]?.value;
 * //=> 73.96
 * // Reading them as weeks is an error, not a silently wrong value.
 * let message = "";
 * try {
 *   customerLifetimeValue({ customers, bgNbd, gammaGamma }, { timeUnit: "week" });
 * } catch (error) {
 *   if (error instanceof KpiInputError) message = error.message;
 * }
 * message;
 * //=> 'customerLifetimeValue: options.timeUnit contradicts customers[0].timeUnit, "day": leave timeUnit out to use the data\'s unit (got "week")'
 * ```
 */
export function customerLifetimeValue(
  input: CustomerLifetimeValueInput,
  options?: CustomerLifetimeValueOptions,
): CustomerValue[] {
  const periods = options?.periods === undefined ? 12 : options.periods;
  const period = options?.period === undefined ? "month" : options.period;
  const periodDays = options?.periodDays;
  const periodGiven = options?.period !== undefined;
  const optionUnit = options?.timeUnit;
  const discountRate = options?.discountRate === undefined ? 0.01 : options.discountRate;
  const margin = options?.margin === undefined ? 1 : options.margin;
  if (
    !isOptionsArgument(options) ||
    !(typeof periods === "number" && Number.isInteger(periods) && periods >= 1 && periods <= MAX_PLAN_PERIODS) ||
    !(typeof period === "string" && Object.hasOwn(DAYS_PER_PERIOD, period)) ||
    !(periodDays === undefined || (isPositiveNumber(periodDays) && !periodGiven)) ||
    !(optionUnit === undefined || isClvTimeUnit(optionUnit)) ||
    !(typeof discountRate === "number" && discountRate >= 0 && discountRate < Infinity) ||
    !isRate(margin)
  ) {
    throw invalidInput(FN, "options", customerLifetimeValueOptionsSchema, options);
  }
  const fields = fieldsOf(input);
  const customers = fields.customers;
  const bgNbd = fields.bgNbd;
  const gammaGamma = fields.gammaGamma;
  if (
    !Array.isArray(customers) ||
    !isBgNbdParams(bgNbd) ||
    !isGammaGammaParams(gammaGamma) ||
    !everyItem(customers, isValuedCustomer)
  ) {
    throw invalidInput(FN, "input", customerLifetimeValueInputSchema, input);
  }
  // The time unit: what the rows and the parameters state (they must agree), else the option, else weeks.
  const first = firstStatedUnit(customers);
  if (unitConflictIndex(customers) >= 0 || (first !== null && bgNbd.timeUnit !== undefined && bgNbd.timeUnit !== first[1])) {
    throw invalidInput(FN, "input", customerLifetimeValueInputSchema, input);
  }
  const dataUnit = first === null ? bgNbd.timeUnit : first[1];
  if (optionUnit !== undefined && dataUnit !== undefined && optionUnit !== dataUnit) {
    throw optionUnitConflict(FN, optionUnit, first === null ? "bgNbd.timeUnit" : `customers[${first[0]}].timeUnit`, dataUnit);
  }
  const unit: ClvTimeUnit = dataUnit ?? optionUnit ?? "week";

  const step = (periodDays ?? DAYS_PER_PERIOD[period]) / DAYS_PER_UNIT[unit];
  const discount = new Float64Array(periods);
  for (let i = 0; i < periods; i++) discount[i] = (1 + discountRate) ** -(i + 1);
  return customers.map((customer) => {
    const { frequency, recency, age } = customer;
    let previous = 0;
    let discounted = 0;
    for (let i = 0; i < periods; i++) {
      const cumulative = conditionalExpectedPurchases(bgNbd, frequency, recency, age, (i + 1) * step);
      discounted += (cumulative - previous) * (discount[i] as number);
      previous = cumulative;
    }
    const spend = expectedSpend(gammaGamma, frequency, readSpendCustomer(customer) ?? 0);
    const value = spend === null ? null : margin * spend * discounted;
    if (!Number.isFinite(previous) || !Number.isFinite(discounted)) throw notComputable(FN, "options.periods");
    if (value !== null && !Number.isFinite(value)) throw notComputable(FN, "gammaGamma");
    return {
      customerId: typeof customer.customerId === "number" ? customer.customerId + 0 : (customer.customerId ?? null),
      expectedPurchases: previous + 0,
      expectedSpend: spend,
      value: value === null ? null : value + 0,
    };
  });
}
