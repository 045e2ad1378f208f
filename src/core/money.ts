import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { isFiniteDecimal, isMoneyString } from "../_internal/money.js";

/**
 * An amount of money as a caller may hold it: a finite number, a decimal string as a
 * CSV cell has it (`"1234.56"`, `"-0.5"`, `"1e3"`; no thousands separators, no spaces),
 * or a decimal.js `Decimal`.
 *
 * @example
 * ```ts
 * import Decimal from "decimal.js";
 * import { revenueByPeriod, type Money } from "salesmetrics";
 *
 * const amounts: Money[] = [1200.5, "349.99", new Decimal("0.01")];
 * revenueByPeriod(amounts.map((amount) => ({ date: "2024-03-08", amount })))[0]?.total;
 * //=> 1550.5
 * ```
 */
export type Money = number | string | Decimal;

const MONEY = 'must be an amount: a finite number, a decimal string such as "1234.56", or a Decimal';

/**
 * Schema for {@link Money}. JSON Schema cannot express a `Decimal`: convert with
 * `toJSONSchema(moneySchema, { unrepresentable: "any" })`, which emits it as `{}`.
 *
 * @example
 * ```ts
 * import Decimal from "decimal.js";
 * import { moneySchema } from "salesmetrics";
 *
 * moneySchema.safeParse("1234.56").success;
 * //=> true
 * moneySchema.safeParse(new Decimal("99.95")).success;
 * //=> true
 * // A refund may be negative.
 * moneySchema.safeParse(-49.9).success;
 * //=> true
 * // Thousands separators are rejected: clean CSV cells first.
 * moneySchema.safeParse("1,234.56").success;
 * //=> false
 * ```
 */
export const moneySchema = z.union(
  [
    // Each branch carries the message: a value that passes a branch's type but fails its check
    // gets that branch's issue, not the union's (zod/mini would say only "Invalid input").
    z.number({ error: MONEY }),
    z.string({ error: MONEY }).check(z.refine(isMoneyString, { error: MONEY })),
    z.custom<Decimal>(isFiniteDecimal, { error: MONEY }),
  ],
  { error: MONEY },
);

const NON_NEGATIVE_MONEY = 'must be an amount ≥ 0: a finite number, a decimal string such as "1234.56", or a Decimal';

/**
 * {@link Money} that cannot be negative: revenue, spend, a target.
 *
 * @example
 * ```ts
 * import { nonNegativeMoneySchema } from "salesmetrics";
 *
 * nonNegativeMoneySchema.safeParse("445000.00").success;
 * //=> true
 * nonNegativeMoneySchema.safeParse(0).success;
 * //=> true
 * nonNegativeMoneySchema.safeParse(-0.01).success;
 * //=> false
 * nonNegativeMoneySchema.safeParse("-5").success;
 * //=> false
 * ```
 */
export const nonNegativeMoneySchema = z.union(
  [
    z.number({ error: NON_NEGATIVE_MONEY }).check(z.gte(0, { error: NON_NEGATIVE_MONEY })),
    z
      .string({ error: NON_NEGATIVE_MONEY })
      .check(z.refine((value) => isMoneyString(value) && Number(value) >= 0, { error: NON_NEGATIVE_MONEY })),
    z.custom<Decimal>((value) => isFiniteDecimal(value) && value.toNumber() >= 0, { error: NON_NEGATIVE_MONEY }),
  ],
  { error: NON_NEGATIVE_MONEY },
);
