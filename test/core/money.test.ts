import { describe, expect, test } from "vitest";
import { Decimal } from "decimal.js";
import { KpiInputError } from "../../src/core/errors.js";
import { isMoney, MoneySum, parseMoney } from "../../src/_internal/money.js";
import { moneySchema, nonNegativeMoneySchema } from "../../src/core/money.js";
import { cac, costPerLead, grossRevenueRetention } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("MoneySum", () => {
  test("a million 0.10s add up to exactly 100,000, where a float loop drifts", () => {
    const sum = new MoneySum();
    let naive = 0;
    for (let i = 0; i < 1_000_000; i++) {
      sum.add(0.1);
      naive += 0.1;
    }
    expect(sum.total()).toBe(100_000);
    expect(naive).not.toBe(100_000);
  });

  test("never returns -0", () => {
    const sum = new MoneySum();
    sum.add(-0);
    expect(Object.is(sum.total(), 0)).toBe(true);
  });

  test("survives catastrophic cancellation", () => {
    const sum = new MoneySum();
    for (const x of [1e16, 1.01, -1e16, 0.99]) sum.add(x);
    expect(sum.total()).toBe(2);
  });
});

describe("MoneySum rounding", () => {
  test("0.1 + 0.2 is 0.3, the float nearest the decimal sum", () => {
    const sum = new MoneySum();
    sum.add(0.1);
    sum.add(0.2);
    expect(sum.total()).toBe(0.3);
  });

  test("keeps sub-cent amounts", () => {
    const sum = new MoneySum();
    for (let i = 0; i < 1000; i++) sum.add(0.0045);
    expect(sum.total()).toBe(4.5);
  });
});

describe("MoneySum with tiny amounts", () => {
  // Pins a fixed bug: rounding to at most 100 decimals turned a sum of 1e-300 into 0.
  test("keeps amounts far below a cent instead of rounding them to 0", () => {
    const sum = new MoneySum();
    sum.add(1e-300);
    sum.add(2e-300);
    expect(sum.total()).toBeCloseTo(3e-300, 310);
    expect(sum.total()).toBeGreaterThan(0);
  });
});

describe("MoneySum beyond the float range", () => {
  test("value() rejects a sum that overflowed, naming the function and path; total() shows it", () => {
    const sum = new MoneySum();
    sum.add(1.7e308);
    sum.add(1.7e308);
    expect(() => sum.value("revenueByPeriod", "records")).toThrow(KpiInputError);
    expect(Number.isFinite(sum.total())).toBe(false);
  });
});

describe("Money given as a Decimal beyond the float range", () => {
  // Found by the fuzz suite: decimal.js calls 1e400 finite, but it is Infinity as a float, and
  // cac, costPerLead, grossRevenueRetention … returned Infinity or NaN for it.
  test("is not money: the check, the schema and the conversion agree", () => {
    for (const value of [new Decimal("1e400"), new Decimal("-1e400"), new Decimal(NaN), new Decimal(Infinity)]) {
      expect(isMoney(value), value.toString()).toBe(false);
      expect(moneySchema.safeParse(value).success, value.toString()).toBe(false);
      expect(nonNegativeMoneySchema.safeParse(value).success, value.toString()).toBe(false);
      expect(parseMoney(value), value.toString()).toBeNaN();
    }
    expect(parseMoney(new Decimal("1e300"))).toBe(1e300);
  });

  test("is a KpiInputError naming the field, not an Infinity or NaN result", () => {
    expectKpiError("cac", () => cac({ spend: new Decimal("1e400"), newCustomers: 50 }), ["spend"]);
    expectKpiError("costPerLead", () => costPerLead({ spend: new Decimal("1e400"), leads: 200 }), ["spend"]);
    expectKpiError(
      "grossRevenueRetention",
      () => grossRevenueRetention({ startMrr: new Decimal("1e400"), contraction: 10, churned: 10 }),
      ["startMrr"],
    );
  });
});

// Found while writing the schemas' examples: a value of the right type that failed a union
// branch's check (a negative number, "1,234.56") got that branch's issue, which had no message
// of its own, so users read zod/mini's "Invalid input". The fuzz suite now fails on that text.
describe("money messages say what was required", () => {
  test.each([-0.01, "-5", "1,234.56", " 12", "abc", "Infinity", new Decimal(-1)])("nonNegativeMoneySchema on %s", (value) => {
    expect(nonNegativeMoneySchema.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([
      'must be an amount ≥ 0: a finite number, a decimal string such as "1234.56", or a Decimal',
    ]);
  });

  test.each(["1,234.56", "$10", "abc", Number.NaN])("moneySchema on %s", (value) => {
    expect(moneySchema.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([
      'must be an amount: a finite number, a decimal string such as "1234.56", or a Decimal',
    ]);
  });

  test("and so does the KpiInputError a function throws", () => {
    expect(() => cac({ spend: "1,234.56", newCustomers: 3 })).toThrow(
      'cac: spend must be an amount ≥ 0: a finite number, a decimal string such as "1234.56", or a Decimal (got "1,234.56")',
    );
  });
});
