// Building KpiInputErrors from the schemas (capped, cheap at scale), and the small readers every KPI uses.

import * as z from "zod/mini";
import type { $ZodIssue, $ZodType } from "zod/v4/core";
import { KpiInputError, MAX_ISSUES, type KpiIssue } from "../core/errors.js";

/**
 * Builds the error for an argument that failed a function's fast check.
 *
 * The fast checks (`isCount`, `isRate`, …) keep the happy path cheap; the zod schema
 * stays the single source of truth for what is valid and for the wording of every
 * message, so it is run only here, once something is already known to be wrong.
 *
 * `arg` names the argument: for `"input"` (the object of named inputs) field paths are
 * bare (`won`), for any other argument they start with its name (`stages[2].count`).
 *
 * The error path stays cheap at scale too. An array of more than {@link MAX_ISSUES} rows
 * checked by an array schema is examined row by row (see {@link invalidRows}): `isValidRow`,
 * the function's fast check of one row, finds the bad rows, the element schema describes the
 * first of them until `issues` is full, and the rest are only counted. Rules across rows (the
 * array schema's own checks) are reported once no row is invalid on its own. A smaller array,
 * and any other value, is parsed whole, so its issues are exactly the schema's.
 */
export function invalidInput(
  fn: string,
  arg: string,
  schema: $ZodType,
  value: unknown,
  isValidRow?: (row: unknown) => boolean,
): KpiInputError {
  const element = Array.isArray(value) && value.length > MAX_ISSUES ? elementSchemaOf(schema) : undefined;
  const byRow = element === undefined ? undefined : invalidRows(fn, arg, element, value as readonly unknown[], isValidRow);
  if (byRow !== undefined) return byRow;

  const issues = schemaIssues(schema, value);
  if (issues === undefined) {
    // zod itself threw on a value no schema accepts: its length checks read `length` of any
    // object and throw when it is a Symbol, and a getter may throw. Such a value is invalid.
    return new KpiInputError(fn, [{ path: formatPath(arg, []), message: `is not a valid value (got ${formatValue(value)})` }]);
  }
  if (issues.listed.length === 0) {
    // The fast check rejected what the schema accepts: a bug in salesmetrics, pinned by the schema-agreement tests.
    throw new Error(`${fn}: internal error: ${arg} failed its check but matches its schema`);
  }
  // Only the listed issues are formatted: a million of them would cost seconds and gigabytes.
  const listed = issues.listed.map((issue) => toKpiIssue(arg, [], value, issue));
  return new KpiInputError(fn, listed, { issues: issues.more });
}

/**
 * The error for an array whose rows failed a function's fast check, row by row: `isValidRow`
 * (the function's fast check of one row, which must accept exactly what `element` accepts)
 * finds the bad rows, `element` describes the first of them until {@link MAX_ISSUES} issues are
 * listed, and the bad rows after that are only counted, in `unlistedRows`. So a million bad rows
 * cost a pass of the fast check and a hundred schema parses, not a million. Without `isValidRow`
 * the schema checks every row (exact, as slow as parsing the whole array, but as small).
 *
 * Returns `undefined` when no row is invalid on its own: the problem is then a rule across rows.
 */
function invalidRows(
  fn: string,
  arg: string,
  element: $ZodType,
  rows: readonly unknown[],
  isValidRow?: (row: unknown) => boolean,
): KpiInputError | undefined {
  const issues: KpiIssue[] = [];
  let unlistedIssues = 0;
  let unlistedRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (isValidRow?.(row)) continue;
    if (isValidRow !== undefined && issues.length >= MAX_ISSUES) {
      unlistedRows++;
      continue;
    }
    const found = schemaIssues(element, row);
    if (found === undefined) {
      // zod threw on this row (see invalidInput): the row as a whole is invalid.
      if (issues.length < MAX_ISSUES)
        issues.push({ path: formatPath(arg, [i]), message: `is not a valid value (got ${formatValue(row)})` });
      else unlistedIssues++;
      continue;
    }
    for (const issue of found.listed) {
      if (issues.length < MAX_ISSUES) issues.push(toKpiIssue(arg, [i], row, issue));
      else unlistedIssues++;
    }
    unlistedIssues += found.more;
  }
  return issues.length === 0 ? undefined : new KpiInputError(fn, issues, { issues: unlistedIssues, rows: unlistedRows });
}

/** Issues of a schema: the first {@link MAX_ISSUES} of them, and how many more. */
interface FoundIssues {
  listed: $ZodIssue[];
  more: number;
}

/** The schema's issues for `value` (none when it is valid), or `undefined` when zod throws. */
function schemaIssues(schema: $ZodType, value: unknown): FoundIssues | undefined {
  // A whole parse that would throw (see partIssues) is not tried first: it costs as much as the parts.
  const parts = hasLargePart(value) ? partIssues(schema, value) : undefined;
  if (parts !== undefined) return parts;
  let issues: readonly $ZodIssue[];
  try {
    // z.safeParse, not schema["~standard"].validate: that one turns a parse that throws into a
    // rejected Promise, which would go unhandled.
    issues = z.safeParse(schema, value).error?.issues ?? [];
  } catch {
    return partIssues(schema, value);
  }
  return { listed: issues.slice(0, MAX_ISSUES), more: Math.max(0, issues.length - MAX_ISSUES) };
}

/** Arrays of more items than this, inside a value, have their issues found part by part. */
const LARGE_PART = 50_000;

/** Whether `value` holds an array of more than {@link LARGE_PART} items as an item or a field. */
function hasLargePart(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (Array.isArray(item) && item.length > LARGE_PART) return true;
    }
  } else if (isRecord(value)) {
    for (const key in value) {
      const field = Object.hasOwn(value, key) ? value[key] : undefined;
      if (Array.isArray(field) && field.length > LARGE_PART) return true;
    }
  }
  return false;
}

/**
 * The issues of an array's items or an object's fields, each parsed on its own, for a value zod
 * threw on or would throw on; `undefined` when it is neither, or no part has an issue (then the
 * whole is parsed, or, if zod threw, invalid as a whole: its length checks read `length` of any
 * object and throw when it is a Symbol, and a getter may throw). zod throws when one part has more
 * than about 110,000 issues: it adds them to the whole's with `issues.push(...part)`, whose
 * arguments overflow V8's stack (a stage history of 500,000 bad entries, `sales` of 500,000 bad
 * rows). Parsed part by part, they are listed and counted; rules across the parts (an object's
 * own checks) are then not reported until the parts are valid.
 */
function partIssues(schema: $ZodType, value: unknown): FoundIssues | undefined {
  let inner = schema;
  while (["optional", "nullable", "readonly"].includes(inner._zod.def.type))
    inner = (inner._zod.def as unknown as { innerType: $ZodType }).innerType;
  const def = inner._zod.def as { type: string; element?: $ZodType; shape?: Record<string, $ZodType> };
  const found: FoundIssues = { listed: [], more: 0 };
  const add = (key: PropertyKey, part: $ZodType, partValue: unknown): void => {
    const issues = schemaIssues(part, partValue);
    const listed: readonly $ZodIssue[] =
      issues === undefined
        ? [{ code: "custom", path: [], input: partValue, message: "is not a valid value" } as $ZodIssue]
        : issues.listed;
    for (const issue of listed) {
      if (found.listed.length < MAX_ISSUES) found.listed.push({ ...issue, path: [key, ...issue.path] });
      else found.more++;
    }
    found.more += issues?.more ?? 0;
  };
  if (def.type === "array" && def.element !== undefined && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) add(i, def.element, value[i]);
  } else if (def.type === "object" && def.shape !== undefined && isRecord(value)) {
    for (const key of Object.keys(def.shape)) add(key, def.shape[key] as $ZodType, value[key]);
  } else {
    return undefined;
  }
  return found.listed.length === 0 ? undefined : found;
}

/** A zod issue of `value`, found at `prefix` inside argument `arg`, as a KpiIssue with its `(got …)`. */
function toKpiIssue(arg: string, prefix: readonly PropertyKey[], value: unknown, issue: $ZodIssue): KpiIssue {
  return {
    path: formatPath(arg, prefix.length === 0 ? issue.path : [...prefix, ...issue.path]),
    message: `${issue.message} (got ${formatValue(valueAt(value, issue.path))})`,
  };
}

/** The element schema of a zod array schema (`z.array(element)`, with or without checks), else `undefined`. */
function elementSchemaOf(schema: $ZodType): $ZodType | undefined {
  const def = schema._zod.def as { type: string; element?: $ZodType };
  return def.type === "array" ? def.element : undefined;
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
  // Only a prefix is rendered: the rendering of a whole large value could pass V8's string limit.
  if (typeof value === "string")
    return truncate(JSON.stringify(value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value));
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  if (typeof value !== "object" || value === null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (Array.isArray(value)) return `an array of ${value.length}`;
  try {
    const json = JSON.stringify(value, boundedReplacer());
    return json === undefined ? "an object" : truncate(json);
  } catch {
    return "an object";
  }
}

/**
 * A JSON.stringify replacer that renders at most what the first {@link MAX_VALUE_CHARS} characters
 * can show: strings and arrays cut to that many items, objects to that many keys, and nothing
 * after a few hundred values. An item renders as one character at least (short of an object whose
 * first 60 values JSON omits), so the shown prefix is that of the whole value's JSON, at a cost
 * that does not grow with the value (for...in lists an object's keys, not its contents).
 */
function boundedReplacer(): (key: string, value: unknown) => unknown {
  let budget = 4 * MAX_VALUE_CHARS;
  return (_key, value) => {
    if (--budget < 0) return undefined;
    if (typeof value === "string") return value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
    if (Array.isArray(value)) return value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
    if (typeof value !== "object" || value === null) return value;
    // A null-prototype copy, so that a "__proto__" key stays a key.
    const shown: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    if (ArrayBuffer.isView(value)) {
      // A typed array renders as an object of its indices; for...in would first list them all.
      const items = value as unknown as ArrayLike<unknown>;
      if (!(typeof items.length === "number" && items.length > MAX_VALUE_CHARS)) return value;
      for (let i = 0; i < MAX_VALUE_CHARS; i++) shown[i] = items[i];
      return shown;
    }
    let count = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (count++ === MAX_VALUE_CHARS) return shown;
      shown[key] = (value as Record<string, unknown>)[key];
    }
    return value;
  };
}

function truncate(text: string): string {
  return text.length <= MAX_VALUE_CHARS ? text : `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
}

/** Fast twin of a zod object schema's first check: a non-null object that is not an array. */
export function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The record every field of which is missing: what {@link fieldsOf} reads a value that is no record as. */
const NO_FIELDS: Readonly<Record<PropertyKey, unknown>> = Object.freeze({});

/**
 * The fields of an argument, checked to be a record once: `value` itself when it is one (see
 * {@link isRecord}), otherwise a record without fields, whose every field reads `undefined` and so
 * fails its fast check. A KPI reads its fields from the result, then checks them.
 */
export function fieldsOf(value: unknown): Readonly<Record<PropertyKey, unknown>> {
  return isRecord(value) ? value : NO_FIELDS;
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
