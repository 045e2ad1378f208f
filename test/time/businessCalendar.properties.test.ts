import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { businessCalendar, businessCalendarInputSchema, KpiInputError, WEEKDAYS } from "../../src/index.js";
import { awkwardValue } from "../_helpers/index.js";

// Inputs near the valid ones: mostly well-formed calendars with a chance of a bad field anywhere.
const time: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 59))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
  },
  { weight: 1, arbitrary: fc.constantFrom("9:00", "24:01", "12:60", "1200", "", 900, null) },
);
const range: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(time, time) },
  { weight: 1, arbitrary: fc.oneof(fc.tuple(time), fc.tuple(time, time, time), awkwardValue) },
);
const dayHours: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(range, { maxLength: 3 }).map((ranges) => ranges.sort((a, b) => (String(a) < String(b) ? -1 : 1))),
  },
  { weight: 2, arbitrary: fc.array(range, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, "09:00-17:00") },
);
const hours: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record(Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours])), { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom({ monday: [] }, [], null, "mon-fri") },
);
const holiday: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^20\d\d-[01]\d-[0-3]\d$/) },
  { weight: 1, arbitrary: awkwardValue },
);
const calendarInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        timeZone: fc.constantFrom("UTC", "America/New_York", "Europe/Berlin", "Nowhere/City", "", 3, null, undefined),
        hours,
        holidays: fc.oneof(fc.array(holiday, { maxLength: 4 }), fc.constantFrom(undefined, null, "2024-01-01")),
        extra: fc.anything(),
      },
      { requiredKeys: ["hours"] },
    ),
  },
  { weight: 1, arbitrary: awkwardValue },
);

describe("the fast checks agree with the schema", () => {
  test("businessCalendar throws a KpiInputError exactly when businessCalendarInputSchema rejects", () => {
    fc.assert(
      fc.property(calendarInput, (input) => {
        let rejected = false;
        try {
          businessCalendar(input as never);
        } catch (error) {
          if (!(error instanceof KpiInputError)) throw error;
          rejected = true;
        }
        expect(rejected).toBe(!businessCalendarInputSchema.safeParse(input).success);
      }),
      { numRuns: 2000 },
    );
  });
});
