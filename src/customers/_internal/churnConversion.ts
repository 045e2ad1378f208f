import type { $ZodType } from "zod/v4/core";
import { isRate } from "../../_internal/checks.js";
import { invalidInput, isOptionsArgument } from "../../_internal/validate.js";
import { rateSchema } from "../../core/rate.js";

/**
 * Shared checks of annualizeChurn and periodicChurn: the rate and the number of periods (default 12),
 * or the options error described by `optionsSchema` (their public `churnPeriodsOptionsSchema`,
 * passed in: internal code imports no KPI file).
 */
export function checkChurnConversion(
  fn: string,
  rate: unknown,
  options: { periods?: number | undefined } | undefined,
  optionsSchema: $ZodType,
): { rate: number; periods: number } {
  if (!isRate(rate)) throw invalidInput(fn, "rate", rateSchema, rate);
  const periods = options?.periods === undefined ? 12 : options.periods;
  if (!isOptionsArgument(options) || typeof periods !== "number" || !(periods > 0 && periods < Infinity)) {
    throw invalidInput(fn, "options", optionsSchema, options);
  }
  return { rate, periods };
}
