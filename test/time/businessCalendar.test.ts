import { describe, expect, test } from "vitest";
import { toJSONSchema } from "zod/v4/core";
import { businessCalendar, businessCalendarInputSchema, businessMinutes } from "../../src/index.js";
import { expectKpiError, nineToFive } from "../_helpers/index.js";

describe("businessCalendar", () => {
  test("returns the calendar as frozen plain data: holidays sorted and each once, timeZone defaulting to UTC", () => {
    const calendar = businessCalendar({
      hours: {
        mon: [
          ["09:00", "12:00"],
          ["13:00", "17:00"],
        ],
        sat: [],
      },
      holidays: ["2024-12-25", "2024-01-01", "2024-12-25"],
    });
    expect(calendar).toEqual({
      timeZone: "UTC",
      hours: {
        mon: [
          ["09:00", "12:00"],
          ["13:00", "17:00"],
        ],
        sat: [],
      },
      holidays: ["2024-01-01", "2024-12-25"],
    });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.hours)).toBe(true);
    expect(Object.isFrozen(calendar.hours.mon)).toBe(true);
    expect(Object.isFrozen(calendar.hours.mon?.[0])).toBe(true);
    expect(Object.isFrozen(calendar.holidays)).toBe(true);
  });

  test("round-trips through JSON and gives the same business time", () => {
    const calendar = businessCalendar({
      timeZone: "Europe/Berlin",
      hours: {
        mon: nineToFive,
        fri: [
          ["08:00", "12:00"],
          ["12:30", "24:00"],
        ],
      },
      holidays: ["2024-05-01"],
    });
    const json = JSON.parse(JSON.stringify(calendar)) as unknown;
    expect(json).toEqual({ timeZone: "Europe/Berlin", hours: calendar.hours, holidays: ["2024-05-01"] });
    const again = businessCalendar(json as Parameters<typeof businessCalendar>[0]);
    expect(businessMinutes("2024-04-26T00:00", "2024-05-14T00:00", again)).toBe(
      businessMinutes("2024-04-26T00:00", "2024-05-14T00:00", calendar),
    );
  });

  test("does not keep references to the input, which it never changes", () => {
    const input = {
      timeZone: "UTC",
      hours: { mon: [["09:00", "17:00"] as [string, string]] },
      holidays: ["2024-01-02", "2024-01-01"],
    };
    const copy = structuredClone(input);
    const calendar = businessCalendar(input);
    expect(input).toEqual(copy);
    input.hours.mon[0]![1] = "18:00";
    input.holidays.push("2024-01-03");
    expect(calendar.hours.mon).toEqual([["09:00", "17:00"]]);
    expect(calendar.holidays).toEqual(["2024-01-01", "2024-01-02"]);
  });

  test("accepts touching ranges, a range to 24:00, aliases and extra fields", () => {
    const calendar = businessCalendar({
      timeZone: "US/Eastern",
      hours: {
        sun: [
          ["00:00", "06:00"],
          ["06:00", "24:00"],
        ],
      },
      name: "support desk",
    } as Parameters<typeof businessCalendar>[0]);
    expect(calendar.timeZone).toBe("US/Eastern");
    expect(calendar).not.toHaveProperty("name");
  });
});

describe("bad calendars are KpiInputErrors naming the field", () => {
  const fn = "businessCalendar";
  test.each([
    ["an unknown time zone", { timeZone: "America/Nowhere", hours: {} }, ["timeZone"]],
    ["a time zone that is not a string", { timeZone: 5, hours: {} }, ["timeZone"]],
    ["an opening time not HH:mm", { hours: { mon: [["9:00", "17:00"]] } }, ["hours.mon[0][0]"]],
    ["an opening time of 24:00", { hours: { mon: [["24:00", "24:00"]] } }, ["hours.mon[0][0]"]],
    ["a closing time past 24:00", { hours: { tue: [["09:00", "24:30"]] } }, ["hours.tue[0][1]"]],
    ["minutes past 59", { hours: { wed: [["09:60", "17:00"]] } }, ["hours.wed[0][0]"]],
    ["a range that ends before it starts", { hours: { thu: [["17:00", "09:00"]] } }, ["hours.thu[0][1]"]],
    ["an empty range", { hours: { thu: [["09:00", "09:00"]] } }, ["hours.thu[0][1]"]],
    [
      "overlapping ranges",
      {
        hours: {
          fri: [
            ["09:00", "12:00"],
            ["11:30", "17:00"],
          ],
        },
      },
      ["hours.fri[1][0]"],
    ],
    [
      "ranges out of order",
      {
        hours: {
          fri: [
            ["13:00", "17:00"],
            ["09:00", "12:00"],
          ],
        },
      },
      ["hours.fri[1][0]"],
    ],
    ["a range of three times", { hours: { sat: [["09:00", "12:00", "17:00"]] } }, ["hours.sat[0]"]],
    ["a day that is not a list", { hours: { sun: ["09:00", "17:00"] } }, ["hours.sun[0]", "hours.sun[1]"]],
    ["a misspelt day", { hours: { monday: nineToFive } }, ["hours"]],
    ["hours left out", {}, ["hours"]],
    ["an impossible holiday", { hours: {}, holidays: ["2024-01-01", "2024-02-30"] }, ["holidays[1]"]],
    ["a holiday in another format", { hours: {}, holidays: ["12/25/2024"] }, ["holidays[0]"]],
    ["holidays that are not a list", { hours: {}, holidays: "2024-12-25" }, ["holidays"]],
    ["no object at all", null, ["input"]],
  ])("%s", (_, input, paths) => {
    expectKpiError(fn, () => businessCalendar(input as never), paths);
  });

  test("messages name the rule and the value", () => {
    const overlap = expectKpiError(
      fn,
      () =>
        businessCalendar({
          hours: {
            fri: [
              ["09:00", "12:00"],
              ["11:30", "17:00"],
            ],
          },
        }),
      ["hours.fri[1][0]"],
    );
    expect(overlap.message).toBe(
      'businessCalendar: hours.fri[1][0] must not be before the end of the range before it, 12:00 (got "11:30")',
    );
    const zone = expectKpiError(fn, () => businessCalendar({ timeZone: "Mars/Olympus", hours: {} }), ["timeZone"]);
    expect(zone.message).toBe(
      'businessCalendar: timeZone must be an IANA time zone name, such as "America/New_York" or "UTC" (got "Mars/Olympus")',
    );
    const day = expectKpiError(fn, () => businessCalendar({ hours: { Mon: nineToFive } as never }), ["hours"]);
    expect(day.message).toContain("must name days as mon, tue, wed, thu, fri, sat, sun (unknown: Mon)");
    // Issue 13: the unknown keys were all listed, in full; an object of a million keys made a message of megabytes.
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`day ${i}`, nineToFive]));
    many[`x${"y".repeat(100)}`] = nineToFive;
    const manyDays = expectKpiError(
      fn,
      () => businessCalendar({ hours: { [`z${"y".repeat(100)}`]: nineToFive, ...many } as never }),
      ["hours"],
    );
    expect(manyDays.issues[0]?.message).toBe(
      `must name days as mon, tue, wed, thu, fri, sat, sun (unknown: z${"y".repeat(38)}…, day 0, day 1, day 2, day 3 and 99997 more) (got {"z${"y".repeat(56)}…)`,
    );
    const end = expectKpiError(fn, () => businessCalendar({ hours: { thu: [["17:00", "09:00"]] } }), ["hours.thu[0][1]"]);
    expect(end.message).toBe('businessCalendar: hours.thu[0][1] must be after the opening time, 17:00 (got "09:00")');
  });
});

describe("the fast checks agree with the schema", () => {
  test("the schema translates to JSON Schema for callers validating upstream", () => {
    const schema = toJSONSchema(businessCalendarInputSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(["timeZone", "hours", "holidays"]);
    expect(schema.required).toEqual(["hours"]);
  });
});
