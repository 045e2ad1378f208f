import { describe, expect, test } from "vitest";
import { cac, cacPayback } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("cacPayback", () => {
  test("ChurnZero: CAC 8,900 at ARPA 2,000 and 60 % gross margin → 7.4167 months", () => {
    // https://churnzero.com/churnopedia/customer-acquisition-cost-cac-recovering/ (the page shows 7.4)
    const cost = cac({ spend: 445_000, newCustomers: 50 }) as number;
    expect(cacPayback({ cac: cost, arpa: 2000, grossMargin: 0.6 })).toBeCloseTo(7.4167, 4);
    // ChurnZero's second form, CAC ÷ (CLTV ÷ lifetime): CLTV 21,600 over 18 months is 1,200 a month
    expect(cacPayback({ cac: cost, arpa: 21_600 / 18 })).toBeCloseTo(7.4167, 4);
  });

  test("published margin-adjusted examples: theprimecalculator 8.0, metrickittools 15, calcsimpler 8.55", () => {
    expect(cacPayback({ cac: 600, arpa: 100, grossMargin: 0.75 })).toBe(8);
    expect(cacPayback({ cac: 6000, arpa: 500, grossMargin: 0.8 })).toBeCloseTo(15, 12);
    expect(cacPayback({ cac: 8000, arpa: 1200, grossMargin: 0.78 })).toBeCloseTo(8.55, 2);
  });

  test("without a margin it is revenue payback (pro.partnerstandard: 1,000 ÷ 100 = 10 months)", () => {
    expect(cacPayback({ cac: 1000, arpa: 100 })).toBe(10);
    expect(cacPayback({ cac: "1000", arpa: "100", grossMargin: 1 })).toBe(10);
  });

  test("never pays back when the monthly margin is 0 or less: null, not 0 (theprimecalculator returns 0)", () => {
    expect(cacPayback({ cac: 1000, arpa: 100, grossMargin: 0 })).toBeNull();
    expect(cacPayback({ cac: 1000, arpa: 100, grossMargin: -0.2 })).toBeNull();
    expect(cacPayback({ cac: 1000, arpa: 0, grossMargin: 0.8 })).toBeNull();
    expect(cacPayback({ cac: 0, arpa: 100, grossMargin: 0.8 })).toBe(0);
  });

  test("a tiny margin gives a long payback, not null (no underflow of arpa × margin)", () => {
    expect(cacPayback({ cac: 1e-200, arpa: 1e-200, grossMargin: 1e-200 })).toBeCloseTo(1e200, -190);
  });

  test.each([
    [{ cac: -1, arpa: 100 }, ["cac"]],
    [{ cac: 100, arpa: -100 }, ["arpa"]],
    [{ cac: 100, arpa: 100, grossMargin: 60 }, ["grossMargin"]],
    [{ cac: 100, arpa: 100, grossMargin: "0.6" }, ["grossMargin"]],
    [{ cac: 100, arpa: 100, grossMargin: null }, ["grossMargin"]],
    [{ cac: 100, arpa: 100, grossMargin: -Infinity }, ["grossMargin"]],
    [{ arpa: 100 }, ["cac"]],
    ["8900", ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("cacPayback", () => cacPayback(input as never), paths);
  });

  test("explains a margin given in percent", () => {
    const error = expectKpiError("cacPayback", () => cacPayback({ cac: 100, arpa: 100, grossMargin: 60 }), ["grossMargin"]);
    expect(error.message).toBe(
      "cacPayback: grossMargin must be a fraction at most 1, such as 0.8 for 80 % (negative for a loss) (got 60)",
    );
  });

  test("rejects a payback beyond the float range", () => {
    const error = expectKpiError("cacPayback", () => cacPayback({ cac: 1e300, arpa: 1e-10, grossMargin: 0.5 }), ["arpa"]);
    expect(error.message).toMatch(/beyond the range/);
  });
});
