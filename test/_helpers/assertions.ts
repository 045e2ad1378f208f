// Assertions the tests share: KpiInputError checks, the clean-output promise, the fast check against
// the schema, and a relative comparison.
import fc from "fast-check";
import { expect } from "vitest";
import { KpiInputError } from "../../src/index.js";

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

/** True when a and b agree to `relative` of their size (toBeCloseTo is absolute, too strict for large amounts). */
export function near(a: number | null, b: number | null, relative = 1e-12): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}
