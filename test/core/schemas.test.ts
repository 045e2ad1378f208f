import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { toJSONSchema } from "zod/v4/core";
import { countSchema, rateSchema } from "../../src/index.js";
import { isCount, isPositiveRate, isRate } from "../../src/_internal/checks.js";
import { isMoney, moneyToNumber } from "../../src/_internal/money.js";

describe("count", () => {
  test("accepts non-negative safe integers, including -0, and nothing else", () => {
    for (const ok of [0, -0, 1, 2 ** 53 - 1]) expect(isCount(ok)).toBe(true);
    for (const bad of [-1, 0.5, 2 ** 53, NaN, Infinity, "1", null, undefined, 1n]) expect(isCount(bad)).toBe(false);
  });
});

describe("rate", () => {
  test("accepts [0, 1]; positive rates exclude 0", () => {
    expect([0, 0.5, 1].map(isRate)).toEqual([true, true, true]);
    expect([-0.01, 1.01, NaN, "0.5"].map(isRate)).toEqual([false, false, false, false]);
    expect([0, 1e-9, 1].map(isPositiveRate)).toEqual([false, true, true]);
  });
});

describe("money", () => {
  test("accepts finite numbers, decimal strings and finite Decimals", () => {
    for (const ok of [0, -12.5, "1234.56", "-0.5", ".5", "1e3", new Decimal("0.1")]) expect(isMoney(ok)).toBe(true);
    for (const bad of [NaN, Infinity, "1,234.56", " 12", "", "abc", "1e999", new Decimal(NaN), null, {}]) {
      expect(isMoney(bad)).toBe(false);
    }
  });

  test("converts each form to a number", () => {
    expect(moneyToNumber("1234.56")).toBe(1234.56);
    expect(moneyToNumber(new Decimal("0.1"))).toBe(0.1);
    expect(moneyToNumber(-3)).toBe(-3);
  });
});

describe("JSON Schema", () => {
  test("counts and rates translate to JSON Schema for callers validating upstream", () => {
    expect(toJSONSchema(countSchema)).toMatchObject({ type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    expect(toJSONSchema(rateSchema)).toMatchObject({ type: "number", minimum: 0, maximum: 1 });
  });
});
