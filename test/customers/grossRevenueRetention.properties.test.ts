import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { grossRevenueRetention, grossRevenueRetentionInputSchema, netRevenueRetention } from "../../src/index.js";
import { assertAgreesWithSchema, cents, moneyOrAwkward, near } from "../_helpers/index.js";

describe("grossRevenueRetention", () => {
  test("lies in [0, 1], never exceeds NRR, and NRR − GRR = expansion ÷ start", () => {
    fc.assert(
      fc.property(cents(), cents(), cents(), cents(), (start, a, b, expansion) => {
        const [churned, contraction] = a + b <= start ? [a, b] : [Math.min(a, start), 0];
        const grr = grossRevenueRetention({ startMrr: start, contraction, churned });
        const nrr = netRevenueRetention({ startMrr: start, expansion, contraction, churned });
        if (start === 0) {
          expect(grr).toBeNull();
          expect(nrr).toBeNull();
          return;
        }
        expect(grr! >= 0 && grr! <= 1).toBe(true);
        expect(nrr!).toBeGreaterThanOrEqual(grr!);
        expect(near(nrr! - grr!, expansion / start, 1e-9)).toBe(true);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(
        fc.record({ startMrr: moneyOrAwkward, contraction: moneyOrAwkward, churned: moneyOrAwkward }, { requiredKeys: [] }),
        fc.anything(),
      ),
      (input) => grossRevenueRetention(input as never),
      (input) => grossRevenueRetentionInputSchema.safeParse(input).success,
      { numRuns: 2000 },
    );
  });
});
