import { describe, expect, test } from "vitest";
import { hyp2f1, logBeta, logGamma, minimize } from "../../src/clv/numerics.js";

describe("logGamma (Lanczos)", () => {
  test("known values: ln Γ(1/2) = ln √π, ln Γ(n) = ln (n − 1)!, and tiny and huge arguments", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 12);
    expect(logGamma(100) / 359.1342053695754).toBeCloseTo(1, 14); // R: lgamma(100)
    expect(logGamma(1e-8)).toBeCloseTo(18.420680738180209, 8); // R: lgamma(1e-8)
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 13); // R: lgamma(0.1)
    expect(logGamma(1e6) / 12815504.569147611).toBeCloseTo(1, 13); // R: lgamma(1e6)
  });

  test("the recurrence ln Γ(x + 1) = ln Γ(x) + ln x holds across the range", () => {
    for (const x of [0.001, 0.3, 0.7, 1.5, 3.3, 17.2, 250.5, 1e4]) {
      expect(logGamma(x + 1) - logGamma(x) - Math.log(x)).toBeCloseTo(0, 10);
    }
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
  });
});

describe("hyp2f1 (series)", () => {
  test("closed forms: 2F1(1, 1; 2; z) = −ln(1 − z)/z and 2F1(a, b; b; z) = (1 − z)^−a", () => {
    for (const z of [0.01, 0.3, 0.9, 0.99]) {
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
      expect(hyp2f1(0.7, 2.5, 2.5, z) / (1 - z) ** -0.7).toBeCloseTo(1, 12);
    }
  });
});

describe("minimize (bounded Nelder–Mead)", () => {
  const rosenbrock = ([x, y]: readonly number[]) => (1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2;

  test("finds the minimum of Rosenbrock's valley and says it converged", () => {
    const result = minimize(rosenbrock, [-1.2, 1], { lower: [-5, -5], upper: [5, 5] });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  test("stays in its box, and reports running out of iterations instead of throwing", () => {
    const boxed = minimize(rosenbrock, [0, 0], { lower: [-5, -5], upper: [0.5, 5] });
    expect(boxed.x[0]).toBeLessThanOrEqual(0.5);
    const short = minimize(rosenbrock, [-1.2, 1], { lower: [-5, -5], upper: [5, 5], maxIterations: 5 });
    expect(short.converged).toBe(false);
    expect(short.iterations).toBeLessThanOrEqual(5);
  });

  test("a function that is NaN somewhere is treated as +∞ there", () => {
    const result = minimize(([x]) => (x! < 0 ? Number.NaN : (x! - 2) ** 2), [1], { lower: [-10], upper: [10] });
    expect(result.x[0]).toBeCloseTo(2, 6);
  });
});
