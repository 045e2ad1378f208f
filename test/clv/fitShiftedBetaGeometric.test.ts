import { describe, expect, test } from "vitest";
import { fitShiftedBetaGeometric, shiftedBetaGeometricParamsSchema, shiftedBetaGeometricSurvival } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { sbgSurvivalCurves } from "./clvFixtures.js";

const { regular, highEnd } = sbgSurvivalCurves();

describe("fitShiftedBetaGeometric (Fader & Hardie 2007, years 1–7)", () => {
  test("high-end customers: α 0.668, β 3.806, LL −1611.16", () => {
    const fit = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 1000 });
    expect(fit.converged).toBe(true);
    expect(Number(fit.params.alpha.toFixed(3))).toBe(0.668);
    expect(Number(fit.params.beta.toFixed(3))).toBe(3.806);
    expect(Math.abs(fit.logLikelihood - -1611.16)).toBeLessThan(0.1);
  });

  test("regular customers: α 0.704, β 1.182, LL −1680.27", () => {
    const fit = fitShiftedBetaGeometric(regular.slice(1, 8), { cohortSize: 1000 });
    expect(fit.converged).toBe(true);
    expect(Number(fit.params.alpha.toFixed(3))).toBe(0.704);
    expect(Number(fit.params.beta.toFixed(3))).toBe(1.182);
    expect(Math.abs(fit.logLikelihood - -1680.27)).toBeLessThan(0.1);
  });

  test("the projection of years 8–12 stays close to what was observed (the paper's point)", () => {
    for (const curve of [regular, highEnd]) {
      const fit = fitShiftedBetaGeometric(curve.slice(1, 8));
      const projected = shiftedBetaGeometricSurvival({ params: fit.params, periods: 12 });
      for (let year = 8; year <= 12; year++) expect(Math.abs(projected[year - 1]! - curve[year]!)).toBeLessThan(0.03);
    }
  });

  test("the cohort size scales the log-likelihood, not the estimates", () => {
    const one = fitShiftedBetaGeometric(highEnd.slice(1, 8));
    const thousand = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 1000 });
    expect(thousand.logLikelihood).toBeCloseTo(1000 * one.logLikelihood, 4);
    expect(thousand.params.alpha).toBeCloseTo(one.params.alpha, 5);
  });

  test("a curve the model cannot fit (nobody leaves) says so instead of throwing, without standard errors", () => {
    const fit = fitShiftedBetaGeometric([1, 1, 1]);
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeNull();
    expect(Number.isFinite(fit.params.alpha) && Number.isFinite(fit.params.beta) && Number.isFinite(fit.logLikelihood)).toBe(
      true,
    );
  });

  test("the result has the one shape of every fit, and its params are valid sBG params", () => {
    const fit = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 1000 });
    expect(Object.keys(fit)).toEqual(["params", "logLikelihood", "converged", "iterations", "standardErrors"]);
    expect(Object.keys(fit.params)).toEqual(["alpha", "beta"]);
    expect(shiftedBetaGeometricParamsSchema.safeParse(fit.params).success).toBe(true);
  });
});

/**
 * The observed information of the sBG likelihood at (α, β), analytically on the natural scale.
 * With ln P(t) = ln α + Σ_{k≤t−2} ln(β+k) − Σ_{k<t} ln(α+β+k) and ln S(t) = Σ_{k<t} ln(β+k) − Σ_{k<t} ln(α+β+k)
 * (Fader & Hardie 2007, eqs. 1–2 written as products), every second derivative is a sum of 1/(·)².
 */
function sbgStandardErrors(
  survival: readonly number[],
  cohortSize: number,
  alpha: number,
  beta: number,
): { alpha: number; beta: number } {
  let haa = 0;
  let hab = 0;
  let hbb = 0;
  let previous = 1;
  const add = (weight: number, t: number, churn: boolean) => {
    let sumAB = 0;
    for (let k = 0; k < t; k++) sumAB += 1 / (alpha + beta + k) ** 2;
    let sumB = 0;
    for (let k = 0; k < (churn ? t - 1 : t); k++) sumB += 1 / (beta + k) ** 2;
    haa += weight * ((churn ? -1 / alpha ** 2 : 0) + sumAB);
    hab += weight * sumAB;
    hbb += weight * (-sumB + sumAB);
  };
  survival.forEach((share, i) => {
    add(previous - share, i + 1, true);
    previous = share;
  });
  add(previous, survival.length, false);
  // Information = −Hessian of ln L = −cohortSize · (haa, hab; hab, hbb).
  const [iaa, iab, ibb] = [-cohortSize * haa, -cohortSize * hab, -cohortSize * hbb];
  const det = iaa * ibb - iab * iab;
  return { alpha: Math.sqrt(ibb / det), beta: Math.sqrt(iaa / det) };
}

describe("fitShiftedBetaGeometric's standard errors", () => {
  test("agree with the analytic observed information (an independent computation) to 4 significant digits", () => {
    for (const curve of [highEnd.slice(1, 8), regular.slice(1, 8), highEnd.slice(1, 13), [0.6, 0.45, 0.4]]) {
      for (const cohortSize of [1, 1000]) {
        const fit = fitShiftedBetaGeometric(curve, { cohortSize });
        const expected = sbgStandardErrors(curve, cohortSize, fit.params.alpha, fit.params.beta);
        expect(fit.standardErrors!.alpha / expected.alpha).toBeCloseTo(1, 4);
        expect(fit.standardErrors!.beta / expected.beta).toBeCloseTo(1, 4);
      }
    }
  });

  test("the high-end cohort of 1,000: α 0.668 ± 0.104, β 3.806 ± 0.786; no published figure to compare (Fader & Hardie 2007 give none)", () => {
    const fit = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 1000 });
    expect(Number(fit.standardErrors!.alpha.toFixed(3))).toBe(0.104);
    expect(Number(fit.standardErrors!.beta.toFixed(3))).toBe(0.786);
  });

  test("shrink as 1/√cohortSize", () => {
    const one = fitShiftedBetaGeometric(highEnd.slice(1, 8));
    const many = fitShiftedBetaGeometric(highEnd.slice(1, 8), { cohortSize: 10_000 });
    expect(one.standardErrors!.alpha / many.standardErrors!.alpha).toBeCloseTo(100, 2);
    expect(one.standardErrors!.beta / many.standardErrors!.beta).toBeCloseTo(100, 2);
  });

  test("are null when the fit stops early", () => {
    const fit = fitShiftedBetaGeometric(highEnd.slice(1, 8), { maxIterations: 5 });
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeNull();
  });
});

describe("fitShiftedBetaGeometric input", () => {
  test.each([
    [() => fitShiftedBetaGeometric([]), ["survival"]],
    [() => fitShiftedBetaGeometric([0.9, 0.95]), ["survival[1]"]],
    [() => fitShiftedBetaGeometric([1.2]), ["survival[0]"]],
    [() => fitShiftedBetaGeometric([0.9], { cohortSize: 0 }), ["options.cohortSize"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("fitShiftedBetaGeometric", run, paths);
  });
});

// The same guard as fitBgNbd's and fitGammaGamma's (whose overflows the fuzz suite found): a
// cohort size near 10³⁰⁸ scales the log-likelihood beyond the float range.
describe("fitShiftedBetaGeometric beyond the float range", () => {
  test("is a KpiInputError, not a -Infinity log-likelihood", () => {
    expectKpiError("fitShiftedBetaGeometric", () => fitShiftedBetaGeometric([0.5, 0.2], { cohortSize: Number.MAX_VALUE }), [
      "survival",
    ]);
  });
});
