import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { quotaAttainment, quotaAttainmentToDate, quotaPeriodsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyForms, moneyOrAwkward } from "../_helpers/index.js";

describe("quotaAttainmentToDate", () => {
  test("equals the single-period attainment for one period and does not depend on order", () => {
    const period = fc.record({ actual: fc.integer({ min: 0, max: 1e7 }), quota: fc.integer({ min: 1, max: 1e7 }) });
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 24 }), (periods) => {
        expect(quotaAttainmentToDate(periods.slice(0, 1))).toBe(quotaAttainment(periods[0]!));
        expect(quotaAttainmentToDate([...periods].reverse())).toBe(quotaAttainmentToDate(periods));
      }),
    );
  });

  test("the answer does not depend on whether the amounts are numbers, decimal strings or Decimals", () => {
    const period = fc.record({ actual: moneyForms(cents()), quota: moneyForms(cents()) });
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 24 }), (periods) => {
        const asNumbers = periods.map(({ actual, quota }) => ({ actual: actual[0], quota: quota[0] }));
        const asWritten = periods.map(({ actual, quota }) => ({ actual: actual[1], quota: quota[1] }));
        expect(quotaAttainmentToDate(asWritten)).toBe(quotaAttainmentToDate(asNumbers));
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), moneyOrAwkward);
    assertAgreesWithSchema(
      fc.oneof(fc.array(fc.oneof(fc.record({ actual: amount, quota: amount }), awkwardValue), { maxLength: 4 }), awkwardValue),
      (input) => quotaAttainmentToDate(input as never),
      (input) => quotaPeriodsSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
