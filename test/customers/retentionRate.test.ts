import { describe, expect, test } from "vitest";
import { retentionRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("retentionRate", () => {
  test("HubSpot's (E − N) ÷ S: 100 at the start, 105 at the end with 15 new → 0.9", () => {
    // https://www.hubspot.com/glossary/retention-rate gives the formula; the numbers are ours
    expect(retentionRate({ start: 100, end: 105, acquired: 15 })).toBe(0.9);
  });

  test("churnmiser: Q1 starts with 2,000, loses 300 and wins none → retention 85 %", () => {
    expect(retentionRate({ start: 2000, end: 1700, acquired: 0 })).toBe(0.85);
  });

  test("no starting customer is undefined; everyone kept is 1, everyone lost 0", () => {
    expect(retentionRate({ start: 0, end: 5, acquired: 5 })).toBeNull();
    expect(retentionRate({ start: 40, end: 40, acquired: 0 })).toBe(1);
    expect(retentionRate({ start: 40, end: 7, acquired: 7 })).toBe(0);
  });

  test.each([
    [{ start: 100, end: 90, acquired: 120 }, ["acquired"]],
    [{ start: 100, end: 150, acquired: 20 }, ["end"]],
    [{ start: -1, end: 90, acquired: 0 }, ["start"]],
    [{ start: 100, end: 90 }, ["acquired"]],
    ["100", ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("retentionRate", () => retentionRate(input as never), paths);
  });

  test("explains the cross-field rules", () => {
    expect(
      expectKpiError("retentionRate", () => retentionRate({ start: 100, end: 90, acquired: 120 }), ["acquired"]).message,
    ).toBe("retentionRate: acquired must not exceed end, 90 (got 120)");
    expect(expectKpiError("retentionRate", () => retentionRate({ start: 100, end: 150, acquired: 20 }), ["end"]).message).toBe(
      "retentionRate: end must not exceed start + acquired, 120 (got 150)",
    );
  });
});
