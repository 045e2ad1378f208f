// The one CLV API shape (issue 14): every fit returns a ModelFit, and a fit's `params` feeds every
// model function of that model as it is, in the one input shape `{ params, ...arguments }`.

import { describe, expect, expectTypeOf, test } from "vitest";
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdPurchaseProbability,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  fitShiftedBetaGeometric,
  gammaGammaExpectedSpend,
  shiftedBetaGeometricResidualLifetime,
  shiftedBetaGeometricSurvival,
  type BgNbdParameters,
  type GammaGammaParameters,
  type ModelFit,
  type ShiftedBetaGeometricParameters,
} from "../../src/index.js";
import { cdnowSummaryWithSpend } from "../_helpers/cdnow.mjs";

const FIT_KEYS = ["params", "logLikelihood", "converged", "iterations", "standardErrors"];

describe("ModelFit: one result shape, one input shape", () => {
  test("a BG/NBD fit's params go straight into every BG/NBD function and customerLifetimeValue", () => {
    const customers = cdnowSummaryWithSpend();
    const fit = fitBgNbd(customers);
    expect(Object.keys(fit)).toEqual(FIT_KEYS);
    expectTypeOf(fit).toExtend<ModelFit<BgNbdParameters>>();
    expectTypeOf(fit.standardErrors).toEqualTypeOf<{ r: number; alpha: number; a: number; b: number } | null>();
    const { params } = fit;
    const customer = customers[0]!;
    expect(bgNbdExpectedPurchases({ params, t: 39 })).toBeGreaterThan(0);
    expect(bgNbdConditionalExpectedPurchases({ params, ...customer, t: 39 })).toBeGreaterThan(0);
    expect(bgNbdProbabilityAlive({ params, ...customer })).toBeGreaterThan(0);
    expect(bgNbdPurchaseProbability({ params, t: 39, purchases: 0 })).toBeGreaterThan(0);
    const gammaGamma = fitGammaGamma(customers);
    expect(Object.keys(gammaGamma)).toEqual([...FIT_KEYS, "customers"]);
    const [value] = customerLifetimeValue({ customers: [customer], bgNbd: params, gammaGamma: gammaGamma.params });
    expect(value!.value).toBeGreaterThan(0);
  });

  test("a Gamma-Gamma fit's params go straight into gammaGammaExpectedSpend", () => {
    const fit = fitGammaGamma(cdnowSummaryWithSpend());
    expectTypeOf(fit).toExtend<ModelFit<GammaGammaParameters>>();
    expectTypeOf(fit.standardErrors).toEqualTypeOf<{ p: number; q: number; gamma: number } | null>();
    expect(gammaGammaExpectedSpend({ params: fit.params, frequency: 2, monetaryValue: 22.35 })).toBeCloseTo(24.66, 2);
  });

  test("a shifted-beta-geometric fit's params go straight into shiftedBetaGeometricSurvival and ResidualLifetime", () => {
    const fit = fitShiftedBetaGeometric([0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491], { cohortSize: 1000 });
    expect(Object.keys(fit)).toEqual(FIT_KEYS);
    expectTypeOf(fit).toEqualTypeOf<ModelFit<ShiftedBetaGeometricParameters>>();
    expectTypeOf(fit.standardErrors).toEqualTypeOf<{ alpha: number; beta: number } | null>();
    expect(shiftedBetaGeometricSurvival({ params: fit.params, periods: 12 })[11]).toBeCloseTo(0.378, 3);
    expect(shiftedBetaGeometricResidualLifetime({ params: fit.params, renewals: 0, discountRate: 0.1 })).toBeCloseTo(5.41, 2);
  });

  test("every fit round-trips through JSON, standard errors included", () => {
    const customers = cdnowSummaryWithSpend();
    for (const fit of [fitBgNbd(customers), fitGammaGamma(customers), fitShiftedBetaGeometric([0.8, 0.7, 0.65])]) {
      expect(fit.standardErrors).not.toBeNull();
      expect(JSON.parse(JSON.stringify(fit))).toEqual(fit);
    }
  });
});
