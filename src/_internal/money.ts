// Reading and adding money: the fast checks and conversions behind moneySchema, and an exact running sum.

import { Decimal } from "decimal.js";
import type { Money } from "../core/money.js";
import { finiteResult } from "./validate.js";

const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal string as a CSV cell has it (`"1234.56"`, `"-0.5"`, `"1e3"`) whose value is a finite float. */
export function isMoneyString(value: string): boolean {
  return DECIMAL_STRING.test(value) && Number.isFinite(Number(value));
}

/** A Decimal whose value is a finite float: `new Decimal("1e400")` is finite for decimal.js but Infinity as a number. */
export function isFiniteDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value) && Number.isFinite((value as Decimal).toNumber());
}

/** Fast check equivalent to {@link moneySchema}. */
export function isMoney(value: unknown): value is Money {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return isMoneyString(value);
  return isFiniteDecimal(value);
}

/** A valid {@link Money} value as a float, the form every money result is returned in. */
export function moneyToNumber(value: Money): number {
  if (typeof value === "number") return value;
  return typeof value === "string" ? Number(value) : value.toNumber();
}

/**
 * Check and conversion in one step for hot loops: the amount as a float, or NaN when the
 * value is not valid {@link Money} (so callers test `amount !== amount` once).
 */
export function parseMoney(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === "string") return isMoneyString(value) ? Number(value) : Number.NaN;
  return isFiniteDecimal(value) ? value.toNumber() : Number.NaN;
}

/**
 * A running sum of money that stays exact to the cent.
 *
 * Neumaier's compensated summation (Neumaier 1974, an improvement of Kahan's) carries the
 * rounding error of every addition in a second float, so the sum of the floats is kept to
 * within a unit in its last place at a few nanoseconds an element (decimal.js: ~2 µs).
 * https://en.wikipedia.org/wiki/Kahan_summation_algorithm#Further_enhancements
 *
 * What remains is that each input float is itself only the nearest double to a decimal
 * (0.1 is 0.1000000000000000055…): the sum of the inputs differs from the sum of the
 * decimals by at most 2⁻⁵³ × Σ|amount|. {@link MoneySum.value} rounds that noise away:
 * it rounds to the finest decimal place larger than twice the bound. Every digit kept is
 * then exact, so amounts in cents add up to the exact cent whenever Σ|amount| < 4.5 × 10¹³.
 */
export class MoneySum {
  private sum = 0;
  private compensation = 0;
  private magnitude = 0;

  add(amount: number): void {
    const next = this.sum + amount;
    this.compensation += Math.abs(this.sum) >= Math.abs(amount) ? this.sum - next + amount : amount - next + this.sum;
    this.sum = next;
    this.magnitude += Math.abs(amount);
  }

  /**
   * The exact decimal sum as the nearest float (a million 0.10 give exactly 100000); never `-0`.
   * A sum beyond the float range (amounts near 10³⁰⁸) is a KpiInputError of `fn` at `path`.
   */
  value(fn: string, path: string): number {
    return finiteResult(fn, path, this.total());
  }

  /** The same sum, or ±Infinity / NaN when it overflowed: for comparisons inside validation rules. */
  total(): number {
    const total = this.sum + this.compensation;
    // Inputs' representation error plus the summation's own, with a factor 2 to spare.
    const errorBound = this.magnitude * 2 ** -52;
    if (total === 0 || !(errorBound > 0 && errorBound < Infinity)) return total + 0;
    const place = Math.floor(Math.log10(2 * errorBound)) + 1; // round to 10^place
    // toFixed rounds to at most 100 decimals; amounts that small carry no cents to protect.
    if (place >= 0 || place < -100) return total + 0;
    return Number(total.toFixed(-place)) + 0;
  }
}
