import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { annualizeChurn, churnPeriodsOptionsSchema, periodicChurn, rateSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, rateOrAwkward } from "../_helpers/index.js";

describe("periodicChurn", () => {
  test("annualize ∘ periodicChurn and periodicChurn ∘ annualize are the identity", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.25, max: 365, noNaN: true }),
        (rate, periods) => {
          expect(annualizeChurn(periodicChurn(rate, { periods }), { periods })).toBeCloseTo(rate, 12);
          // Going back from an annual rate within 1e-6 of 1 is ill-conditioned: (1 − rate)^periods has
          // lost the digits that would tell the periodic rates apart. Check the inverse where it has them.
          const annual = annualizeChurn(rate, { periods }) as number;
          if (annual < 1 - 1e-6) expect(periodicChurn(annual, { periods })).toBeCloseTo(rate, 9);
        },
      ),
    );
  });

  test("fast check agrees with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        rateOrAwkward,
        fc.oneof(
          fc.constant(undefined),
          fc.record({ periods: fc.oneof(fc.double({ min: -1, max: 60 }), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([rate, options]) => periodicChurn(rate as never, options as never),
      ([rate, options]) => rateSchema.safeParse(rate).success && churnPeriodsOptionsSchema.safeParse(options).success,
    );
  });
});
