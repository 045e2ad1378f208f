// Scale tests: inputs past the engine's own limits, which the unit tests never reach. V8 holds at
// most 2^24 (16,777,216) entries in one Set or Map; these inputs cross that line for real.
// npm run test:scale (vitest.scale.config.ts, a larger heap); minutes and gigabytes, not in `npm test`.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cohortRetention, cohortRevenue, KpiInputError, mrrMovements } from "../../src/index.js";

const LIMIT = 2 ** 24;

/** The month `m` months after January 2023, the 15th at noon UTC, as epoch ms. */
const monthMs = (m: number): number => Date.UTC(2023, m, 15, 12);

/** The error `run` throws, which must be a KpiInputError (a RangeError fails the test with its own message). */
function kpiErrorOf(run: () => unknown): KpiInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof KpiInputError) return error;
    throw error;
  }
  throw new Error("expected a KpiInputError, nothing was thrown");
}

let started = 0;
beforeEach(() => {
  started = performance.now();
});
afterEach((context) => {
  const { rss, heapUsed } = process.memoryUsage();
  const gb = (bytes: number): string => (bytes / 2 ** 30).toFixed(2);
  console.log(
    `${context.task.name}: ${((performance.now() - started) / 1000).toFixed(1)} s, rss ${gb(rss)} GB, heap ${gb(heapUsed)} GB`,
  );
});

describe("cohortRetention and cohortRevenue past 2^24 (customer, period) pairs", () => {
  test("1.1 million customers × 16 months: 17.6 million distinct pairs, counted exactly", () => {
    // Customer c joins in month c % 4 and buys in each of the 16 months from then on, rows in
    // date order (customers interleaved, as an export sorted by date has them); every fifth
    // customer buys twice in the first month. 10.00 an order.
    const customers = 1_100_000;
    const rows: { customerId: number; date: number; amount: number }[] = [];
    for (let month = 0; month < 19; month++) {
      const date = monthMs(month);
      for (let c = 0; c < customers; c++) {
        const offset = month - (c % 4);
        if (offset < 0 || offset > 15) continue;
        rows.push({ customerId: c, date, amount: 10 });
        if (offset === 0 && c % 5 === 0) rows.push({ customerId: c, date: date + 3_600_000, amount: 10 });
      }
    }
    expect(rows.length).toBe(customers * 16 + customers / 5);
    expect(customers * 16).toBeGreaterThan(LIMIT); // the pairs cross V8's limit

    // Cohort k (2023-01 … 2023-04): 275,000 customers, active at offsets 0 to 15; the data run to
    // 2024-07 (month 18), so 3 − k more offsets with nobody.
    const size = customers / 4;
    const labels = ["2023-01", "2023-02", "2023-03", "2023-04"];
    expect(cohortRetention(rows).cohorts).toEqual(
      labels.map((cohort, k) => ({ cohort, size, retention: [...Array<number>(16).fill(1), ...Array<number>(3 - k).fill(0)] })),
    );
    // Revenue: 10 per order; a fifth of each cohort (55,000) ordered twice in its first month.
    const revenue = (k: number): number[] => [
      (size + size / 5) * 10,
      ...Array<number>(15).fill(size * 10),
      ...Array<number>(3 - k).fill(0),
    ];
    expect(cohortRevenue(rows).cohorts).toEqual(
      labels.map((cohort, k) => ({
        cohort,
        size,
        revenue: revenue(k),
        revenuePerCustomer: revenue(k).map((total) => total / size),
      })),
    );
  });

  test("more than 2^24 distinct customers are counted: the customer index chains past V8's limit", () => {
    const date = monthMs(0);
    const rows: { customerId: number; date: number }[] = [];
    for (let c = 0; c < LIMIT + 5; c++) rows.push({ customerId: c, date });
    expect(cohortRetention(rows).cohorts).toEqual([{ cohort: "2023-01", size: LIMIT + 5, retention: [1] }]);
  });
});

describe("mrrMovements past 2^24 snapshots and customers", () => {
  test("a repeated snapshot among 17.6 million (customer, period) pairs is a KpiInputError", () => {
    // The schema's cross-row rule (one snapshot per customer and period) once kept a Set of pairs.
    const customers = 1_100_000;
    const labels = Array.from({ length: 16 }, (_, m) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`);
    const snapshots: { customerId: number; period: string; mrr: number }[] = [{ customerId: 7, period: "2023-01", mrr: 10 }];
    for (const period of labels) for (let c = 0; c < customers; c++) snapshots.push({ customerId: c, period, mrr: 10 });
    expect(snapshots.length).toBeGreaterThan(LIMIT);

    const error = kpiErrorOf(() => mrrMovements(snapshots));
    expect(error.issues.map((issue) => `${issue.path} ${issue.message}`)).toEqual([
      'snapshots[8].period must not repeat a snapshot of the same customer and period (got "2023-01")',
    ]);
  });

  test("more than 2^24 distinct customers are taken: the maps per customer chain past V8's limit", () => {
    const snapshots: { customerId: number; period: string; mrr: number }[] = [];
    for (let c = 0; c < LIMIT + 5; c++) snapshots.push({ customerId: c, period: "2024-01", mrr: 10 });
    // One period: nothing to bridge, but every customer was indexed (one more used to throw RangeError).
    expect(mrrMovements(snapshots)).toEqual({ periods: [], movements: [] });
  });
});
