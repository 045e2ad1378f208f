import { describe, expect, test } from "vitest";
import { shiftedBetaGeometricSurvival } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("shiftedBetaGeometricSurvival", () => {
  test("high-end customers (Fader & Hardie 2007): 0.851 after a year, 0.378 after twelve", () => {
    const survival = shiftedBetaGeometricSurvival({ params: { alpha: 0.668, beta: 3.806 }, periods: 12 });
    expect(Number(survival[0]!.toFixed(3))).toBe(0.851);
    expect(Number(survival[11]!.toFixed(3))).toBe(0.378);
  });

  test.each([
    [() => shiftedBetaGeometricSurvival({ params: { alpha: 1, beta: 1 }, periods: 0 }), ["periods"]],
    [() => shiftedBetaGeometricSurvival({ params: { alpha: 0, beta: 1 }, periods: 3 }), ["params.alpha"]],
    // The flat shape of before the one CLV input shape is an error at params, not a silent misreading.
    [() => shiftedBetaGeometricSurvival({ alpha: 1, beta: 1, periods: 3 } as never), ["params"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("shiftedBetaGeometricSurvival", run, paths);
  });
});
