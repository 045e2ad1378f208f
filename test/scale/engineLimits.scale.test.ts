// Scale tests for the maps keyed by groups, touch counts, customers and (x, t_x, T) rows: each
// input has more distinct keys than one V8 Map holds (2^24), so the code before issue 13 threw
// `RangeError: Map maximum size exceeded` here (groupKpi and followUpStats were run on it and did).
// npm run test:scale; minutes and gigabytes, not in `npm test`.
import { expect, test } from "vitest";
import { fitGammaGamma, followUpStats, groupKpi, rfmSummary, stageConversion, targetAttainmentByRep } from "../../src/index.js";
import { aggregateRfm } from "../../src/clv/_internal/bgNbdMath.js";

const PAST_LIMIT = 2 ** 24 + 5;

test("groupKpi: more than 2^24 groups", () => {
  const rows = Array.from({ length: PAST_LIMIT }, (_, i) => ({ id: i }));
  const table = groupKpi(rows, "id", (group) => group.length);
  expect(table.length).toBe(PAST_LIMIT);
  expect(table[PAST_LIMIT - 1]).toEqual({ group: PAST_LIMIT - 1, value: 1 });
});

test("followUpStats: more than 2^24 distinct touch counts", () => {
  const leads = Array.from({ length: PAST_LIMIT }, (_, i) => ({ touches: i, won: i % 2 === 0 }));
  expect(followUpStats(leads).count).toBe(PAST_LIMIT);
});

test("rfmSummary: more than 2^24 customers", () => {
  const day0 = Date.UTC(2024, 0, 1);
  const transactions = Array.from({ length: PAST_LIMIT }, (_, i) => ({
    customerId: i,
    date: day0 + (i % 365) * 86_400_000,
    amount: 10,
  }));
  expect(rfmSummary(transactions).length).toBe(PAST_LIMIT);
});

test("the BG/NBD aggregation: more than 2^24 distinct (x, t_x, T) rows", () => {
  const x = new Float64Array(PAST_LIMIT);
  const tx = new Float64Array(PAST_LIMIT);
  const T = new Float64Array(PAST_LIMIT);
  for (let i = 0; i < PAST_LIMIT; i++) {
    x[i] = i % 7;
    tx[i] = i / 1000;
    T[i] = 20_000 + i / 1000;
  }
  expect(aggregateRfm(x, tx, T).x.length).toBe(PAST_LIMIT);
});

test("targetAttainmentByRep: more than 2^24 reps", () => {
  const targets = Array.from({ length: PAST_LIMIT }, (_, i) => ({ rep: `r${i}`, target: 100 }));
  const result = targetAttainmentByRep({ sales: [{ rep: "r7", amount: 50 }], targets });
  expect(result.reps.length).toBe(PAST_LIMIT);
});

test("fitGammaGamma: more than 2^24 distinct purchase counts (the fit stops early; the grouping is what crosses the limit)", () => {
  const customers = Array.from({ length: PAST_LIMIT }, (_, i) => ({ frequency: i + 1, monetaryValue: 10 + (i % 50) }));
  const fit = fitGammaGamma(customers, { maxIterations: 3 });
  expect(fit.iterations).toBeLessThanOrEqual(3);
  expect(Number.isFinite(fit.logLikelihood)).toBe(true);
});

test("stageConversion: a history through more than 2^24 distinct stages", () => {
  const start = Date.UTC(2024, 0, 1);
  const history = Array.from({ length: PAST_LIMIT }, (_, i) => ({ stage: `s${i}`, enteredAt: new Date(start + i * 1000) }));
  const { stages } = stageConversion([history]);
  expect(stages.length).toBe(PAST_LIMIT);
  expect(stages[0]).toMatchObject({ stage: "s0", entered: 1, movedOn: 1 });
});
