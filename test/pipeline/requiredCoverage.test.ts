import { describe, expect, test } from "vitest";
import { requiredCoverage } from "../../src/index.js";

describe("requiredCoverage", () => {
  test("prowi: a 25 % win rate needs 4× coverage; winsabove: 22 % needs 4.5×", () => {
    expect(requiredCoverage({ winRate: 0.25 })).toBe(4);
    expect(requiredCoverage({ winRate: 0.22 })).toBeCloseTo(4.545, 3);
  });

  test("a win rate of 0 needs more pipeline than any: null", () => {
    expect(requiredCoverage({ winRate: 0 })).toBeNull();
    expect(requiredCoverage({ winRate: 5e-324 })).toBeNull();
  });
});
