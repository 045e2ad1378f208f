// The CLV functions' private validation pieces: number schemas and their fast twins, the fast
// checks of each model's parameters, the rules and fast checks of a customer's summary and spend,
// and the errors and clean-up of computed results.

import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { KpiInputError } from "../../core/errors.js";
import { isCount, isCustomerId } from "../../_internal/checks.js";
import { countSchema } from "../../core/count.js";
import { parseMoney } from "../../_internal/money.js";
import { isRecord } from "../../_internal/validate.js";
import type { BgNbdParameters, RfmCustomer } from "../fitBgNbd.js";
import type { GammaGammaParameters } from "../fitGammaGamma.js";
import type { ShiftedBetaGeometricParameters } from "../fitShiftedBetaGeometric.js";
import { isClvTimeUnit, isOptionalTimeUnit, TIME_UNIT_SCHEMA } from "./units.js";

const POSITIVE = "must be a finite number greater than 0";
const NON_NEGATIVE = "must be a finite number ≥ 0";

/** A finite number > 0 (a model parameter). */
export const positiveNumberSchema = z.number({ error: POSITIVE }).check(z.gt(0, { error: POSITIVE }));
/** A finite number ≥ 0 (a duration, a time). */
export const nonNegativeNumberSchema = z.number({ error: NON_NEGATIVE }).check(z.gte(0, { error: NON_NEGATIVE }));

/** Fast twin of {@link positiveNumberSchema}. */
export function isPositiveNumber(value: unknown): value is number {
  return typeof value === "number" && value > 0 && value < Infinity;
}

/** Fast twin of {@link nonNegativeNumberSchema}. */
export function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value < Infinity;
}

/** A row's or a parameter set's optional `timeUnit`: absent (no claim) or a ClvTimeUnit. */
export const optionalTimeUnitSchema = z.optional(TIME_UNIT_SCHEMA);

/** Fast check equivalent to bgNbdParamsSchema. */
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

/** Fast check equivalent to gammaGammaParamsSchema. */
export function isGammaGammaParams(value: unknown): value is GammaGammaParameters {
  return isRecord(value) && isPositiveNumber(value.p) && isPositiveNumber(value.q) && isPositiveNumber(value.gamma);
}

/** Fast check equivalent to shiftedBetaGeometricParamsSchema. */
export function isShiftedBetaGeometricParams(value: unknown): value is ShiftedBetaGeometricParameters {
  return isRecord(value) && isPositiveNumber(value.alpha) && isPositiveNumber(value.beta);
}

/** The rules across the fields of one customer's summary (zod runs them even when a field failed: only compare valid values). */
export function rfmRules<T extends { frequency: number; recency: number; age: number }>() {
  return [
    z.refine<T>((row) => !(isNonNegativeNumber(row.recency) && isNonNegativeNumber(row.age)) || row.recency <= row.age, {
      path: ["recency"],
      error: (issue) => `must not exceed age, ${String((issue.input as { age: unknown }).age)}`,
    }),
    z.refine<T>(
      (row) => !(isCount(row.frequency) && row.frequency === 0 && isNonNegativeNumber(row.recency)) || row.recency === 0,
      {
        path: ["recency"],
        error: "must be 0 when frequency is 0 (recency is the time from the first to the last purchase)",
      },
    ),
  ] as const;
}

/** The fields of one customer's summary. */
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
  (input) =>
    !(isClvTimeUnit(input.timeUnit) && isClvTimeUnit(input.params?.timeUnit)) || input.timeUnit === input.params.timeUnit,
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

/** Fast check equivalent to rfmCustomerSchema. */
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
const MONETARY_VALUE =
  'must be an amount ≥ 0: a finite number, a decimal string such as "12.50", or a Decimal (or null without a repeat purchase)';

/** A customer's `monetaryValue`: an amount ≥ 0, or null or absent. */
export const monetaryValueSchema = z.optional(
  z.nullable(
    z.union(
      [
        // Each branch carries the message, as the branch a value's type matches reports its own issue.
        z.number({ error: MONETARY_VALUE }).check(z.gte(0, { error: MONETARY_VALUE })),
        z.string({ error: MONETARY_VALUE }).check(z.refine((value) => parseMoney(value) >= 0, { error: MONETARY_VALUE })),
        z.custom<Decimal>(
          (value) => typeof value === "object" && value !== null && !Array.isArray(value) && parseMoney(value) >= 0,
          {
            error: MONETARY_VALUE,
          },
        ),
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

/** The rule that a customer with repeat purchases has a mean spend. */
export const spendRule = z.refine<{ frequency: number; monetaryValue?: unknown }>(
  (row) => !(isCount(row.frequency) && row.frequency > 0) || (row.monetaryValue !== undefined && row.monetaryValue !== null),
  { path: ["monetaryValue"], error: "is required for a customer with repeat purchases (frequency > 0)" },
);

/** Fast check equivalent to spendCustomerSchema: the spend as a float (null when absent), or NaN. */
export function readSpendCustomer(row: unknown): number | null {
  if (!isRecord(row) || !isCount(row.frequency)) return Number.NaN;
  const spend = readMonetaryValue(row.monetaryValue);
  if (spend === null) return row.frequency > 0 ? Number.NaN : null;
  return spend;
}

/** Fast check equivalent to valuedCustomerSchema. */
export function isValuedCustomer(row: unknown): boolean {
  if (!isRfmCustomer(row)) return false;
  const id = (row as unknown as Record<string, unknown>).customerId;
  if (id !== undefined && !isCustomerId(id)) return false;
  const spend = readSpendCustomer(row);
  return spend === null || !Number.isNaN(spend);
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
