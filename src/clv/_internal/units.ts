// The time unit of the CLV functions, privately: fast checks, the agreement rules between rows,
// parameters and options, and the length of each unit in days.

import * as z from "zod/mini";
import { KpiInputError } from "../../core/errors.js";
import type { ClvTimeUnit } from "../rfmSummary.js";

/** The schema of a time unit: the public clvTimeUnitSchema (rfmSummary.ts) is this one. */
export const TIME_UNIT_SCHEMA = z.enum(["day", "week"], { error: 'must be "day" or "week"' });

/** Days in each time unit. */
export const DAYS_PER_UNIT: Record<ClvTimeUnit, number> = { day: 1, week: 7 };

/** Fast check of a {@link ClvTimeUnit}. */
export function isClvTimeUnit(value: unknown): value is ClvTimeUnit {
  return value === "day" || value === "week";
}

/** Fast check of an optional `timeUnit`: absent (no claim) or a {@link ClvTimeUnit}. */
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
 * first that does not). Rows from rfmSummary all state theirs.
 */
export function sameUnitCheck(name: string) {
  return z.superRefine<readonly { timeUnit?: ClvTimeUnit | undefined }[]>((rows, context) => {
    const i = unitConflictIndex(rows);
    const first = firstStatedUnit(rows);
    if (i < 0 || first === null) return;
    context.issues.push({
      code: "custom",
      input: rows[i]?.timeUnit,
      path: [i, "timeUnit"],
      message: rowUnitMessage(name, first),
    });
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
