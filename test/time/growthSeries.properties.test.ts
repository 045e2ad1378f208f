import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { growthRowsSchema, growthSeries, salesGrowth } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

const DAY_MS = 86_400_000;
const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/**
 * The label of the n-th period of a kind, counted from an origin, written here without the
 * library's label code: days and ISO weeks through Date and date-fns, the rest by arithmetic.
 * Consecutive n are consecutive periods.
 */
const KINDS = {
  day: (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10),
  // Day −3 is Monday 1969-12-29; date-fns reads local dates, so the UTC date is rebuilt as one.
  week: (n: number) => {
    const monday = new Date((n * 7 - 3) * DAY_MS);
    return format(new Date(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate()), "RRRR-'W'II");
  },
  month: (n: number) => `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1, 2)}`,
  quarter: (n: number) => `${pad(Math.floor(n / 4), 4)}-Q${(n % 4) + 1}`,
  fiscalQuarter: (n: number) => `FY${pad(Math.floor(n / 4), 4)}-Q${(n % 4) + 1}`,
  year: (n: number) => pad(n, 4),
  fiscalYear: (n: number) => `FY${pad(n, 4)}`,
} as const;
type Kind = keyof typeof KINDS;
/** Where n starts, per kind: years 1901 to about 2090. */
const ORIGINS: Record<Kind, { min: number; max: number }> = {
  day: { min: -25_000, max: 43_000 },
  week: { min: -3500, max: 6000 },
  month: { min: 1901 * 12, max: 2090 * 12 },
  quarter: { min: 1901 * 4, max: 2090 * 4 },
  fiscalQuarter: { min: 1901 * 4, max: 2090 * 4 },
  year: { min: 1901, max: 2090 },
  fiscalYear: { min: 1901, max: 2090 },
};

/** The same label a year earlier, by the definition of year over year: the year, one less. */
const labelYearEarlier = (label: string): string => label.replace(/\d{4}/, (year) => pad(Number(year) - 1, 4));

/** Growth as the library defines it: null from a base ≤ 0 (or without a base). */
const expectedGrowth = (current: number, previous: number | undefined): number | null =>
  previous === undefined || !(previous > 0) ? null : (current - previous) / previous + 0;

/** What growthSeries did before issue 12: period over period with the previous ROW, whatever its period. */
function bridgingGrowthSeries(rows: readonly { period: string; total: number }[]) {
  const totals = new Map(rows.map((row) => [row.period, row.total]));
  return rows.map((row, i) => ({
    period: row.period,
    total: row.total + 0,
    periodOverPeriod: i === 0 ? null : expectedGrowth(row.total, rows[i - 1]?.total),
    yearOverYear: expectedGrowth(row.total, totals.get(labelYearEarlier(row.period))),
  }));
}

/** A series of consecutive periods of one kind: its kind, labels and totals. */
const consecutiveSeries = fc
  .constantFrom(...(Object.keys(KINDS) as Kind[]))
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      first: fc.integer(ORIGINS[kind]),
      // Totals ≤ 0 included: growth from them is null, and must stay so.
      totals: fc.array(fc.oneof(fc.integer({ min: -100, max: 1e9 }), fc.constantFrom(0, 0.5, 1e-3)), {
        minLength: 1,
        maxLength: 60,
      }),
    }),
  )
  .map(({ kind, first, totals }) => ({ kind, labels: totals.map((_, i) => KINDS[kind](first + i)), totals }));

describe("growthSeries", () => {
  test("each growth equals salesGrowth of the two totals", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 2, maxLength: 30 }), (totals) => {
        const rows = totals.map((total, i) => ({
          period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
          total,
        }));
        const series = growthSeries(rows);
        series.forEach((row, i) => {
          if (i > 0) expect(row.periodOverPeriod).toBe(salesGrowth({ current: totals[i]!, previous: totals[i - 1]! }));
          if (i >= 12) expect(row.yearOverYear).toBe(salesGrowth({ current: totals[i]!, previous: totals[i - 12]! }));
          else expect(row.yearOverYear).toBeNull();
        });
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          period: fc.oneof(fc.constantFrom("2017-03", "2016-03", "2017-Q5", "FY2017", "2017-W09", "0000"), awkwardValue),
          total: fc.oneof(fc.double(), awkwardValue),
        }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.oneof(fc.array(row, { maxLength: 4 }), awkwardValue),
      (rows) => growthSeries(rows as never),
      (rows) => growthRowsSchema.safeParse(rows).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});

// Issue 12, point 2: a series over periods never compares across a missing period.
describe("growthSeries never compares across a missing period", () => {
  test("property: after a missing period, growth is null; everything else is as before", () => {
    fc.assert(
      fc.property(
        consecutiveSeries.chain((series) =>
          fc.record({
            series: fc.constant(series),
            kept: fc.array(fc.boolean(), { minLength: series.labels.length, maxLength: series.labels.length }),
          }),
        ),
        ({ series, kept }) => {
          const indexes = series.labels.flatMap((_, i) => (kept[i] === true ? [i] : []));
          // Each row carries its position in the full series, an extra field growthSeries must keep.
          const rows = indexes.map((i) => ({ period: series.labels[i]!, total: series.totals[i]!, position: i }));
          const result = growthSeries(rows);
          const before = bridgingGrowthSeries(rows);
          const present = new Map(rows.map((row) => [row.period, row.total]));
          result.forEach((row, j) => {
            expect(row.position).toBe(indexes[j]);
            const afterGap = j === 0 || indexes[j]! - indexes[j - 1]! !== 1;
            if (afterGap) expect(row.periodOverPeriod).toBeNull();
            else expect(row.periodOverPeriod).toBe(expectedGrowth(row.total, series.totals[indexes[j]! - 1]));
            // Year over year only with the exact period a year earlier, when it is present.
            expect(row.yearOverYear).toBe(expectedGrowth(row.total, present.get(labelYearEarlier(row.period))));
            expect({ ...row, position: undefined }).toEqual({
              ...before[j],
              position: undefined,
              periodOverPeriod: afterGap ? null : before[j]?.periodOverPeriod,
            });
          });
        },
      ),
    );
  });

  test("property: without gaps, the result is what it was before the fix", () => {
    fc.assert(
      fc.property(consecutiveSeries, ({ labels, totals }) => {
        const rows = labels.map((period, i) => ({ period, total: totals[i]! }));
        expect(growthSeries(rows)).toEqual(bridgingGrowthSeries(rows));
      }),
    );
  });
});
