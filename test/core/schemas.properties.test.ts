import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { countSchema, moneySchema, nonNegativeMoneySchema, positiveRateSchema, rateSchema } from "../../src/index.js";
import { isCount, isPositiveRate, isRate } from "../../src/_internal/checks.js";
import { isMoney, parseMoney } from "../../src/_internal/money.js";
import { awkwardValue } from "../_helpers/index.js";

// Each fast check must accept exactly what its schema accepts: the schema defines validity,
// the fast check only makes the happy path cheap.
const agreements = [
  { name: "count", fast: isCount, schema: countSchema },
  { name: "rate", fast: isRate, schema: rateSchema },
  { name: "positive rate", fast: isPositiveRate, schema: positiveRateSchema },
  { name: "money", fast: isMoney, schema: moneySchema },
  { name: "money (parseMoney)", fast: (v: unknown) => !Number.isNaN(parseMoney(v)), schema: moneySchema },
  { name: "non-negative money", fast: (v: unknown) => parseMoney(v) >= 0, schema: nonNegativeMoneySchema },
] as const;

const moneyLike = fc.oneof(
  awkwardValue,
  fc.stringMatching(/^[+-]?\d{0,4}(\.\d{0,3})?([eE][+-]?\d{1,3})?$/),
  fc.constantFrom("1,234.50", " 12", "1e999", "-", ".", "+.5", "0x10", "Infinity"),
  fc.double().map((x) => new Decimal(x)),
  fc.constantFrom(new Decimal(NaN), new Decimal(Infinity)),
);

describe.each(agreements)("$name: fast check agrees with its schema", ({ fast, schema }) => {
  test("on arbitrary values", () => {
    fc.assert(
      fc.property(fc.oneof(awkwardValue, moneyLike), (value) => {
        expect(fast(value)).toBe(schema.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });
});
