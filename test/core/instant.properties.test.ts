import { tzOffset } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { instantSchema } from "../../src/index.js";
import { DAY, daysFromCivil, weekdayOf } from "../../src/_internal/civilCalendar.js";
import { isInstant, MAX_NUMERIC_INSTANT_MS, MIN_NUMERIC_INSTANT_MS, toEpochMs } from "../../src/_internal/parseInstant.js";
import { localDay, localDaysBetween, TimeZone, UTC } from "../../src/_internal/timeZone.js";
import { awkwardValue } from "../_helpers/index.js";
import { calendarDayZones } from "../_helpers/calendars.js";

const NEW_YORK = TimeZone.of("America/New_York") as TimeZone;
const BERLIN = TimeZone.of("Europe/Berlin") as TimeZone;
const HOUR = 3_600_000;

describe("toEpochMs: the accepted forms", () => {
  test("the wall clock of any instant reads back to it (or to the earlier of two equal readings)", () => {
    const zones = [NEW_YORK, BERLIN, TimeZone.of("Australia/Lord_Howe") as TimeZone, TimeZone.of("Asia/Kolkata") as TimeZone];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) }), (zone, t) => {
        const text = wallClock(zone.name, t);
        const read = toEpochMs(text, zone);
        if (read !== t) {
          // Only in a repeated hour: same wall clock, earlier instant.
          expect(read).toBeLessThan(t);
          expect(wallClock(zone.name, read)).toBe(text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** Strings near the ISO grammar: right shape with random digits, and mutations of it. */
const isoLike: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d$/),
      fc.option(fc.stringMatching(/^[Tt ][0-2]\d:[0-6]\d(:[0-6]\d(\.\d{1,10})?)?$/), { nil: "" }),
      fc.option(fc.stringMatching(/^([Zz]|[+-][0-2]\d(:?[0-6]\d)?)$/), { nil: "" }),
    )
    .map(([date, time, zone]) => date + time + (time === "" ? "" : zone)),
  fc.stringMatching(/^[\d:.TZ+ -]{0,30}$/),
  fc.integer({ min: -2e12, max: 5e12 }).map((t) => new Date(t).toISOString()),
);

describe("numbers that are dates in another form are never read as epoch milliseconds", () => {
  test("property: a yyyymmdd integer of a real date, an Excel serial or epoch seconds is always rejected", () => {
    const day = fc.integer({ min: Date.UTC(1000, 0, 1) / DAY, max: Date.UTC(9999, 11, 31) / DAY });
    const yyyymmdd = day.map((d) => {
      const text = new Date(d * DAY).toISOString();
      return Number(text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10));
    });
    const excelSerial = fc.integer({ min: 1, max: 2_958_465 });
    const epochSeconds = fc.integer({ min: 100_000_000, max: 99_999_999_999 });
    fc.assert(
      fc.property(fc.oneof(yyyymmdd, excelSerial, epochSeconds), (value) => {
        expect(isInstant(value)).toBe(false);
        expect(instantSchema.safeParse(value).error?.issues[0]?.message).toMatch(/^is not a valid date: it looks like /);
      }),
    );
  });
});

describe("fast check agrees with the schema", () => {
  test("on arbitrary values and ISO-like strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          awkwardValue,
          isoLike,
          fc.date(),
          fc.date({ noInvalidDate: false }),
          fc.double(),
          fc.constantFrom(MIN_NUMERIC_INSTANT_MS, MIN_NUMERIC_INSTANT_MS - 1, MAX_NUMERIC_INSTANT_MS, MAX_NUMERIC_INSTANT_MS + 1),
          fc.constantFrom(19970101, 42809, 1489536000, 1.7e15, 0, -0),
        ),
        (value) => {
          expect(isInstant(value)).toBe(instantSchema.safeParse(value).success);
          // The zone only changes which instant, never whether it is valid.
          expect(Number.isNaN(toEpochMs(value, NEW_YORK))).toBe(!isInstant(value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test("strings in ECMAScript's own date-time format read as Date.parse reads them", () => {
    // Only that format: outside it Date.parse guesses ("0000-10-10 00:00Z" is read as the year 2000).
    const ecmaScriptFormat = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/;
    fc.assert(
      fc.property(isoLike, (text) => {
        const ours = toEpochMs(text, UTC);
        if (Number.isNaN(ours) || !ecmaScriptFormat.test(text)) return;
        expect(ours).toBe(Date.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("TimeZone offsets", () => {
  test("match @date-fns/tz across a century, in zones with and without DST", () => {
    const zones = [
      "America/New_York",
      "Europe/Berlin",
      "Australia/Lord_Howe",
      "Asia/Kolkata",
      "America/Sao_Paulo",
      "Africa/Casablanca",
    ];
    const made = new Map(zones.map((name) => [name, TimeZone.of(name) as TimeZone]));
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2050, 0, 1) }), (name, t) => {
        expect((made.get(name) as TimeZone).offsetAt(t) / 60_000).toBe(tzOffset(name, new Date(t)));
      }),
      { numRuns: 3000 },
    );
  });

  test("clockReaches: the first instant the clocks show a wall time; never back in time", () => {
    // Skipped 02:30 → the change itself; repeated 01:30 → the first time.
    expect(NEW_YORK.clockReaches(Date.UTC(2024, 2, 10, 2, 30))).toBe(Date.UTC(2024, 2, 10, 7));
    expect(NEW_YORK.clockReaches(Date.UTC(2024, 10, 3, 1, 30))).toBe(Date.UTC(2024, 10, 3, 5, 30));
    fc.assert(
      fc.property(
        fc.constantFrom(NEW_YORK, BERLIN),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }),
        fc.integer({ min: 0, max: 6 * HOUR }),
        (zone, wall, step) => {
          expect(zone.clockReaches(wall + step)).toBeGreaterThanOrEqual(zone.clockReaches(wall));
        },
      ),
    );
  });
});

describe("calendar days: localDaysBetween", () => {
  const zones = calendarDayZones.map((name) => TimeZone.of(name) as TimeZone);
  const day = fc.integer({ min: Date.UTC(2005, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY });
  const isoDate = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);

  test("property: between two dates, or two equal times of day, is a whole number of days, in every zone", () => {
    const time = fc.constantFrom("", "T09:00", "T18:30", "T23:59:59");
    fc.assert(
      fc.property(fc.constantFrom(...zones), day, day, time, (zone, a, b, clock) => {
        const from = toEpochMs(isoDate(a) + clock, zone);
        const to = toEpochMs(isoDate(b) + clock, zone);
        // A date the zone skipped whole (Apia's 2011-12-30) reads as the next one: pinned below.
        fc.pre(localDay(zone, from) === a && localDay(zone, to) === b);
        expect(localDaysBetween(zone, from, to)).toBe(b - a);
      }),
      { numRuns: 2000 },
    );
  });

  test("a date the zone skipped whole reads as the next date (Apia went from 2011-12-29 to 2011-12-31; seed -936947724)", () => {
    const apia = TimeZone.of("Pacific/Apia") as TimeZone;
    const from = toEpochMs("2005-01-01", apia);
    // "2011-12-30" names no Apia day: its midnight falls in the skipped day and resolves to 2011-12-31T00:00.
    expect(toEpochMs("2011-12-30", apia)).toBe(toEpochMs("2011-12-31", apia));
    expect(localDaysBetween(apia, from, toEpochMs("2011-12-30", apia))).toBe(2555);
    expect(localDaysBetween(apia, from, toEpochMs("2011-12-29", apia))).toBe(2553);
  });

  test("property: never decreases as `to` grows, and is elapsed time ÷ 24 h where no change is near", () => {
    const instant = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2030, 0, 1) });
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        instant,
        fc.integer({ min: 0, max: 40 * DAY }),
        fc.integer({ min: 0, max: 3 * 3_600_000 }),
        (zone, from, span, step) => {
          expect(localDaysBetween(zone, from, from + span + step)).toBeGreaterThanOrEqual(
            localDaysBetween(zone, from, from + span),
          );
          if (zone.transitions(from - DAY, from + span + 2 * DAY).length === 0)
            expect(localDaysBetween(zone, from, from + span)).toBe(span / DAY);
        },
      ),
      { numRuns: 3000 },
    );
    // Minute by minute across every change of a few years, from a few hours before it.
    for (const zone of zones) {
      const changes = zone.transitions(Date.UTC(2010, 0, 1), Date.UTC(2013, 0, 1));
      for (let i = 0; i < changes.length; i += 2) {
        const at = changes[i] as number;
        const from = at - 5 * 3_600_000;
        let previous = 0;
        for (let t = from; t < at + 3 * 3_600_000; t += 60_000) {
          const days = localDaysBetween(zone, from, t);
          expect(days).toBeGreaterThanOrEqual(previous);
          previous = days;
        }
      }
    }
  });
});

describe("civil calendar arithmetic", () => {
  test("days from 1970-01-01 and weekdays agree with Date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (day) => {
        const date = new Date(day * DAY);
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
        expect(weekdayOf(day)).toBe((date.getUTCDay() + 6) % 7);
      }),
    );
  });
});

/** The wall clock of instant `t` in `zone` as "YYYY-MM-DDTHH:mm:ss.sss", from Intl (not from the code under test). */
function wallClock(zone: string, t: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(t)
      .map((part) => [part.type, part.value]),
  );
  const ms = String(((t % 1000) + 1000) % 1000).padStart(3, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}`;
}
