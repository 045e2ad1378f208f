import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  businessCalendar,
  businessCalendarInputSchema,
  businessDays,
  instantSchema,
  type BusinessCalendarInput,
} from "../../src/index.js";
import { awkwardValue, catchKpiError, NEW_YORK, nineToFive } from "../_helpers/index.js";
import { monToFri, utcWeekdays } from "./businessDays.helpers.js";

const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Properties

const officeCalendar = businessCalendar({
  timeZone: NEW_YORK,
  hours: { ...monToFri, sat: [["10:00", "14:00"]] },
  holidays: ["2024-01-01", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25", "2025-12-25"],
});
const calendars = [utcWeekdays, officeCalendar, businessCalendar({ timeZone: "Asia/Kolkata", hours: { sun: nineToFive } })];
const dayIndex = fc.integer({ min: 0, max: 4 * 365 });
const dateOf = (index: number) => new Date(Date.UTC(2023, 0, 1) + index * DAY).toISOString().slice(0, 10);

/** Business days by walking the dates one by one. */
function walk(from: number, to: number, calendar: BusinessCalendarInput): number {
  const names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
  let count = 0;
  for (let i = from; i <= to; i++) {
    const date = new Date(Date.UTC(2023, 0, 1) + i * DAY);
    const hours = calendar.hours[names[date.getUTCDay()] as (typeof names)[number]] ?? [];
    if (hours.length > 0 && !(calendar.holidays ?? []).includes(date.toISOString().slice(0, 10))) count++;
  }
  return count;
}

describe("laws", () => {
  test("equals counting the dates one by one", () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendars), dayIndex, dayIndex, (calendar, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(businessDays(dateOf(a), dateOf(b), calendar)).toBe(walk(a, b, calendar));
      }),
      { numRuns: 500 },
    );
  });

  test("additive over adjacent ranges: days(a, b) + days(b + 1, c) = days(a, c)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendars), dayIndex, dayIndex, dayIndex, (calendar, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        fc.pre(b < c);
        expect(businessDays(dateOf(a), dateOf(b), calendar) + businessDays(dateOf(b + 1), dateOf(c), calendar)).toBe(
          businessDays(dateOf(a), dateOf(c), calendar),
        );
      }),
      { numRuns: 500 },
    );
  });

  test("reversing two different dates negates the count; bounded by the number of dates", () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendars), dayIndex, dayIndex, (calendar, a, b) => {
        const forward = businessDays(dateOf(a), dateOf(b), calendar);
        const backward = businessDays(dateOf(b), dateOf(a), calendar);
        // One date is its own reverse: a business day to itself is 1 both ways.
        expect(backward).toBe(a === b || forward === 0 ? forward : -forward);
        expect(Math.abs(forward)).toBeLessThanOrEqual(Math.abs(b - a) + 1);
      }),
    );
  });

  test("a Date, an ISO string with an offset and epoch ms of the same instant give the same count", () => {
    const instant = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, (calendar, a, b) => {
        const expected = businessDays(a, b, calendar);
        expect(businessDays(new Date(a), new Date(b).toISOString(), calendar)).toBe(expected);
        expect(businessDays(new Date(a - 5 * 3_600_000).toISOString().replace("Z", "-05:00"), b, calendar)).toBe(expected);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input", () => {
  test("accepts exactly what the schemas accept", () => {
    const value = fc.oneof(
      fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }),
      fc.constantFrom("2024-06-03", "2024-06-03T25:00"),
      awkwardValue,
    );
    const calendar = fc.constantFrom<unknown>(
      utcWeekdays,
      { hours: monToFri },
      { hours: { mon: [] }, holidays: ["2024-02-30"] },
      null,
    );
    fc.assert(
      fc.property(value, value, calendar, (start, end, cal) => {
        const accepted =
          instantSchema.safeParse(start).success &&
          instantSchema.safeParse(end).success &&
          businessCalendarInputSchema.safeParse(cal).success;
        if (accepted) expect(Number.isInteger(businessDays(start as never, end as never, cal as never))).toBe(true);
        else catchKpiError(() => businessDays(start as never, end as never, cal as never));
      }),
      { numRuns: 1000 },
    );
  });
});
