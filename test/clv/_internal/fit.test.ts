import { describe, expect, test } from "vitest";
import { fitModel, inverseDiagonal, standardErrors } from "../../../src/clv/_internal/fit.js";

describe("the fitting tail (clv/_internal/fit)", () => {
  test("inverseDiagonal: the diagonal of A⁻¹ by Cholesky, null when A is not positive definite", () => {
    // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]]; det 44; A⁻¹ diagonal by cofactors: 14/44, 12/44, 16/44.
    const diagonal = inverseDiagonal([
      [4, 2, 0],
      [2, 5, 1],
      [0, 1, 3],
    ])!;
    [14 / 44, 12 / 44, 16 / 44].forEach((value, i) => expect(diagonal[i]).toBeCloseTo(value, 14));
    expect(
      inverseDiagonal([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull(); // indefinite
    expect(
      inverseDiagonal([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull(); // singular: a flat direction
    expect(inverseDiagonal([[Number.NaN]])).toBeNull();
  });

  test("standardErrors of a quadratic are exact: f = ½ uᵀHu gives se_i = √(H⁻¹)_ii", () => {
    const h = [
      [4, 2, 0],
      [2, 5, 1],
      [0, 1, 3],
    ];
    const f = (u: readonly number[]) =>
      0.5 * u.reduce((sum, ui, i) => sum + ui * u.reduce((row, uj, j) => row + h[i]![j]! * uj, 0), 0);
    const errors = standardErrors(f, [0, 0, 0], 0)!;
    [14 / 44, 12 / 44, 16 / 44].forEach((value, i) => expect(errors[i]).toBeCloseTo(Math.sqrt(value), 6));
    // A maximum, not a minimum, of f: no standard errors.
    expect(standardErrors((u) => -f(u), [0, 0, 0], 0)).toBeNull();
  });

  test("fitModel: a normal sample's MLE and its textbook standard errors, σ/√n for μ", () => {
    // ln L of n draws from a normal with mean μ and sd σ, parameters μ > 0 and σ on the log scale.
    const sample = [4.1, 5.3, 4.8, 5.9, 5.2, 4.4, 5.0, 5.6, 4.7, 5.0];
    const n = sample.length;
    const mean = sample.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(sample.reduce((a, b) => a + (b - mean) ** 2, 0) / n); // the MLE divides by n
    const fit = fitModel({
      fn: "test",
      path: "sample",
      names: ["mu", "sigma"],
      logLikelihood: ([mu, sigma]) => sample.reduce((sum, x) => sum - Math.log(sigma!) - (x - mu!) ** 2 / (2 * sigma! ** 2), 0),
      start: [0, 0],
      maxIterations: 5000,
    });
    expect(fit.converged).toBe(true);
    expect(fit.params.mu).toBeCloseTo(mean, 6);
    expect(fit.params.sigma).toBeCloseTo(sd, 6);
    // Observed information of a normal sample: n/σ² for μ, 2n/σ² for σ, uncorrelated.
    expect(fit.standardErrors!.mu).toBeCloseTo(sd / Math.sqrt(n), 5);
    expect(fit.standardErrors!.sigma).toBeCloseTo(sd / Math.sqrt(2 * n), 5);
  });

  test("fitModel: no standard errors when the optimiser runs out of iterations", () => {
    const fit = fitModel({
      fn: "test",
      path: "x",
      names: ["a"],
      logLikelihood: ([a]) => -((Math.log(a!) - 3) ** 2),
      start: [0],
      maxIterations: 2,
    });
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeNull();
  });
});
