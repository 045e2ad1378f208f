import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { customerLifetimeValue, customerLifetimeValueInputSchema, customerLifetimeValueOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { bgNbd, gammaGamma, customer } from "./customerLifetimeValue.helpers.js";

describe("customerLifetimeValue", () => {
  const params = fc.record({
    r: fc.double({ min: 0.1, max: 3, noNaN: true }),
    alpha: fc.double({ min: 1, max: 30, noNaN: true }),
    a: fc.double({ min: 0.1, max: 3, noNaN: true }),
    b: fc.double({ min: 0.1, max: 6, noNaN: true }),
  });
  const row = fc
    .record({
      frequency: fc.nat(20),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      age: fc.double({ min: 1, max: 60, noNaN: true }),
      monetaryValue: fc.double({ min: 1, max: 500, noNaN: true }),
    })
    .map(({ frequency, share, age, monetaryValue }) => ({
      frequency,
      recency: frequency === 0 ? 0 : share * age,
      age,
      monetaryValue,
    }));

  test("undiscounted, the value is margin × spend × purchases expected over the horizon; discounting only lowers it", () => {
    fc.assert(
      fc.property(
        params,
        row,
        fc.integer({ min: 1, max: 36 }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        (p, c, periods, d) => {
          const [flat] = customerLifetimeValue(
            { customers: [c], bgNbd: p, gammaGamma },
            { periods, discountRate: 0, margin: 0.3 },
          );
          expect(flat?.value).toBeCloseTo(0.3 * (flat?.expectedSpend as number) * (flat?.expectedPurchases as number), 9);
          const [discounted] = customerLifetimeValue(
            { customers: [c], bgNbd: p, gammaGamma },
            { periods, discountRate: d, margin: 0.3 },
          );
          expect(discounted?.value as number).toBeLessThanOrEqual((flat?.value as number) * (1 + 1e-12));
          const [longer] = customerLifetimeValue(
            { customers: [c], bgNbd: p, gammaGamma },
            { periods: periods + 1, discountRate: d, margin: 0.3 },
          );
          expect(longer?.value as number).toBeGreaterThanOrEqual(discounted?.value as number);
        },
      ),
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
            timeUnit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("day", "week") }, { weight: 1, arbitrary: awkwardValue }),
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
          bgNbd: fc.oneof(
            fc.constant(bgNbd),
            fc.constant({ ...bgNbd, timeUnit: "week" }),
            fc.constant({ ...bgNbd, timeUnit: "day" }),
            awkwardValue,
          ),
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
          periodDays: fc.oneof(fc.constantFrom(30, 30.415, 0), awkwardValue),
          timeUnit: fc.oneof(fc.constantFrom("week", "day"), awkwardValue),
          discountRate: fc.oneof(fc.constantFrom(0, 0.01), awkwardValue),
          margin: fc.oneof(fc.constantFrom(0.3, 1), awkwardValue),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    // Beyond the two schemas: an option that contradicts the unit the rows or bgNbd state.
    const contradicts = (value: unknown, opts: unknown) => {
      const option = (opts as { timeUnit?: unknown } | undefined)?.timeUnit;
      const { customers, bgNbd } = value as { customers: { timeUnit?: unknown }[]; bgNbd: { timeUnit?: unknown } };
      const stated = customers.find((row) => row.timeUnit !== undefined)?.timeUnit ?? bgNbd.timeUnit;
      return option !== undefined && stated !== undefined && option !== stated;
    };
    assertAgreesWithSchema(
      fc.tuple(input, options),
      ([value, opts]) => customerLifetimeValue(value as never, opts as never),
      ([value, opts]) =>
        customerLifetimeValueInputSchema.safeParse(value).success &&
        customerLifetimeValueOptionsSchema.safeParse(opts).success &&
        !contradicts(value, opts),
      { numRuns: 500, isResultRangeError: (error) => error.issues[0]?.message.includes("cannot be computed") === true },
    );
  });
});

describe("customerLifetimeValue with periodDays", () => {
  test("the length of a named period in days gives the same value as the name", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["day", 1], ["week", 7], ["month", 365.2425 / 12], ["quarter", 365.2425 / 4], ["year", 365.2425]),
        fc.integer({ min: 1, max: 24 }),
        ([period, days], periods) => {
          const named = customerLifetimeValue({ customers: [customer], bgNbd, gammaGamma }, { periods, period: period as "day" });
          const inDays = customerLifetimeValue(
            { customers: [customer], bgNbd, gammaGamma },
            { periods, periodDays: days as number },
          );
          expect(inDays).toEqual(named);
        },
      ),
      { numRuns: 30 },
    );
  });
});
