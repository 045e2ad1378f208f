import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { followUpLeadsSchema, followUpStats, followUpStatsOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, countOrAwkward, expectKpiError } from "../helpers.js";

describe("followUpStats", () => {
  test("counts, mean, median, threshold share and wins by touch", () => {
    const leads = [
      { touches: 0 },
      { touches: 1, won: false },
      { touches: 3, won: true },
      { touches: 3, won: true },
      { touches: 5 },
      { touches: 8, won: true },
    ];
    expect(followUpStats(leads, { minTouches: 3 })).toEqual({
      count: 6,
      wins: 3,
      meanTouches: 20 / 6,
      medianTouches: 3,
      minTouches: 3,
      reachedMinTouches: 4,
      reachedMinTouchesRate: 4 / 6,
      winsByTouch: [
        { touches: 3, wins: 2, share: 2 / 3 },
        { touches: 8, wins: 1, share: 1 / 3 },
      ],
    });
  });

  test("the default threshold is 5 touches", () => {
    expect(followUpStats([{ touches: 4 }, { touches: 5 }]).reachedMinTouches).toBe(1);
  });

  test("no lead: counts are 0 and averages undefined", () => {
    expect(followUpStats([])).toEqual({
      count: 0,
      wins: 0,
      meanTouches: null,
      medianTouches: null,
      minTouches: 5,
      reachedMinTouches: 0,
      reachedMinTouchesRate: null,
      winsByTouch: [],
    });
  });

  const leads = fc.array(fc.record({ touches: fc.nat(30), won: fc.boolean() }), { maxLength: 200 });

  test("median and mean match a sort-based reference", () => {
    fc.assert(
      fc.property(leads, (records) => {
        fc.pre(records.length > 0);
        const sorted = records.map((r) => r.touches).sort((a, b) => a - b);
        const mid = sorted.length / 2;
        const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
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

  test.each([
    [[{ touches: 1 }, { touches: -1 }], undefined, ["leads[1].touches"]],
    [[{ touches: 1, won: "yes" }], undefined, ["leads[0].won"]],
    [[{ touches: 1 }, null], undefined, ["leads[1]"]],
    [{ touches: 1 }, undefined, ["leads"]],
    [[{ touches: 1 }], { minTouches: 0 }, ["options.minTouches"]],
    [[{ touches: 1 }], { minTouches: null }, ["options.minTouches"]],
  ])("rejects %o with options %o at %o", (leadsInput, options, paths) => {
    expectKpiError("followUpStats", () => followUpStats(leadsInput as never, options as never), paths);
  });

  test("reports every bad row of a large export, not just the first", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ touches: i % 250 === 7 ? -1 : 2 }));
    const error = expectKpiError("followUpStats", () => followUpStats(rows), [
      "leads[7].touches",
      "leads[257].touches",
      "leads[507].touches",
      "leads[757].touches",
    ]);
    expect(error.message).toMatch(/; and 1 more$/);
  });

  test("fast checks agree with the schemas", () => {
    const lead = fc.oneof(
      { weight: 5, arbitrary: fc.record({ touches: countOrAwkward, won: fc.oneof(fc.boolean(), awkwardValue) }, { requiredKeys: ["touches"] }) },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(lead, { maxLength: 4 }), awkwardValue),
        fc.oneof(fc.constant(undefined), fc.record({ minTouches: countOrAwkward }, { requiredKeys: [] }), awkwardValue),
      ),
      ([records, options]) => followUpStats(records as never, options as never),
      ([records, options]) => followUpLeadsSchema.safeParse(records).success && followUpStatsOptionsSchema.safeParse(options).success,
    );
  });
});
