import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  quickRatio,
  quickRatioInputSchema,
  quickRatioWithReactivationInputSchema,
  reactivationOptionsSchema,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyOrAwkward, near } from "../_helpers/index.js";

describe("quickRatio", () => {
  test("is ≥ 0, scale-invariant, rises with gains and falls with losses; reactivation only adds", () => {
    fc.assert(
      fc.property(cents(), cents(), cents(), cents(), cents(), (newMrr, expansion, contraction, churned, reactivation) => {
        const input = { newMrr, expansion, contraction, churned, reactivation };
        const q = quickRatio(input);
        if (contraction + churned === 0) {
          expect(q).toBeNull();
          return;
        }
        expect(q!).toBeGreaterThanOrEqual(0);
        expect(quickRatio(input, { includeReactivation: true })!).toBeGreaterThanOrEqual(q!);
        expect(quickRatio({ ...input, newMrr: newMrr + 1 })!).toBeGreaterThan(q!);
        expect(quickRatio({ ...input, churned: churned + 1 })!).toBeLessThanOrEqual(q!);
        expect(
          near(
            quickRatio({ newMrr: newMrr * 3, expansion: expansion * 3, contraction: contraction * 3, churned: churned * 3 }),
            q,
            1e-12,
          ),
        ).toBe(true);
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(
          fc.record(
            {
              newMrr: moneyOrAwkward,
              expansion: moneyOrAwkward,
              contraction: moneyOrAwkward,
              churned: moneyOrAwkward,
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
      ([input, options]) => quickRatio(input as never, options as never),
      ([input, options]) => {
        const parsed = reactivationOptionsSchema.safeParse(options);
        if (!parsed.success) return false;
        const schema = parsed.data?.includeReactivation === true ? quickRatioWithReactivationInputSchema : quickRatioInputSchema;
        return schema.safeParse(input).success;
      },
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
