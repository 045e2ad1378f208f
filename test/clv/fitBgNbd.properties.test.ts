import fc from "fast-check";
import { describe, test } from "vitest";
import { bgNbdCustomersSchema, fitBgNbd, fitBgNbdOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("fitBgNbd", () => {
  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            frequency: fc.oneof(fc.nat(5), awkwardValue),
            recency: fc.oneof(fc.constantFrom(0, 1, 5), awkwardValue),
            age: fc.oneof(fc.constantFrom(0, 3, 10), awkwardValue),
            timeUnit: fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(undefined, "day", "week") },
              { weight: 1, arbitrary: awkwardValue },
            ),
          },
          { requiredKeys: ["frequency", "recency", "age"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          maxIterations: fc.oneof(fc.constantFrom(1, 50, 0, 1.5), awkwardValue),
          timeUnit: fc.oneof(fc.constantFrom("day", "week", "month"), awkwardValue),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    // Beyond the schemas: an option that contradicts the unit the rows state.
    const contradicts = (rows: unknown, opts: unknown) => {
      const option = (opts as { timeUnit?: unknown } | undefined)?.timeUnit;
      const stated = (rows as { timeUnit?: unknown }[]).find((row) => row.timeUnit !== undefined)?.timeUnit;
      return option !== undefined && stated !== undefined && option !== stated;
    };
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue), options),
      ([rows, opts]) => fitBgNbd(rows as never, opts as never),
      ([rows, opts]) =>
        bgNbdCustomersSchema.safeParse(rows).success && fitBgNbdOptionsSchema.safeParse(opts).success && !contradicts(rows, opts),
      // A log-likelihood beyond the float range (ages near 1e308) is a documented range error.
      { numRuns: 300, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
