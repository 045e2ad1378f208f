/**
 * Exact rational arithmetic for the few places where a float artefact would be visible,
 * such as rounding a back-solved requirement up: `21 / 0.7` is `30.000000000000004` in
 * floats, so `Math.ceil` says 31 where the answer is 30.
 *
 * A rate the caller writes as `0.7` is taken at its shortest decimal form (`String(0.7)`
 * is `"0.7"`), i.e. as the fraction 7/10 the caller meant, and all arithmetic is done on
 * BigInt numerators and denominators.
 */
export interface Fraction {
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

/** The exact fraction of a finite number's shortest decimal form: 0.7 → 7/10, 1e-7 → 1/10000000. */
export function fractionOf(value: number): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (match === null) throw new RangeError(`fractionOf: ${value} is not a finite number`);
  const [, sign = "", whole = "", decimals = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - decimals.length;
  let numerator = BigInt(sign + whole + decimals);
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  return reduce(numerator, denominator);
}

/**
 * The simplest fraction (smallest denominator) among the continued-fraction convergents of
 * `value` that is read back as the same float: 0.7 → 7/10, 0.35 → 7/20, and a rate computed
 * as 71 / 101 → 71/101 rather than the 17-digit decimal the float prints as.
 *
 * A rate written as a short decimal and a rate computed from counts are both recovered
 * exactly: two distinct fractions with denominators up to ~10⁷ differ by far more than a
 * float's rounding, so the one the caller meant is the first convergent that matches
 * (Legendre's theorem makes it a convergent). Otherwise the shortest decimal is returned.
 * https://en.wikipedia.org/wiki/Continued_fraction#Best_rational_approximations
 */
export function rationalOf(value: number): Fraction {
  const decimal = fractionOf(value);
  const negative = decimal.numerator < 0n;
  // Continued fraction of |decimal|, with convergents h/k.
  let n = negative ? -decimal.numerator : decimal.numerator;
  let d = decimal.denominator;
  let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
  while (d !== 0n) {
    const a = n / d;
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    [n, d] = [d, n - a * d];
    if (Number(h1) / Number(k1) === Math.abs(value)) break;
  }
  return { numerator: negative ? -h1 : h1, denominator: k1 };
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return reduce(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** a ÷ b; b must not be zero. */
export function divide(a: Fraction, b: Fraction): Fraction {
  const sign = b.numerator < 0n ? -1n : 1n;
  return reduce(a.numerator * b.denominator * sign, a.denominator * b.numerator * sign);
}

export function subtract(a: Fraction, b: Fraction): Fraction {
  return reduce(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator);
}

export function power(a: Fraction, exponent: number): Fraction {
  const e = BigInt(exponent);
  return { numerator: a.numerator ** e, denominator: a.denominator ** e };
}

export const ONE: Fraction = { numerator: 1n, denominator: 1n };

/** The smallest integer ≥ the fraction, as a fraction. */
export function ceil(a: Fraction): Fraction {
  const { numerator: n, denominator: d } = a;
  const quotient = n / d; // BigInt division truncates toward zero
  const up = n % d !== 0n && n > 0n ? 1n : 0n;
  return { numerator: quotient + up, denominator: 1n };
}

export function isNegative(a: Fraction): boolean {
  return a.numerator < 0n;
}

/**
 * The float nearest the fraction, within two units in the last place; never `-0`.
 * Returns `Infinity` when it is beyond the float range; callers check for that.
 */
export function toNumber(a: Fraction): number {
  const { numerator: n, denominator: d } = a;
  if (bitLength(n) < 1000 && bitLength(d) < 1000) return Number(n) / Number(d) + 0;
  // Beyond a float's range: keep the top 64 bits of each and put the binary exponents back afterwards.
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const shiftN = Math.max(0, bitLength(magnitude) - 64);
  const shiftD = Math.max(0, bitLength(d) - 64);
  const quotient = Number(magnitude >> BigInt(shiftN)) / Number(d >> BigInt(shiftD));
  const exponent = shiftN - shiftD;
  // Two steps, so that an intermediate power of two cannot overflow while the product fits.
  const half = Math.trunc(exponent / 2);
  const value = quotient * 2 ** half * 2 ** (exponent - half);
  return (negative ? -value : value) + 0;
}

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduce(numerator: bigint, denominator: bigint): Fraction {
  const divisor = gcd(numerator, denominator);
  return divisor <= 1n ? { numerator, denominator } : { numerator: numerator / divisor, denominator: denominator / divisor };
}
