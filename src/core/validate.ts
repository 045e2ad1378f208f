import * as z from "zod/mini";
import type { $ZodIssue, $ZodType } from "zod/v4/core";
import { KpiInputError, type KpiIssue } from "./errors.js";

/**
 * Builds the error for an argument that failed a function's fast check.
 *
 * The fast checks (`isCount`, `isRate`, …) keep the happy path cheap; the zod schema
 * stays the single source of truth for what is valid and for the wording of every
 * message, so it is run only here, once something is already known to be wrong.
 *
 * `arg` names the argument: for `"input"` (the object of named inputs) field paths are
 * bare (`won`), for any other argument they start with its name (`stages[2].count`).
 */
export function invalidInput(fn: string, arg: string, schema: $ZodType, value: unknown): KpiInputError {
  let issues: readonly $ZodIssue[] | undefined;
  try {
    // z.safeParse, not schema["~standard"].validate: that one turns a parse that throws into a
    // rejected Promise, which would go unhandled.
    issues = z.safeParse(schema, value).error?.issues;
  } catch {
    // zod itself threw on a value no schema accepts: its length checks read `length` of any
    // object and throw when it is a Symbol, and a getter may throw. Such a value is invalid.
    return new KpiInputError(fn, [{ path: formatPath(arg, []), message: `is not a valid value (got ${formatValue(value)})` }]);
  }
  if (issues === undefined || issues.length === 0) {
    // The fast check rejected what the schema accepts: a bug in salesmetrics, pinned by the schema-agreement tests.
    throw new Error(`${fn}: internal error: ${arg} failed its check but matches its schema`);
  }
  return new KpiInputError(
    fn,
    issues.map((issue): KpiIssue => {
      const path = issue.path;
      return {
        path: formatPath(arg, path),
        message: `${issue.message} (got ${formatValue(valueAt(value, path))})`,
      };
    }),
  );
}

/** `["stages", 2, "count"]` → `stages[2].count`; fields of the `input` argument stand alone. */
export function formatPath(arg: string, path: readonly PropertyKey[]): string {
  let text = arg === "input" && path.length > 0 ? "" : arg;
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const MAX_VALUE_CHARS = 60;

/** A short, unambiguous rendering of an offending value for an error message. */
export function formatValue(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return truncate(JSON.stringify(value));
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  if (typeof value !== "object" || value === null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (Array.isArray(value)) return `an array of ${value.length}`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? "an object" : truncate(json);
  } catch {
    return "an object";
  }
}

function truncate(text: string): string {
  return text.length <= MAX_VALUE_CHARS ? text : `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
}

/** Fast twin of a zod object schema's first check: a non-null object that is not an array. */
export function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `array.every(check)`, except that a hole of a sparse array is checked (as `undefined`, which is
 * how zod reads it) rather than skipped.
 */
export function everyItem(array: readonly unknown[], check: (item: unknown) => boolean): boolean {
  for (let i = 0; i < array.length; i++) if (!check(array[i])) return false;
  return true;
}

/** An options argument may be left out; when given it must be an object. */
export function isOptionsArgument(value: unknown): value is Record<PropertyKey, unknown> | undefined {
  return value === undefined || isRecord(value);
}

/**
 * The schema of an options argument: may be left out; when given, an object whose
 * fields (each made optional here) are checked and whose other keys are ignored.
 */
export function optionsSchema<Shape extends Record<string, $ZodType>>(shape: Shape) {
  const optionalShape = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, z.optional(field)])) as {
    [Key in keyof Shape]: z.ZodMiniOptional<Shape[Key]>;
  };
  return z.optional(z.looseObject(optionalShape, { error: "must be an object" }));
}

/**
 * Guards a result computed from valid but extreme inputs (amounts near 10³⁰⁸, durations
 * near 0) against overflowing to ±Infinity, which no function may return: such input is
 * rejected with a KpiInputError at `path`.
 */
export function finiteResult(fn: string, path: string, value: number): number {
  if (Number.isFinite(value)) return value;
  throw new KpiInputError(fn, [{ path, message: "gives a result beyond the range of a float (about 1.8 × 10³⁰⁸)" }]);
}
