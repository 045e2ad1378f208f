import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pace, paceInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("pace", () => {
  test("the projection is linear: doubling actual doubles it; on track exactly when the run rate covers the target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 1, max: 1e7 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (actual, target, elapsed, extra) => {
          const total = elapsed + extra;
          const result = pace({ actual, target, elapsed, total });
          expect(pace({ actual: actual * 2, target, elapsed, total }).projected).toBeCloseTo((result.projected as number) * 2, 6);
          expect(result.onTrack).toBe(actual * total >= target * elapsed);
          expect(result.remaining).toBe(Math.max(0, target - actual));
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), awkwardValue);
    const units = fc.oneof(fc.integer({ min: -1, max: 40 }), awkwardValue);
    assertAgreesWithSchema(
      fc.record({ actual: amount, target: amount, elapsed: units, total: units }),
      (input) => pace(input as never),
      (input) => paceInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
