import { tzOffset } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toJSONSchema } from "zod/v4/core";
import { instantSchema, leadResponseTime, pipelineSummary, revenueByPeriod, salesCycleLength, timeZoneSchema } from "../../src/index.js";
import { DAY, daysFromCivil, weekdayOf } from "../../src/_internal/civilCalendar.js";
import { isInstant, MAX_NUMERIC_INSTANT_MS, MIN_NUMERIC_INSTANT_MS, toEpochMs } from "../../src/_internal/parseInstant.js";
import { localDaysBetween, TimeZone, UTC } from "../../src/_internal/timeZone.js";
import { awkwardValue, expectKpiError } from "../helpers.js";

const NEW_YORK = TimeZone.of("America/New_York") as TimeZone;
const BERLIN = TimeZone.of("Europe/Berlin") as TimeZone;
const HOUR = 3_600_000;
/** The largest epoch millisecond a `Date` holds, either side of 1970. */
const MAX_DATE_MS = 8.64e15;

describe("toEpochMs: the accepted forms", () => {
  test("numbers, Dates and strings with Z or an offset name the same instant", () => {
    const t = Date.UTC(2024, 2, 8, 14, 30, 15, 250);
    expect(toEpochMs(t, UTC)).toBe(t);
    expect(toEpochMs(new Date(t), UTC)).toBe(t);
    for (const text of [
      "2024-03-08T14:30:15.250Z",
      "2024-03-08t14:30:15.250z",
      "2024-03-08 14:30:15.25Z",
      "2024-03-08T14:30:15.2501234Z",
      "2024-03-08T15:30:15.250+01:00",
      "2024-03-08T15:30:15.250+0100",
      "2024-03-08T15:30:15.250+01",
      "2024-03-08T09:00:15.250-05:30",
      "2024-03-08T14:30:15.250-00:00",
    ]) {
      expect(toEpochMs(text, NEW_YORK), text).toBe(t);
    }
    expect(toEpochMs("2024-03-08T14:30Z", UTC)).toBe(Date.UTC(2024, 2, 8, 14, 30));
    expect(toEpochMs("2024-03-08T14:30:15.2Z", UTC)).toBe(Date.UTC(2024, 2, 8, 14, 30, 15, 200));
    expect(toEpochMs("2024-03-08T14:30:15.25Z", UTC)).toBe(Date.UTC(2024, 2, 8, 14, 30, 15, 250));
    expect(toEpochMs("0000-01-01T00:00Z", UTC)).toBe(Date.parse("0000-01-01T00:00:00Z"));
    expect(toEpochMs("9999-12-31T23:59:59.999Z", UTC)).toBe(Date.parse("9999-12-31T23:59:59.999Z"));
  });

  test("leap days exist exactly in leap years", () => {
    expect(isInstant("2024-02-29")).toBe(true);
    expect(isInstant("2000-02-29")).toBe(true);
    expect(isInstant("1900-02-29")).toBe(false);
    expect(isInstant("2023-02-29")).toBe(false);
  });

  test("a string without an offset is a wall-clock time in the zone given", () => {
    expect(toEpochMs("2024-01-15T09:00", UTC)).toBe(Date.UTC(2024, 0, 15, 9));
    expect(toEpochMs("2024-01-15T09:00", NEW_YORK)).toBe(Date.UTC(2024, 0, 15, 14)); // EST, UTC-5
    expect(toEpochMs("2024-07-15T09:00", NEW_YORK)).toBe(Date.UTC(2024, 6, 15, 13)); // EDT, UTC-4
    expect(toEpochMs("2024-07-15T09:00", BERLIN)).toBe(Date.UTC(2024, 6, 15, 7)); // CEST, UTC+2
    // A date alone is its midnight in the zone (unlike `new Date("2024-01-15")`, which reads UTC).
    expect(toEpochMs("2024-01-15", NEW_YORK)).toBe(Date.UTC(2024, 0, 15, 5));
  });

  test("a skipped wall time moves forward by the gap, a repeated one takes the earlier instant (RFC 9557 'compatible')", () => {
    // New York springs forward at 2024-03-10 02:00 EST → 03:00 EDT (07:00Z).
    expect(toEpochMs("2024-03-10T02:30", NEW_YORK)).toBe(Date.UTC(2024, 2, 10, 7, 30)); // 03:30 EDT
    expect(toEpochMs("2024-03-10T01:59:59", NEW_YORK)).toBe(Date.UTC(2024, 2, 10, 6, 59, 59));
    expect(toEpochMs("2024-03-10T03:00", NEW_YORK)).toBe(Date.UTC(2024, 2, 10, 7));
    // Falls back at 2024-11-03 02:00 EDT → 01:00 EST (06:00Z): 01:30 happens twice.
    expect(toEpochMs("2024-11-03T01:30", NEW_YORK)).toBe(Date.UTC(2024, 10, 3, 5, 30)); // EDT, the first
    expect(toEpochMs("2024-11-03T02:00", NEW_YORK)).toBe(Date.UTC(2024, 10, 3, 7));
    // Berlin: 2024-03-31 02:00 CET → 03:00 CEST (01:00Z); 2024-10-27 03:00 CEST → 02:00 CET (01:00Z).
    expect(toEpochMs("2024-03-31T02:30", BERLIN)).toBe(Date.UTC(2024, 2, 31, 1, 30)); // 03:30 CEST
    expect(toEpochMs("2024-10-27T02:30", BERLIN)).toBe(Date.UTC(2024, 9, 27, 0, 30)); // CEST, the first
  });

  test("the wall clock of any instant reads back to it (or to the earlier of two equal readings)", () => {
    const zones = [NEW_YORK, BERLIN, TimeZone.of("Australia/Lord_Howe") as TimeZone, TimeZone.of("Asia/Kolkata") as TimeZone];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) }),
        (zone, t) => {
          const text = wallClock(zone.name, t);
          const read = toEpochMs(text, zone);
          if (read !== t) {
            // Only in a repeated hour: same wall clock, earlier instant.
            expect(read).toBeLessThan(t);
            expect(wallClock(zone.name, read)).toBe(text);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("toEpochMs: what is rejected", () => {
  const rejected: unknown[] = [
    "2024-13-01",
    "2024-00-10",
    "2024-02-30",
    "2024-04-31",
    "2024-01-01T24:00",
    "2024-01-01T12:60",
    "2024-01-01T12:00:60",
    "2024-01-01T12",
    "2024-1-01",
    "20240101",
    "2024-01-01T1200",
    "2024-01-01Z",
    "2024-01-01T12:00:00.Z",
    "2024-01-01T12:00:00.1234567890Z",
    "2024-01-01T12:00+24:00",
    "2024-01-01T12:00+01:60",
    "2024-01-01T12:00+1",
    "2024-01-01T12:00+01:",
    "2024-01-01T12:00 +01:00",
    "2024-01-01T12:00Z ",
    " 2024-01-01",
    "+002024-01-01",
    "March 8, 2024",
    "1709900000000",
    "",
    Number.NaN,
    Infinity,
    -Infinity,
    // Numbers outside 1973-03-03 … 9999-12-31 are not epoch milliseconds (see "numbers" below).
    0,
    -1,
    MIN_NUMERIC_INSTANT_MS - 1,
    MAX_NUMERIC_INSTANT_MS + 1,
    19970101,
    42809,
    1489536000,
    1.7e15,
    new Date(Number.NaN),
    null,
    undefined,
    true,
    {},
    [],
    1n,
  ];
  test.each(rejected.map((value) => [value]))("%o", (value) => {
    expect(toEpochMs(value, NEW_YORK)).toBeNaN();
    expect(isInstant(value)).toBe(false);
    expect(instantSchema.safeParse(value).success).toBe(false);
  });

  test("the schema's message is the convention's", () => {
    const result = instantSchema.safeParse("2024-13-01");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["is not a valid date"]);
    expect(instantSchema.safeParse(null).error?.issues.map((issue) => issue.message)).toEqual(["is not a valid date"]);
  });

  test("numbers are read from 1973-03-03 to 9999-12-31; Dates over the whole Date range, -0 as 0", () => {
    expect(toEpochMs(MIN_NUMERIC_INSTANT_MS, UTC)).toBe(Date.UTC(1973, 2, 3, 9, 46, 40));
    expect(toEpochMs(MAX_NUMERIC_INSTANT_MS, UTC)).toBe(Date.parse("9999-12-31T23:59:59.999Z"));
    expect(toEpochMs(MIN_NUMERIC_INSTANT_MS + 0.5, UTC)).toBe(MIN_NUMERIC_INSTANT_MS + 0.5);
    expect(toEpochMs(new Date(MAX_DATE_MS), UTC)).toBe(MAX_DATE_MS);
    expect(toEpochMs(new Date(-MAX_DATE_MS), UTC)).toBe(-MAX_DATE_MS);
    expect(toEpochMs(new Date(0), UTC)).toBe(0);
    expect(Object.is(toEpochMs(new Date(-0), UTC), 0)).toBe(true);
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
  // Issue 12: each of these used to become a moment of January 1970 without a word.
  test.each([
    [19970101, 'it looks like a yyyymmdd date ("1997-01-01")'],
    [20240229, 'it looks like a yyyymmdd date ("2024-02-29")'],
    [42809, "it looks like an Excel serial date (2017-03-15)"],
    [42809.5, "it looks like an Excel serial date (2017-03-15)"],
    // Excel's serial 60 is 29 February 1900, which never was; 59 and 61 are either side of it.
    [59, "it looks like an Excel serial date (1900-02-28)"],
    [60, "it looks like an Excel serial date (1900-02-29, a day Excel counts but the calendar lacks)"],
    [61, "it looks like an Excel serial date (1900-03-01)"],
    [1489536000, "it looks like epoch seconds (2017-03-15T00:00:00.000Z)"],
    [1489536000000000, "it looks like epoch microseconds (2017-03-15T00:00:00.000Z)"],
    [1489536000000000000, "it looks like epoch nanoseconds (2017-03-15T00:00:00.000Z)"],
  ])("%d: %s", (value, misreading) => {
    const error = expectKpiError("revenueByPeriod", () => revenueByPeriod([{ date: value, amount: 1 }], { period: "day" }), [
      "records[0].date",
    ]);
    expect(error.issues[0]?.message).toBe(
      `is not a valid date: ${misreading}, not epoch milliseconds; an instant is a Date, an ISO-8601 string, or epoch milliseconds from 1973-03-03 to 9999-12-31 (got ${value})`,
    );
  });

  test("a number like none of them gets the accepted forms alone", () => {
    // 20241301 has no month 13: not a yyyymmdd date, and past Excel's last serial (9999-12-31).
    for (const value of [0, -1, 20241301, 1e25, -1e16]) {
      expect(instantSchema.safeParse(value).error?.issues[0]?.message).toBe(
        "is not a valid date: an instant is a Date, an ISO-8601 string, or epoch milliseconds from 1973-03-03 to 9999-12-31",
      );
    }
  });

  test("every function that takes an instant applies the rule (the one parser)", () => {
    expectKpiError("salesCycleLength", () => salesCycleLength([{ status: "won", createdAt: 20170301, closedAt: "2017-03-15" }]), [
      "deals[0].createdAt",
    ]);
    expectKpiError("leadResponseTime", () => leadResponseTime([{ createdAt: 1489536000, firstResponseAt: 1489539600 }]), [
      "leads[0].createdAt",
      "leads[0].firstResponseAt",
    ]);
    expectKpiError("pipelineSummary", () => pipelineSummary([{ status: "open", amount: 1 }], { asOf: 42809 }), ["options.asOf"]);
  });

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

  test("time zone names: known IANA names and aliases, case-insensitive; nothing else", () => {
    for (const name of ["UTC", "utc", "America/New_York", "america/new_york", "US/Eastern", "Etc/GMT+5", "Asia/Kolkata"]) {
      expect(timeZoneSchema.safeParse(name).success, name).toBe(true);
      expect(TimeZone.of(name), name).not.toBeNull();
    }
    for (const name of ["", "Z", "+05:00", "America/Nowhere", "EST5", 5, null, undefined]) {
      expect(timeZoneSchema.safeParse(name).success, String(name)).toBe(false);
      expect(TimeZone.of(name), String(name)).toBeNull();
    }
  });

  test("JSON Schema keeps the string pattern for callers validating upstream", () => {
    const schema = toJSONSchema(instantSchema, { unrepresentable: "any" }) as { anyOf: { type?: string; pattern?: string }[] };
    expect(schema.anyOf.find((option) => option.type === "string")?.pattern).toMatch(/^\^/);
  });
});

describe("TimeZone offsets", () => {
  test("match @date-fns/tz across a century, in zones with and without DST", () => {
    const zones = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo", "Africa/Casablanca"];
    const made = new Map(zones.map((name) => [name, TimeZone.of(name) as TimeZone]));
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2050, 0, 1) }), (name, t) => {
        expect((made.get(name) as TimeZone).offsetAt(t) / 60_000).toBe(tzOffset(name, new Date(t)));
      }),
      { numRuns: 3000 },
    );
  });

  test("finds transitions to the second", () => {
    expect(NEW_YORK.transitions(Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1))).toEqual([
      Date.UTC(2024, 2, 10, 7),
      -4 * HOUR,
      Date.UTC(2024, 10, 3, 6),
      -5 * HOUR,
    ]);
    expect(NEW_YORK.offsetAt(Date.UTC(2024, 2, 10, 7) - 1)).toBe(-5 * HOUR);
    expect(NEW_YORK.offsetAt(Date.UTC(2024, 2, 10, 7))).toBe(-4 * HOUR);
  });

  test("before 1800 a zone keeps its local mean time; from 2500 it repeats the rules of 400 years before", () => {
    const lmt = -(4 * HOUR + 56 * 60_000 + 2_000); // New York LMT, -4:56:02
    expect(NEW_YORK.offsetAt(Date.UTC(1700, 5, 1))).toBe(lmt);
    expect(NEW_YORK.offsetAt(-MAX_DATE_MS)).toBe(lmt);
    expect(NEW_YORK.offsetAt(Date.UTC(2600, 6, 1))).toBe(-4 * HOUR);
    expect(NEW_YORK.offsetAt(Date.UTC(2600, 0, 1))).toBe(-5 * HOUR);
    expect(NEW_YORK.offsetAt(MAX_DATE_MS)).toBe(NEW_YORK.offsetAt(MAX_DATE_MS - 146_097 * DAY));
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
  // Santiago changes its clocks at midnight, so some of its dates start at 01:00; Apia skipped
  // 2011-12-30; Lord Howe moves by 30 minutes.
  const zones = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Santiago", "Pacific/Apia", "Australia/Lord_Howe"].map(
    (name) => TimeZone.of(name) as TimeZone,
  );
  const day = fc.integer({ min: Date.UTC(2005, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY });
  const isoDate = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);

  test("issue 12: 1 to 15 March 2017 is 14 days in New York, though 13 days 23 hours elapse", () => {
    const from = toEpochMs("2017-03-01", NEW_YORK);
    const to = toEpochMs("2017-03-15", NEW_YORK);
    expect((to - from) / DAY).toBeCloseTo(13.9583, 4);
    expect(localDaysBetween(NEW_YORK, from, to)).toBe(14);
    expect(localDaysBetween(NEW_YORK, to, from)).toBe(-14);
  });

  test("property: between two dates, or two equal times of day, is a whole number of days, in every zone", () => {
    const time = fc.constantFrom("", "T09:00", "T18:30", "T23:59:59");
    fc.assert(
      fc.property(fc.constantFrom(...zones), day, day, time, (zone, a, b, clock) => {
        expect(localDaysBetween(zone, toEpochMs(isoDate(a) + clock, zone), toEpochMs(isoDate(b) + clock, zone))).toBe(b - a);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: never decreases as `to` grows, and is elapsed time ÷ 24 h where no change is near", () => {
    const instant = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2030, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, fc.integer({ min: 0, max: 40 * DAY }), fc.integer({ min: 0, max: 3 * 3_600_000 }), (zone, from, span, step) => {
        expect(localDaysBetween(zone, from, from + span + step)).toBeGreaterThanOrEqual(localDaysBetween(zone, from, from + span));
        if (zone.transitions(from - DAY, from + span + 2 * DAY).length === 0) expect(localDaysBetween(zone, from, from + span)).toBe(span / DAY);
      }),
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

  test("a day of 23 or 25 hours is one day; 18:00 to 18:00 across a change is one day", () => {
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-03-10", NEW_YORK), toEpochMs("2024-03-11", NEW_YORK))).toBe(1);
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-11-03", NEW_YORK), toEpochMs("2024-11-04", NEW_YORK))).toBe(1);
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-03-09T18:00", NEW_YORK), toEpochMs("2024-03-10T18:00", NEW_YORK))).toBe(1);
    // The rest after whole days is a share of the next day's real length: 12 hours of the 23-hour day.
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-03-10", NEW_YORK), toEpochMs("2024-03-10T13:00", NEW_YORK))).toBeCloseTo(12 / 23, 12);
    // In UTC a day is always 24 hours: the plain elapsed time.
    expect(localDaysBetween(UTC, Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 18))).toBe(0.75);
  });

  test("an hour the clocks repeat adds its real time; it never makes a span negative", () => {
    // 01:30 EDT, then 01:10 EST 40 minutes later: the wall clock says -20 minutes.
    const days = localDaysBetween(NEW_YORK, Date.parse("2017-11-05T01:30-04:00"), Date.parse("2017-11-05T01:10-05:00"));
    expect(days).toBeCloseTo(40 / (25 * 60), 12);
  });

  test("a date whose midnight a change skips starts at its first instant; Apia's skipped Friday is a day", () => {
    const santiago = zones[3] as TimeZone;
    const apia = zones[4] as TimeZone;
    // 13 August 2017 began at 01:00 in Santiago.
    expect(localDaysBetween(santiago, toEpochMs("2017-08-10", santiago), toEpochMs("2017-08-13", santiago))).toBe(3);
    // And from such a date (found by the property in salesCycleLength's tests: it gave 23/24).
    expect(localDaysBetween(santiago, toEpochMs("2007-10-14", santiago), toEpochMs("2007-10-15", santiago))).toBe(1);
    expect(localDaysBetween(apia, toEpochMs("2011-12-29", apia), toEpochMs("2011-12-31", apia))).toBe(2);
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

describe("one issue per bad instant", () => {
  test.each(["March 8", "2024-13-01", "", "2024-01-01T25:00Z"])("%o", (text) => {
    expect(instantSchema.safeParse(text).error?.issues).toHaveLength(1);
  });
});
