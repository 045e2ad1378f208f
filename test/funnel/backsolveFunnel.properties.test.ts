import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { backsolveFunnel, backsolveFunnelInputSchema, backsolveFunnelOptionsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, rateOrAwkward } from "../_helpers/index.js";

describe("backsolveFunnel", () => {
  // Rates k/1000 keep the check in exact integers: required[i]·k/1000 ≥ required[i+1] ⇔ required[i]·k ≥ required[i+1]·1000.
  const plan = fc.record({
    target: fc.integer({ min: 0, max: 100_000 }),
    permille: fc.array(fc.integer({ min: 10, max: 1000 }), { maxLength: 5 }),
  });

  test("applying the rates forward to each stage reaches the next; one fewer at any stage falls short", () => {
    fc.assert(
      fc.property(plan, ({ target, permille }) => {
        const { required } = backsolveFunnel({ target, rates: permille.map((k) => k / 1000) });
        expect(required.at(-1)).toBe(target);
        permille.forEach((k, i) => {
          const stage = BigInt(required[i] as number);
          const next = BigInt(required[i + 1] as number) * 1000n;
          expect(stage * BigInt(k) >= next).toBe(true);
          if (stage > 0n) expect((stage - 1n) * BigInt(k) < next).toBe(true);
        });
      }),
    );
  });

  test("rounding once at the top never needs more than rounding at each stage, and no rounding needs least", () => {
    fc.assert(
      fc.property(plan, ({ target, permille }) => {
        const rates = permille.map((k) => k / 1000);
        const each = backsolveFunnel({ target, rates }).required[0] as number;
        const top = backsolveFunnel({ target, rates }, { rounding: "top" }).required[0] as number;
        const none = backsolveFunnel({ target, rates }, { rounding: "none" }).required[0] as number;
        expect(top).toBeLessThanOrEqual(each);
        expect(none).toBeLessThanOrEqual(top);
        expect(top - none).toBeLessThan(1);
      }),
    );
  });

  test("is monotone: a higher target or a lower rate never needs less", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 1, max: 100 }), ({ target, permille }, extra) => {
        const rates = permille.map((k) => k / 1000);
        const base = backsolveFunnel({ target, rates }).required;
        const more = backsolveFunnel({ target: target + extra, rates }).required;
        base.forEach((count, i) => expect(more[i]).toBeGreaterThanOrEqual(count));
      }),
    );
  });

  test("fast checks agree with the schemas", () => {
    assertAgreesWithSchema(
      fc.tuple(
        fc.record({
          target: fc.oneof(fc.nat(1000), awkwardValue),
          rates: fc.oneof(fc.array(rateOrAwkward, { maxLength: 4 }), awkwardValue),
        }),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ rounding: fc.oneof(fc.constantFrom("eachStage", "top", "none"), awkwardValue) }, { requiredKeys: [] }),
          awkwardValue,
        ),
      ),
      ([input, options]) => backsolveFunnel(input as never, options as never),
      ([input, options]) =>
        backsolveFunnelInputSchema.safeParse(input).success && backsolveFunnelOptionsSchema.safeParse(options).success,
      { isResultRangeError: (error) => error.issues[0]?.message.includes("beyond what a count can hold") === true },
    );
  });
});
