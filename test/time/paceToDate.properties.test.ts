import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  businessDays,
  pace,
  paceToDate,
  paceToDateInputSchemaFor,
  paceToDateOptionsSchema,
  type PaceToDateOptions,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue } from "../_helpers/index.js";
import { monToFri, everyDay, newYork } from "./paceToDate.helpers.js";

const DAY = 86_400_000;

describe("counting business days", () => {
  test("is pace over businessDays from periodStart through asOf and through periodEnd", () => {
    const dayIndex = fc.integer({ min: 0, max: 3 * 365 });
    const dateOf = (i: number) => new Date(Date.UTC(2023, 0, 1) + i * DAY).toISOString().slice(0, 10);
    fc.assert(
      fc.property(dayIndex, dayIndex, dayIndex, fc.nat(1e6), fc.nat(1e6), (x, y, z, actual, target) => {
        const [start, asOf, end] = [x, y, z].sort((a, b) => a - b).map(dateOf) as [string, string, string];
        const total = businessDays(start, end, newYork);
        fc.pre(total > 0);
        const expected = pace({ actual, target, elapsed: businessDays(start, asOf, newYork), total });
        expect(paceToDate({ actual, target, periodStart: start, periodEnd: end, asOf }, { calendar: newYork })).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("bad input", () => {
  test("fast checks agree with the schemas", () => {
    const epoch = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 2, 31) });
    const date = fc.oneof(
      { weight: 3, arbitrary: epoch },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString().slice(0, 10)) },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString()) },
      { weight: 1, arbitrary: epoch.map((t) => new Date(t)) },
      { weight: 1, arbitrary: awkwardValue },
    );
    const amount = fc.oneof(
      fc.double({ min: -10, max: 1e6, noNaN: true }),
      fc.constantFrom<unknown>("12.50", "-1"),
      awkwardValue,
    );
    const options = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom<unknown>(
          { calendar: newYork },
          { calendar: everyDay },
          { calendar: { timeZone: "Asia/Tokyo", hours: monToFri } },
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom<unknown>({ calendar: { hours: { mon: "all day" } } }, {}, undefined) },
      { weight: 1, arbitrary: awkwardValue },
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof(
          { weight: 8, arbitrary: fc.record({ actual: amount, target: amount, periodStart: date, periodEnd: date, asOf: date }) },
          { weight: 1, arbitrary: awkwardValue },
        ),
        options,
      ),
      ([value, opts]) => paceToDate(value as never, opts as never),
      ([value, opts]) =>
        paceToDateOptionsSchema.safeParse(opts).success &&
        paceToDateInputSchemaFor(opts as PaceToDateOptions).safeParse(value).success,
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
