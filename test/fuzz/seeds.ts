// Valid calls of every function exported from the package root: the seeds the fuzz suite
// (exports.fuzz.test.ts) breaks one field at a time, and the inputs the immutability test
// (immutability.test.ts) freezes. Every exported function must have an entry here: the fuzz
// suite fails for an export without one, so a new function cannot be left out.
//
// Seeds are deep-frozen when this module loads, so a function that wrote to its input would
// throw (ES modules are strict) in every test that uses them.

import { Decimal } from "decimal.js";
import { businessCalendar, pipelineSummary } from "../../src/index.js";

/** The valid calls of one export, and what else the fuzz suite needs to know about it. */
export interface Seed {
  /** Argument lists the function accepts; each call must return a clean value. */
  readonly calls: readonly (readonly unknown[])[];
  /**
   * Other functions whose KpiInputError may pass through, with why. Only for a function that
   * calls a user callback (groupKpi passes on the error of the KPI it computes, as documented)
   * or a schema factory whose errors name the KPI function the options belong to.
   */
  readonly alsoFrom?: { readonly fns: readonly string[]; readonly why: string };
  /**
   * The part of a result the function itself computes, when the rest comes from a user callback
   * (groupKpi's values are whatever its `compute` returns) or is the caller's own data passed
   * through (growthSeries keeps each row's other fields); the whole result when left out.
   */
  readonly ownResult?: (result: unknown) => unknown;
  /** For a schema factory (`…SchemaFor`): data to validate with the schemas it makes, valid first. */
  readonly data?: readonly unknown[];
  /** Fuzz runs per property when the default would be slow (model fits). */
  readonly runs?: number;
}

const nineToFive = [["09:00", "17:00"]] as const;
const weekdays = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
/** A plain calendar input, as the functions taking a calendar also accept. */
const newYorkInput = { timeZone: "America/New_York", hours: weekdays, holidays: ["2024-07-04", "2024-12-25"] };
/** A calendar made by businessCalendar (frozen, with its hidden engine). */
const newYork = businessCalendar(newYorkInput);
const lunchBreak = businessCalendar({
  timeZone: "Europe/Berlin",
  hours: {
    mon: [
      ["09:00", "12:00"],
      ["13:00", "17:30"],
    ],
    sat: [["00:00", "24:00"]],
  },
});

const leads = [
  { createdAt: "2024-06-04T10:00", firstResponseAt: "2024-06-04T10:30" },
  { createdAt: "2024-06-07T16:30", firstResponseAt: "2024-06-10T09:30", owner: "Bea" },
  { createdAt: new Date("2024-06-04T14:00:00Z"), firstResponseAt: Date.parse("2024-06-04T16:30:00Z") },
  { createdAt: "2024-06-05T11:00", firstResponseAt: null },
  { createdAt: "2024-03-10 01:30:00" },
];

const cycleDeals = [
  { createdAt: "2025-01-01", closedAt: "2025-02-15", status: "won" },
  { createdAt: "2025-01-10", closedAt: "2025-03-05T12:00:00+01:00", status: "lost" },
  { createdAt: new Date("2025-01-20T00:00:00Z"), closedAt: Date.UTC(2025, 1, 28), status: "won" },
  { createdAt: "2025-02-01", closedAt: null, status: "open" },
];

const pipelineDeals = [
  { status: "won", amount: "12000", createdAt: "2024-01-02", closedAt: "2024-02-01", owner: "Al" },
  { status: "won", amount: 8000, createdAt: "2024-01-10", closedAt: "2024-01-30", owner: "Bea" },
  { status: "lost", createdAt: "2024-01-05", closedAt: "2024-01-20", owner: "Al" },
  { status: "open", amount: new Decimal("5000.50"), stage: "Proposal", owner: "Bea" },
  { status: "open", stage: "Qualify", owner: "Al", createdAt: "2024-02-01" },
];

const weightedDeals = [
  { status: "open", amount: 10_000, stage: "Proposal" },
  { status: "open", amount: "4000.00", probability: 0.25 },
  { status: "open", amount: null, stage: "Qualify" },
  { status: "won", amount: 7_000 },
  { status: "lost" },
];

const histories = [
  [
    { stage: "Qualify", enteredAt: "2024-03-01" },
    { stage: "Proposal", enteredAt: "2024-03-05" },
    { stage: "Won", enteredAt: "2024-03-20" },
  ],
  [
    { stage: "Qualify", enteredAt: new Date("2024-03-02T00:00:00Z") },
    { stage: "Proposal", enteredAt: Date.UTC(2024, 2, 12) },
  ],
  [{ stage: "Qualify", enteredAt: "2024-03-03T09:00" }],
  [
    { stage: "Qualify", enteredAt: "2024-03-04" },
    { stage: "Lost", enteredAt: "2024-03-10T16:30" },
  ],
  [],
];

const revenue = [
  { date: "2017-01-15", amount: "1200.50" },
  { date: "2017-03-31T23:30:00-04:00", amount: 99.5 },
  { date: new Date("2017-02-10T12:00:00Z"), amount: new Decimal("-20.25") },
  { date: Date.UTC(2017, 4, 1), amount: 0, sku: "A-1" },
];

const transactions = [
  { customerId: "a", date: "2024-01-05", amount: "30.00" },
  { customerId: "b", date: "2024-01-20", amount: 10 },
  { customerId: "a", date: "2024-02-11", amount: new Decimal("25.50") },
  { customerId: 7, date: new Date("2024-02-15T08:00:00Z"), amount: 5 },
  { customerId: "b", date: Date.UTC(2024, 2, 2), amount: "12.5" },
];

const snapshots = [
  { customerId: "acme", period: "2024-01", mrr: 100 },
  { customerId: "acme", period: "2024-02", mrr: "150.00" },
  { customerId: "bolt", period: "2024-01", mrr: 80 },
  { customerId: "cori", period: "2024-02", mrr: 40 },
  { customerId: "bolt", period: "2024-03", mrr: new Decimal(90) },
];

const rfmCustomers = [
  { customerId: 1, frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 },
  { customerId: 2, frequency: 1, recency: 1.71, age: 38.86, monetaryValue: 11.77 },
  { customerId: 3, frequency: 0, recency: 0, age: 38.86, monetaryValue: null },
  { customerId: 4, frequency: 0, recency: 0, age: 38.86, monetaryValue: null },
  { customerId: 5, frequency: 7, recency: 29.43, age: 38.86, monetaryValue: 73.74 },
  { customerId: 6, frequency: 1, recency: 5, age: 38.86, monetaryValue: 11.77 },
  { customerId: 7, frequency: 0, recency: 0, age: 38.71, monetaryValue: null },
  { customerId: 8, frequency: 2, recency: 35.71, age: 38.71, monetaryValue: 25.55 },
  { customerId: 9, frequency: 5, recency: 24.29, age: 38.71, monetaryValue: 17.59 },
  { customerId: 10, frequency: 10, recency: 37.14, age: 38.71, monetaryValue: 43.35 },
];
const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
/** The same customers as rfmSummary states them, in weeks, and parameters that carry the unit (issue 12). */
const rfmCustomersInWeeks = rfmCustomers.map((row) => ({ ...row, timeUnit: "week" }));
const bgNbdInWeeks = { ...bgNbd, timeUnit: "week" };
const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
const sbg = { alpha: 0.668, beta: 3.806 };

/** What the robust `by` callbacks below read: a field of an object, whatever the record is. */
const field = (record: unknown, name: string): unknown =>
  typeof record === "object" && record !== null ? (record as Record<string, unknown>)[name] : undefined;

export const SEEDS: Readonly<Record<string, Seed>> = {
  // funnel
  activityPlan: { calls: [[{ required: 50, workingDays: 20 }], [{ required: 0, workingDays: 1, note: "x" }]] },
  backsolveFunnel: {
    calls: [
      [{ target: 14, rates: [0.1, 0.35, 0.5, 0.4] }],
      [{ target: 21, rates: [0.7] }],
      [{ target: 5, rates: [0.3, 0.3] }, { rounding: "top" }],
      [{ target: 5, rates: [0.3, 0.3] }, { rounding: "none" }],
    ],
  },
  callsPerContact: { calls: [[{ calls: 100, contacts: 7 }], [{ calls: 40, contacts: 0 }]] },
  closeRatio: { calls: [[{ won: 20, opportunities: 100 }], [{ won: 0, opportunities: 0 }]] },
  connectRate: { calls: [[{ calls: 500, contacts: 180 }]] },
  conversionRate: { calls: [[{ converted: 50, total: 200 }], [{ converted: 0, total: 0 }]] },
  followUpStats: {
    calls: [
      [[{ touches: 1 }, { touches: 2, won: true }, { touches: 5, won: false }, { touches: 6, won: true }], { minTouches: 5 }],
      [[]],
    ],
  },
  funnel: {
    calls: [
      [
        [
          { name: "lead", count: 1000 },
          { name: "MQL", count: 300 },
          { name: "SQL", count: 120 },
          { name: "won", count: 20 },
        ],
      ],
      [
        [
          { name: "calls", count: 0 },
          { name: "leads", count: 0 },
        ],
      ],
    ],
  },
  rateInterval: {
    calls: [[{ successes: 2, trials: 3 }], [{ successes: 0, trials: 10 }, { confidence: 0.9 }], [{ successes: 0, trials: 0 }]],
  },
  requiredNewCustomers: {
    calls: [
      [{ current: 1000, target: 2200, periods: 12, churnRate: 0.0005 }],
      [{ current: 100, target: 160, periods: 6, churnRate: 0 }],
    ],
  },
  winRate: { calls: [[{ won: 20, lost: 30 }], [{ won: 0, lost: 0 }]] },

  // time
  businessCalendar: { calls: [[newYorkInput], [{ hours: { sat: [["00:00", "24:00"]] } }]] },
  businessMinutes: {
    calls: [
      ["2024-06-07T16:30", "2024-06-10T09:30", newYork],
      [new Date("2024-06-10T13:00:00Z"), Date.UTC(2024, 5, 12, 18), newYorkInput],
      ["2024-06-04T12:30", "2024-06-04T10:00", lunchBreak],
    ],
  },
  businessDays: {
    calls: [
      ["2024-07-01", "2024-07-07", newYork],
      ["2006-02-28", "2006-01-31", { hours: weekdays }],
    ],
  },
  cagr: { calls: [[{ start: 10_000, end: 11_000, periods: 96 }], [{ start: "100", end: "121", periods: 2 }]] },
  pace: {
    calls: [[{ actual: 96_000, target: 260_000, elapsed: 12, total: 30 }], [{ actual: 0, target: "0", elapsed: 0, total: 1 }]],
  },
  quotaAttainment: { calls: [[{ actual: 52_500, quota: 50_000 }], [{ actual: "1.5", quota: 0 }]] },
  quotaAttainmentToDate: {
    calls: [
      [
        [
          { actual: 42_500, quota: 50_000 },
          { actual: "55000", quota: 50_000 },
          { actual: 52_500, quota: new Decimal(50_000) },
        ],
      ],
    ],
  },
  salesGrowth: { calls: [[{ current: 110_000, previous: 100_000 }], [{ current: "5000", previous: 0 }]] },
  revenueByPeriod: {
    calls: [
      [revenue, { period: "month", timeZone: "America/New_York" }],
      [revenue, { period: "week" }],
      [revenue, { period: "quarter", fiscalYearStartMonth: 10 }],
      [[]],
    ],
  },
  growthSeries: {
    calls: [
      [
        [
          { period: "2016-Q4", total: 80 },
          { period: "2017-Q1", total: 100 },
          { period: "2017-Q2", total: 90 },
          { period: "2017-Q3", total: 120.5 },
          { period: "2017-Q4", total: 100 },
        ],
      ],
      [
        [
          { period: "2024-01", total: 0 },
          { period: "2024-02", total: 10 },
        ],
      ],
      // revenueByPeriod's rows, whose fields are kept, with a gap (2024-W03 missing) and a week 53.
      [
        [
          { period: "2020-W53", start: "2020-12-28", end: "2021-01-03", total: 40, count: 2 },
          { period: "2021-W01", start: "2021-01-04", end: "2021-01-10", total: 50, count: 3 },
          { period: "2021-W03", start: "2021-01-18", end: "2021-01-24", total: 45, count: 1 },
        ],
      ],
    ],
    // The caller's own fields come back as they were given (documented): only the period, the
    // total and the two growth rates are growthSeries' own.
    ownResult: (result) =>
      (result as { period: unknown; total: unknown; periodOverPeriod: unknown; yearOverYear: unknown }[]).map(
        ({ period, total, periodOverPeriod, yearOverYear }) => ({ period, total, periodOverPeriod, yearOverYear }),
      ),
  },
  leadResponseTime: {
    calls: [[leads, { calendar: newYork, slaMinutes: 60 }], [leads, { calendar: newYorkInput, timeZone: "UTC" }], [leads], [[]]],
  },
  leadResponseLeadsSchemaFor: {
    calls: [[], [{ timeZone: "America/New_York" }], [{ calendar: newYork }]],
    data: [leads, [{ createdAt: "2024-03-10T02:30", firstResponseAt: "2024-03-10T03:00" }]],
    alsoFrom: { fns: ["leadResponseTime"], why: "the options are leadResponseTime's, and so is the error" },
  },
  paceToDate: {
    calls: [
      [
        { actual: 45_000, target: 100_000, periodStart: "2024-07-01", periodEnd: "2024-07-31", asOf: "2024-07-12" },
        { calendar: newYork },
      ],
      [
        {
          actual: "10",
          target: 20,
          periodStart: new Date("2024-07-01T00:00:00Z"),
          periodEnd: "2024-07-31",
          asOf: Date.UTC(2024, 6, 2),
        },
        { calendar: { hours: weekdays } },
      ],
    ],
  },
  paceToDateInputSchemaFor: {
    calls: [[{ calendar: { hours: {} } }], [{ calendar: newYork }]],
    data: [{ actual: 1, target: 2, periodStart: "2024-07-01", periodEnd: "2024-07-31", asOf: "2024-07-01T02:00Z" }],
    alsoFrom: { fns: ["paceToDate"], why: "the options are paceToDate's, and so is the error" },
  },
  salesCycleLength: { calls: [[cycleDeals, { include: "closed" }], [cycleDeals], [cycleDeals, { timeZone: "Asia/Tokyo" }]] },
  salesCycleDealsSchemaFor: {
    calls: [[], [{ include: "closed", timeZone: "Asia/Tokyo" }]],
    data: [cycleDeals, [{ status: "lost" }]],
    alsoFrom: { fns: ["salesCycleLength"], why: "the options are salesCycleLength's, and so is the error" },
  },

  // customers
  cohortRetention: { calls: [[transactions], [transactions, { period: "quarter", timeZone: "Europe/Paris" }]] },
  cohortRevenue: { calls: [[transactions], [transactions, { period: "week", fiscalYearStartMonth: 4 }]] },
  cac: {
    calls: [
      [{ spend: 445_000, newCustomers: 50 }],
      [{ spend: "310000.00", newCustomers: 4800 }],
      [{ spend: 1, newCustomers: 0 }],
    ],
  },
  cacPayback: {
    calls: [
      [{ cac: 8900, arpa: 2000, grossMargin: 0.6 }],
      [{ cac: 1000, arpa: 100 }],
      [{ cac: 1000, arpa: 100, grossMargin: -0.1 }],
    ],
  },
  ltv: {
    calls: [
      [{ arpa: 100, churnRate: 0.05 }],
      [{ arpa: 500, churnRate: 0.05, grossMargin: 0.8 }],
      [{ arpa: 100, churnRate: 0.2, discountRate: 0.1, method: "firstPaymentNow" }],
      [{ arpa: "100", churnRate: 0.2, discountRate: 0.1, method: "firstPaymentAtPeriodEnd" }],
      [{ arpa: 100, churnRate: 0.2, discountRate: 0.1, method: "firstPaymentAtRenewal" }],
      [{ arpa: 100, churnRate: 0 }],
    ],
  },
  ltvToCac: { calls: [[{ ltv: 5000, cac: 750 }], [{ ltv: "300", cac: 0 }]] },
  churnRate: {
    calls: [
      [{ lost: 30, start: 1000 }],
      [{ lost: 18, start: 1126, acquired: 85 }, { denominator: "startPlusNew" }],
      [{ lost: 10, start: 100, end: 120 }, { denominator: "average" }],
      [{ lost: 0, start: 0 }, { denominator: "start" }],
    ],
  },
  retentionRate: { calls: [[{ start: 100, end: 105, acquired: 15 }], [{ start: 0, end: 0, acquired: 0 }]] },
  annualizeChurn: { calls: [[0.01], [0.05, { periods: 4 }], [1]] },
  periodicChurn: { calls: [[0.1136], [0.2, { periods: 52 }], [0]] },
  revenueChurn: {
    calls: [
      [{ startMrr: 100, churned: 10, contraction: 10, expansion: 10 }],
      [{ startMrr: "100", churned: 10, contraction: 10, expansion: 10, reactivation: 15 }, { includeReactivation: true }],
      [{ startMrr: 0, churned: 0, contraction: 0, expansion: 0 }],
    ],
  },
  netRevenueRetention: {
    calls: [
      [{ startMrr: 1_000_000, expansion: 150_000, contraction: "25000", churned: 25_000 }],
      [{ startMrr: 0, expansion: 0, contraction: 0, churned: 0 }],
    ],
  },
  grossRevenueRetention: {
    calls: [[{ startMrr: 100, contraction: 10, churned: 10 }], [{ startMrr: "1000000", contraction: "25000", churned: "25000" }]],
  },
  quickRatio: {
    calls: [
      [{ newMrr: 20_000, expansion: 8000, contraction: 5000, churned: 3000 }],
      [{ newMrr: 8, expansion: 4, reactivation: 1, contraction: 2, churned: 3 }, { includeReactivation: true }],
      [{ newMrr: 500, expansion: 0, contraction: 0, churned: 0 }],
    ],
  },
  nps: { calls: [[[10, 9, 9, 8, 7, 3, 0]], [[10, 0], { confidence: 0.9 }], [[]]] },
  arpa: { calls: [[{ revenue: 1500, customers: 5 }], [{ revenue: "0.10", customers: 0 }]] },
  averageDealSize: { calls: [[{ revenue: 250_000, deals: 10 }], [{ revenue: "12.5", deals: 0 }]] },
  upsellRate: { calls: [[{ accepted: 250, offered: 500 }], [{ accepted: 0, offered: 0 }]] },
  crossSellRate: { calls: [[{ accepted: 50, offered: 200 }]] },
  averageProfitMargin: {
    calls: [
      [
        [
          { revenue: 90_000, profit: 9_000 },
          { revenue: "10000", profit: "-500" },
        ],
      ],
      [
        [
          { revenue: 90_000, profit: 9_000 },
          { revenue: 10_000, profit: 5_000 },
        ],
        { average: "simple" },
      ],
      [[], { average: "weighted" }],
    ],
  },
  revenuePerRep: { calls: [[{ revenue: 2_000_000, reps: 10 }], [{ revenue: "900000", reps: 0 }]] },
  costPerLead: { calls: [[{ spend: 10_000, leads: 200 }], [{ spend: 500, leads: 0 }]] },
  targetAttainmentByRep: {
    calls: [
      [
        {
          sales: [
            { rep: "Ana", amount: 120_000 },
            { rep: "Ben", amount: "30000" },
            { rep: "Ana", amount: 80_000 },
            { rep: "Cy", amount: new Decimal(10) },
          ],
          targets: [
            { rep: "Ana", target: 250_000 },
            { rep: "Ben", target: 20_000 },
            { rep: "Cy", target: 0 },
          ],
        },
      ],
    ],
  },
  mrrMovements: { calls: [[snapshots], [[]]] },

  // pipeline
  groupKpi: {
    calls: [
      [pipelineDeals, "owner", (group: unknown[]) => group.length],
      [pipelineDeals, (deal: unknown) => field(deal, "owner"), (group: never[]) => pipelineSummary(group)],
      [pipelineDeals, "owner", pipelineSummary], // point-free: the KPI gets the group and nothing else
      [[], "owner", () => 0],
    ],
    ownResult: (result) => (result as { group: unknown }[]).map((row) => row.group),
    alsoFrom: {
      fns: ["pipelineSummary"],
      why: "groupKpi passes on, unchanged, the KpiInputError of the KPI it computes per group (documented)",
    },
  },
  pipelineCoverage: { calls: [[{ pipeline: 7_500_000, quota: 2_000_000 }], [{ pipeline: "10", quota: 0 }]] },
  pipelineVelocity: {
    calls: [
      [{ opportunities: 20, winRate: 0.35, averageDealSize: 10_000, cycleLength: 3 }],
      [{ opportunities: 0, winRate: 0, averageDealSize: "0", cycleLength: 0 }],
    ],
  },
  requiredCoverage: { calls: [[{ winRate: 0.25 }], [{ winRate: 0 }]] },
  weightedPipeline: { calls: [[weightedDeals, { probabilities: { Proposal: 0.5, Qualify: 0.1 } }], [[]]] },
  weightedPipelineDealsSchemaFor: {
    calls: [[{ probabilities: { Proposal: 0.5, Qualify: 0.1 } }], [{}], []],
    data: [weightedDeals],
  },
  stageConversion: {
    calls: [
      [histories],
      [histories, { stages: ["Qualify", "Proposal", "Won", "Lost"], lostStages: ["Lost"], timeZone: "America/Chicago" }],
      [histories, { lostStages: [] }],
      [[]],
    ],
  },
  stageHistoriesSchemaFor: {
    calls: [[], [{ stages: ["Qualify", "Proposal", "Won", "Lost"], lostStages: ["Lost"] }], [{ timeZone: "America/New_York" }]],
    data: [histories],
  },
  pipelineSummary: { calls: [[pipelineDeals], [pipelineDeals, { asOf: "2024-01-25", timeZone: "America/New_York" }], [[]]] },
  pipelineDealsSchemaFor: { calls: [[], [{ timeZone: "Europe/Berlin" }]], data: [pipelineDeals] },

  // clv
  rfmSummary: {
    calls: [
      [transactions, { observationEnd: "2024-04-01" }],
      [transactions, { calibrationEnd: "2024-02-01", observationEnd: "2024-03-31", timeUnit: "day", timeZone: "Asia/Kolkata" }],
      [transactions, { calibrationEnd: "2024-02-01", observationEnd: "2024-03-31", timeUnit: "calendarWeek" }],
      [[]],
    ],
  },
  fitBgNbd: {
    calls: [
      [rfmCustomers, { maxIterations: 200 }],
      [rfmCustomers.slice(0, 3), { maxIterations: 50 }],
      [rfmCustomersInWeeks, { maxIterations: 100, timeUnit: "week" }],
    ],
    runs: 60,
  },
  bgNbdExpectedPurchases: { calls: [[{ params: bgNbd, t: 39 }], [{ params: bgNbd, t: 0 }]] },
  bgNbdConditionalExpectedPurchases: { calls: [[{ params: bgNbd, frequency: 2, recency: 30.43, age: 38.86, t: 39 }]] },
  bgNbdProbabilityAlive: {
    calls: [
      [{ params: bgNbd, frequency: 2, recency: 30.43, age: 38.86 }],
      [{ params: bgNbd, frequency: 0, recency: 0, age: 0 }],
      [{ params: bgNbdInWeeks, frequency: 2, recency: 30.43, age: 38.86, timeUnit: "week" }],
    ],
  },
  bgNbdPurchaseProbability: { calls: [[{ params: bgNbd, t: 39, purchases: 0 }], [{ params: bgNbd, t: 2, purchases: 10 }]] },
  fitGammaGamma: { calls: [[rfmCustomers, { maxIterations: 200 }], [rfmCustomers.slice(0, 2)]], runs: 60 },
  gammaGammaExpectedSpend: {
    calls: [[{ params: gammaGamma, frequency: 2, monetaryValue: 22.35 }], [{ params: gammaGamma, frequency: 0 }]],
  },
  customerLifetimeValue: {
    calls: [
      [
        { customers: rfmCustomers, bgNbd, gammaGamma },
        { periods: 12, period: "month", timeUnit: "week", discountRate: 0.01 },
      ],
      [
        { customers: rfmCustomers.slice(0, 2), bgNbd, gammaGamma },
        { periods: 3, period: "quarter", margin: 0.3 },
      ],
      [{ customers: [], bgNbd, gammaGamma }],
      [
        { customers: rfmCustomersInWeeks, bgNbd: bgNbdInWeeks, gammaGamma },
        { periods: 12, periodDays: 30.415, discountRate: 0.01 },
      ],
    ],
  },
  fitShiftedBetaGeometric: {
    calls: [
      [[0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491], { cohortSize: 1000, maxIterations: 300 }],
      [[1, 0.5], { maxIterations: 100 }],
    ],
    runs: 80,
  },
  shiftedBetaGeometricSurvival: { calls: [[{ params: sbg, periods: 12 }]] },
  shiftedBetaGeometricResidualLifetime: {
    calls: [[{ params: sbg, renewals: 0, discountRate: 0.1 }], [{ params: sbg, renewals: 6, discountRate: 0 }]],
  },
};

/** Freezes `value` and everything reachable from it through own properties, once. */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) return value;
  seen.add(value);
  // A calendar's hidden engine is the library's cache, not input: only enumerable properties are frozen.
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor?.enumerable === true && "value" in descriptor) deepFreeze(descriptor.value, seen);
  }
  return typeof value === "function" ? value : Object.freeze(value);
}

deepFreeze(SEEDS);
