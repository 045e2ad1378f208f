import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cohortOptionsSchema, cohortRetention, cohortTransactionsSchema, customerIdSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError } from "../helpers.js";
import { cdnowMaster } from "./cdnow.js";

describe("cohortRetention on CDNOW_master", () => {
  // Reference figures computed independently of the library: Python 3.11 over the same file,
  // first month per customer as year × 12 + month, then the set of customers of each cohort
  // with a purchase at each month offset (len of the set), printed.
  const expected = [
    ["1997-01", 7846, [7846, 1157, 964, 810, 679, 736, 720, 582, 559, 594, 673, 634, 528, 511, 664, 472, 497, 498]],
    ["1997-02", 8476, [8476, 1312, 980, 783, 847, 786, 626, 619, 666, 721, 661, 545, 568, 718, 545, 548, 551]],
    ["1997-03", 7248, [7248, 1032, 752, 756, 674, 564, 561, 579, 634, 569, 464, 472, 678, 420, 443, 457]],
  ] as const;

  test("the three monthly cohorts of the first quarter of 1997: sizes and retention by month", () => {
    const { cohorts } = cohortRetention(cdnowMaster());
    expect(cohorts.map((c) => c.cohort)).toEqual(["1997-01", "1997-02", "1997-03"]);
    cohorts.forEach((cohort, i) => {
      const [label, size, active] = expected[i]!;
      expect(cohort.cohort).toBe(label);
      expect(cohort.size).toBe(size);
      expect(cohort.retention).toEqual(active.map((customers) => customers / size));
    });
    expect(cohorts.reduce((sum, c) => sum + c.size, 0)).toBe(23_570);
  });
});

describe("cohortRetention", () => {
  test("counts a customer once per period, however many orders", () => {
    const { cohorts } = cohortRetention([
      { customerId: 1, date: "2024-01-01" },
      { customerId: 1, date: "2024-01-02" },
      { customerId: 1, date: "2024-02-01" },
      { customerId: 1, date: "2024-02-02" },
      { customerId: 2, date: "2024-01-31" },
    ]);
    expect(cohorts).toEqual([{ cohort: "2024-01", size: 2, retention: [1, 0.5] }]);
  });

  test("a customer who skips a period counts again on return", () => {
    const { cohorts } = cohortRetention([
      { customerId: "a", date: "2024-01-10" },
      { customerId: "a", date: "2024-03-10" },
    ]);
    expect(cohorts[0]?.retention).toEqual([1, 0, 1]);
  });

  test("periods follow the time zone; weeks and quarters too", () => {
    const rows = [
      { customerId: "a", date: "2024-01-31T23:30:00-05:00" }, // February in UTC
      { customerId: "a", date: "2024-02-15T12:00:00Z" },
    ];
    expect(cohortRetention(rows, { timeZone: "America/New_York" }).cohorts[0]).toEqual({ cohort: "2024-01", size: 1, retention: [1, 1] });
    expect(cohortRetention(rows).cohorts[0]).toEqual({ cohort: "2024-02", size: 1, retention: [1] });
    expect(cohortRetention(rows, { period: "quarter" }).cohorts[0]?.cohort).toBe("2024-Q1");
    expect(cohortRetention(rows, { period: "week" }).cohorts[0]?.cohort).toBe("2024-W05");
  });

  test("no transaction, no cohort; string and number ids are different customers", () => {
    expect(cohortRetention([])).toEqual({ cohorts: [] });
    expect(cohortRetention([{ customerId: 1, date: "2024-01-01" }, { customerId: "1", date: "2024-01-01" }]).cohorts[0]?.size).toBe(2);
  });

  const transactions = fc.array(
    fc.record({ customerId: fc.integer({ min: 1, max: 40 }), date: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2024, 11, 31) }) }),
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
      fc.record({ customerId: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom("1", "a", "b")), date: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 2, 31) }) }),
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
        expect(cohorts.map((cohort) => cohort.size)).toEqual([...active.keys()].sort((a, b) => a - b).map((key) => [...first.values()].filter((k) => k === key).length));
        expect(cohorts.map((cohort) => cohort.retention.map((share) => Math.round(share * cohort.size)))).toEqual(
          [...active.keys()].sort((a, b) => a - b).map((key) => active.get(key)),
        );
      }),
    );
  });

  test.each([
    [[{ customerId: "", date: "2024-01-01" }], undefined, ["transactions[0].customerId"]],
    [[{ customerId: "a", date: "yesterday" }], undefined, ["transactions[0].date"]],
    [[{ customerId: NaN, date: "2024-01-01" }], undefined, ["transactions[0].customerId"]],
    [null, undefined, ["transactions"]],
    [[], { period: "hour" }, ["options.period"]],
  ])("rejects %o with options %o at %o", (rows, options, paths) => {
    expectKpiError("cohortRetention", () => cohortRetention(rows as never, options as never), paths);
  });

  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      { weight: 4, arbitrary: fc.record({ customerId: fc.oneof(fc.string({ maxLength: 2 }), fc.integer(), awkwardValue), date: fc.oneof(fc.integer(), fc.constantFrom("2024-01-01", "2024-02-30"), awkwardValue) }) },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue), fc.oneof(fc.constant(undefined), fc.record({ period: fc.oneof(fc.constantFrom("month", "week"), awkwardValue) }, { requiredKeys: [] }), awkwardValue)),
      ([rows, options]) => cohortRetention(rows as never, options as never),
      ([rows, options]) => cohortTransactionsSchema.safeParse(rows).success && cohortOptionsSchema.safeParse(options).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("a cohort table may have") === true },
    );
  });
});

// Found while writing the schemas' examples: an empty string got zod/mini's "Invalid input".
test("customerIdSchema says what a customer id is for an empty string too", () => {
  expect(customerIdSchema.safeParse("").error?.issues[0]?.message).toBe("must be a customer id: a non-empty string or a finite number");
});
