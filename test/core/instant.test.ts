import { tzOffset } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toJSONSchema } from "zod/v4/core";
import { instantSchema, timeZoneSchema } from "../../src/index.js";
import {
  DAY,
  daysFromCivil,
  isInstant,
  MAX_EPOCH_MS,
  TimeZone,
  toEpochMs,
  UTC,
  weekdayOf,
} from "../../src/core/instant.js";
import { awkwardValue } from "../helpers.js";

const NEW_YORK = TimeZone.of("America/New_York") as TimeZone;
const BERLIN = TimeZone.of("Europe/Berlin") as TimeZone;
const HOUR = 3_600_000;

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
    MAX_EPOCH_MS + 1,
    -MAX_EPOCH_MS - 1,
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

  test("the Date range is accepted to its ends, and -0 is 0", () => {
    expect(toEpochMs(MAX_EPOCH_MS, UTC)).toBe(MAX_EPOCH_MS);
    expect(toEpochMs(-MAX_EPOCH_MS, UTC)).toBe(-MAX_EPOCH_MS);
    expect(Object.is(toEpochMs(-0, UTC), 0)).toBe(true);
    expect(toEpochMs(1.5, UTC)).toBe(1.5);
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
          fc.constantFrom(MAX_EPOCH_MS, -MAX_EPOCH_MS, MAX_EPOCH_MS + 1),
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
    expect(NEW_YORK.offsetAt(-MAX_EPOCH_MS)).toBe(lmt);
    expect(NEW_YORK.offsetAt(Date.UTC(2600, 6, 1))).toBe(-4 * HOUR);
    expect(NEW_YORK.offsetAt(Date.UTC(2600, 0, 1))).toBe(-5 * HOUR);
    expect(NEW_YORK.offsetAt(MAX_EPOCH_MS)).toBe(NEW_YORK.offsetAt(MAX_EPOCH_MS - 146_097 * DAY));
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
