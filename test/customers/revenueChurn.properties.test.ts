import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  grossRevenueRetention,
  netRevenueRetention,
  reactivationOptionsSchema,
  revenueChurn,
  revenueChurnInputSchema,
  revenueChurnWithReactivationInputSchema,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyOrAwkward, near } from "../_helpers/index.js";

describe("revenueChurn", () => {
  test("1 − net is NRR and 1 − gross is GRR; net = gross − expansion ÷ start", () => {
    fc.assert(
      fc.property(cents(), cents(), cents(), cents(), (start, a, b, expansion) => {
        const [churned, contraction] = a + b <= start ? [a, b] : [0, 0];
        const result = revenueChurn({ startMrr: start, churned, contraction, expansion });
        if (start === 0) {
          expect(result).toBeNull();
          return;
        }
        const { gross, net } = result!;
        expect(gross >= 0 && gross <= 1).toBe(true);
        expect(net).toBeLessThanOrEqual(gross);
        expect(near(net, gross - expansion / start, 1e-9)).toBe(true);
        expect(near(1 - net, netRevenueRetention({ startMrr: start, expansion, contraction, churned }), 1e-12)).toBe(true);
        expect(near(1 - gross, grossRevenueRetention({ startMrr: start, contraction, churned }), 1e-12)).toBe(true);
      }),
    );
  });

  test("is unchanged when every amount scales (a change of currency)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.nat(1e6),
        fc.nat(1e6),
        fc.integer({ min: 2, max: 1000 }),
        (start, a, expansion, k) => {
          const churned = Math.min(a, start);
          const base = revenueChurn({ startMrr: start, churned, contraction: 0, expansion })!;
          const scaled = revenueChurn({ startMrr: start * k, churned: churned * k, contraction: 0, expansion: expansion * k })!;
          expect(near(scaled.gross, base.gross)).toBe(true);
          expect(near(scaled.net, base.net)).toBe(true);
        },
      ),
    );
  });

  test("fast checks agree with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(
          fc.record(
            {
              startMrr: moneyOrAwkward,
              churned: moneyOrAwkward,
              contraction: moneyOrAwkward,
              expansion: moneyOrAwkward,
              reactivation: moneyOrAwkward,
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ includeReactivation: fc.oneof(fc.boolean(), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([input, options]) => revenueChurn(input as never, options as never),
      ([input, options]) => {
        const parsed = reactivationOptionsSchema.safeParse(options);
        if (!parsed.success) return false;
        const schema =
          parsed.data?.includeReactivation === true ? revenueChurnWithReactivationInputSchema : revenueChurnInputSchema;
        return schema.safeParse(input).success;
      },
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
