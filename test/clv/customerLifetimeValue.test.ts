import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  bgNbdConditionalExpectedPurchases,
  customerLifetimeValue,
  customerLifetimeValueInputSchema,
  customerLifetimeValueOptionsSchema,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedSpend,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError, isCleanOutput } from "../helpers.js";
import { cdnowSummaryWithSpend } from "./cdnowFixtures.js";

const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
const customer = { customerId: 1, frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 };
const MONTH_IN_WEEKS = 365.2425 / 12 / 7;

describe("customerLifetimeValue", () => {
  test("discounts each month's increment of expected purchases, not the cumulative count (lifetimes#27, #43)", () => {
    const [result] = customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma }, { periods: 12, discountRate: 0.01 });
    const cumulative = (month: number) => bgNbdConditionalExpectedPurchases({ params: bgNbd, ...customer, t: month * MONTH_IN_WEEKS });
    const spend = gammaGammaExpectedSpend({ params: gammaGamma, ...customer }) as number;
    let increments = 0;
    let wrong = 0;
    for (let month = 1; month <= 12; month++) {
      increments += (cumulative(month) - cumulative(month - 1)) / 1.01 ** month;
      wrong += cumulative(month) / 1.01 ** month;
    }
    expect(result?.value).toBeCloseTo(spend * increments, 10);
    expect(result?.value).toBeLessThan(spend * wrong / 3);
    expect(result?.expectedPurchases).toBeCloseTo(cumulative(12), 12);
    expect(result?.expectedSpend).toBeCloseTo(spend, 12);
  });

  const params = fc.record({
    r: fc.double({ min: 0.1, max: 3, noNaN: true }),
    alpha: fc.double({ min: 1, max: 30, noNaN: true }),
    a: fc.double({ min: 0.1, max: 3, noNaN: true }),
    b: fc.double({ min: 0.1, max: 6, noNaN: true }),
  });
  const row = fc
    .record({ frequency: fc.nat(20), share: fc.double({ min: 0, max: 1, noNaN: true }), age: fc.double({ min: 1, max: 60, noNaN: true }), monetaryValue: fc.double({ min: 1, max: 500, noNaN: true }) })
    .map(({ frequency, share, age, monetaryValue }) => ({ frequency, recency: frequency === 0 ? 0 : share * age, age, monetaryValue }));

  test("undiscounted, the value is margin × spend × purchases expected over the horizon; discounting only lowers it", () => {
    fc.assert(
      fc.property(params, row, fc.integer({ min: 1, max: 36 }), fc.double({ min: 0.001, max: 0.2, noNaN: true }), (p, c, periods, d) => {
        const [flat] = customerLifetimeValue({ customers: [c], bgNbd: p, gammaGamma }, { periods, discountRate: 0, margin: 0.3 });
        expect(flat?.value).toBeCloseTo(0.3 * (flat?.expectedSpend as number) * (flat?.expectedPurchases as number), 9);
        const [discounted] = customerLifetimeValue({ customers: [c], bgNbd: p, gammaGamma }, { periods, discountRate: d, margin: 0.3 });
        expect(discounted?.value as number).toBeLessThanOrEqual((flat?.value as number) * (1 + 1e-12));
        const [longer] = customerLifetimeValue({ customers: [c], bgNbd: p, gammaGamma }, { periods: periods + 1, discountRate: d, margin: 0.3 });
        expect(longer?.value as number).toBeGreaterThanOrEqual(discounted?.value as number);
      }),
      { numRuns: 100 },
    );
  });

  test("day and week units agree when the summaries, α and the time unit all change together", () => {
    fc.assert(
      fc.property(params, row, (p, c) => {
        const weeks = customerLifetimeValue({ customers: [c], bgNbd: p, gammaGamma }, { timeUnit: "week" });
        const days = customerLifetimeValue(
          { customers: [{ ...c, recency: c.recency * 7, age: c.age * 7 }], bgNbd: { ...p, alpha: p.alpha * 7 }, gammaGamma },
          { timeUnit: "day" },
        );
        expect(days[0]?.value).toBeCloseTo(weeks[0]?.value as number, 8);
      }),
      { numRuns: 100 },
    );
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
    const [result] = customerLifetimeValue({ customers: [{ frequency: 0, recency: 0, age: 10 }], bgNbd, gammaGamma: { p: 1, q: 0.5, gamma: 1 } });
    expect(result).toMatchObject({ customerId: null, expectedSpend: null, value: null });
  });

  test.each([
    [{ customers: [{ ...customer, monetaryValue: undefined }], bgNbd, gammaGamma }, undefined, ["customers[0].monetaryValue"]],
    [{ customers: [{ ...customer, recency: 50 }], bgNbd, gammaGamma }, undefined, ["customers[0].recency"]],
    [{ customers: [customer], bgNbd: { ...bgNbd, a: -1 }, gammaGamma }, undefined, ["bgNbd.a"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { period: "fortnight" }, ["options.period"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { margin: 1.5 }, ["options.margin"]],
    [{ customers: [customer], bgNbd, gammaGamma }, { periods: 0 }, ["options.periods"]],
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
  ])("rejects options %o with the options schema's own message", (options) => {
    const expected = customerLifetimeValueOptionsSchema.safeParse(options).error?.issues[0];
    expect(expected).toBeDefined();
    const error = expectKpiError("customerLifetimeValue", () => customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma }, options as never), [
      `options.${String(expected?.path[0])}`,
    ]);
    expect(error.issues[0]?.message.startsWith(`${String(expected?.message)} (got `)).toBe(true);
  });

  test("fast checks agree with the schemas", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            customerId: fc.oneof(fc.constantFrom("a", 7), awkwardValue),
            frequency: fc.oneof(fc.nat(3), awkwardValue),
            recency: fc.oneof(fc.constantFrom(0, 2), awkwardValue),
            age: fc.oneof(fc.constantFrom(0, 5), awkwardValue),
            monetaryValue: fc.oneof(fc.constantFrom(10, "12.5", null), awkwardValue),
          },
          { requiredKeys: ["frequency", "recency", "age"] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          customers: fc.oneof(fc.array(row, { maxLength: 2 }), awkwardValue),
          bgNbd: fc.oneof(fc.constant(bgNbd), awkwardValue),
          gammaGamma: fc.oneof(fc.constant(gammaGamma), fc.constant({ p: 1, q: 0.5, gamma: 2 }), awkwardValue),
        }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          periods: fc.oneof(fc.constantFrom(1, 12), awkwardValue),
          period: fc.oneof(fc.constantFrom("month", "year", "hour"), awkwardValue),
          timeUnit: fc.oneof(fc.constantFrom("week", "day"), awkwardValue),
          discountRate: fc.oneof(fc.constantFrom(0, 0.01), awkwardValue),
          margin: fc.oneof(fc.constantFrom(0.3, 1), awkwardValue),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(input, options),
      ([value, opts]) => customerLifetimeValue(value as never, opts as never),
      ([value, opts]) => customerLifetimeValueInputSchema.safeParse(value).success && customerLifetimeValueOptionsSchema.safeParse(opts).success,
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
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
