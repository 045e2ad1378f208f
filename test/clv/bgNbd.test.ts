import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdConditionalInputSchema,
  bgNbdCustomersSchema,
  bgNbdExpectedPurchases,
  bgNbdExpectedPurchasesInputSchema,
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveInputSchema,
  bgNbdPurchaseProbability,
  bgNbdPurchaseProbabilityInputSchema,
  fitBgNbd,
  fitBgNbdOptionsSchema,
  rfmSummary,
} from "../../src/index.js";
import { aggregateRfm, bgNbdLogLikelihood, roundedProbability } from "../../src/clv/bgNbdMath.js";
import { logBeta, logGamma } from "../../src/clv/numerics.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError, isCleanOutput } from "../helpers.js";
import { cdnowSampleTransactions, cdnowSummary } from "./cdnowFixtures.js";
import { simulateBgNbd } from "./simulate.mjs";

/** Fader, Hardie & Lee (2005), Marketing Science 24(2), table/text: the MLE on CDNOW, weeks. */
const PAPER = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("fitBgNbd on CDNOW (Fader, Hardie & Lee 2005)", () => {
  // Fitted inside each test that uses it, not once in the describe body: code run while a file is
  // collected is no test's coverage, and Stryker would then neither credit these tests with the
  // fit's mutants nor see the mutants in the fit they check.
  const cdnowFit = () => fitBgNbd(cdnowSummary());

  test("reproduces the published estimates to their 3 decimals and the log-likelihood −9582.4", () => {
    const fit = cdnowFit();
    expect(fit.converged).toBe(true);
    expect(Number(fit.params.r.toFixed(3))).toBe(PAPER.r);
    expect(Number(fit.params.alpha.toFixed(3))).toBe(PAPER.alpha);
    expect(Number(fit.params.a.toFixed(3))).toBe(PAPER.a);
    expect(Number(fit.params.b.toFixed(3))).toBe(PAPER.b);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
    // CLVTools' own, more precise estimates (tests/testthat/test_correctness_bgnbd.R): LL −9582.429,
    // r 0.2425945, alpha 4.4136019, a 0.7929199, b 2.4258881 (its tolerance 0.001).
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(-9582.429);
    expect(fit.params.r).toBeCloseTo(0.2425945, 3);
    expect(fit.params.alpha).toBeCloseTo(4.4136019, 2);
  });

  test("the log-likelihood at the paper's parameters is −9582.43 (recomputed in shared/research/peers.md)", () => {
    const rows = cdnowSummary();
    const data = aggregateRfm(rows.map((row) => row.frequency), rows.map((row) => row.recency), rows.map((row) => row.age));
    expect(bgNbdLogLikelihood(PAPER.r, PAPER.alpha, PAPER.a, PAPER.b, data)).toBeCloseTo(-9582.4268, 3);
  });

  test("fitting rfmSummary's unrounded weeks gives the same estimates", () => {
    const summary = rfmSummary(cdnowSampleTransactions(), { calibrationEnd: "1997-09-30" });
    const own = fitBgNbd(summary);
    expect(own.converged).toBe(true);
    for (const key of ["r", "alpha", "a", "b"] as const) expect(Number(own.params[key].toFixed(3))).toBe(PAPER[key]);
  });

  test("day and week units agree: the same r, a, b; α and the likelihood's scale change by the 7 days of a week", () => {
    const fit = cdnowFit();
    const summary = rfmSummary(cdnowSampleTransactions(), { calibrationEnd: "1997-09-30", timeUnit: "day" });
    const days = fitBgNbd(summary);
    expect(days.converged).toBe(true);
    expect(days.params.r).toBeCloseTo(fit.params.r, 4);
    expect(days.params.alpha / 7).toBeCloseTo(fit.params.alpha, 2);
    expect(days.params.a).toBeCloseTo(fit.params.a, 3);
    expect(days.params.b).toBeCloseTo(fit.params.b, 2);
    // A density of times: each repeat purchase time in days is 7 × its time in weeks.
    const repeatPurchases = summary.reduce((sum, row) => sum + row.frequency, 0);
    expect(days.logLikelihood).toBeCloseTo(fit.logLikelihood - repeatPurchases * Math.log(7), 1);
  });

  test("Hardie's BG/NBD spreadsheet: customer 1 (x 2, t_x 30.43, T 38.86) is expected to buy 1.226 times in the next 39 weeks", () => {
    const fit = cdnowFit();
    const value = bgNbdConditionalExpectedPurchases({ params: fit.params, frequency: 2, recency: 30.43, age: 38.86, t: 39 });
    expect(Math.abs(value - 1.226)).toBeLessThan(0.001);
    expect(bgNbdConditionalExpectedPurchases({ params: PAPER, frequency: 2, recency: 30.43, age: 38.86, t: 39 })).toBeCloseTo(1.226, 3);
  });

  test("lifetimes' unconditional expectations at t = 0.1429 … 78 weeks (decimal=3)", () => {
    const fit = cdnowFit();
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(bgNbdExpectedPurchases({ params: fit.params, t })).toBeCloseTo(expected[i]!, 3));
  });

  test("R BTYD at the paper's parameters: P(N(39) = 0) = 0.5737864, P(N(2) = 10) = 1.07869e-07, and the pmf at t = 30", () => {
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 39, purchases: 0 })).toBeCloseTo(0.5737864, 7);
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 2, purchases: 10 }) / 1.07869e-7).toBeCloseTo(1, 5);
    const pmf = [
      0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613,
      0.000222226,
    ];
    pmf.forEach((p, i) => expect(bgNbdPurchaseProbability({ params: PAPER, t: 30, purchases: 11 + i })).toBeCloseTo(p, 9));
  });

  test("Hardie's note 027 (#NUM! error): single-customer log-likelihoods −0.59947382 and 100.7957", () => {
    // pymc-marketing tests/clv/models/test_beta_geo.py: a 0.8, b 2.5, r 0.25, alpha 4, T 40.
    const one = (x: number, tx: number) => bgNbdLogLikelihood(0.25, 4, 0.8, 2.5, aggregateRfm([x], [tx], [40]));
    expect(one(0, 0)).toBeCloseTo(-0.59947382, 7);
    expect(one(200, 38)).toBeCloseTo(100.7957, 3);
  });

  test("P(alive) follows note 021 and is 1 without a repeat purchase", () => {
    expect(bgNbdProbabilityAlive({ params: PAPER, frequency: 0, recency: 0, age: 38.86 })).toBe(1);
    const { r, alpha, a, b } = PAPER;
    const manual = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(bgNbdProbabilityAlive({ params: PAPER, frequency: 2, recency: 30.43, age: 38.86 })).toBeCloseTo(manual, 14);
    // A heavy buyer silent for a long time: tiny, never 0/0.
    const silent = bgNbdProbabilityAlive({ params: PAPER, frequency: 500, recency: 1, age: 1000 });
    expect(silent >= 0 && silent < 1e-100).toBe(true);
  });
});

describe("fitBgNbd", () => {
  test("recovers the parameters of simulated customers", () => {
    const truth = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };
    const customers = simulateBgNbd(truth, { customers: 30_000, minAge: 26, maxAge: 52, seed: 7 });
    const fit = fitBgNbd(customers);
    expect(fit.converged).toBe(true);
    expect(fit.params.r / truth.r).toBeCloseTo(1, 1);
    expect(fit.params.alpha / truth.alpha).toBeCloseTo(1, 1);
    expect(Math.abs(fit.params.a / truth.a - 1)).toBeLessThan(0.2);
    expect(Math.abs(fit.params.b / truth.b - 1)).toBeLessThan(0.2);
  });

  test("a fit that cannot converge says so instead of throwing", () => {
    const few = fitBgNbd(cdnowSummary(), { maxIterations: 10 });
    expect(few.converged).toBe(false);
    expect(few.iterations).toBeLessThanOrEqual(10);
    expect(isCleanOutput(few)).toBe(true);
    // Nobody came back: the rate shape r runs off towards 0; no maximum exists.
    const none = fitBgNbd([{ frequency: 0, recency: 0, age: 10 }, { frequency: 0, recency: 0, age: 20 }]);
    expect(none.converged).toBe(false);
    expect(isCleanOutput(none)).toBe(true);
  });

  test("identical customers are one term times their count", () => {
    const rows = cdnowSummary();
    const twice = fitBgNbd([...rows, ...rows]);
    const once = fitBgNbd(rows);
    expect(twice.logLikelihood).toBeCloseTo(2 * once.logLikelihood, 4);
    expect(twice.params.r).toBeCloseTo(once.params.r, 4);
  });

  test.each([
    [[], undefined, ["customers"]],
    [[{ frequency: 1.5, recency: 1, age: 2 }], undefined, ["customers[0].frequency"]],
    [[{ frequency: 1, recency: 3, age: 2 }], undefined, ["customers[0].recency"]],
    [[{ frequency: 0, recency: 1, age: 2 }], undefined, ["customers[0].recency"]],
    [[{ frequency: 1, recency: 1, age: -2 }], undefined, ["customers[0].age"]],
    [[{ frequency: 1, recency: 1, age: 2 }], { maxIterations: 0 }, ["options.maxIterations"]],
    [[{ frequency: 1, recency: 1, age: 2, timeUnit: "month" }], undefined, ["customers[0].timeUnit"]],
    [[{ frequency: 1, recency: 1, age: 2 }], { timeUnit: "days" }, ["options.timeUnit"]],
  ])("rejects %o with options %o at %o", (rows, options, paths) => {
    expectKpiError("fitBgNbd", () => fitBgNbd(rows as never, options as never), paths);
  });

  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            frequency: fc.oneof(fc.nat(5), awkwardValue),
            recency: fc.oneof(fc.constantFrom(0, 1, 5), awkwardValue),
            age: fc.oneof(fc.constantFrom(0, 3, 10), awkwardValue),
            timeUnit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(undefined, "day", "week") }, { weight: 1, arbitrary: awkwardValue }),
          },
          { requiredKeys: ["frequency", "recency", "age"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          maxIterations: fc.oneof(fc.constantFrom(1, 50, 0, 1.5), awkwardValue),
          timeUnit: fc.oneof(fc.constantFrom("day", "week", "month"), awkwardValue),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    // Beyond the schemas: an option that contradicts the unit the rows state.
    const contradicts = (rows: unknown, opts: unknown) => {
      const option = (opts as { timeUnit?: unknown } | undefined)?.timeUnit;
      const stated = (rows as { timeUnit?: unknown }[]).find((row) => row.timeUnit !== undefined)?.timeUnit;
      return option !== undefined && stated !== undefined && option !== stated;
    };
    assertAgreesWithSchema(
      fc.tuple(fc.oneof(fc.array(row, { maxLength: 3 }), awkwardValue), options),
      ([rows, opts]) => fitBgNbd(rows as never, opts as never),
      ([rows, opts]) => bgNbdCustomersSchema.safeParse(rows).success && fitBgNbdOptionsSchema.safeParse(opts).success && !contradicts(rows, opts),
      // A log-likelihood beyond the float range (ages near 1e308) is a documented range error.
      { numRuns: 300, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});

// Issue 12, point 6: the unit of the summaries travels into the fitted parameters.
describe("fitBgNbd carries the time unit", () => {
  const group = (count: number, frequency: number, recency: number, extra: object = {}) =>
    Array.from({ length: count }, () => ({ frequency, recency, age: 280, ...extra }));
  const customers = [...group(50, 0, 0), ...group(25, 1, 140), ...group(15, 2, 84), ...group(10, 5, 252)];
  const inDays = customers.map((row) => ({ ...row, timeUnit: "day" as const }));

  test("from rfmSummary's rows: params.timeUnit is theirs", () => {
    const transactions = cdnowSampleTransactions();
    expect(fitBgNbd(rfmSummary(transactions, { calibrationEnd: "1997-09-30", timeUnit: "day" })).params.timeUnit).toBe("day");
    expect(fitBgNbd(rfmSummary(transactions, { calibrationEnd: "1997-09-30" })).params.timeUnit).toBe("week");
  });

  test("rows that state no unit: the option's, or none (the key is absent), and the same estimates", () => {
    const bare = fitBgNbd(customers);
    expect("timeUnit" in bare.params).toBe(false);
    const stated = fitBgNbd(customers, { timeUnit: "day" });
    expect(stated.params).toEqual({ ...bare.params, timeUnit: "day" });
    expect(fitBgNbd(inDays).params).toEqual(stated.params);
    // An option that agrees with the rows is fine; rows without a unit among them make no claim.
    expect(fitBgNbd([...customers, ...inDays], { timeUnit: "day" }).params.timeUnit).toBe("day");
    expect(JSON.parse(JSON.stringify(stated))).toEqual(stated);
  });

  test("rows in two units are a KpiInputError at the first that differs, naming the first that stated one", () => {
    const rows = [...customers.slice(0, 3), ...inDays.slice(0, 3), { ...customers[3]!, timeUnit: "week" as const }];
    const error = expectKpiError("fitBgNbd", () => fitBgNbd(rows), ["customers[6].timeUnit"]);
    expect(error.message).toBe('fitBgNbd: customers[6].timeUnit must be "day", the timeUnit of customers[3]: one model, one time unit (got "week")');
  });

  test("an option that contradicts the rows is a KpiInputError naming both units", () => {
    const error = expectKpiError("fitBgNbd", () => fitBgNbd(inDays, { timeUnit: "week" }), ["options.timeUnit"]);
    expect(error.message).toContain('customers[0].timeUnit, "day"');
    expect(error.message).toContain('(got "week")');
  });
});

describe("the BG/NBD model functions", () => {
  const params = fc.record({
    r: fc.double({ min: 0.05, max: 5, noNaN: true }),
    alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
    a: fc.double({ min: 0.05, max: 5, noNaN: true }),
    b: fc.double({ min: 0.05, max: 10, noNaN: true }),
  });
  const customer = fc
    .record({ frequency: fc.nat(40), recencyShare: fc.double({ min: 0, max: 1, noNaN: true }), age: fc.double({ min: 0, max: 100, noNaN: true }) })
    .map(({ frequency, recencyShare, age }) => ({ frequency, recency: frequency === 0 ? 0 : recencyShare * age, age }));
  const time = fc.double({ min: 0, max: 200, noNaN: true });

  test("probabilities are in [0, 1] and expectations are ≥ 0", () => {
    fc.assert(
      fc.property(params, customer, time, fc.nat(60), (p, c, t, n) => {
        const alive = bgNbdProbabilityAlive({ params: p, ...c });
        expect(alive >= 0 && alive <= 1).toBe(true);
        const probability = bgNbdPurchaseProbability({ params: p, t, purchases: n });
        expect(probability >= 0 && probability <= 1).toBe(true);
        expect(bgNbdConditionalExpectedPurchases({ params: p, ...c, t })).toBeGreaterThanOrEqual(0);
        expect(bgNbdExpectedPurchases({ params: p, t })).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("the distribution of purchases sums to 1, and its mean is E[X(t)] (eq. 8 agrees with eq. 9)", () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0.01, max: 60, noNaN: true }), (p, t) => {
        let total = 0;
        let mean = 0;
        for (let n = 0; n < 20_000; n++) {
          const probability = bgNbdPurchaseProbability({ params: p, t, purchases: n });
          total += probability;
          mean += n * probability;
          if (n > 50 && probability < 1e-17) break;
        }
        expect(total).toBeCloseTo(1, 9);
        const expected = bgNbdExpectedPurchases({ params: p, t });
        expect(Math.abs(mean - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
      }),
      { numRuns: 60 },
    );
  });

  test("expected purchases increase with t", () => {
    fc.assert(
      fc.property(params, customer, time, time, (p, c, t1, t2) => {
        const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const e = (t: number) => bgNbdConditionalExpectedPurchases({ params: p, ...c, t });
        expect(e(long)).toBeGreaterThanOrEqual(e(short) * (1 - 1e-12) - 1e-300);
        expect(bgNbdExpectedPurchases({ params: p, t: long })).toBeGreaterThanOrEqual(bgNbdExpectedPurchases({ params: p, t: short }) * (1 - 1e-12) - 1e-300);
      }),
    );
  });

  test("day and week units agree: α and every time × 7 give the same predictions", () => {
    fc.assert(
      fc.property(params, customer, time, fc.nat(20), (p, c, t, n) => {
        const days = { ...p, alpha: p.alpha * 7 };
        const inDays = { recency: c.recency * 7, age: c.age * 7 };
        const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
        close(bgNbdProbabilityAlive({ params: days, ...c, ...inDays }), bgNbdProbabilityAlive({ params: p, ...c }));
        close(bgNbdConditionalExpectedPurchases({ params: days, ...c, ...inDays, t: t * 7 }), bgNbdConditionalExpectedPurchases({ params: p, ...c, t }));
        close(bgNbdPurchaseProbability({ params: days, t: t * 7, purchases: n }), bgNbdPurchaseProbability({ params: p, t, purchases: n }));
      }),
    );
  });

  test("a = 1, where the textbook form is 0/0, is continuous with its neighbours; so is a + b = 1", () => {
    const at = (a: number, b = 2.426) => bgNbdConditionalExpectedPurchases({ params: { ...PAPER, a, b }, frequency: 2, recency: 30, age: 38, t: 39 });
    expect(at(1)).toBeCloseTo((at(1 + 1e-7) + at(1 - 1e-7)) / 2, 8);
    const sum = (b: number) => bgNbdExpectedPurchases({ params: { r: 0.5, alpha: 3, a: 0.3, b }, t: 10 });
    expect(sum(0.7)).toBeCloseTo((sum(0.7 + 1e-7) + sum(0.7 - 1e-7)) / 2, 8);
  });

  test("a time far beyond the scale of the model is a KpiInputError, not a NaN", () => {
    expectKpiError("bgNbdExpectedPurchases", () => bgNbdExpectedPurchases({ params: { ...PAPER, alpha: 1e-6 }, t: 1e6 }), ["t"]);
  });

  test.each([
    [() => bgNbdExpectedPurchases({ params: { ...PAPER, r: 0 }, t: 1 }), "bgNbdExpectedPurchases", ["params.r"]],
    [() => bgNbdExpectedPurchases({ params: PAPER, t: -1 }), "bgNbdExpectedPurchases", ["t"]],
    [() => bgNbdProbabilityAlive({ params: PAPER, frequency: 1, recency: 5, age: 4 }), "bgNbdProbabilityAlive", ["recency"]],
    [() => bgNbdConditionalExpectedPurchases({ params: PAPER, frequency: -1, recency: 0, age: 4, t: 1 } as never), "bgNbdConditionalExpectedPurchases", ["frequency"]],
    [() => bgNbdPurchaseProbability({ params: PAPER, t: 1, purchases: 0.5 }), "bgNbdPurchaseProbability", ["purchases"]],
    // Issue 12, point 6: a summary in days with parameters fitted in weeks.
    [() => bgNbdProbabilityAlive({ params: { ...PAPER, timeUnit: "week" }, frequency: 2, recency: 213, age: 272, timeUnit: "day" }), "bgNbdProbabilityAlive", ["timeUnit"]],
    [
      () => bgNbdConditionalExpectedPurchases({ params: { ...PAPER, timeUnit: "week" }, frequency: 2, recency: 213, age: 272, timeUnit: "day", t: 273 }),
      "bgNbdConditionalExpectedPurchases",
      ["timeUnit"],
    ],
    [() => bgNbdProbabilityAlive({ params: { ...PAPER, timeUnit: "weeks" }, frequency: 2, recency: 30, age: 38 } as never), "bgNbdProbabilityAlive", ["params.timeUnit"]],
  ])("rejects bad input %#", (run, fn, paths) => {
    expectKpiError(fn, run, paths);
  });

  test("fast checks agree with the schemas", () => {
    const paramsOrAwkward = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            r: fc.oneof(fc.constantFrom(0.2, 1), awkwardValue),
            alpha: fc.constant(4),
            a: fc.constant(0.8),
            b: fc.oneof(fc.constant(2.4), awkwardValue),
            timeUnit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(undefined, "day", "week") }, { weight: 1, arbitrary: awkwardValue }),
          },
          { requiredKeys: ["r", "alpha", "a", "b"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const input = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record(
          {
            params: paramsOrAwkward,
            frequency: fc.oneof(fc.nat(3), awkwardValue),
            recency: fc.oneof(fc.constantFrom(0, 2), awkwardValue),
            age: fc.oneof(fc.constantFrom(0, 5), awkwardValue),
            timeUnit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(undefined, "day", "week") }, { weight: 1, arbitrary: awkwardValue }),
            t: fc.oneof(fc.constantFrom(0, 1, 39), awkwardValue),
            purchases: fc.oneof(fc.nat(3), awkwardValue),
          },
          { requiredKeys: ["params", "frequency", "recency", "age", "t", "purchases"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const agree = (call: (value: unknown) => unknown, schema: { safeParse(value: unknown): { success: boolean } }) =>
      assertAgreesWithSchema(input, call, (value) => schema.safeParse(value).success, {
        numRuns: 500,
        isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true,
      });
    agree((value) => bgNbdExpectedPurchases(value as never), bgNbdExpectedPurchasesInputSchema);
    agree((value) => bgNbdConditionalExpectedPurchases(value as never), bgNbdConditionalInputSchema);
    agree((value) => bgNbdProbabilityAlive(value as never), bgNbdProbabilityAliveInputSchema);
    agree((value) => bgNbdPurchaseProbability(value as never), bgNbdPurchaseProbabilityInputSchema);
  });
});

// Found by the fuzz suite: ages near 10³⁰⁸ overflowed the log-likelihood, and fitBgNbd returned
// logLikelihood: -Infinity.
describe("fitBgNbd beyond the float range", () => {
  test("is a KpiInputError, not a -Infinity log-likelihood", () => {
    const customers = [
      { frequency: 2, recency: 30.43, age: 1.7976316185785898e308 },
      { frequency: 1, recency: 1.71, age: 38.86 },
    ];
    expectKpiError("fitBgNbd", () => fitBgNbd(customers, { maxIterations: 200 }), ["customers"]);
  });
});

describe("the BG/NBD formulas at their edges (bgNbdMath)", () => {
  /** NB(j) of FHL 2005, eq. 8, straight from its definition in logs (no recurrence). */
  const nb = (r: number, alpha: number, t: number, j: number) =>
    Math.exp(logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * Math.log(alpha / (alpha + t)) + j * Math.log(t / (alpha + t)));

  test("aggregateRfm groups identical customers and indexes each column's distinct values", () => {
    const data = aggregateRfm([2, 2, 0, 2], [5, 5, 0, 5], [10, 10, 10, 12]);
    expect(Array.from(data.x)).toEqual([2, 0, 2]);
    expect(Array.from(data.weight)).toEqual([2, 1, 1]);
    expect(Array.from(data.distinctX)).toEqual([2, 0]);
    expect(Array.from(data.xWeight)).toEqual([3, 1]);
    expect(Array.from(data.xIndex)).toEqual([0, 1, 0]);
    expect(Array.from(data.distinctRecency)).toEqual([5, 0]);
    expect(Array.from(data.recencyIndex)).toEqual([0, 1, 0]);
    expect(Array.from(data.distinctAge)).toEqual([10, 12]);
    expect(Array.from(data.ageIndex)).toEqual([0, 0, 1]);
    expect(data.customers).toBe(4);
  });

  test("the log-likelihood stays finite when one of its two terms dwarfs the other by more than e^709", () => {
    // ln L of one customer, eq. 6, its bracket summed in logs by hand.
    const reference = (r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number) => {
      const alive = -(r + x) * Math.log(alpha + T);
      const dead = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
      const top = Math.max(alive, dead);
      const bracket = top + Math.log(Math.exp(alive - top) + Math.exp(dead - top));
      // ln B(a, b+x) − ln B(a, b) with ln Γ(a) cancelled, as a subnormal a needs.
      const betaRatio = logGamma(b + x) - logGamma(a + b + x) - logGamma(b) + logGamma(a + b);
      return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + betaRatio + bracket;
    };
    const cases: [number, number, number, number, number, number, number][] = [
      [0.25, 4, 0.8, 2.5, 200, 1, 1000], // a heavy buyer silent for years: the death term is e^1056 times the other
      [0.25, 4, 1e-310, 1, 1, 5, 5], // a subnormal a: the death term is e^-714 of the other
    ];
    for (const [r, alpha, a, b, x, tx, T] of cases) {
      const value = bgNbdLogLikelihood(r, alpha, a, b, aggregateRfm([x], [tx], [T]));
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeCloseTo(reference(r, alpha, a, b, x, tx, T), 6);
    }
  });

  test("at t = 0 nobody buys: P(X(0) = 0) is 1, other counts 0, and expectations exactly 0", () => {
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 0, purchases: 0 })).toBe(1);
    expect(Object.is(bgNbdPurchaseProbability({ params: PAPER, t: 0, purchases: 3 }), 0)).toBe(true);
    expect(Object.is(bgNbdExpectedPurchases({ params: PAPER, t: 0 }), 0)).toBe(true);
    expect(Object.is(bgNbdConditionalExpectedPurchases({ params: { r: 0.5, alpha: 3, a: 0.3, b: 0.3 }, frequency: 0, recency: 0, age: 0, t: 0 }), 0)).toBe(true);
    // A t so small that t/(α+t) underflows to 0: 0 · ln 0 is taken as 0, not NaN.
    expect(bgNbdPurchaseProbability({ params: PAPER, t: Number.MIN_VALUE, purchases: 0 })).toBe(1);
  });

  test("P(X(t) = n) agrees with eq. 8 summed term by term, and is never below its two NB(n) terms", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.1, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
          a: fc.double({ min: 0.1, max: 3, noNaN: true }),
          b: fc.double({ min: 0.5, max: 5, noNaN: true }),
        }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.integer({ min: 1, max: 80 }),
        (p, t, n) => {
          const mean = (p.r * t) / p.alpha;
          let tail = 0;
          for (let j = n; ; j++) {
            const term = nb(p.r, p.alpha, t, j);
            tail += term;
            if (j > mean && term <= 1e-18 * tail) break;
          }
          const alive = Math.exp(logBeta(p.a, p.b + n) - logBeta(p.a, p.b));
          const atDeath = Math.exp(logBeta(p.a + 1, p.b + n - 1) - logBeta(p.a, p.b));
          const nbN = nb(p.r, p.alpha, t, n);
          const expected = alive * nbN + atDeath * tail;
          const lowerBound = (alive + atDeath) * nbN;
          const value = bgNbdPurchaseProbability({ params: p, t, purchases: n });
          expect(Math.abs(value / expected - 1)).toBeLessThan(1e-8);
          expect(value).toBeGreaterThanOrEqual(lowerBound * (1 - 1e-9));
        },
      ),
      { numRuns: 200 },
    );
    // As t grows without bound, X(t) counts the purchases made before dying: P(X = 1) = B(a+1, b)/B(a, b) = a/(a+b).
    const { a, b } = PAPER;
    expect(bgNbdPurchaseProbability({ params: PAPER, t: 1e80, purchases: 1 })).toBeCloseTo(a / (a + b), 12);
  });

  test("sums that would take more than 2,000,000 terms are KpiInputErrors, never a wrong number", () => {
    // Beyond the mean with t/(α+t) = 1 − 10⁻⁷: the tail shrinks too slowly to settle.
    expectKpiError("bgNbdPurchaseProbability", () => bgNbdPurchaseProbability({ params: { r: 1, alpha: 1, a: 1, b: 1 }, t: 1e7, purchases: 10_000_001 }), ["params"]);
    // Below the mean but beyond 2,000,000 purchases. This returned 0, though the answer is about
    // B(2, n)/B(1, 1) = 1/(n(n+1)) ≈ 1.1·10⁻¹³: NB(n) underflowed and ended the tail sum at once.
    expectKpiError("bgNbdPurchaseProbability", () => bgNbdPurchaseProbability({ params: { r: 300, alpha: 1, a: 1, b: 1 }, t: 1e8, purchases: 3_000_000 }), ["params"]);
  });

  test("roundedProbability reads an overshoot of an ulp or two as 1 and more as NaN", () => {
    expect(roundedProbability(0.25)).toBe(0.25);
    expect(roundedProbability(1)).toBe(1);
    expect(roundedProbability(1 + 1e-12)).toBe(1);
    expect(roundedProbability(1 + 1e-6)).toBeNaN();
    expect(roundedProbability(Number.NaN)).toBeNaN();
  });
});
