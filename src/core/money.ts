import Decimal from "decimal.js";
import * as z from "zod/mini";

/**
 * An amount of money as a caller may hold it: a finite number, a decimal string as a
 * CSV cell has it (`"1234.56"`, `"-0.5"`, `"1e3"`; no thousands separators, no spaces),
 * or a decimal.js `Decimal`.
 */
export type Money = number | string | Decimal;

const MONEY = 'must be an amount: a finite number, a decimal string such as "1234.56", or a Decimal';
const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function isMoneyString(value: string): boolean {
  return DECIMAL_STRING.test(value) && Number.isFinite(Number(value));
}

function isFiniteDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value) && (value as Decimal).isFinite();
}

/** Schema for {@link Money}. JSON Schema cannot express a `Decimal`; it is emitted as `{}` there. */
export const moneySchema = z.union(
  [
    z.number(),
    z.string().check(z.refine(isMoneyString)),
    z.custom<Decimal>(isFiniteDecimal),
  ],
  { error: MONEY },
);

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
 * A running sum of money that stays exact to the cent.
 *
 * Neumaier's compensated summation (Neumaier 1974, an improvement of Kahan's) carries the
 * rounding error of every addition in a second float, so a million `0.10`s add up to exactly
 * `100000` instead of drifting, at a few nanoseconds an element (decimal.js would cost ~2 µs).
 * https://en.wikipedia.org/wiki/Kahan_summation_algorithm#Further_enhancements
 */
export class MoneySum {
  private sum = 0;
  private compensation = 0;

  add(amount: number): void {
    const next = this.sum + amount;
    this.compensation +=
      Math.abs(this.sum) >= Math.abs(amount) ? this.sum - next + amount : amount - next + this.sum;
    this.sum = next;
  }

  /** The sum so far; never `-0`. */
  value(): number {
    return this.sum + this.compensation + 0;
  }
}
