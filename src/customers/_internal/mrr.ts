import type { $ZodType } from "zod/v4/core";
import * as z from "zod/mini";
import { MoneySum, parseMoney } from "../../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../../core/money.js";
import { formatValue, invalidInput, isOptionsArgument } from "../../_internal/validate.js";

// Shared pieces of the MRR-movement KPIs (revenueChurn, netRevenueRetention,
// grossRevenueRetention, quickRatio). Every movement is an amount ≥ 0 per period, as
// ChartMogul reports them: churned and contraction are losses, expansion and reactivation gains.

/**
 * The exact sum of a few amounts already parsed to floats (`0.1 + 0.2` is `0.3`), so that
 * rules such as "churned plus contraction ≤ starting MRR" compare the decimals the caller
 * wrote, not their float noise.
 */
export function exactSum(...amounts: number[]): number {
  const sum = new MoneySum();
  for (const amount of amounts) sum.add(amount);
  return sum.total();
}

/** An MRR movement of a period: an amount ≥ 0 (losses too are given as positive amounts). */
export const mrrAmountSchema = nonNegativeMoneySchema;

/** A period's starting MRR and what its starting customers lost, as {@link readStartAndLosses} reads them. */
export interface StartAndLosses {
  /** `startMrr` as a float (NaN when it is not an amount). */
  start: number;
  /** `churned` as a float (NaN when it is not an amount). */
  churned: number;
  /** `contraction` as a float (NaN when it is not an amount). */
  contraction: number;
  /** `churned + contraction`, summed exactly; NaN when the record breaks the rule. */
  losses: number;
}

/**
 * The rule every MRR-movement KPI with a starting MRR keeps (revenueChurn, netRevenueRetention,
 * grossRevenueRetention, and their schemas through {@link lossesWithinStart}): `startMrr`, `churned` and
 * `contraction` are amounts ≥ 0, and what the starting customers lost (churned + contraction) does not
 * exceed the MRR they started with. Compared exactly, so 0.1 + 0.2 against 0.3 passes. Reads the three
 * fields; `losses` is NaN when the record breaks the rule.
 */
export function readStartAndLosses(fields: Readonly<Record<PropertyKey, unknown>>): StartAndLosses {
  const start = parseMoney(fields.startMrr);
  const churned = parseMoney(fields.churned);
  const contraction = parseMoney(fields.contraction);
  const losses = start >= 0 && churned >= 0 && contraction >= 0 ? exactSum(churned, contraction) : Number.NaN;
  return { start, churned, contraction, losses: losses <= start ? losses : Number.NaN };
}

/**
 * Cross-field rule of the schemas: {@link readStartAndLosses}'s, reported on `churned`. Only a record whose
 * three amounts are valid can break it here: an invalid amount is reported on its own field.
 */
export const lossesWithinStart = z.refine<{ startMrr: Money; churned: Money; contraction: Money }>(
  (input) => {
    const { start, churned, contraction, losses } = readStartAndLosses(input);
    return losses >= 0 || !(start >= 0 && churned >= 0 && contraction >= 0);
  },
  {
    path: ["churned"],
    error: (issue) => {
      const input = issue.input as { startMrr: unknown; contraction: unknown };
      return `plus contraction (${formatValue(input.contraction)}) must not exceed startMrr, ${formatValue(input.startMrr)}: count only movements of the MRR there at the start`;
    },
  },
);

/**
 * Reads `options.includeReactivation` (default false), or throws the options error described by
 * `schema` (the public `reactivationOptionsSchema`, passed in: internal code imports no KPI file).
 */
export function includeReactivation(
  fn: string,
  options: { includeReactivation?: boolean | undefined } | undefined,
  schema: $ZodType,
): boolean {
  const include = options?.includeReactivation === undefined ? false : options.includeReactivation;
  if (!isOptionsArgument(options) || typeof include !== "boolean") {
    throw invalidInput(fn, "options", schema, options);
  }
  return include;
}
