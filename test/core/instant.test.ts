import { describe, expect, test } from "vitest";
import { toJSONSchema } from "zod/v4/core";
import {
  instantSchema,
  leadResponseTime,
  pipelineSummary,
  revenueByPeriod,
  salesCycleLength,
  timeZoneSchema,
} from "../../src/index.js";
import { DAY } from "../../src/_internal/civilCalendar.js";
import { isInstant, MAX_NUMERIC_INSTANT_MS, MIN_NUMERIC_INSTANT_MS, toEpochMs } from "../../src/_internal/parseInstant.js";
import { localDaysBetween, TimeZone, UTC } from "../../src/_internal/timeZone.js";
import { expectKpiError } from "../_helpers/index.js";
import { calendarDayZones } from "../_helpers/calendars.js";

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
});

describe("fast check agrees with the schema", () => {
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
});

describe("calendar days: localDaysBetween", () => {
  const zones = calendarDayZones.map((name) => TimeZone.of(name) as TimeZone);

  test("issue 12: 1 to 15 March 2017 is 14 days in New York, though 13 days 23 hours elapse", () => {
    const from = toEpochMs("2017-03-01", NEW_YORK);
    const to = toEpochMs("2017-03-15", NEW_YORK);
    expect((to - from) / DAY).toBeCloseTo(13.9583, 4);
    expect(localDaysBetween(NEW_YORK, from, to)).toBe(14);
    expect(localDaysBetween(NEW_YORK, to, from)).toBe(-14);
  });

  test("a day of 23 or 25 hours is one day; 18:00 to 18:00 across a change is one day", () => {
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-03-10", NEW_YORK), toEpochMs("2024-03-11", NEW_YORK))).toBe(1);
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-11-03", NEW_YORK), toEpochMs("2024-11-04", NEW_YORK))).toBe(1);
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-03-09T18:00", NEW_YORK), toEpochMs("2024-03-10T18:00", NEW_YORK))).toBe(1);
    // The rest after whole days is a share of the next day's real length: 12 hours of the 23-hour day.
    expect(localDaysBetween(NEW_YORK, toEpochMs("2024-03-10", NEW_YORK), toEpochMs("2024-03-10T13:00", NEW_YORK))).toBeCloseTo(
      12 / 23,
      12,
    );
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

describe("one issue per bad instant", () => {
  test.each(["March 8", "2024-13-01", "", "2024-01-01T25:00Z"])("%o", (text) => {
    expect(instantSchema.safeParse(text).error?.issues).toHaveLength(1);
  });
});
