import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { annualizeChurn, churnPeriodsOptionsSchema, periodicChurn, rateSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError, rateOrAwkward } from "../helpers.js";
import { CHURNKEY } from "./economicsHelpers.js";

describe("periodicChurn", () => {
  test.each(CHURNKEY)("Churnkey's table read backwards: %d a month ← %d a year", (monthly, annual) => {
    // the table's annual figures are rounded, so the monthly rate comes back to about 4 decimals
    expect(periodicChurn(annual)).toBeCloseTo(monthly, 4);
  });

  test("is not annual ÷ 12, which understates it", () => {
    expect(periodicChurn(0.5)).toBeCloseTo(1 - 0.5 ** (1 / 12), 15);
    expect(periodicChurn(0.5)).toBeGreaterThan(0.5 / 12);
  });

  test("annualize ∘ periodicChurn and periodicChurn ∘ annualize are the identity", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.25, max: 365, noNaN: true }), (rate, periods) => {
        expect(annualizeChurn(periodicChurn(rate, { periods }), { periods })).toBeCloseTo(rate, 12);
        // Going back from an annual rate within 1e-6 of 1 is ill-conditioned: (1 − rate)^periods has
        // lost the digits that would tell the periodic rates apart. Check the inverse where it has them.
        const annual = annualizeChurn(rate, { periods }) as number;
        if (annual < 1 - 1e-6) expect(periodicChurn(annual, { periods })).toBeCloseTo(rate, 9);
      }),
    );
  });

  test("ends: 0 and 1 are fixed points", () => {
    expect(Object.is(periodicChurn(0), 0)).toBe(true);
    expect(periodicChurn(1)).toBe(1);
  });

  test.each([
    [1.2, undefined, ["rate"]],
    [0.2, { periods: -12 }, ["options.periods"]],
  ])("rejects %o with options %o at %o", (rate, options, paths) => {
    expectKpiError("periodicChurn", () => periodicChurn(rate as never, options as never), paths);
  });

  test("fast check agrees with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(rateOrAwkward, fc.oneof(fc.constant(undefined), fc.record({ periods: fc.oneof(fc.double({ min: -1, max: 60 }), awkwardValue) }, { requiredKeys: [] }), awkwardValue)),
      ([rate, options]) => periodicChurn(rate as never, options as never),
      ([rate, options]) => rateSchema.safeParse(rate).success && churnPeriodsOptionsSchema.safeParse(options).success,
    );
  });
});
