// Fuzzes every function exported from the package root (src/index.ts), found by enumerating the
// module itself, so a new export cannot be forgotten. Each is called with
//   - junk: arbitrary argument lists (wrong types, NaN, ±Infinity, -0, huge and tiny numbers,
//     invalid dates, numeric strings, null-prototype objects, Decimals that are not finite …), and
//   - nearly valid input: a valid call from seeds.ts with one to three edits (a field replaced by
//     junk or by a value valid elsewhere, removed, stringified or scaled; an extra field; an array
//     of records grown to dozens of rows so that one bad row sits among many; options scrambled),
//     so that the fuzz gets past the first check and into the code behind it.
//     Edits also punch holes in arrays (sparse arrays, whose holes forEach and every skip).
// Every call must return a clean value (no NaN, ±Infinity or -0 anywhere; functions and class
// instances are not looked into), or throw a KpiInputError from that function whose issues each
// have a non-empty path. A TypeError, any other error, or a call that runs longer than
// CALL_TIMEOUT_MS (it is interrupted, see `invoke`) fails the test with the arguments.
// Documented exceptions are declared per export in seeds.ts: groupKpi passes on the
// KpiInputError of the KPI its callback computes, and its values are the callback's own.
//
// Skipped by rule: schemas (they have "~standard"; test/index.test.ts checks them), constants, and
// the KpiInputError class. Schema factories (`…SchemaFor`) must return a schema, or throw a
// KpiInputError, for any arguments, and the schemas they return must validate any data without
// throwing.
//
// FUZZ_RUNS=n (default 1) multiplies the runs, FUZZ_SEED=n replays a run that fast-check reported.

import { inspect } from "node:util";
import vm from "node:vm";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as salesmetrics from "../../src/index.js";
import { KpiInputError } from "../../src/index.js";
import { UNDER_MUTATION_TESTING } from "../_helpers/mutationTesting.js";
import { SEEDS, type Seed } from "./seeds.js";

const RUNS_FACTOR = Number(process.env.FUZZ_RUNS ?? 1);
const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Runs per export of the junk property and of the nearly-valid property (a seed may lower them). */
const JUNK_RUNS = 100;
const NEARLY_VALID_RUNS = 300;
/** A single call taking this long is a hang: it is interrupted and the test fails. */
const CALL_TIMEOUT_MS = UNDER_MUTATION_TESTING ? 60_000 : 3000;
/** Per test (vitest). */
const TEST_TIMEOUT_MS = UNDER_MUTATION_TESTING ? 600_000 : 30_000;

// ---------------------------------------------------------------------------------------------
// The exports

type AnyFunction = (...args: unknown[]) => unknown;

function isSchema(value: unknown): boolean {
  return (typeof value === "object" || typeof value === "function") && value !== null && "~standard" in value;
}

const exported = Object.entries(salesmetrics as Record<string, unknown>);
const functions = exported.filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === "function" && !isSchema(entry[1]) && entry[1] !== KpiInputError,
);
const isFactory = (name: string): boolean => name.endsWith("SchemaFor");

// ---------------------------------------------------------------------------------------------
// Calling, with a watchdog: a vm timeout interrupts even a synchronous endless loop.

const sandbox = vm.createContext({ fn: undefined, args: undefined });
const callScript = new vm.Script("fn(...args)");

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function invoke(fn: AnyFunction, args: readonly unknown[], timeout = CALL_TIMEOUT_MS): Outcome {
  sandbox.fn = fn;
  sandbox.args = args;
  try {
    return { ok: true, value: callScript.runInContext(sandbox, { timeout }) };
  } catch (error) {
    return { ok: false, error };
  } finally {
    sandbox.fn = undefined;
    sandbox.args = undefined;
  }
}

function show(value: unknown): string {
  return inspect(value, { depth: 5, breakLength: Infinity, maxArrayLength: 8, maxStringLength: 80 });
}

function describeError(error: unknown): string {
  // The watchdog's error comes from the vm's realm: not an instance of this realm's Error.
  if ((error as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return "no result in time (a hang)";
  if (error instanceof Error) {
    return `${error.name}: ${error.message}\n${error.stack?.split("\n").slice(1, 6).join("\n") ?? ""}`;
  }
  return `a non-Error: ${show(error)}`;
}

/** The first NaN, ±Infinity, -0 or invalid Date in `value`, with where it is; undefined when clean. */
function findUnclean(value: unknown, path = "result", seen = new Set<object>()): string | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) && !Object.is(value, -0)
      ? undefined
      : `${path} is ${Object.is(value, -0) ? "-0" : String(value)}`;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? `${path} is an invalid Date` : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnclean(value[i], `${path}[${i}]`, seen);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined; // a class instance
  for (const [key, item] of Object.entries(value)) {
    const found = findUnclean(item, `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Fails unless `outcome` is a clean value or a well-formed KpiInputError of one of `fns`. */
function checkOutcome(what: string, fns: readonly string[], outcome: Outcome, ownResult = (result: unknown) => result): void {
  if (outcome.ok) {
    const unclean = findUnclean(ownResult(outcome.value));
    if (unclean !== undefined) throw new Error(`${what} returned ${unclean}: ${show(outcome.value)}`);
    return;
  }
  const error = outcome.error;
  if (!(error instanceof KpiInputError)) throw new Error(`${what} threw ${describeError(error)}`);
  const problems: string[] = [];
  if (!fns.includes(error.fn)) problems.push(`its fn is ${show(error.fn)}, not ${fns.join(" or ")}`);
  if (error.code !== "ERR_KPI_INPUT") problems.push(`its code is ${show(error.code)}`);
  if (!error.message.startsWith(`${error.fn}: `)) problems.push("its message does not start with the function's name");
  if (!Array.isArray(error.issues) || error.issues.length === 0) problems.push("it has no issues");
  for (const issue of error.issues) {
    if (typeof issue.path !== "string" || issue.path === "") problems.push(`an issue has no path: ${show(issue)}`);
    if (typeof issue.message !== "string" || issue.message === "") problems.push(`an issue has no message: ${show(issue)}`);
    // zod/mini's generic text, where a schema check lacks its own message: it says nothing of what was required.
    else if (/^Invalid\b/.test(issue.message)) problems.push(`an issue does not say what was required: ${show(issue)}`);
  }
  if (problems.length > 0) throw new Error(`${what} threw a malformed KpiInputError (${problems.join("; ")}): ${error.message}`);
}

function hasSymbolLength(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  if (typeof (value as { length?: unknown }).length === "symbol") return true;
  return Object.values(value).some((item) => hasSymbolLength(item, seen));
}

/** Calls export `name` with `args` (and, for a schema factory, validates `data` with the schema made). */
function checkCall(name: string, fn: AnyFunction, seed: Seed, args: readonly unknown[], data?: unknown): void {
  const fns = [name, ...(seed.alsoFrom?.fns ?? [])];
  const what = `${name}(${args.map(show).join(", ")})`;
  const outcome = invoke(fn, args);
  if (!isFactory(name) || !outcome.ok) {
    checkOutcome(what, fns, outcome, seed.ownResult);
    return;
  }
  const schema = outcome.value as { safeParse?: AnyFunction } | null;
  if (!isSchema(schema) || typeof schema?.safeParse !== "function")
    throw new Error(`${what} returned ${show(schema)}, not a zod schema`);
  // safeParse rather than ["~standard"].validate, which turns a check that throws into a rejected Promise.
  const validation = invoke(schema.safeParse.bind(schema), [data]);
  const where = `${what}.safeParse(${show(data)})`;
  // zod's own length checks throw on an object whose `length` is a Symbol, in any zod schema:
  // zod's behaviour, not the factory's (the functions themselves turn it into a KpiInputError).
  if (!validation.ok) {
    if (validation.error instanceof TypeError && hasSymbolLength(data)) return;
    throw new Error(`${where} threw ${describeError(validation.error)}`);
  }
  const success = (validation.value as { success?: unknown } | null)?.success;
  if (typeof success !== "boolean") throw new Error(`${where} returned ${show(validation.value)}`);
}

// ---------------------------------------------------------------------------------------------
// Junk

const JUNK_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  2,
  7,
  12,
  100,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e21,
  1e300,
  1e-300,
  1e-9,
  8.64e15,
  8.64e15 + 1,
  -8.64e15,
  10_000,
  10_001,
  1_000_000,
  1_000_001,
  0.1 + 0.2,
  1 - 1e-16,
];
const JUNK_STRINGS = [
  "",
  " ",
  "0",
  "-0",
  "3",
  "1.5",
  "-1",
  "1e3",
  "1e400",
  "0x10",
  "NaN",
  "Infinity",
  "-Infinity",
  "1,000",
  "12.345.6",
  " 12 ",
  "abc",
  "null",
  "true",
  "2024-13-01",
  "2024-02-30",
  "2024-03-10T02:30",
  "2024-01-01T25:00",
  "2024-01-01T00:00:00+25:00",
  "+275760-09-13T00:00:00.001Z",
  "-271821-04-19T23:59:59Z",
  "+275760-09-13",
  "0000-01-01",
  "9999-12-31T23:59:59.999",
  "2024-06-04T10:00",
  "2024-06-04",
  "2024-06-04 10:00:00",
  "2024-W23",
  "not a date",
  "America/New_York",
  "Mars/Olympus",
  "utc",
  "Etc/GMT+14",
  "+05:00",
  "day",
  "week",
  "month",
  "quarter",
  "year",
  "won",
  "lost",
  "open",
  "closed",
  "start",
  "average",
  "startPlusNew",
  "simple",
  "weighted",
  "top",
  "none",
  "each",
  "firstPaymentNow",
  "__proto__",
  "constructor",
  "toString",
  "09:00",
  "17:00",
  "24:00",
  "25:00",
  "9:00",
  "mon",
  "sun",
  "Qualify",
  "Proposal",
  "a",
  "x".repeat(300),
];
const sparse: unknown[] = [];
sparse.length = 3;
const JUNK_OTHERS: unknown[] = [
  null,
  undefined,
  true,
  false,
  [],
  {},
  [[]],
  [{}],
  [null],
  [NaN],
  [1, 2, 3],
  sparse,
  new Date(NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(0),
  Object.create(null),
  Object.freeze({}),
  new Map([["won", 1]]),
  new Set([1]),
  /won/,
  Symbol("junk"),
  10n,
  () => 1,
  () => undefined,
  () => NaN,
  new Decimal(NaN),
  new Decimal(Infinity),
  new Decimal(-Infinity),
  new Decimal("-0"),
  new Decimal("1e400"),
  new Decimal("1e-400"),
  new Decimal("0.1"),
  new Decimal(-3),
  { valueOf: () => 3 },
  { toString: () => "2024-01-01" },
  new Number(3),
  new String("3"),
  new Boolean(true),
  new Float64Array([1, NaN]),
  Object.assign(Object.create(null), { won: 1, lost: 2 }),
  { length: 2, 0: 1, 1: 2 },
  { length: Symbol("length") },
  { length: 1e10 },
];

const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JUNK_NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom(...JUNK_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...JUNK_OTHERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 2000 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date("1990-01-01"), max: new Date("2040-01-01"), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
);

const junkArgs = fc.array(junk, { maxLength: 4 });

// ---------------------------------------------------------------------------------------------
// Nearly valid: a seed call with a few edits, applied copy-on-write (the frozen seeds stay as they are).

type Path = readonly (string | number)[];

/** Arrays and objects whose prototype is Object.prototype or null are walked into; Dates, Decimals, calendars' engines and functions are leaves. */
function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (isContainer(value))
    for (const key of Object.keys(value)) paths(value[key], [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

function copyOf(container: Record<string | number, unknown>): Record<string | number, unknown> {
  if (Array.isArray(container)) return [...(container as unknown[])] as unknown as Record<number, unknown>;
  const copy = Object.create(Object.getPrototypeOf(container) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(container)) define(copy, key, container[key]);
  return copy;
}

/** Sets an own, enumerable property, even one named "__proto__". */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `root` with the value at `path` replaced by `update(old)`; `update` returning REMOVE deletes it. */
const REMOVE = Symbol("remove");
function update(root: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const container = root as Record<string | number, unknown>;
  const [key, ...rest] = path as [string | number, ...Path];
  const copy = copyOf(container);
  const next = update(container[key], rest, change);
  if (next !== REMOVE) define(copy, key, next);
  else if (Array.isArray(copy)) copy.splice(key as number, 1);
  else delete copy[key];
  return copy;
}

const EXTRA_KEYS = ["extra", "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "0", "", "length", "then"];
const FACTORS = [-1, 0.5, 3, 1e9, 1e15, 1e300, 1e-300, 1e-9, 7.3];

type Edit =
  | { kind: "set"; at: number; value: unknown }
  | { kind: "donor"; at: number; donor: number }
  | { kind: "remove"; at: number }
  | { kind: "hole"; at: number }
  | { kind: "extra"; at: number; key: number; value: unknown }
  | { kind: "grow"; at: number; times: number }
  | { kind: "stringify"; at: number }
  | { kind: "scale"; at: number; factor: number }
  | { kind: "scramble"; at: number; mask: number; values: unknown[] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: junk }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("donor" as const), at: fc.nat(), donor: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("hole" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("extra" as const), at: fc.nat(), key: fc.nat(), value: junk }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("grow" as const), at: fc.nat(), times: fc.integer({ min: 2, max: 12 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("stringify" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("scale" as const), at: fc.nat(), factor: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("scramble" as const),
      at: fc.nat(),
      mask: fc.nat(),
      values: fc.array(junk, { minLength: 5, maxLength: 5 }),
    }),
  },
);

/** The longest array a "grow" edit makes: big enough for one bad row among many, small enough to stay fast. */
const MAX_GROWN = 60;

/** Every leaf value of every seed: values valid somewhere, to be tried elsewhere. */
const DONORS: unknown[] = [];
for (const seed of Object.values(SEEDS)) {
  for (const call of [...seed.calls, ...(seed.data ?? [])]) {
    for (const path of paths(call)) {
      const value = get(call, path);
      if (!isContainer(value) && !DONORS.some((known) => Object.is(known, value))) DONORS.push(value);
    }
  }
}

function applyEdit(root: unknown, change: Edit): unknown {
  const all = paths(root);
  const pick = (filter: (path: Path, value: unknown) => boolean): Path | undefined => {
    const candidates = all.filter((path) => filter(path, get(root, path)));
    return candidates.length === 0 ? undefined : candidates[change.at % candidates.length];
  };
  const nonRoot = (path: Path): boolean => path.length > 0;
  switch (change.kind) {
    case "set": {
      const path = pick(nonRoot);
      return path === undefined ? root : update(root, path, () => change.value);
    }
    case "donor": {
      const path = pick(nonRoot);
      return path === undefined ? root : update(root, path, () => DONORS[change.donor % DONORS.length]);
    }
    case "remove": {
      const path = pick(nonRoot);
      return path === undefined ? root : update(root, path, () => REMOVE);
    }
    case "hole": {
      // An array element deleted in place: a sparse array, whose holes forEach and every skip.
      const path = pick((path) => path.length > 1 && typeof path[path.length - 1] === "number");
      if (path === undefined) return root;
      return update(root, path.slice(0, -1), (old) => {
        const copy = [...(old as unknown[])];
        delete copy[path[path.length - 1] as number];
        return copy;
      });
    }
    case "extra": {
      const path = pick((_, value) => isContainer(value));
      if (path === undefined) return root;
      return update(root, path, (old) => {
        const copy = copyOf(old as Record<string, unknown>);
        if (Array.isArray(copy)) copy.push(change.value);
        else define(copy, EXTRA_KEYS[change.key % EXTRA_KEYS.length] as string, change.value);
        return copy;
      });
    }
    case "grow": {
      const path = pick((path, value) => nonRoot(path) && Array.isArray(value) && value.length > 0);
      if (path === undefined) return root;
      return update(root, path, (old) => {
        const rows = old as unknown[];
        return Array.from({ length: Math.min(MAX_GROWN, rows.length * change.times) }, (_, i) => rows[i % rows.length]);
      });
    }
    case "stringify": {
      const path = pick(
        (_, value) => typeof value === "number" || value instanceof Date || value instanceof Decimal || typeof value === "string",
      );
      if (path === undefined) return root;
      return update(root, path, (old) => {
        if (typeof old === "string") return Number(old);
        if (old instanceof Date) return Number.isNaN(old.getTime()) ? "Invalid Date" : old.toISOString();
        return String(old);
      });
    }
    case "scale": {
      const path = pick((_, value) => typeof value === "number");
      const factor = FACTORS[change.factor % FACTORS.length] as number;
      return path === undefined ? root : update(root, path, (old) => (old as number) * factor);
    }
    case "scramble": {
      const path = pick((_, value) => isContainer(value));
      if (path === undefined) return root;
      let next = root;
      const inside = get(root, path);
      // Leaves only: a container replaced first would leave nothing to walk into.
      paths(inside).forEach((inner, i) => {
        if (!isContainer(get(inside, inner)) && ((change.mask >>> (i % 31)) & 1) === 1) {
          next = update(next, [...path, ...inner], () => change.values[i % change.values.length]);
        }
      });
      return next;
    }
  }
}

function nearlyValid(calls: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  return fc
    .record({ call: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) })
    .map(({ call, edits }) => edits.reduce<unknown>(applyEdit, calls[call % calls.length]) as unknown[]);
}

// ---------------------------------------------------------------------------------------------
// The tests

function runs(base: number, seed: Seed | undefined): number {
  const lowered = seed?.runs === undefined ? base : Math.min(base, seed.runs);
  return Math.max(1, Math.round(lowered * RUNS_FACTOR));
}

function assertProperty<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, numRuns: number): void {
  fc.assert(fc.property(arbitrary, check), {
    numRuns,
    includeErrorInReport: true,
    ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }),
  });
}

describe("the fuzz harness fails what it must", () => {
  test("interrupts an endless loop, and calls it a hang", () => {
    const outcome = invoke(
      () => {
        for (;;);
      },
      [],
      100,
    );
    expect(outcome.ok).toBe(false);
    expect(() => checkOutcome("loop()", ["loop"], outcome)).toThrow(/a hang/);
  });

  test("finds NaN, ±Infinity, -0 and invalid Dates deep in a result, and passes clean ones", () => {
    for (const bad of [NaN, Infinity, -Infinity, -0, new Date(NaN)]) {
      expect(findUnclean({ rows: [{ total: 1 }, { total: bad }] })).toMatch(/^result\.rows\[1\]\.total is /);
    }
    expect(findUnclean({ rows: [{ total: 0, label: "x", when: new Date(0), missing: null }], fn: () => NaN })).toBeUndefined();
  });

  test("rejects any error but a well-formed KpiInputError of the function", () => {
    const fails = (error: unknown) => () => checkOutcome("f()", ["f"], { ok: false, error });
    expect(fails(new TypeError("x is undefined"))).toThrow(/TypeError/);
    expect(fails(new RangeError("x"))).toThrow(/RangeError/);
    expect(fails(new KpiInputError("g", [{ path: "x", message: "is bad" }]))).toThrow(/its fn is 'g'/);
    expect(fails(new KpiInputError("f", [{ path: "", message: "is bad" }]))).toThrow(/no path/);
    expect(fails(new KpiInputError("f", []))).toThrow(/no issues/);
    expect(fails(new KpiInputError("f", [{ path: "x", message: "Invalid input" }]))).toThrow(/does not say what was required/);
    expect(fails(new KpiInputError("f", [{ path: "x", message: "is bad" }]))).not.toThrow();
  });
});

describe("the fuzz suite covers the package root", () => {
  test("finds the exported functions", () => {
    expect(functions.length).toBeGreaterThan(50);
  });

  test("has valid seed calls for every exported function (add a new export to test/fuzz/seeds.ts)", () => {
    const missing = functions.map(([name]) => name).filter((name) => SEEDS[name] === undefined || SEEDS[name].calls.length === 0);
    expect(missing, "exported functions without seeds in test/fuzz/seeds.ts").toEqual([]);
    const stale = Object.keys(SEEDS).filter((name) => !functions.some(([exportedName]) => exportedName === name));
    expect(stale, "seeds of functions that are not exported").toEqual([]);
  });

  test("skips only schemas, constants (UPPER_CASE data) and KpiInputError", () => {
    // Anything else that is not a function (an object of functions, say) would escape the fuzz.
    const skipped = exported.filter(([name]) => !functions.some(([fnName]) => fnName === name));
    const unexpected = skipped.filter(
      ([name, value]) =>
        !(isSchema(value) || value === KpiInputError || (/^[A-Z][A-Z0-9_]*$/.test(name) && typeof value !== "function")),
    );
    expect(unexpected.map(([name]) => name)).toEqual([]);
  });

  test.each(functions.filter(([name]) => SEEDS[name] !== undefined))(
    "the seeds of %s are valid and their results clean",
    (name, fn) => {
      const seed = SEEDS[name] as Seed;
      for (const args of seed.calls) {
        const outcome = invoke(fn, args);
        if (!outcome.ok) throw new Error(`seed ${name}(${args.map(show).join(", ")}) threw ${describeError(outcome.error)}`);
        if (!isFactory(name)) {
          expect(findUnclean(outcome.value), `seed ${name}(${args.map(show).join(", ")})`).toBeUndefined();
        }
      }
      if (isFactory(name)) {
        expect(seed.data, `${name} is a schema factory: give its seed data to validate`).toBeDefined();
        const schema = fn(...(seed.calls[0] as unknown[])) as { "~standard": { validate(value: unknown): unknown } };
        expect(schema["~standard"].validate(seed.data?.[0]), `${name}: its first data must be valid`).not.toHaveProperty(
          "issues",
        );
      }
    },
  );
});

describe.each(functions)("fuzz %s", (name, fn) => {
  const seed = SEEDS[name];
  // For a schema factory: what its schema validates, junk or nearly valid data.
  const data: fc.Arbitrary<unknown> = isFactory(name)
    ? fc.oneof(
        junk,
        nearlyValid((seed?.data ?? [[]]).map((item) => [item])).map((wrapped) => wrapped[0]),
      )
    : fc.constant(undefined);

  test(
    "junk arguments: a clean value or its KpiInputError",
    () => {
      if (seed === undefined) throw new Error(`${name} has no seed in test/fuzz/seeds.ts`);
      assertProperty(fc.tuple(junkArgs, data), ([args, item]) => checkCall(name, fn, seed, args, item), runs(JUNK_RUNS, seed));
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "nearly valid arguments: a clean value or its KpiInputError",
    () => {
      if (seed === undefined) throw new Error(`${name} has no seed in test/fuzz/seeds.ts`);
      assertProperty(
        fc.tuple(nearlyValid(seed.calls), data),
        ([args, item]) => checkCall(name, fn, seed, args, item),
        runs(NEARLY_VALID_RUNS, seed),
      );
    },
    TEST_TIMEOUT_MS,
  );
});
