import { describe, expect, test } from "vitest";
import { averageDealSize } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("averageDealSize", () => {
  test("petavue: 10 deals worth $250,000 → $25,000", () => {
    // https://www.petavue.com/glossary/average-deal-size
    expect(averageDealSize({ revenue: 250_000, deals: 10 })).toBe(25_000);
  });

  test("mymarketingdeal $100,000 / 20 = $5,000; firstsales $750,000 / 25 = $30,000", () => {
    expect(averageDealSize({ revenue: 100_000, deals: 20 })).toBe(5000);
    expect(averageDealSize({ revenue: "750000", deals: 25 })).toBe(30_000);
  });

  test("no deal won is undefined", () => {
    expect(averageDealSize({ revenue: 0, deals: 0 })).toBeNull();
  });

  test.each([
    [{ revenue: -5, deals: 1 }, ["revenue"]],
    [{ revenue: 5, deals: -1 }, ["deals"]],
    [[], ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("averageDealSize", () => averageDealSize(input as never), paths);
  });
});
