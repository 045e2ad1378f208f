// fast-check arbitraries the tests share: counts, rates and amounts as a caller may pass them, often awkward.
import Decimal from "decimal.js";
import fc from "fast-check";

/** Values that break naive checks: wrong types, NaN, ±Infinity, -0, fractions, huge numbers, numeric strings. */
export const awkwardValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(0, -0, 1, 0.5, -1, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, 1e-300, "3", "", null, undefined, true),
  fc.double(),
  fc.anything(),
);

/** A count (non-negative integer) most of the time, and an awkward value otherwise. */
export const countOrAwkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.nat(1000) },
  { weight: 1, arbitrary: awkwardValue },
);

/** A rate in [0, 1] most of the time, and an awkward value otherwise. */
export const rateOrAwkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: awkwardValue },
);

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

/**
 * An amount, and the same amount in one of the three forms a caller may pass (number, decimal string,
 * Decimal), for the law "the answer does not depend on how the amount was written". Give it amounts whose
 * String() is a plain decimal, such as `cents()`.
 */
export const moneyForms = (amounts: fc.Arbitrary<number>): fc.Arbitrary<[number, number | string | Decimal]> =>
  amounts.chain((value) =>
    fc.tuple(fc.constant(value), fc.constantFrom<number | string | Decimal>(value, String(value), new Decimal(value))),
  );
