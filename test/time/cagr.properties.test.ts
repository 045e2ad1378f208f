import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cagr, cagrInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyForms, moneyOrAwkward } from "../_helpers/index.js";

describe("cagr", () => {
  test("compounding the rate over the periods returns the end value (the inverse relation)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        (start, end, periods) => {
          const rate = cagr({ start, end, periods }) as number;
          // 1 + rate carries an absolute rounding error of about 1e-16, which compounding over
          // fewer than one period magnifies (to ~1e-8 at half a period): so the tolerance is
          // relative to the larger of the two values (start 67108.864, end 0.0005 over 0.5
          // periods gave back 0.0007).
          expect(Math.abs(start * (1 + rate) ** periods - end)).toBeLessThanOrEqual(1e-6 * Math.max(start, end));
        },
      ),
    );
  });

  test("the answer does not depend on whether an amount is a number, a decimal string or a Decimal", () => {
    fc.assert(
      fc.property(
        moneyForms(cents()),
        moneyForms(cents()),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        ([start, startAs], [end, endAs], periods) => {
          expect(cagr({ start: startAs, end: endAs, periods })).toBe(cagr({ start, end, periods }));
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), moneyOrAwkward);
    assertAgreesWithSchema(
      fc.record({ start: amount, end: amount, periods: fc.oneof(fc.double({ min: -1, max: 100 }), awkwardValue) }),
      (input) => cagr(input as never),
      (input) => cagrInputSchema.safeParse(input).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
