import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cohortOptionsSchema, cohortRetention, cohortTransactionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("cohortRetention", () => {
  const transactions = fc.array(
    fc.record({
      customerId: fc.integer({ min: 1, max: 40 }),
      date: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2024, 11, 31) }),
    }),
    { maxLength: 150 },
  );

  test("retention starts at 1 and never exceeds 1; results do not depend on row order", () => {
    fc.assert(
      fc.property(transactions, (rows) => {
        const { cohorts } = cohortRetention(rows);
        for (const cohort of cohorts) {
          expect(cohort.retention[0]).toBe(1);
          for (const share of cohort.retention) expect(share >= 0 && share <= 1).toBe(true);
        }
        expect(cohortRetention([...rows].reverse())).toEqual({ cohorts });
      }),
    );
  });

  test("merging two disjoint sets of customers gives the cohort sizes of the union", () => {
    fc.assert(
      fc.property(transactions, transactions, (left, rightRaw) => {
        const right = rightRaw.map((row) => ({ ...row, customerId: row.customerId + 1000 }));
        const sizes = (rows: typeof left) => new Map(cohortRetention(rows).cohorts.map((c) => [c.cohort, c.size]));
        const [a, b, union] = [sizes(left), sizes(right), sizes([...left, ...right])];
        for (const [cohort, size] of union) expect(size).toBe((a.get(cohort) ?? 0) + (b.get(cohort) ?? 0));
      }),
    );
  });

  // The engine groups rows by customer and marks each customer's distinct offsets; this is the
  // plain definition (a Set of customer|offset pairs, as the engine once kept it) to compare with.
  test("equals the definition: distinct customers per cohort and offset, in days, weeks and months", () => {
    const day = 86_400_000;
    const rowsOf = fc.array(
      fc.record({
        customerId: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom("1", "a", "b")),
        date: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 2, 31) }),
      }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(rowsOf, fc.constantFrom("day", "week", "month") as fc.Arbitrary<"day" | "week" | "month">, (rows, period) => {
        const keyOf = (ms: number): number => {
          const date = new Date(ms);
          if (period === "month") return date.getUTCFullYear() * 12 + date.getUTCMonth();
          const days = Math.floor(ms / day);
          return period === "day" ? days : Math.floor((days + 3) / 7);
        };
        const first = new Map<unknown, number>();
        for (const row of rows) first.set(row.customerId, Math.min(first.get(row.customerId) ?? Infinity, keyOf(row.date)));
        const last = Math.max(...rows.map((row) => keyOf(row.date)));
        const pairs = new Set<string>();
        const active = new Map<number, number[]>();
        for (const key of first.values()) active.set(key, Array<number>(last - key + 1).fill(0));
        for (const row of rows) {
          const cohort = first.get(row.customerId) as number;
          const offset = keyOf(row.date) - cohort;
          const pair = `${typeof row.customerId}:${row.customerId}|${offset}`;
          if (pairs.has(pair)) continue;
          pairs.add(pair);
          (active.get(cohort) as number[])[offset]! += 1;
        }
        const { cohorts } = cohortRetention(rows, { period });
        expect(cohorts.map((cohort) => cohort.size)).toEqual(
          [...active.keys()].sort((a, b) => a - b).map((key) => [...first.values()].filter((k) => k === key).length),
        );
        expect(cohorts.map((cohort) => cohort.retention.map((share) => Math.round(share * cohort.size)))).toEqual(
          [...active.keys()].sort((a, b) => a - b).map((key) => active.get(key)),
        );
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          customerId: fc.oneof(fc.string({ maxLength: 2 }), fc.integer(), awkwardValue),
          date: fc.oneof(fc.integer(), fc.constantFrom("2024-01-01", "2024-02-30"), awkwardValue),
        }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ period: fc.oneof(fc.constantFrom("month", "week"), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([rows, options]) => cohortRetention(rows as never, options as never),
      ([rows, options]) => cohortTransactionsSchema.safeParse(rows).success && cohortOptionsSchema.safeParse(options).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("a cohort table may have") === true },
    );
  });
});
