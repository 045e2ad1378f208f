import { describe, expect, test } from "vitest";
import { mrrMovements, mrrSnapshotsSchema } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("mrrMovements", () => {
  test("classifies each customer's change as ChartMogul's movement types", () => {
    const { periods, movements } = mrrMovements([
      { customerId: "a", period: "2024-01", mrr: 100 },
      { customerId: "a", period: "2024-02", mrr: 120 }, // expansion 20
      { customerId: "a", period: "2024-03", mrr: 90 }, //  contraction 30
      { customerId: "b", period: "2024-01", mrr: 50 }, //  churned 50 in February
      { customerId: "b", period: "2024-03", mrr: 60 }, //  reactivation 60 in March
      { customerId: "c", period: "2024-02", mrr: "19.99" }, // new in February
      { customerId: "c", period: "2024-03", mrr: "19.99" }, // no movement
    ]);
    expect(movements).toEqual([
      { period: "2024-02", customerId: "a", type: "expansion", amount: 20 },
      { period: "2024-02", customerId: "b", type: "churned", amount: 50 },
      { period: "2024-02", customerId: "c", type: "new", amount: 19.99 },
      { period: "2024-03", customerId: "a", type: "contraction", amount: 30 },
      { period: "2024-03", customerId: "b", type: "reactivation", amount: 60 },
    ]);
    expect(periods).toHaveLength(2);
    expect(periods[0]).toEqual({
      period: "2024-02",
      startMrr: 150,
      newMrr: 19.99,
      expansion: 20,
      contraction: 0,
      churned: 50,
      reactivation: 0,
      endMrr: 139.99,
      customers: 2,
    });
    expect(periods[1]).toEqual({
      period: "2024-03",
      startMrr: 139.99,
      newMrr: 0,
      expansion: 0,
      contraction: 30,
      churned: 0,
      reactivation: 60,
      endMrr: 169.99,
      customers: 3,
    });
  });

  test("fills a period without snapshots: everyone churns, then reactivates", () => {
    const { periods } = mrrMovements([
      { customerId: 1, period: "2024-Q1", mrr: 10 },
      { customerId: 1, period: "2024-Q3", mrr: 10 },
    ]);
    expect(periods.map((p) => [p.period, p.churned, p.reactivation, p.endMrr])).toEqual([
      ["2024-Q2", 10, 0, 0],
      ["2024-Q3", 0, 10, 10],
    ]);
  });

  // Pinned by mutation testing: nothing checked that 0 → 0 (a customer away for two periods, or
  // on a free plan) is no movement; the classification could have recorded it as a new,
  // reactivation or churn of 0.
  test("a customer at 0 in both periods makes no movement", () => {
    const { periods, movements } = mrrMovements([
      { customerId: "gone", period: "2024-01", mrr: 30 },
      { customerId: "free", period: "2024-01", mrr: 0 },
      { customerId: "free", period: "2024-02", mrr: 0 },
      { customerId: "free", period: "2024-03", mrr: 0 },
      { customerId: "paid", period: "2024-03", mrr: 10 },
    ]);
    expect(movements).toEqual([
      { period: "2024-02", customerId: "gone", type: "churned", amount: 30 },
      { period: "2024-03", customerId: "paid", type: "new", amount: 10 },
    ]);
    expect(periods.map((p) => [p.period, p.customers])).toEqual([
      ["2024-02", 0],
      ["2024-03", 1],
    ]);
  });

  test("says why snapshots are rejected: mixed kinds, repeats, and a span too long to be real", () => {
    expect(() =>
      mrrMovements([
        { customerId: "a", period: "2024-01", mrr: 1 },
        { customerId: "b", period: "2024-Q1", mrr: 2 },
      ]),
    ).toThrow("mrrMovements: snapshots[1].period must be a period of the same kind as the first (month)");
    expect(() =>
      mrrMovements([
        { customerId: "a", period: "2024-01", mrr: 1 },
        { customerId: "a", period: "2024-01", mrr: 2 },
      ]),
    ).toThrow("mrrMovements: snapshots[1].period must not repeat a snapshot of the same customer and period");
    expect(() =>
      mrrMovements([
        { customerId: "a", period: "1800-01-01", mrr: 1 },
        { customerId: "a", period: "2200-01-01", mrr: 1 },
      ]),
    ).toThrow("mrrMovements: snapshots span 146098 periods, more than 100000: check the labels");
  });

  // The schema's rule keeps each customer's periods (a label, then a Set), no longer a Set of
  // all (customer, period) pairs, which V8 caps at 2^24 entries (see test/scale).
  test('a repeat is found after a customer\'s third period; 1 and "1" are two customers', () => {
    const rows = [
      { customerId: 1, period: "2024-01", mrr: 1 },
      { customerId: "1", period: "2024-01", mrr: 1 },
      { customerId: 1, period: "2024-02", mrr: 1 },
      { customerId: 1, period: "2024-03", mrr: 1 },
      { customerId: 1, period: "2024-02", mrr: 2 },
      { customerId: "1", period: "2024-01", mrr: 2 },
    ];
    expect(mrrSnapshotsSchema.safeParse(rows.slice(0, 4)).success).toBe(true);
    expect(mrrSnapshotsSchema.safeParse(rows).error?.issues.map((issue) => issue.path)).toEqual([
      [4, "period"],
      [5, "period"],
    ]);
    expectKpiError("mrrMovements", () => mrrMovements(rows), ["snapshots[4].period", "snapshots[5].period"]);
  });

  test("no snapshot, or a single period, has no movement", () => {
    expect(mrrMovements([])).toEqual({ periods: [], movements: [] });
    expect(mrrMovements([{ customerId: 1, period: "2024", mrr: 5 }])).toEqual({ periods: [], movements: [] });
  });

  test.each([
    [[{ customerId: "a", period: "2024-13", mrr: 1 }], ["snapshots[0].period"]],
    [[{ customerId: "a", period: "2024-01", mrr: -1 }], ["snapshots[0].mrr"]],
    [
      [
        { customerId: "a", period: "2024-01", mrr: 1 },
        { customerId: "a", period: "2024-01", mrr: 2 },
      ],
      ["snapshots[1].period"],
    ],
    [
      [
        { customerId: "a", period: "2024-01", mrr: 1 },
        { customerId: "b", period: "2024-Q1", mrr: 2 },
      ],
      ["snapshots[1].period"],
    ],
    [[{ period: "2024-01", mrr: 1 }], ["snapshots[0].customerId"]],
  ])("rejects %o at %o", (rows, paths) => {
    expectKpiError("mrrMovements", () => mrrMovements(rows as never), paths);
  });
});
