import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  quotaAttainment,
  quotaAttainmentToDate,
  targetAttainmentByRep,
  targetAttainmentByRepInputSchema,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, cents, moneyOrAwkward } from "../_helpers/index.js";

describe("targetAttainmentByRep", () => {
  test("agrees with quotaAttainment per rep and quotaAttainmentToDate for the team", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), cents(1e6)), { maxLength: 60 }),
        fc.array(cents(1e7), { minLength: 5, maxLength: 5 }),
        (rows, quotas) => {
          const reps = ["a", "b", "c", "d", "e"];
          const result = targetAttainmentByRep({
            sales: rows.map(([r, amount]) => ({ rep: reps[r]!, amount })),
            targets: reps.map((rep, i) => ({ rep, target: quotas[i]! })),
          });
          const periods = result.reps.map(({ actual, target }) => ({ actual, quota: target }));
          result.reps.forEach((rep, i) => expect(rep.attainment).toBe(quotaAttainment(periods[i]!)));
          expect(result.team.attainment).toBe(quotaAttainmentToDate(periods));
        },
      ),
    );
  });

  test("splitting the sales into two batches gives the same per-rep totals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("x", "y"), fc.integer({ min: 0, max: 1e6 })), { maxLength: 40 }),
        fc.nat(40),
        (rows, cut) => {
          const sales = rows.map(([rep, amount]) => ({ rep, amount }));
          const targets = [
            { rep: "x", target: 1 },
            { rep: "y", target: 1 },
          ];
          const whole = targetAttainmentByRep({ sales, targets }).reps.map((r) => r.actual);
          const first = targetAttainmentByRep({ sales: sales.slice(0, cut), targets }).reps.map((r) => r.actual);
          const second = targetAttainmentByRep({ sales: sales.slice(cut), targets }).reps.map((r) => r.actual);
          expect(whole).toEqual([first[0]! + second[0]!, first[1]! + second[1]!]);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    const rep = fc.oneof({ weight: 5, arbitrary: fc.constantFrom("a", "b", "c") }, { weight: 1, arbitrary: awkwardValue });
    assertAgreesWithSchema(
      fc.oneof(
        fc.record(
          {
            sales: fc.oneof(
              fc.array(fc.oneof(fc.record({ rep, amount: moneyOrAwkward }, { requiredKeys: [] }), awkwardValue), {
                maxLength: 6,
              }),
              awkwardValue,
            ),
            targets: fc.oneof(
              fc.array(fc.oneof(fc.record({ rep, target: moneyOrAwkward }, { requiredKeys: [] }), awkwardValue), {
                maxLength: 4,
              }),
              awkwardValue,
            ),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      (input) => targetAttainmentByRep(input as never),
      (input) => targetAttainmentByRepInputSchema.safeParse(input).success,
      { numRuns: 3000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
