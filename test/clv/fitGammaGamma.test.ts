import { describe, expect, test } from "vitest";
import { fitGammaGamma, gammaGammaParamsSchema, rfmSummary } from "../../src/index.js";
import { logGamma } from "../../src/clv/_internal/numerics.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowSampleTransactions, cdnowSummaryWithSpend } from "../_helpers/cdnow.mjs";
import { naturalScaleStandardErrors } from "./clvFixtures.js";

describe("fitGammaGamma on CDNOW (Fader & Hardie 2013, note 025)", () => {
  const customers = cdnowSummaryWithSpend();
  // Fitted inside each test, as in fitBgNbd.test.ts, so that Stryker's per-test coverage sees the fit.
  const cdnowFit = () => fitGammaGamma(customers);

  test("reproduces p 6.25, q 3.74, γ 15.44 on the 946 repeat buyers", () => {
    const fit = cdnowFit();
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(Number(fit.params.p.toFixed(2))).toBe(6.25);
    expect(Number(fit.params.q.toFixed(2))).toBe(3.74);
    // lifetimes' test accepts 15.44 or 15.45 (decimal=2); the note prints 15.44.
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThan(0.01);
  });

  test("rfmSummary's own monetary values give the same fit", () => {
    const fit = cdnowFit();
    const own = fitGammaGamma(rfmSummary(cdnowSampleTransactions(), { calibrationEnd: "1997-09-30" }));
    expect(own.customers).toBe(946);
    expect(own.params.p).toBeCloseTo(fit.params.p, 1);
    expect(own.params.q).toBeCloseTo(fit.params.q, 1);
    expect(own.params.gamma).toBeCloseTo(fit.params.gamma, 1);
  });

  test("the result has the one shape of every fit, with the customers used", () => {
    const fit = cdnowFit();
    expect(Object.keys(fit)).toEqual(["params", "logLikelihood", "converged", "iterations", "standardErrors", "customers"]);
    expect(gammaGammaParamsSchema.safeParse(fit.params).success).toBe(true);
  });

  // No published standard errors of the Gamma-Gamma fit on CDNOW were found (note 025 and
  // lifetimes' docs print the estimates only): the check is an independent computation.
  test("standard errors agree with a natural-scale Hessian of the note's likelihood, computed here (p ± 1.19, q ± 0.29, γ ± 4.16)", () => {
    const fit = cdnowFit();
    const repeat = customers.filter((c) => c.frequency > 0 && c.monetaryValue > 0);
    // Note 025, eq. 3: ln L = Σ ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + m x).
    const logLikelihood = ([p, q, gamma]: number[]) =>
      repeat.reduce((sum, { frequency: x, monetaryValue: m }) => {
        const px = p! * x;
        return (
          sum +
          logGamma(px + q!) -
          logGamma(px) -
          logGamma(q!) +
          q! * Math.log(gamma!) +
          (px - 1) * Math.log(m) +
          px * Math.log(x) -
          (px + q!) * Math.log(gamma! + m * x)
        );
      }, 0);
    const expected = naturalScaleStandardErrors(logLikelihood, [fit.params.p, fit.params.q, fit.params.gamma]);
    const se = fit.standardErrors!;
    expect(se.p / expected[0]!).toBeCloseTo(1, 3);
    expect(se.q / expected[1]!).toBeCloseTo(1, 3);
    expect(se.gamma / expected[2]!).toBeCloseTo(1, 3);
    expect([se.p, se.q, se.gamma].map((value) => Number(value.toFixed(2)))).toEqual([1.19, 0.29, 4.16]);
  });
});

describe("fitGammaGamma", () => {
  test("stopped early, it has no standard errors", () => {
    const fit = fitGammaGamma(cdnowSummaryWithSpend().slice(0, 200), { maxIterations: 10 });
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeNull();
  });

  test.each([
    [() => fitGammaGamma([{ frequency: 0, monetaryValue: null }]), ["customers"]],
    [() => fitGammaGamma([{ frequency: 3 }]), ["customers[0].monetaryValue"]],
    [() => fitGammaGamma([{ frequency: 3, monetaryValue: 10 }], { maxIterations: -1 }), ["options.maxIterations"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("fitGammaGamma", run, paths);
  });
});

// Found by the fuzz suite: spends near 10³⁰⁸ overflowed the log-likelihood, and fitGammaGamma
// returned logLikelihood: -Infinity.
describe("fitGammaGamma beyond the float range", () => {
  test("is a KpiInputError, not a -Infinity log-likelihood", () => {
    const customers = [
      { frequency: 2, monetaryValue: 22.35 },
      { frequency: 1, monetaryValue: Number.MAX_VALUE },
    ];
    expectKpiError("fitGammaGamma", () => fitGammaGamma(customers), ["customers"]);
  });
});
