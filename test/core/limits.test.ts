// Issue 13: a limit that remains real is a KpiInputError that names the function, the limit and
// the way around it, never a bare RangeError. No salesmetrics function reaches it today (their
// maps are LargeMaps); the helper is tested directly.
import { expect, test } from "vitest";
import { KpiInputError } from "../../src/core/errors.js";
import { MAX_DISTINCT_KEYS, tooManyKeys } from "../../src/core/limits.js";

test("tooManyKeys names the function, the path, the limit and the way around it", () => {
  const error = tooManyKeys("cohortRetention", "transactions", "customers");
  expect(error).toBeInstanceOf(KpiInputError);
  expect(error.fn).toBe("cohortRetention");
  expect(error.issues).toEqual([
    {
      path: "transactions",
      message:
        "has more than 16,777,216 distinct customers, more than one call can hold: aggregate the records in parts and merge the results (see docs/limits.md)",
    },
  ]);
  expect(error.message).toMatch(/^cohortRetention: transactions has more than 16,777,216 distinct customers/);
});

test("tooManyKeys takes another limit", () => {
  expect(tooManyKeys("f", "rows", "groups", 1000).issues[0]?.message).toMatch(/^has more than 1,000 distinct groups/);
  expect(MAX_DISTINCT_KEYS).toBe(2 ** 24);
});
