import { describe, expect, test } from "vitest";
import { shiftedBetaGeometricResidualLifetime } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("shiftedBetaGeometricResidualLifetime", () => {
  test("undiscounted, the expected residual lifetime is (β + n)/(α − 1), infinite (null) when α ≤ 1", () => {
    expect(shiftedBetaGeometricResidualLifetime({ params: { alpha: 3, beta: 4 }, renewals: 2, discountRate: 0 })).toBe(3);
    expect(
      shiftedBetaGeometricResidualLifetime({ params: { alpha: 0.668, beta: 3.806 }, renewals: 0, discountRate: 0 }),
    ).toBeNull();
    const nearZero = shiftedBetaGeometricResidualLifetime({
      params: { alpha: 3, beta: 4 },
      renewals: 2,
      discountRate: 1e-4,
    }) as number;
    expect(nearZero).toBeCloseTo(3, 2);
  });

  // Found by the fuzz suite under Stryker: a rate of 5e-324 ran the series to its 2-million-term
  // limit; the error then spoke of t and age, which this function does not take.
  test("a discount rate too close to 0 to compute says so, and which rates work", () => {
    expect(() =>
      shiftedBetaGeometricResidualLifetime({ params: { alpha: 0.668, beta: 3.806 }, renewals: 0, discountRate: 1e-6 }),
    ).toThrow(
      "shiftedBetaGeometricResidualLifetime: discountRate gives a result that cannot be computed as a finite number: a rate this close to 0 makes the series not settle; rates from 10⁻⁴ per period up work",
    );
    for (const [alpha, beta] of [
      [0.668, 3.806],
      [0.1, 0.1],
      [1e-8, 1e8],
      [0.01, 100],
    ] as const) {
      expect(
        Number.isFinite(shiftedBetaGeometricResidualLifetime({ params: { alpha, beta }, renewals: 0, discountRate: 1e-4 })),
      ).toBe(true);
    }
  });

  test.each([
    [
      () => shiftedBetaGeometricResidualLifetime({ params: { alpha: 1, beta: -1 }, renewals: 0, discountRate: 0.1 }),
      ["params.beta"],
    ],
    [
      () => shiftedBetaGeometricResidualLifetime({ params: { alpha: 1, beta: 1 }, renewals: 1.5, discountRate: 0.1 }),
      ["renewals"],
    ],
    // The flat shape of before the one CLV input shape is an error at params, not a silent misreading.
    [() => shiftedBetaGeometricResidualLifetime({ alpha: 1, beta: 1, renewals: 0, discountRate: 0.1 } as never), ["params"]],
  ])("rejects bad input %#", (run, paths) => {
    expectKpiError("shiftedBetaGeometricResidualLifetime", run, paths);
  });
});
