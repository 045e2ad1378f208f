import { describe, expect, test } from "vitest";
import { revenuePerRep } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("revenuePerRep", () => {
  test("revenue.io: $2,000,000 from 10 full-time quota-carrying reps → $200,000", () => {
    // https://www.revenue.io/inside-sales-glossary/what-is-revenue-per-rep
    expect(revenuePerRep({ revenue: 2_000_000, reps: 10 })).toBe(200_000);
  });

  test("petavue: $900K of new ARR from 6 ramped reps → $150K; fractional ramped-equivalent reps allowed", () => {
    expect(revenuePerRep({ revenue: 900_000, reps: 6 })).toBe(150_000);
    expect(revenuePerRep({ revenue: 900_000, reps: 7.5 })).toBe(120_000);
  });

  test("the capacity sum of getfairview: $20M ÷ ($700K × 65 % attainment) = 43.96 reps", () => {
    const perRep = revenuePerRep({ revenue: 700_000 * 0.65, reps: 1 }) as number;
    expect(20_000_000 / perRep).toBeCloseTo(43.96, 2);
  });

  test("no rep is undefined", () => {
    expect(revenuePerRep({ revenue: 1000, reps: 0 })).toBeNull();
  });

  test.each([
    [{ revenue: 100, reps: -1 }, ["reps"]],
    [{ revenue: 100, reps: Infinity }, ["reps"]],
    [{ revenue: 100, reps: "10" }, ["reps"]],
    [{ revenue: -100, reps: 1 }, ["revenue"]],
    [0, ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("revenuePerRep", () => revenuePerRep(input as never), paths);
  });

  test("rejects a result beyond the float range", () => {
    expectKpiError("revenuePerRep", () => revenuePerRep({ revenue: 1e300, reps: 1e-300 }), ["reps"]);
  });
});
