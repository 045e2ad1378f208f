import { describe, expect, test } from "vitest";
import { followUpStats } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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
});
