import { describe, expect, test } from "vitest";
import { bgNbdParamsSchema, fitBgNbd, rfmSummary } from "../../src/index.js";
import { aggregateRfm, bgNbdLogLikelihood } from "../../src/clv/_internal/bgNbdMath.js";
import { expectKpiError, isCleanOutput } from "../_helpers/index.js";
import { cdnowSampleTransactions, cdnowSummary } from "../_helpers/cdnow.mjs";
import { naturalScaleStandardErrors, PAPER } from "./clvFixtures.js";
import { simulateBgNbd } from "./simulate.mjs";

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

  // lifetimes' docs (CamDavidsonPilon/lifetimes, docs/Quickstart.md, `bgf.summary` after fitting
  // cdnow_customers_summary.csv, the file test/fixtures/cdnow holds): se(coef) r 0.012557,
  // alpha 0.378221, a 0.185719, b 0.705345, from the inverse Hessian at its optimum.
  test("standard errors reproduce lifetimes' published se(coef) on CDNOW to 3 significant digits", () => {
    const fit = cdnowFit();
    const published = { r: 0.012557, alpha: 0.378221, a: 0.185719, b: 0.705345 };
    for (const key of ["r", "alpha", "a", "b"] as const)
      expect(Math.abs(fit.standardErrors![key] / published[key] - 1)).toBeLessThan(1e-3);
  });

  test("standard errors agree with a natural-scale Hessian computed here with another step", () => {
    const fit = cdnowFit();
    const rows = cdnowSummary();
    const data = aggregateRfm(
      rows.map((row) => row.frequency),
      rows.map((row) => row.recency),
      rows.map((row) => row.age),
    );
    const { r, alpha, a, b } = fit.params;
    const expected = naturalScaleStandardErrors(
      ([r, alpha, a, b]) => bgNbdLogLikelihood(r!, alpha!, a!, b!, data),
      [r, alpha, a, b],
      2e-3,
    );
    (["r", "alpha", "a", "b"] as const).forEach((key, i) => expect(fit.standardErrors![key] / expected[i]!).toBeCloseTo(1, 3));
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
    const none = fitBgNbd([
      { frequency: 0, recency: 0, age: 10 },
      { frequency: 0, recency: 0, age: 20 },
    ]);
    expect(none.converged).toBe(false);
    expect(isCleanOutput(none)).toBe(true);
    // Without a maximum there is no observed information to invert.
    expect(few.standardErrors).toBeNull();
    expect(none.standardErrors).toBeNull();
  });

  test("the result has the one shape of every fit, and its params are valid BG/NBD params", () => {
    const fit = fitBgNbd(cdnowSummary());
    expect(Object.keys(fit)).toEqual(["params", "logLikelihood", "converged", "iterations", "standardErrors"]);
    expect(Object.keys(fit.standardErrors!)).toEqual(["r", "alpha", "a", "b"]);
    expect(bgNbdParamsSchema.safeParse(fit.params).success).toBe(true);
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
    // the cap is 1,000,000 iterations: one more is an error (a mutant of the shared fitting tail survived this)
    [[{ frequency: 1, recency: 1, age: 2 }], { maxIterations: 1_000_001 }, ["options.maxIterations"]],
    [[{ frequency: 1, recency: 1, age: 2, timeUnit: "month" }], undefined, ["customers[0].timeUnit"]],
    [[{ frequency: 1, recency: 1, age: 2 }], { timeUnit: "days" }, ["options.timeUnit"]],
  ])("rejects %o with options %o at %o", (rows, options, paths) => {
    expectKpiError("fitBgNbd", () => fitBgNbd(rows as never, options as never), paths);
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
    expect(error.message).toBe(
      'fitBgNbd: customers[6].timeUnit must be "day", the timeUnit of customers[3]: one model, one time unit (got "week")',
    );
  });

  test("an option that contradicts the rows is a KpiInputError naming both units", () => {
    const error = expectKpiError("fitBgNbd", () => fitBgNbd(inDays, { timeUnit: "week" }), ["options.timeUnit"]);
    expect(error.message).toContain('customers[0].timeUnit, "day"');
    expect(error.message).toContain('(got "week")');
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
