import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { followUpLeadsSchema, followUpStats, followUpStatsOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward } from "../_helpers/index.js";

describe("followUpStats", () => {
  const leads = fc.array(fc.record({ touches: fc.nat(30), won: fc.boolean() }), { maxLength: 200 });

  test("median and mean match a sort-based reference", () => {
    fc.assert(
      fc.property(leads, (records) => {
        fc.pre(records.length > 0);
        const sorted = records.map((r) => r.touches).sort((a, b) => a - b);
        const mid = sorted.length / 2;
        const median =
          sorted.length % 2 === 1 ? sorted[Math.floor(mid)] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
        const stats = followUpStats(records);
        expect(stats.medianTouches).toBe(median);
        expect(stats.meanTouches).toBeCloseTo(sorted.reduce((a, b) => a + b, 0) / sorted.length, 12);
      }),
    );
  });

  test("win shares add up to 1 and wins by touch add up to the wins; order does not matter", () => {
    fc.assert(
      fc.property(leads, (records) => {
        const stats = followUpStats(records);
        expect(stats.winsByTouch.reduce((sum, w) => sum + w.wins, 0)).toBe(stats.wins);
        if (stats.wins > 0) expect(stats.winsByTouch.reduce((sum, w) => sum + w.share, 0)).toBeCloseTo(1, 12);
        expect(followUpStats([...records].reverse())).toEqual(stats);
      }),
    );
  });

  test("merging two groups of leads gives the counts of the whole", () => {
    fc.assert(
      fc.property(leads, leads, (a, b) => {
        const whole = followUpStats([...a, ...b]);
        const [left, right] = [followUpStats(a), followUpStats(b)];
        expect(whole.count).toBe(left.count + right.count);
        expect(whole.wins).toBe(left.wins + right.wins);
        expect(whole.reachedMinTouches).toBe(left.reachedMinTouches + right.reachedMinTouches);
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    const lead = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record(
          { touches: countOrAwkward, won: fc.oneof(fc.boolean(), awkwardValue) },
          { requiredKeys: ["touches"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(lead, { maxLength: 4 }), awkwardValue),
        fc.oneof(fc.constant(undefined), fc.record({ minTouches: countOrAwkward }, { requiredKeys: [] }), awkwardValue),
      ),
      ([records, options]) => followUpStats(records as never, options as never),
      ([records, options]) =>
        followUpLeadsSchema.safeParse(records).success && followUpStatsOptionsSchema.safeParse(options).success,
    );
  });
});
