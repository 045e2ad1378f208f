import { describe, expect, test } from "vitest";
import { MAX_PLAN_PERIODS, requiredNewCustomers } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("requiredNewCustomers", () => {
  test("grow 1,000 customers by 120 % in 12 months while losing 0.05 % a month: 101 a month (issue #2 seed)", () => {
    expect(requiredNewCustomers({ current: 1000, target: 2200, periods: 12, churnRate: 0.0005 })).toBe(101);
  });

  test("without churn it is (target − current) ÷ periods, rounded up", () => {
    expect(requiredNewCustomers({ current: 100, target: 160, periods: 6, churnRate: 0 })).toBe(10);
    expect(requiredNewCustomers({ current: 100, target: 161, periods: 6, churnRate: 0 })).toBe(11);
  });

  test("a base that already meets the target needs no one", () => {
    expect(requiredNewCustomers({ current: 500, target: 400, periods: 3, churnRate: 0.01 })).toBe(0);
    expect(requiredNewCustomers({ current: 500, target: 500, periods: 3, churnRate: 0 })).toBe(0);
  });

  test("losing everyone each period means winning the whole target in the last one", () => {
    expect(requiredNewCustomers({ current: 300, target: 250, periods: 4, churnRate: 1 })).toBe(250);
  });

  test("is exact where the answer is a whole number: no float artefact adds one", () => {
    // 1 period, churn 0.3: n = target − current·0.7; 100·0.7 is 70 exactly, so 30 — not 31.
    expect(requiredNewCustomers({ current: 100, target: 100, periods: 1, churnRate: 0.3 })).toBe(30);
  });

  test("handles the longest horizon", () => {
    expect(requiredNewCustomers({ current: 0, target: 1000, periods: MAX_PLAN_PERIODS, churnRate: 0.0001 })).toBeGreaterThan(0);
  });

  test.each([
    [{ current: 1, target: 2, periods: 0, churnRate: 0 }, ["periods"]],
    [{ current: 1, target: 2, periods: MAX_PLAN_PERIODS + 1, churnRate: 0 }, ["periods"]],
    [{ current: 1, target: 2, periods: 3, churnRate: 1.5 }, ["churnRate"]],
    [{ current: -1, target: 2, periods: 3, churnRate: 0 }, ["current"]],
    [{ current: 1, target: 2.5, periods: 3, churnRate: 0 }, ["target"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("requiredNewCustomers", () => requiredNewCustomers(input as never), paths);
  });
});

describe("requiredNewCustomers without an input object", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 100, "100 customers"]) {
      expectKpiError("requiredNewCustomers", () => requiredNewCustomers(input as never), ["input"]);
    }
  });
});
