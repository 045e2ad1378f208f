import fc from "fast-check";
import { expect } from "vitest";
import { KpiInputError } from "../src/index.js";

/** Calls `run`, expects a KpiInputError from `fn`, and returns it for further checks. */
export function catchKpiError(run: () => unknown): KpiInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KpiInputError);
    return error as KpiInputError;
  }
  throw new Error("expected a KpiInputError, but nothing was thrown");
}

/** Expects a KpiInputError from `fn` whose issues are exactly at `paths`, in order. */
export function expectKpiError(fn: string, run: () => unknown, paths: string[]): KpiInputError {
  const error = catchKpiError(run);
  expect(error.fn).toBe(fn);
  expect(error.code).toBe("ERR_KPI_INPUT");
  expect(error.issues.map((issue) => issue.path)).toEqual(paths);
  expect(error.message.startsWith(`${fn}: `)).toBe(true);
  return error;
}

/** True when a result holds no NaN, ±Infinity or -0 anywhere (the library's output promise). */
export function isCleanOutput(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isCleanOutput);
  if (value !== null && typeof value === "object") return Object.values(value).every(isCleanOutput);
  return true;
}

/** Values that break naive checks: wrong types, NaN, ±Infinity, -0, fractions, huge numbers, numeric strings. */
export const awkwardValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(0, -0, 1, 0.5, -1, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, 1e-300, "3", "", null, undefined, true),
  fc.double(),
  fc.anything(),
);

/** A count (non-negative integer) most of the time, and an awkward value otherwise. */
export const countOrAwkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.nat(1000) },
  { weight: 1, arbitrary: awkwardValue },
);

/** A rate in [0, 1] most of the time, and an awkward value otherwise. */
export const rateOrAwkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: awkwardValue },
);

/**
 * The fast hand-written check and the zod schema must accept exactly the same inputs:
 * `call` throws a KpiInputError exactly when `schema` rejects the input (and any other
 * throw is a bug). This is what lets the happy path skip zod. Results must be clean
 * (no NaN, ±Infinity or -0).
 */
export function assertAgreesWithSchema<T>(
  arbitrary: fc.Arbitrary<T>,
  call: (input: T) => unknown,
  schemaAccepts: (input: T) => boolean,
  options: { numRuns?: number; isResultRangeError?: (error: KpiInputError) => boolean } = {},
): void {
  fc.assert(
    fc.property(arbitrary, (input) => {
      let rejected = false;
      try {
        const result = call(input);
        expect(isCleanOutput(result)).toBe(true);
      } catch (error) {
        if (!(error instanceof KpiInputError)) throw error;
        // Valid input whose answer cannot be represented (documented per function) is not a schema matter.
        if (options.isResultRangeError?.(error) === true) {
          expect(schemaAccepts(input)).toBe(true);
          return;
        }
        rejected = true;
      }
      expect(rejected).toBe(!schemaAccepts(input));
    }),
    { numRuns: options.numRuns ?? 1000 },
  );
}
