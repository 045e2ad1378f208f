import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { businessCalendar, businessCalendarInputSchema, businessMinutes, instantSchema, KpiInputError } from "../../src/index.js";
import { dateFnsBusinessMinutes } from "../_helpers/businessMinutesReference.mjs";
import {
  allDay,
  awkwardValue,
  BERLIN,
  everyDay,
  NEW_YORK,
  nineToFive,
  US_HOLIDAYS_2024,
  weekdays,
  withLunch,
} from "../_helpers/index.js";
import { roundTheClock, unusualZoneWindows as windows } from "./businessMinutes.helpers.js";

// ---------------------------------------------------------------------------------------------
// Properties

const officeCalendar = businessCalendar({
  timeZone: NEW_YORK,
  hours: { ...weekdays(withLunch), sat: [["10:00", "14:00"]] },
  holidays: US_HOLIDAYS_2024,
});
const supportDesk = businessCalendar({
  timeZone: BERLIN,
  hours: {
    ...weekdays([
      ["00:00", "06:00"],
      ["22:00", "24:00"],
    ]),
    sun: allDay,
  },
});
const calendars = [officeCalendar, supportDesk, roundTheClock];

/** Instants in 2023–2025, to the millisecond. */
const instant = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) });

describe("laws", () => {
  test("additivity: a → c = a → b + b → c, whatever the order of a, b, c", () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, instant, (calendar, a, b, c) => {
        const whole = businessMinutes(a, c, calendar);
        const parts = businessMinutes(a, b, calendar) + businessMinutes(b, c, calendar);
        expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 3000 },
    );
  });

  test("0 ≤ business time ≤ wall time for start ≤ end; around the clock it is the wall time", () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, (calendar, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const minutes = businessMinutes(a, b, calendar);
        expect(minutes).toBeGreaterThanOrEqual(0);
        expect(minutes).toBeLessThanOrEqual((b - a) / 60_000);
        expect(businessMinutes(b, a, calendar)).toBe(minutes === 0 ? 0 : -minutes);
        if (calendar === roundTheClock) expect(minutes).toBe((b - a) / 60_000);
      }),
      { numRuns: 3000 },
    );
  });

  test("0 for any interval inside closed hours: nights, weekends, lunch breaks, holidays", () => {
    const closedWindows = [
      ["00:00", "09:00"],
      ["12:00", "13:00"],
      ["17:00", "24:00"],
    ] as const;
    const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    const clock = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.floor(minutes % 60)).padStart(2, "0")}`;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.constantFrom(...closedWindows),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (dayIndex, [from, to], x, y) => {
          const date = new Date(Date.UTC(2023, 0, 1) + dayIndex * 86_400_000);
          const day = date.toISOString().slice(0, 10);
          const weekday = date.getUTCDay(); // 0 = Sunday
          const closedAllDay = weekday === 0 || US_HOLIDAYS_2024.includes(day);
          const [low, high] = closedAllDay ? [0, 24 * 60] : [minutesOf(from), minutesOf(to)];
          // Saturday is open 10:00–14:00: keep to its closed morning.
          const top = weekday === 6 && !closedAllDay ? Math.min(high, 10 * 60) : high;
          if (top <= low) return;
          const a = low + Math.min(x, y) * (top - low);
          const b = low + Math.max(x, y) * (top - low);
          const text = (minutes: number) => (minutes >= 24 * 60 ? `${day}T23:59:59` : `${day}T${clock(minutes)}`);
          expect(businessMinutes(text(a), text(b), officeCalendar)).toBe(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("the same instant as a Date, an ISO string with any offset, or epoch ms gives the same result", () => {
    const withOffset = (t: number, offsetMinutes: number) => {
      const local = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const sign = offsetMinutes < 0 ? "-" : "+";
      const size = Math.abs(offsetMinutes);
      return `${local}${sign}${String(Math.floor(size / 60)).padStart(2, "0")}:${String(size % 60).padStart(2, "0")}`;
    };
    const offset = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, offset, offset, (calendar, a, b, oa, ob) => {
        const expected = businessMinutes(a, b, calendar);
        expect(businessMinutes(new Date(a), new Date(b), calendar)).toBe(expected);
        expect(businessMinutes(withOffset(a, oa), withOffset(b, ob), calendar)).toBe(expected);
        expect(businessMinutes(new Date(a).toISOString(), b, calendar)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test("a calendar's cache changes no result: a fresh calendar agrees with a well-used one", () => {
    const spec = {
      timeZone: NEW_YORK,
      hours: { ...weekdays(withLunch), sat: [["10:00", "14:00"]] },
      holidays: US_HOLIDAYS_2024,
    } as const;
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(businessMinutes(a, b, businessCalendar(spec))).toBe(businessMinutes(a, b, officeCalendar));
      }),
      { numRuns: 200 },
    );
  });
});

describe("agreement with a straightforward date-fns + @date-fns/tz implementation", () => {
  // Opening and closing times none of which the clocks skip or repeat, so wall time → instant is unambiguous.
  const cases = [
    { zone: NEW_YORK, calendar: officeCalendar, change: Date.UTC(2024, 2, 10, 7) },
    { zone: NEW_YORK, calendar: officeCalendar, change: Date.UTC(2024, 10, 3, 6) },
    { zone: BERLIN, calendar: supportDesk, change: Date.UTC(2024, 2, 31, 1) },
    { zone: BERLIN, calendar: supportDesk, change: Date.UTC(2024, 9, 27, 1) },
  ];
  test.each(cases)("$zone around $change", ({ calendar, change }) => {
    const near = fc.integer({ min: change - 10 * 86_400_000, max: change + 10 * 86_400_000 });
    fc.assert(
      fc.property(near, near, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(businessMinutes(a, b, calendar)).toBe(dateFnsBusinessMinutes(a, b, calendar));
      }),
      { numRuns: 150 },
    );
  });
});

describe("zones with unusual changes", () => {
  test.each(windows)("$zone: open around the clock, business time is wall time", ({ zone, from, to }) => {
    const calendar = businessCalendar({ timeZone: zone, hours: everyDay(allDay) });
    const span = fc.integer({ min: Date.parse(`${from}T00:00:00Z`), max: Date.parse(`${to}T00:00:00Z`) });
    fc.assert(
      fc.property(span, span, (a, b) => {
        expect(businessMinutes(new Date(a), new Date(b), calendar)).toBe((b - a) / 60_000);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input is a KpiInputError naming the argument", () => {
  const calendar = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });

  const isoLike = fc.oneof(
    fc.stringMatching(/^20\d\d-[01]\d-[0-3]\d([T ][0-2]\d:[0-6]\d(:[0-6]\d)?([Zz]|[+-][0-2]\d:?[0-6]\d)?)?$/),
    fc.integer({ min: -1e13, max: 1e13 }).map((t) => new Date(t).toISOString()),
  );
  const instantOrAwkward = fc.oneof(
    awkwardValue,
    isoLike,
    fc.date({ noInvalidDate: false }),
    fc.integer({ min: -1e13, max: 1e13 }),
  );

  test("the fast checks agree with the schemas: it throws exactly when a schema rejects an argument", () => {
    fc.assert(
      fc.property(instantOrAwkward, instantOrAwkward, (start, end) => {
        let rejected = false;
        try {
          const minutes = businessMinutes(start as never, end as never, calendar);
          expect(Number.isFinite(minutes) && !Object.is(minutes, -0)).toBe(true);
        } catch (error) {
          if (!(error instanceof KpiInputError)) throw error;
          rejected = true;
        }
        expect(rejected).toBe(!(instantSchema.safeParse(start).success && instantSchema.safeParse(end).success));
      }),
      { numRuns: 3000 },
    );
  });

  test("and on calendars", () => {
    const calendarLike = fc.oneof(
      awkwardValue,
      fc.record(
        {
          timeZone: fc.constantFrom(undefined, "UTC", "Nowhere", 1),
          hours: fc.oneof(
            fc.constant({ mon: [["09:00", "17:00"]] }),
            fc.constant({ mon: [["17:00", "09:00"]] }),
            fc.constant({
              mon: [
                ["09:00", "12:00"],
                ["12:00", "17:00"],
              ],
            }),
            fc.constant({ funday: [] }),
            awkwardValue,
          ),
          holidays: fc.oneof(
            fc.constant(undefined),
            fc.array(fc.constantFrom("2024-01-01", "2024-02-31", 20240101), { maxLength: 2 }),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(calendarLike, (value) => {
        let rejected = false;
        try {
          businessMinutes("2024-01-01", "2024-01-02", value as never);
        } catch (error) {
          if (!(error instanceof KpiInputError)) throw error;
          rejected = true;
        }
        expect(rejected).toBe(!businessCalendarInputSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });
});
