import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { annualizeChurn, churnPeriodsOptionsSchema, rateSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, rateOrAwkward } from "../_helpers/index.js";

describe("annualizeChurn", () => {
  test("is a fraction in [0, 1], rising with the rate and with the number of periods", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (rate, periods) => {
          const annual = annualizeChurn(rate, { periods });
          expect(annual >= 0 && annual <= 1).toBe(true);
          expect(annualizeChurn(rate + 0.01, { periods })).toBeGreaterThanOrEqual(annual);
          expect(annualizeChurn(rate, { periods: periods + 1 })).toBeGreaterThanOrEqual(annual);
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
      ([rate, options]) => annualizeChurn(rate as never, options as never),
      ([rate, options]) => rateSchema.safeParse(rate).success && churnPeriodsOptionsSchema.safeParse(options).success,
    );
  });
});
