import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { cagr } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("cagr", () => {
  test("Microsoft's RRI example: RRI(96, 10000, 11000) = 0.0009933", () => {
    expect(cagr({ start: 10_000, end: 11_000, periods: 96 })).toBeCloseTo(0.0009933, 7);
  });

  test("(19,000 ÷ 10,000)^(1/3) − 1 is 23.86 % (research file §9: not ainvest.com's 16.67 %)", () => {
    expect(cagr({ start: 10_000, end: 19_000, periods: 3 })).toBeCloseTo(0.2386, 4);
  });

  test("end 0 is −100 %; start 0 is undefined; fractional periods are allowed", () => {
    expect(cagr({ start: 100, end: 0, periods: 3 })).toBe(-1);
    expect(cagr({ start: 0, end: 100, periods: 3 })).toBeNull();
    expect(cagr({ start: 100, end: 150, periods: 1.5 })).toBeCloseTo(1.5 ** (1 / 1.5) - 1, 14);
  });

  test("takes amounts as Decimals and decimal strings: Microsoft's RRI example again", () => {
    expect(cagr({ start: new Decimal("10000"), end: "11000.00", periods: 96 })).toBe(
      cagr({ start: 10_000, end: 11_000, periods: 96 }),
    );
    expect(cagr({ start: "10000", end: new Decimal(19_000), periods: 3 })).toBeCloseTo(0.2386, 4);
  });

  test("over one period it equals sales growth", () => {
    expect(cagr({ start: 6000, end: 7000, periods: 1 })).toBeCloseTo(1000 / 6000, 14);
  });

  test("survives a multiple beyond the float range when the root brings it back", () => {
    expect(cagr({ start: 1e-300, end: 1e300, periods: 600 })).toBeCloseTo(10 - 1, 10);
  });

  test.each([
    [{ start: 100, end: 110, periods: 0 }, ["periods"]],
    [{ start: 100, end: 110, periods: Infinity }, ["periods"]],
    [{ start: -100, end: 110, periods: 2 }, ["start"]],
    [{ start: 100, end: -1, periods: 2 }, ["end"]],
    [{ start: new Decimal(-100), end: 110, periods: 2 }, ["start"]],
    [{ start: 100, end: new Decimal(NaN), periods: 2 }, ["end"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("cagr", () => cagr(input as never), paths);
  });
});
