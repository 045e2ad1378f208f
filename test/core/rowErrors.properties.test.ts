// Issue #12, point 7: the error path at scale. One bad row among a million must cost little more
// than a clean run, and a million bad rows must not build a million issues. The fast check of one
// row finds the bad rows, the schema describes only the first MAX_ISSUES issues, the rest are counted.
// (Speed itself is measured by `npm run bench -- errors`, never asserted here.)
import fc from "fast-check";
import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { describe, expect, test } from "vitest";
import {
  groupKeySchema,
  groupKpi,
  averageProfitMargin,
  bgNbdCustomersSchema,
  cohortRetention,
  cohortRevenue,
  cohortRevenueTransactionSchema,
  cohortTransactionSchema,
  fitBgNbd,
  fitGammaGamma,
  followUpLeadSchema,
  followUpStats,
  gammaGammaCustomersSchema,
  leadResponseLeadsSchema,
  leadResponseTime,
  MAX_ISSUES,
  mrrMovements,
  mrrSnapshotSchema,
  nps,
  npsScoreSchema,
  pipelineDealsSchemaFor,
  pipelineSummary,
  profitMarginItemSchema,
  quotaAttainmentToDate,
  quotaPeriodSchema,
  revenueByPeriod,
  revenueRecordSchema,
  rfmSummary,
  rfmTransactionSchema,
  salesCycleDealsSchemaFor,
  salesCycleLength,
  weightedPipeline,
  weightedPipelineDealsSchemaFor,
} from "../../src/index.js";
import { formatPath, formatValue } from "../../src/_internal/validate.js";
import { awkwardValue, catchKpiError, countOrAwkward, rateOrAwkward } from "../_helpers/index.js";

const DEAL = { status: "won", amount: 900, createdAt: "2024-01-02", closedAt: "2024-01-09" } as const;

/** The value at `path` inside `root`, as the error messages quote it. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path)
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  return value;
}

/**
 * What the error of a large array says, from the schema of one row alone: the issues of the bad
 * rows in order until MAX_ISSUES are listed (the rest of that row's issues counted), then the bad
 * rows only counted. `undefined` when no row is bad on its own.
 */
function expectedRowError(arg: string, element: $ZodType, rows: readonly unknown[]) {
  const issues: { path: string; message: string }[] = [];
  let unlistedIssues = 0;
  let unlistedRows = 0;
  rows.forEach((row, i) => {
    const result = z.safeParse(element, row);
    if (result.success) return;
    if (issues.length >= MAX_ISSUES) {
      unlistedRows++;
      return;
    }
    for (const issue of result.error.issues) {
      if (issues.length < MAX_ISSUES)
        issues.push({
          path: formatPath(arg, [i, ...issue.path]),
          message: `${issue.message} (got ${formatValue(valueAt(row, issue.path))})`,
        });
      else unlistedIssues++;
    }
  });
  return issues.length === 0 ? undefined : { issues, unlistedIssues, unlistedRows };
}

/**
 * Arrays of MAX_ISSUES + 1 to 260 rows: either `row`s cycled (often more than MAX_ISSUES bad rows)
 * or a valid `filler` with a few `row`s scattered in it.
 */
function largeArrays(row: fc.Arbitrary<unknown>, filler: unknown): fc.Arbitrary<unknown[]> {
  const length = fc.integer({ min: MAX_ISSUES + 1, max: 260 });
  const cycled = fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 12 }), length)
    .map(([pool, n]) => Array.from({ length: n }, (_, i) => pool[i % pool.length]));
  const scattered = fc.tuple(fc.array(fc.tuple(fc.nat(), row), { maxLength: 8 }), length).map(([placed, n]) => {
    const rows: unknown[] = new Array(n).fill(filler);
    for (const [at, value] of placed) rows[at % n] = value;
    return rows;
  });
  return fc.oneof(cycled, scattered);
}

const date = fc.oneof(fc.constantFrom("2024-01-01", "2024-02-01", "2024-13-01", null), awkwardValue);
const money = fc.oneof(fc.integer({ min: -3, max: 100 }), fc.constantFrom("12.50", "12,50", null), awkwardValue);
const customerId = fc.oneof(fc.constantFrom("a", "b", 7, ""), awkwardValue);
const elementOf = (schema: $ZodType): $ZodType => (schema._zod.def as unknown as { element: $ZodType }).element;

// Each function's fast check of one row must find exactly the rows its schema rejects: then the
// error of a large array is what the schema says, capped, however the bad rows are found.
const functions: {
  name: string;
  arg: string;
  element: $ZodType;
  row: fc.Arbitrary<unknown>;
  filler: unknown;
  call: (rows: never) => unknown;
}[] = [
  {
    name: "pipelineSummary",
    arg: "deals",
    element: elementOf(pipelineDealsSchemaFor()),
    row: fc.record(
      { status: fc.oneof(fc.constantFrom("won", "lost", "open"), awkwardValue), amount: money, createdAt: date, closedAt: date },
      { requiredKeys: ["status"] },
    ),
    filler: DEAL,
    call: (rows) => pipelineSummary(rows),
  },
  {
    name: "weightedPipeline",
    arg: "deals",
    element: elementOf(weightedPipelineDealsSchemaFor({ probabilities: { Proposal: 0.5 } })),
    row: fc.record(
      {
        status: fc.oneof(fc.constantFrom("won", "lost", "open"), awkwardValue),
        amount: money,
        probability: fc.oneof(rateOrAwkward, fc.constant(null)),
        stage: fc.oneof(fc.constantFrom("Proposal", "Other", null), awkwardValue),
      },
      { requiredKeys: ["status"] },
    ),
    filler: { status: "open", amount: 10, stage: "Proposal" },
    call: (rows) => weightedPipeline(rows, { probabilities: { Proposal: 0.5 } }),
  },
  {
    name: "revenueByPeriod",
    arg: "records",
    element: revenueRecordSchema,
    row: fc.oneof(fc.record({ date, amount: money }), awkwardValue),
    filler: { date: "2024-01-05", amount: 1 },
    call: (rows) => revenueByPeriod(rows),
  },
  {
    name: "leadResponseTime",
    arg: "leads",
    element: elementOf(leadResponseLeadsSchema),
    row: fc.oneof(fc.record({ createdAt: date, firstResponseAt: date }, { requiredKeys: [] }), awkwardValue),
    filler: { createdAt: "2024-01-01", firstResponseAt: null },
    call: (rows) => leadResponseTime(rows),
  },
  {
    name: "followUpStats",
    arg: "leads",
    element: followUpLeadSchema,
    row: fc.oneof(
      fc.record({ touches: countOrAwkward, won: fc.oneof(fc.boolean(), awkwardValue) }, { requiredKeys: ["touches"] }),
      awkwardValue,
    ),
    filler: { touches: 2 },
    call: (rows) => followUpStats(rows),
  },
  {
    name: "nps",
    arg: "scores",
    element: npsScoreSchema,
    row: fc.oneof(fc.integer({ min: -1, max: 11 }), awkwardValue),
    filler: 9,
    call: (rows) => nps(rows),
  },
  {
    name: "averageProfitMargin",
    arg: "items",
    element: profitMarginItemSchema,
    row: fc.oneof(fc.record({ revenue: money, profit: money }), awkwardValue),
    filler: { revenue: 10, profit: 1 },
    call: (rows) => averageProfitMargin(rows),
  },
  {
    name: "quotaAttainmentToDate",
    arg: "periods",
    element: quotaPeriodSchema,
    row: fc.oneof(fc.record({ actual: money, quota: money }), awkwardValue),
    filler: { actual: 1, quota: 2 },
    call: (rows) => quotaAttainmentToDate(rows),
  },
  {
    name: "cohortRevenue",
    arg: "transactions",
    element: cohortRevenueTransactionSchema,
    row: fc.oneof(fc.record({ customerId, date, amount: money }), awkwardValue),
    filler: { customerId: "a", date: "2024-01-01", amount: 5 },
    call: (rows) => cohortRevenue(rows),
  },
  {
    name: "cohortRetention",
    arg: "transactions",
    element: cohortTransactionSchema,
    row: fc.oneof(fc.record({ customerId, date }), awkwardValue),
    filler: { customerId: "a", date: "2024-01-01" },
    call: (rows) => cohortRetention(rows),
  },
  {
    name: "mrrMovements",
    arg: "snapshots",
    element: mrrSnapshotSchema,
    row: fc.oneof(
      fc.record({
        customerId,
        period: fc.oneof(fc.constantFrom("2024-01", "2024-02", "2024-Q1", "2024-1"), awkwardValue),
        mrr: money,
      }),
      awkwardValue,
    ),
    filler: { customerId: "a", period: "2024-01", mrr: 1 },
    call: (rows) => mrrMovements(rows),
  },
  {
    name: "salesCycleLength",
    arg: "deals",
    element: elementOf(salesCycleDealsSchemaFor({ include: "closed" })),
    row: fc.record(
      { status: fc.oneof(fc.constantFrom("won", "lost", "open"), awkwardValue), createdAt: date, closedAt: date },
      { requiredKeys: ["status"] },
    ),
    filler: DEAL,
    call: (rows) => salesCycleLength(rows, { include: "closed" }),
  },
  {
    name: "rfmSummary",
    arg: "transactions",
    element: rfmTransactionSchema,
    row: fc.oneof(fc.record({ customerId, date, amount: money }, { requiredKeys: ["customerId", "date"] }), awkwardValue),
    filler: { customerId: "a", date: "2024-01-01", amount: 5 },
    call: (rows) => rfmSummary(rows),
  },
  {
    name: "fitBgNbd",
    arg: "customers",
    element: elementOf(bgNbdCustomersSchema),
    row: fc.oneof(fc.record({ frequency: countOrAwkward, recency: countOrAwkward, age: countOrAwkward }), awkwardValue),
    filler: { frequency: 1, recency: 2, age: 3 },
    call: (rows) => fitBgNbd(rows),
  },
  {
    name: "fitGammaGamma",
    arg: "customers",
    element: elementOf(gammaGammaCustomersSchema),
    row: fc.oneof(fc.record({ frequency: countOrAwkward, monetaryValue: money }), awkwardValue),
    filler: { frequency: 2, monetaryValue: 10 },
    call: (rows) => fitGammaGamma(rows),
  },
  {
    name: "groupKpi",
    arg: "records",
    // groupKpi builds this schema for the field it groups by.
    element: z.looseObject({ owner: groupKeySchema }, { error: "must be an object with a owner field" }),
    row: fc.oneof(fc.record({ owner: fc.oneof(fc.constantFrom("Ana", 7, "", null), awkwardValue) }), awkwardValue),
    filler: { owner: "Ana" },
    call: (rows) => groupKpi(rows as { owner: string }[], "owner", (group) => group.length),
  },
];

describe.each(functions)(
  "$name: the error of a large array is the schema's, capped",
  ({ name, arg, element, row, filler, call }) => {
    test("issues of the first bad rows as the row schema words them, the rest counted exactly", () => {
      fc.assert(
        fc.property(largeArrays(row, filler), (rows) => {
          const expected = expectedRowError(arg, element, rows);
          fc.pre(expected !== undefined); // no row bad on its own: rules across rows, tested by each function
          const error = catchKpiError(() => call(rows as never));
          expect(error.fn).toBe(name);
          expect({ issues: error.issues, unlistedIssues: error.unlistedIssues, unlistedRows: error.unlistedRows }).toEqual(
            expected,
          );
        }),
        { numRuns: 100 },
      );
    });
  },
);
