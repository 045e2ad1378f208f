import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { mrrMovements, mrrSnapshotsSchema } from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";

describe("mrrMovements", () => {
  const snapshots = fc
    .uniqueArray(
      fc.record({ customerId: fc.nat(12), month: fc.integer({ min: 0, max: 11 }), cents: fc.integer({ min: 0, max: 100_000 }) }),
      { selector: (s) => `${s.customerId}@${s.month}`, maxLength: 80 },
    )
    .map((rows) =>
      rows.map((r) => ({ customerId: r.customerId, period: `2024-${String(r.month + 1).padStart(2, "0")}`, mrr: r.cents / 100 })),
    );

  test("every period bridges: start + newMrr + expansion + reactivation − contraction − churned = end", () => {
    fc.assert(
      fc.property(snapshots, (rows) => {
        const { periods } = mrrMovements(rows);
        periods.forEach((p, i) => {
          const cents = (x: number) => Math.round(x * 100);
          expect(
            cents(p.startMrr) +
              cents(p.newMrr) +
              cents(p.expansion) +
              cents(p.reactivation) -
              cents(p.contraction) -
              cents(p.churned),
          ).toBe(cents(p.endMrr));
          if (i > 0) expect(p.startMrr).toBe(periods[i - 1]!.endMrr);
        });
      }),
    );
  });

  test("movements add up to the period totals, and row order does not matter", () => {
    fc.assert(
      fc.property(snapshots, (rows) => {
        const { periods, movements } = mrrMovements(rows);
        for (const p of periods) {
          for (const [type, field] of [
            ["new", "newMrr"],
            ["expansion", "expansion"],
            ["contraction", "contraction"],
            ["churned", "churned"],
            ["reactivation", "reactivation"],
          ] as const) {
            const sum = movements
              .filter((m) => m.period === p.period && m.type === type)
              .reduce((s, m) => s + Math.round(m.amount * 100), 0);
            expect(sum).toBe(Math.round(p[field] * 100));
          }
        }
        expect(mrrMovements([...rows].reverse()).periods).toEqual(periods);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const row = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          customerId: fc.oneof(fc.nat(2), awkwardValue),
          period: fc.oneof(fc.constantFrom("2024-01", "2024-02", "2024-Q1", "2024-13"), awkwardValue),
          mrr: fc.oneof(fc.double({ min: -5, max: 100 }), awkwardValue),
        }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.oneof(fc.array(row, { maxLength: 4 }), awkwardValue),
      (rows) => mrrMovements(rows as never),
      (rows) => mrrSnapshotsSchema.safeParse(rows).success,
      { numRuns: 800 },
    );
  });
});
