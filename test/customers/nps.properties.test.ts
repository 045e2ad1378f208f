import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { nps, npsOptionsSchema, npsScoresSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("nps", () => {
  test("score in [−100, 100]; counts add up; order does not matter; merging surveys adds their counts", () => {
    const score = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.array(score, { maxLength: 200 }), fc.array(score, { maxLength: 200 }), (a, b) => {
        const result = nps(a);
        expect(result.promoters + result.passives + result.detractors).toBe(a.length);
        if (a.length > 0) expect(result.score! >= -100 && result.score! <= 100).toBe(true);
        expect(nps([...a].reverse())).toEqual(result);
        const merged = nps([...a, ...b]);
        const other = nps(b);
        expect(merged.promoters).toBe(result.promoters + other.promoters);
        expect(merged.detractors).toBe(result.detractors + other.detractors);
      }),
    );
  });

  test("k copies of a sample keep the score and shrink the margin by √k", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 100 }),
        fc.integer({ min: 2, max: 20 }),
        (a, k) => {
          const one = nps(a);
          const many = nps(Array.from({ length: k }, () => a).flat());
          expect(many.score).toBeCloseTo(one.score!, 10);
          expect(many.marginOfError! * Math.sqrt(k)).toBeCloseTo(one.marginOfError!, 9);
        },
      ),
    );
  });

  test("fast check agrees with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(
          fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -1, max: 11 }) }, { weight: 1, arbitrary: awkwardValue }), {
            maxLength: 12,
          }),
          awkwardValue,
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ confidence: fc.oneof(fc.double({ min: 0, max: 1 }), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([scores, options]) => nps(scores as never, options as never),
      ([scores, options]) => npsScoresSchema.safeParse(scores).success && npsOptionsSchema.safeParse(options).success,
    );
  });
});
