import { describe, expect, test } from "vitest";
import {
  bgNbdConditionalExpectedPurchases,
  customerLifetimeValue,
  customerLifetimeValueOptionsSchema,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedSpend,
  rfmSummary,
} from "../../src/index.js";
import { expectKpiError, isCleanOutput } from "../_helpers/index.js";
import { cdnowMaster } from "../_helpers/cdnow.mjs";
import { cdnowSummaryWithSpend, lifetimesExampleTransactions } from "../_helpers/cdnow.mjs";
import { bgNbd, gammaGamma, customer } from "./customerLifetimeValue.helpers.js";
const MONTH_IN_WEEKS = 365.2425 / 12 / 7;

describe("customerLifetimeValue", () => {
  test("discounts each month's increment of expected purchases, not the cumulative count (lifetimes#27, #43)", () => {
    const [result] = customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma }, { periods: 12, discountRate: 0.01 });
    const cumulative = (month: number) =>
      bgNbdConditionalExpectedPurchases({ params: bgNbd, ...customer, t: month * MONTH_IN_WEEKS });
    const spend = gammaGammaExpectedSpend({ params: gammaGamma, ...customer }) as number;
    let increments = 0;
    let wrong = 0;
    for (let month = 1; month <= 12; month++) {
      increments += (cumulative(month) - cumulative(month - 1)) / 1.01 ** month;
      wrong += cumulative(month) / 1.01 ** month;
    }
    expect(result?.value).toBeCloseTo(spend * increments, 10);
    expect(result?.value).toBeLessThan((spend * wrong) / 3);
    expect(result?.expectedPurchases).toBeCloseTo(cumulative(12), 12);
    expect(result?.expectedSpend).toBeCloseTo(spend, 12);
  });

  test("the whole CDNOW base, with fitted models: clean output, and a population mean spend for the one-time buyers", () => {
    const customers = cdnowSummaryWithSpend().map((c) => ({ ...c, monetaryValue: c.frequency === 0 ? null : c.monetaryValue }));
    const values = customerLifetimeValue(
      { customers, bgNbd: fitBgNbd(customers).params, gammaGamma: fitGammaGamma(customers).params },
      { periods: 12, period: "month", discountRate: 0.01 },
    );
    expect(values).toHaveLength(2357);
    expect(isCleanOutput(values)).toBe(true);
    expect(values.every((v) => (v.value as number) >= 0)).toBe(true);
    expect(values[2]?.expectedSpend).toBeCloseTo(35.22, 1); // customer 3: no repeat purchase
  });

  test("an infinite mean spend gives a null value, not Infinity", () => {
    const [result] = customerLifetimeValue({
      customers: [{ frequency: 0, recency: 0, age: 10 }],
      bgNbd,
      gammaGamma: { p: 1, q: 0.5, gamma: 1 },
    });
    expect(result).toMatchObject({ customerId: null, expectedSpend: null, value: null });
  });

  test.each([
    [{ customers: [{ ...customer, monetaryValue: undefined }], bgNbd, gammaGamma }, undefined, ["customers[0].monetaryValue"]],
    [{ customers: [{ ...customer, recency: 50 }], bgNbd, gammaGamma }, undefined, ["customers[0].recency"]],
    [{ customers: [customer], bgNbd: { ...bgNbd, a: -1 }, gammaGamma }, undefined, ["bgNbd.a"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { period: "fortnight" }, ["options.period"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { margin: 1.5 }, ["options.margin"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { periods: 0 }, ["options.periods"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { period: "month", periodDays: 30 }, ["options.periodDays"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { periodDays: 0 }, ["options.periodDays"]],
    [{ customers: [{ ...customer, timeUnit: "days" }], bgNbd, gammaGamma }, undefined, ["customers[0].timeUnit"]],
    [{ customers: [customer], bgNbd: { ...bgNbd, timeUnit: "month" }, gammaGamma }, undefined, ["bgNbd.timeUnit"]],
  ])("rejects %o with options %o at %o", (input, options, paths) => {
    expectKpiError("customerLifetimeValue", () => customerLifetimeValue(input as never, options as never), paths);
  });

  // Pinned by mutation testing: without its option checks, periods 0 still failed, later and for
  // another reason (a series that cannot be computed), and the other bad options went unchecked.
  test.each([
    { periods: 0 },
    { periods: 1.5 },
    { periods: 10_001 },
    { periods: "12" },
    { period: 7 },
    { discountRate: -0.01 },
    { discountRate: Infinity },
    { discountRate: "0.01" },
    { periodDays: -30 },
    { periodDays: Infinity },
    { periodDays: "30" },
    { periodDays: 30, period: "day" },
    { timeUnit: "month" },
  ])("rejects options %o with the options schema's own message", (options) => {
    const expected = customerLifetimeValueOptionsSchema.safeParse(options).error?.issues[0];
    expect(expected).toBeDefined();
    const error = expectKpiError(
      "customerLifetimeValue",
      () => customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma }, options as never),
      [`options.${String(expected?.path[0])}`],
    );
    expect(error.issues[0]?.message.startsWith(`${String(expected?.message)} (got `)).toBe(true);
  });
});

// Found by the fuzz suite: `customers.every(...)` skips the holes of a sparse array, which the
// schema reads as undefined; the result then had holes too.
describe("customerLifetimeValue with a sparse customers array", () => {
  test("a hole is a KpiInputError at its index", () => {
    const customers = new Array<{ frequency: number; recency: number; age: number; monetaryValue: null }>(2);
    customers[1] = { frequency: 0, recency: 0, age: 1, monetaryValue: null };
    const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
    expectKpiError("customerLifetimeValue", () => customerLifetimeValue({ customers, bgNbd, gammaGamma }), ["customers[0]"]);
  });
});

// Issue 12, point 6: "rfmSummary in days, then a fit and customerLifetimeValue with their default
// unit, gives 122,025 where 780,151 was meant."
describe("customerLifetimeValue reads the time unit from the data", () => {
  test("the issue's reproduction: CDNOW_master summarised in days, fitted and valued with defaults, is worth what it is worth in weeks", () => {
    const transactions = cdnowMaster();
    const total = (timeUnit: "day" | "week") => {
      const summary = rfmSummary(transactions, { timeUnit });
      const bgNbdFit = fitBgNbd(summary);
      expect(bgNbdFit.params.timeUnit).toBe(timeUnit);
      const values = customerLifetimeValue({
        customers: summary,
        bgNbd: bgNbdFit.params,
        gammaGamma: fitGammaGamma(summary).params,
      });
      return values.reduce((sum, row) => sum + (row.value as number), 0);
    };
    const days = total("day");
    expect(Math.round(days)).toBe(780_151); // was 122,025: days read as weeks
    expect(days).toBeCloseTo(total("week"), -1);
  });

  const inDays = { ...customer, recency: customer.recency * 7, age: customer.age * 7 };
  const bgNbdInDays = { ...bgNbd, alpha: bgNbd.alpha * 7 };
  const expectedInWeeks = () => customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma })[0]?.value as number;

  test("rows or parameters that state the unit need no option; the value is the same as in weeks", () => {
    const weeks = expectedInWeeks();
    const fromRows = customerLifetimeValue({ customers: [{ ...inDays, timeUnit: "day" }], bgNbd: bgNbdInDays, gammaGamma });
    const fromParams = customerLifetimeValue({ customers: [inDays], bgNbd: { ...bgNbdInDays, timeUnit: "day" }, gammaGamma });
    const fromBoth = customerLifetimeValue(
      { customers: [{ ...inDays, timeUnit: "day" }], bgNbd: { ...bgNbdInDays, timeUnit: "day" }, gammaGamma },
      { timeUnit: "day" },
    );
    for (const result of [fromRows, fromParams, fromBoth]) expect(result[0]?.value).toBeCloseTo(weeks, 9);
  });

  test("rows in days with parameters fitted in weeks: a KpiInputError at bgNbd.timeUnit", () => {
    const error = expectKpiError(
      "customerLifetimeValue",
      () =>
        customerLifetimeValue({ customers: [{ ...inDays, timeUnit: "day" }], bgNbd: { ...bgNbd, timeUnit: "week" }, gammaGamma }),
      ["bgNbd.timeUnit"],
    );
    expect(error.message).toContain('must be "day", the timeUnit of customers[0]');
  });

  test("rows in two units: a KpiInputError at the first that differs", () => {
    const customers = [customer, { ...customer, timeUnit: "week" as const }, { ...inDays, timeUnit: "day" as const }];
    expectKpiError("customerLifetimeValue", () => customerLifetimeValue({ customers, bgNbd, gammaGamma }), [
      "customers[2].timeUnit",
    ]);
  });

  test("an option that contradicts the data: a KpiInputError naming both units", () => {
    const fromRows = expectKpiError(
      "customerLifetimeValue",
      () =>
        customerLifetimeValue(
          { customers: [{ ...inDays, timeUnit: "day" }], bgNbd: bgNbdInDays, gammaGamma },
          { timeUnit: "week" },
        ),
      ["options.timeUnit"],
    );
    expect(fromRows.issues[0]?.message).toBe(
      'contradicts customers[0].timeUnit, "day": leave timeUnit out to use the data\'s unit (got "week")',
    );
    const fromParams = expectKpiError(
      "customerLifetimeValue",
      () =>
        customerLifetimeValue({ customers: [customer], bgNbd: { ...bgNbd, timeUnit: "week" }, gammaGamma }, { timeUnit: "day" }),
      ["options.timeUnit"],
    );
    expect(fromParams.issues[0]?.message).toContain('bgNbd.timeUnit, "week"');
  });

  test("with nothing stated, the option decides and weeks remain the default", () => {
    expect(
      customerLifetimeValue({ customers: [inDays], bgNbd: bgNbdInDays, gammaGamma }, { timeUnit: "day" })[0]?.value,
    ).toBeCloseTo(expectedInWeeks(), 9);
    expect(customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma }, { timeUnit: "week" })[0]?.value).toBe(
      expectedInWeeks(),
    );
  });
});

describe("customerLifetimeValue with periodDays", () => {
  test("lifetimes' tests/test_utils.py::test_customer_lifetime_value_with_known_values: a 30-day month on example_transactions.csv", () => {
    // lifetimes fits BG/NBD to the summary in days of its example transactions (r 0.16, α 1.86, a 1.85,
    // b 3.18) and values its first five customers with monetary_value 1 and freq "D" (a 30-day month).
    // Gamma-Gamma p 1, q 2, γ 1 with a mean spend of 1 predicts a spend of exactly 1, as theirs.
    const summary = rfmSummary(lifetimesExampleTransactions(), { timeUnit: "day" });
    const fit = fitBgNbd(summary);
    expect(fit.params.timeUnit).toBe("day");
    const byId = new Map(summary.map((row) => [row.customerId, row]));
    const customers = [0, 1, 2, 3, 4].map((id) => ({ ...byId.get(id)!, monetaryValue: 1 }));
    // Their docstring: T 298, 224, 292, 147, 183.
    expect(customers.map((row) => row.age)).toEqual([298, 224, 292, 147, 183]);
    const expected = [0.016053, 0.021171, 0.030461, 0.031686, 0.001607];
    const clv = (periods: number, discountRate: number) =>
      customerLifetimeValue(
        { customers, bgNbd: fit.params, gammaGamma: { p: 1, q: 2, gamma: 1 } },
        { periods, periodDays: 30, discountRate },
      ).map((row) => row.value as number);
    // assert_almost_equal(..., decimal=5): |difference| < 1.5e-5
    clv(1, 0).forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThan(1.5e-5));
    clv(1, 1).forEach((value, i) => expect(Math.abs(value - expected[i]! / 2)).toBeLessThan(1.5e-5));
    // assert_allclose(..., rtol=0.1)
    clv(2, 0).forEach((value, i) => expect(Math.abs(value - expected[i]! * 2)).toBeLessThanOrEqual(0.1 * expected[i]! * 2));
    clv(2, 1).forEach((value, i) =>
      expect(Math.abs(value - (expected[i]! / 2 + expected[i]! / 4))).toBeLessThanOrEqual((0.1 * (expected[i]! * 3)) / 4),
    );
  });

  test("lifetimes' weekly month, 4.345 weeks, is periodDays 30.415 for a model in weeks", () => {
    const [value] = customerLifetimeValue(
      { customers: [customer], bgNbd, gammaGamma: { p: 1, q: 2, gamma: 1 } },
      { periods: 1, periodDays: 30.415, discountRate: 0 },
    );
    const spend = gammaGammaExpectedSpend({ params: { p: 1, q: 2, gamma: 1 }, ...customer }) as number;
    expect(value?.value).toBeCloseTo(spend * bgNbdConditionalExpectedPurchases({ params: bgNbd, ...customer, t: 4.345 }), 12);
  });
});
