// Arbitraries, fixtures and a comparison shared by the customer-economics tests (cac … targetAttainmentByRep).
import Decimal from "decimal.js";
import fc from "fast-check";
import { awkwardValue } from "../helpers.js";

/** An amount as a caller may pass it (number, decimal string, Decimal), sometimes negative, often awkward. */
export const moneyOrAwkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -10, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => (n / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 1000 }).map((n) => new Decimal(n).div(10)) },
  { weight: 1, arbitrary: fc.constantFrom("1,000", " 5", "", "1e999", "abc", new Decimal(NaN), new Decimal(Infinity)) },
  { weight: 2, arbitrary: awkwardValue },
);

/** A fraction such as a margin or a rate, sometimes out of range, often awkward. */
export const fractionOrAwkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -0, 1.0000001, -1e308) },
  { weight: 1, arbitrary: awkwardValue },
);

/** Whole amounts in cents (as dollars), so that sums are exact and laws can be checked with toBe. */
export const cents = (max = 10_000_000): fc.Arbitrary<number> => fc.integer({ min: 0, max }).map((n) => n / 100);

/** True when a and b agree to `relative` of their size (toBeCloseTo is absolute, too strict for large amounts). */
export function near(a: number | null, b: number | null, relative = 1e-12): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}

// Churnkey, "Convert Annual To Monthly Churn" (https://churnkey.co/blog/convert-annual-churn-to-monthly-churn),
// monthly → annual, as the table prints them (two decimals of a percent).
export const CHURNKEY: [number, number][] = [
  [0.01, 0.1136],
  [0.02, 0.2153],
  [0.03, 0.3062],
  [0.04, 0.3873],
  [0.05, 0.4596],
  [0.1, 0.7176],
  [0.2, 0.9313],
];

