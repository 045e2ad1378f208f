import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  churnRate,
  churnRateAverageInputSchema,
  churnRateInputSchema,
  churnRateOptionsSchema,
  churnRateStartPlusNewInputSchema,
  retentionRate,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward, near } from "../_helpers/index.js";

describe("churnRate", () => {
  test("is a fraction in [0, 1] with start and startPlusNew, the latter never larger; both scale-invariant", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), fc.integer({ min: 1, max: 1000 }), (a, b, acquired, k) => {
        const [lost, start] = a <= b ? [a, b] : [b, a];
        if (start === 0) return;
        const byStart = churnRate({ lost, start }) as number;
        const byServed = churnRate({ lost, start, acquired }, { denominator: "startPlusNew" }) as number;
        expect(byStart >= 0 && byStart <= 1).toBe(true);
        expect(byServed).toBeLessThanOrEqual(byStart);
        expect(near(churnRate({ lost: lost * k, start: start * k }), byStart)).toBe(true);
      }),
    );
  });

  test("is the complement of retentionRate under the default denominator", () => {
    // E = S − L + N when lost and acquired are counted alike (see retentionRate)
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), (a, b, acquired) => {
        const [lost, start] = a <= b ? [a, b] : [b, a];
        const end = start - lost + acquired;
        const churn = churnRate({ lost, start });
        const retention = retentionRate({ start, end, acquired });
        if (start === 0) {
          expect(churn).toBeNull();
          expect(retention).toBeNull();
          return;
        }
        expect(near((churn as number) + (retention as number), 1, 1e-15)).toBe(true);
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    const schemas = {
      start: churnRateInputSchema,
      startPlusNew: churnRateStartPlusNewInputSchema,
      average: churnRateAverageInputSchema,
    };
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(
          fc.record(
            { lost: countOrAwkward, start: countOrAwkward, acquired: countOrAwkward, end: countOrAwkward },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            { denominator: fc.oneof(fc.constantFrom("start", "startPlusNew", "average", "Start"), awkwardValue) },
            { requiredKeys: [] },
          ),
          awkwardValue,
        ),
      ),
      ([input, options]) => churnRate(input as never, options as never),
      ([input, options]) => {
        const parsed = churnRateOptionsSchema.safeParse(options);
        if (!parsed.success) return false;
        return schemas[parsed.data?.denominator ?? "start"].safeParse(input).success;
      },
      { numRuns: 2000 },
    );
  });
});
