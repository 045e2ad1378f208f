import { describe, expect, test } from "vitest";
import { businessCalendar, businessMinutes, type BusinessCalendarInput } from "../../src/index.js";
import {
  allDay,
  BERLIN,
  everyDay,
  expectKpiError,
  NEW_YORK,
  nineToFive,
  US_HOLIDAYS_2024,
  weekdays,
  withLunch,
} from "../_helpers/index.js";
import { roundTheClock, unusualZoneWindows as windows } from "./businessMinutes.helpers.js";

const HOUR = 60; // minutes

describe("published worked examples", () => {
  // snowdaycalculatornow business-hours examples (calculator7.snowdaycalculatornow.com/?p=4378),
  // via shared/research/kpi-definitions.md §3: Mon–Fri 09:00–17:00.
  // 2024-06-04 is a Tuesday, 2024-06-07 a Friday, 2024-06-08 a Saturday.
  test.each([NEW_YORK, BERLIN, "UTC"])("Mon–Fri 9–17 in %s", (timeZone) => {
    const calendar = businessCalendar({ timeZone, hours: weekdays(nineToFive) });
    expect(businessMinutes("2024-06-04T10:00", "2024-06-04T12:30", calendar)).toBe(150); // 2h 30m
    expect(businessMinutes("2024-06-07T16:30", "2024-06-10T09:30", calendar)).toBe(60); // 30m Fri + 30m Mon
    expect(businessMinutes("2024-06-08T11:00", "2024-06-10T10:00", calendar)).toBe(60);
  });

  test("the lead response example of metrickittools: 10:00 → 10:30 is 30 minutes", () => {
    // https://metrickittools.com/glossary/lead-response-time, via shared/research/kpi-definitions.md §3.
    const calendar = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });
    expect(businessMinutes("2024-06-05T10:00", "2024-06-05T10:30", calendar)).toBe(30);
  });
});

describe("opening hours", () => {
  test("a day with a lunch break counts only the open ranges", () => {
    const calendar = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(withLunch) });
    expect(businessMinutes("2024-06-03T11:30", "2024-06-03T13:30", calendar)).toBe(60);
    expect(businessMinutes("2024-06-03T12:10", "2024-06-03T12:50", calendar)).toBe(0);
    expect(businessMinutes("2024-06-03", "2024-06-04", calendar)).toBe(7 * HOUR);
    expect(businessMinutes("2024-06-03", "2024-06-10", calendar)).toBe(35 * HOUR);
  });

  test("a holiday is closed all day", () => {
    // 2024-07-04 is a Thursday.
    const calendar = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive), holidays: US_HOLIDAYS_2024 });
    expect(businessMinutes("2024-07-03T16:00", "2024-07-05T10:00", calendar)).toBe(2 * HOUR);
    expect(businessMinutes("2024-07-04T09:00", "2024-07-04T17:00", calendar)).toBe(0);
    expect(businessMinutes("2024-07-01", "2024-07-08", calendar)).toBe(4 * 8 * HOUR);
    // A whole year: 262 weekdays in 2024, 6 of them holidays.
    expect(businessMinutes("2024-01-01", "2025-01-01", calendar)).toBe((262 - 6) * 8 * HOUR);
  });

  test("ranges to 24:00 and from 00:00 join across midnight", () => {
    const calendar = businessCalendar({ hours: { fri: [["22:00", "24:00"]], sat: [["00:00", "02:00"]] } });
    expect(businessMinutes("2024-06-07T23:00Z", "2024-06-08T01:00Z", calendar)).toBe(2 * HOUR);
  });

  test("a calendar open nowhere gives 0", () => {
    const calendar = businessCalendar({ hours: {} });
    expect(businessMinutes("2024-01-01", "2034-01-01", calendar)).toBe(0);
  });

  test("end before start is negative: minus the minutes from end to start", () => {
    const calendar = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });
    expect(businessMinutes("2024-06-10T09:30", "2024-06-07T16:30", calendar)).toBe(-60);
    expect(Object.is(businessMinutes("2024-06-08T11:00", "2024-06-08T10:00", calendar), 0)).toBe(true);
  });

  test("fractions of a minute are kept, to the millisecond", () => {
    const calendar = businessCalendar({ hours: weekdays(nineToFive) });
    expect(businessMinutes("2024-06-04T10:00:00Z", "2024-06-04T10:00:30.5Z", calendar)).toBe(30.5 / 60);
  });
});

describe("daylight-saving changes", () => {
  // New York: 2024-03-10 02:00 EST → 03:00 EDT; 2024-11-03 02:00 EDT → 01:00 EST (Sundays).
  // Berlin:   2024-03-31 02:00 CET → 03:00 CEST; 2024-10-27 03:00 CEST → 02:00 CET (Sundays).
  const changes = [
    { zone: NEW_YORK, spring: "2024-03-10", springWeek: "2024-03-04", fall: "2024-11-03", fallWeek: "2024-10-28" },
    { zone: BERLIN, spring: "2024-03-31", springWeek: "2024-03-25", fall: "2024-10-27", fallWeek: "2024-10-21" },
  ];
  const nextMonday = (monday: string) => new Date(Date.parse(monday) + 7 * 86_400_000).toISOString().slice(0, 10);

  describe.each(changes)("$zone", ({ zone, spring, springWeek, fall, fallWeek }) => {
    test("weekday office hours are wall-clock hours: a week spanning a change is still 5 × 8 hours", () => {
      const calendar = businessCalendar({ timeZone: zone, hours: weekdays(nineToFive) });
      expect(businessMinutes(springWeek, nextMonday(springWeek), calendar)).toBe(40 * HOUR);
      expect(businessMinutes(fallWeek, nextMonday(fallWeek), calendar)).toBe(40 * HOUR);
      // Friday 16:00 → Monday 10:00 over the change: 1 hour + 1 hour.
      const friday = (monday: string) => new Date(Date.parse(monday) + 4 * 86_400_000).toISOString().slice(0, 10);
      expect(businessMinutes(`${friday(springWeek)}T16:00`, `${nextMonday(springWeek)}T10:00`, calendar)).toBe(2 * HOUR);
      expect(businessMinutes(`${friday(fallWeek)}T16:00`, `${nextMonday(fallWeek)}T10:00`, calendar)).toBe(2 * HOUR);
    });

    test("open around the clock: the spring week has 167 hours and the fall week 169", () => {
      const calendar = businessCalendar({ timeZone: zone, hours: everyDay(allDay) });
      expect(businessMinutes(springWeek, nextMonday(springWeek), calendar)).toBe(167 * HOUR);
      expect(businessMinutes(fallWeek, nextMonday(fallWeek), calendar)).toBe(169 * HOUR);
      expect(businessMinutes(spring, `${spring}T12:00`, calendar)).toBe(11 * HOUR);
      expect(businessMinutes(fall, `${fall}T12:00`, calendar)).toBe(13 * HOUR);
    });

    test("a range over the skipped hour 02:00–03:00 counts the time that passed", () => {
      const calendar = businessCalendar({ timeZone: zone, hours: everyDay(allDay) });
      // 01:30 → 03:30 on the clock is one real hour.
      expect(businessMinutes(`${spring}T01:30`, `${spring}T03:30`, calendar)).toBe(HOUR);
      expect(businessMinutes(`${spring}T01:00`, `${spring}T04:00`, calendar)).toBe(2 * HOUR);
    });

    test("a week of mixed hours spanning a change equals the hours counted by hand", () => {
      // Mon–Fri 7 h (lunch break), Sat 4 h, Sun 00:00–06:00 (6 h, across the change): 45 h a week.
      const calendar = businessCalendar({
        timeZone: zone,
        hours: { ...weekdays(withLunch), sat: [["10:00", "14:00"]], sun: [["00:00", "06:00"]] },
      });
      expect(businessMinutes(springWeek, nextMonday(springWeek), calendar)).toBe(44 * HOUR); // Sunday has 5 h
      expect(businessMinutes(fallWeek, nextMonday(fallWeek), calendar)).toBe(46 * HOUR); // Sunday has 7 h
      expect(businessMinutes(nextMonday(springWeek), nextMonday(nextMonday(springWeek)), calendar)).toBe(45 * HOUR);
      // The weekend around each change, Saturday 00:00 → Monday 00:00.
      const saturday = (monday: string) => new Date(Date.parse(monday) + 5 * 86_400_000).toISOString().slice(0, 10);
      expect(businessMinutes(saturday(springWeek), nextMonday(springWeek), calendar)).toBe(9 * HOUR);
      expect(businessMinutes(saturday(fallWeek), nextMonday(fallWeek), calendar)).toBe(11 * HOUR);
    });
  });

  test("New York: opening and closing times the clocks skip or show twice", () => {
    // Sunday 02:30–04:00: on 2024-03-10 the clocks skip 02:30, so it opens at the change (03:00 EDT).
    const skipped = businessCalendar({ timeZone: NEW_YORK, hours: { sun: [["02:30", "04:00"]] } });
    expect(businessMinutes("2024-03-10", "2024-03-11", skipped)).toBe(HOUR);
    expect(businessMinutes("2024-03-03", "2024-03-04", skipped)).toBe(1.5 * HOUR);
    expect(businessMinutes("2024-11-03", "2024-11-04", skipped)).toBe(1.5 * HOUR);
    // Sunday 02:00–03:00 does not happen on the spring-forward day.
    const lost = businessCalendar({ timeZone: NEW_YORK, hours: { sun: [["02:00", "03:00"]] } });
    expect(businessMinutes("2024-03-10", "2024-03-11", lost)).toBe(0);
    expect(businessMinutes("2024-11-03", "2024-11-04", lost)).toBe(HOUR);
    // On 2024-11-03 the clocks show 01:00–02:00 twice: 01:00–01:30 is reached (and ends) the first
    // time, while 01:00–02:00 spans both.
    const repeated = businessCalendar({ timeZone: NEW_YORK, hours: { sun: [["01:00", "01:30"]] } });
    expect(businessMinutes("2024-11-03", "2024-11-04", repeated)).toBe(30);
    const both = businessCalendar({ timeZone: NEW_YORK, hours: { sun: [["01:00", "02:00"]] } });
    expect(businessMinutes("2024-11-03", "2024-11-04", both)).toBe(2 * HOUR);
    // Instants with offsets through the change, open around the clock: 00:30 EDT → 02:30 EST is 3 hours.
    const always = businessCalendar({ timeZone: NEW_YORK, hours: everyDay(allDay) });
    expect(businessMinutes("2024-11-03T00:30-04:00", "2024-11-03T02:30-05:00", always)).toBe(3 * HOUR);
  });
});

describe("leads and teams in different time zones", () => {
  test("a lead created at night in Los Angeles for a New York team waits from the opening", () => {
    const newYork = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });
    // Monday 22:00 in Los Angeles is Tuesday 01:00 in New York; answered at 09:45 there.
    expect(businessMinutes("2024-06-03T22:00:00-07:00", "2024-06-04T09:45:00-04:00", newYork)).toBe(45);
    // The same response written as New York wall-clock time, or as a Date.
    expect(businessMinutes("2024-06-03T22:00:00-07:00", "2024-06-04T09:45", newYork)).toBe(45);
    expect(businessMinutes(new Date("2024-06-04T05:00:00Z"), new Date("2024-06-04T13:45:00Z"), newYork)).toBe(45);
  });

  test("a lead from Tokyo at 03:00 for a Berlin team opening at 08:00", () => {
    const berlin = businessCalendar({ timeZone: BERLIN, hours: weekdays([["08:00", "16:00"]]) });
    // Tuesday 03:00 in Tokyo is Monday 20:00 in Berlin, after closing.
    expect(businessMinutes("2024-06-04T03:00:00+09:00", "2024-06-04T08:30:00+02:00", berlin)).toBe(30);
  });

  test("between the US and EU changes New York is 5 hours behind Berlin, not 6", () => {
    const berlin = businessCalendar({ timeZone: BERLIN, hours: weekdays([["08:00", "16:00"]]) });
    // Friday 2024-03-15: New York already on EDT, Berlin still on CET. 10:00–11:30 in New York is
    // 15:00–16:30 in Berlin, which closes at 16:00.
    expect(businessMinutes("2024-03-15T10:00-04:00", "2024-03-15T11:30-04:00", berlin)).toBe(HOUR);
  });
});

describe("laws", () => {
  test("a plain { timeZone, hours, holidays } works as a calendar too", () => {
    const spec: BusinessCalendarInput = { timeZone: BERLIN, hours: weekdays(nineToFive), holidays: ["2024-05-01"] };
    expect(businessMinutes("2024-04-30T16:00", "2024-05-02T10:00", spec)).toBe(2 * HOUR);
  });
});

describe("long ranges", () => {
  // Sunday 01:00–04:00 in New York spans every DST change since 2007 (and April/October ones before).
  const spec = { timeZone: NEW_YORK, hours: { sun: [["01:00", "04:00"]] }, holidays: ["1999-12-26", "2500-01-03"] } as const;

  test.each([
    ["decades", "1990-01-01", "2030-01-01", 90],
    ["before 1800, when offsets were local mean time", "1700-01-01", "1900-01-01", 2000],
    ["after 2500, where the rules repeat every 400 years", "2470-01-01", "2530-01-01", 365],
  ] as const)("%s: one call over the range equals the sum of short calls on fresh calendars", (_, from, to, stepDays) => {
    const calendar = businessCalendar(spec);
    let sum = 0;
    let t = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    while (t < end) {
      const next = Math.min(end, t + stepDays * 86_400_000);
      sum += businessMinutes(new Date(t), new Date(next), businessCalendar(spec));
      t = next;
    }
    expect(businessMinutes(`${from}T00:00Z`, `${to}T00:00Z`, calendar)).toBe(sum);
  });

  test("open around the clock, business time is wall time over the whole Date range", () => {
    const minutes = businessMinutes(new Date(-8.64e15), new Date(8.64e15), roundTheClock);
    expect(Math.abs(minutes - (2 * 8.64e15) / 60_000)).toBeLessThan(1);
    expect(businessMinutes("0001-01-01T00:00Z", "2024-01-01T00:00Z", roundTheClock)).toBe(
      (Date.parse("2024-01-01T00:00:00Z") - Date.parse("0001-01-01T00:00:00Z")) / 60_000,
    );
  });
});

describe("zones with unusual changes", () => {
  const hours = {
    ...everyDay([
      ["00:30", "03:30"],
      ["22:00", "24:00"],
    ]),
    sun: allDay,
  };

  test.each(windows)("$zone: one call equals the sum of its days, each on a fresh calendar", ({ zone, from, to }) => {
    const spec = { timeZone: zone, hours, holidays: [from] };
    const calendar = businessCalendar(spec);
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    let sum = 0;
    for (let t = start; t < end; t += 86_400_000)
      sum += businessMinutes(new Date(t), new Date(t + 86_400_000), businessCalendar(spec));
    expect(businessMinutes(new Date(start), new Date(end), calendar)).toBe(sum);
  });

  test("Apia's lost Friday has no business hours", () => {
    const calendar = businessCalendar({ timeZone: "Pacific/Apia", hours: everyDay(allDay) });
    expect(businessMinutes("2011-12-29T00:00", "2011-12-31T00:00", calendar)).toBe(24 * HOUR);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input is a KpiInputError naming the argument", () => {
  const calendar = businessCalendar({ timeZone: NEW_YORK, hours: weekdays(nineToFive) });

  test("an invalid start or end", () => {
    const error = expectKpiError("businessMinutes", () => businessMinutes("2024-13-01", "2024-01-02", calendar), ["start"]);
    expect(error.message).toBe('businessMinutes: start is not a valid date (got "2024-13-01")');
    expectKpiError("businessMinutes", () => businessMinutes("2024-01-01", new Date(Number.NaN), calendar), ["end"]);
    expectKpiError("businessMinutes", () => businessMinutes(Number.NaN, "2024-01-02", calendar), ["start"]);
    expectKpiError("businessMinutes", () => businessMinutes("2024-01-01", "tomorrow", calendar), ["end"]);
    expectKpiError("businessMinutes", () => businessMinutes(null as never, "2024-01-02", calendar), ["start"]);
    // A yyyymmdd integer is not epoch milliseconds (issue 12).
    expectKpiError("businessMinutes", () => businessMinutes(20240101, "2024-01-02", calendar), ["start"]);
  });

  const [DAY_ONE, DAY_TWO] = ["2024-01-01", "2024-01-02"];

  test("an invalid calendar, with the path inside it", () => {
    expectKpiError("businessMinutes", () => businessMinutes(DAY_ONE, DAY_TWO, { timeZone: "Nowhere", hours: {} }), [
      "calendar.timeZone",
    ]);
    expectKpiError("businessMinutes", () => businessMinutes(DAY_ONE, DAY_TWO, { hours: { mon: [["9", "17"]] } }), [
      "calendar.hours.mon[0][0]",
      "calendar.hours.mon[0][1]",
    ]);
    expectKpiError("businessMinutes", () => businessMinutes(DAY_ONE, DAY_TWO, { hours: {}, holidays: ["2024-02-30"] }), [
      "calendar.holidays[0]",
    ]);
    expectKpiError("businessMinutes", () => businessMinutes(DAY_ONE, DAY_TWO, undefined as never), ["calendar"]);
  });
});
