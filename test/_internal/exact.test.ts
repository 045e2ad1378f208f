import { describe, expect, test } from "vitest";
import { ceil, divide, fractionOf, multiply, ONE, power, rationalOf, subtract, toNumber } from "../../src/_internal/exact.js";

const f = (numerator: bigint, denominator = 1n) => ({ numerator, denominator });

describe("fractionOf", () => {
  test("takes a number at its shortest decimal form", () => {
    expect(fractionOf(0.7)).toEqual(f(7n, 10n));
    expect(fractionOf(0.35)).toEqual(f(7n, 20n));
    expect(fractionOf(21)).toEqual(f(21n));
    expect(fractionOf(-1.5)).toEqual(f(-3n, 2n));
    expect(fractionOf(1e-7)).toEqual(f(1n, 10_000_000n));
    expect(fractionOf(1.5e21)).toEqual(f(1_500_000_000_000_000_000_000n));
    expect(fractionOf(-0)).toEqual(f(0n));
  });

  test("rejects non-finite numbers", () => {
    expect(() => fractionOf(NaN)).toThrow(RangeError);
    expect(() => fractionOf(Infinity)).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  test("21 ÷ 0.7 is exactly 30, where floats give 30.000000000000004", () => {
    expect(21 / 0.7).toBe(30.000000000000004);
    expect(divide(fractionOf(21), fractionOf(0.7))).toEqual(f(30n));
    expect(ceil(divide(fractionOf(7), multiply(fractionOf(0.1), fractionOf(0.7))))).toEqual(f(100n));
  });

  test("ceil rounds up positive non-integers only", () => {
    expect(ceil(f(7n, 2n))).toEqual(f(4n));
    expect(ceil(f(8n, 2n))).toEqual(f(4n));
    expect(ceil(f(-7n, 2n))).toEqual(f(-3n));
    expect(ceil(f(0n))).toEqual(f(0n));
  });

  test("subtract, power and division by a negative keep the denominator positive", () => {
    expect(subtract(ONE, fractionOf(0.25))).toEqual(f(3n, 4n));
    expect(power(f(1n, 2n), 3)).toEqual(f(1n, 8n));
    expect(divide(ONE, f(-2n))).toEqual(f(-1n, 2n));
  });

  test("toNumber handles numbers beyond the float range and never returns -0", () => {
    const huge = 10n ** 400n;
    expect(toNumber(f(huge, huge * 4n))).toBe(0.25);
    expect(toNumber(f(1n, huge))).toBe(0);
    expect(toNumber(f(huge))).toBe(Infinity);
    expect(Object.is(toNumber(f(-0n, 3n)), 0)).toBe(true);
  });

  // Pinned by mutation testing: the sign of a fraction beyond the float range, and subtraction
  // of two fractions that both have a denominator, were not checked.
  test("toNumber keeps the sign of a fraction beyond the float range", () => {
    const huge = 10n ** 400n;
    expect(toNumber(f(-3n * huge, huge))).toBe(-3);
    expect(toNumber(f(-huge))).toBe(-Infinity);
    expect(toNumber(f(7n * huge, 2n * huge))).toBe(3.5);
  });

  test("subtract and multiply over common denominators, in lowest terms", () => {
    expect(subtract(f(1n, 3n), f(1n, 6n))).toEqual(f(1n, 6n));
    expect(subtract(f(5n, 4n), f(3n, 10n))).toEqual(f(19n, 20n));
    expect(multiply(f(2n, 3n), f(9n, 4n))).toEqual(f(3n, 2n));
  });
});

describe("rationalOf", () => {
  test("recovers short decimals and ratios of counts", () => {
    expect(rationalOf(0.7)).toEqual(f(7n, 10n));
    expect(rationalOf(0.35)).toEqual(f(7n, 20n));
    expect(rationalOf(1 / 3)).toEqual(f(1n, 3n));
    expect(rationalOf(71 / 101)).toEqual(f(71n, 101n));
    expect(rationalOf(0)).toEqual(f(0n));
    expect(rationalOf(21)).toEqual(f(21n));
    expect(rationalOf(-2.5)).toEqual(f(-5n, 2n));
  });
});
