// Building a business calendar from its data, and the engine of a calendar a function is given.
// The caller passes the public businessCalendarInputSchema in, for the error: internal code imports
// no KPI file at run time.

import type { $ZodType } from "zod/v4/core";
import { invalidInput, isRecord } from "../../_internal/validate.js";
import { TimeZone } from "../../_internal/timeZone.js";
import type { BusinessCalendar, OpeningRange, Weekday } from "../businessCalendar.js";
import { CalendarEngine } from "./calendarEngine.js";
import { isRange, isValidDate, minutesOf, WEEKDAY_NAMES } from "./calendarText.js";

/** Where a calendar made by {@link buildCalendar} keeps its engine (not enumerable, not serialised). */
const ENGINE = Symbol("salesmetrics.businessCalendar");

/**
 * The engine of a calendar: the calendar's own when it was made by businessCalendar,
 * otherwise one made now from a plain `{ timeZone, hours, holidays }` (checked as `arg` of `fn`;
 * `schema`, the public businessCalendarInputSchema, describes the error).
 */
export function engineOf(fn: string, arg: string, calendar: unknown, schema: $ZodType): CalendarEngine {
  if (isRecord(calendar)) {
    const engine = (calendar as { [ENGINE]?: CalendarEngine })[ENGINE];
    if (engine instanceof CalendarEngine) return engine;
  }
  return (buildCalendar(fn, arg, calendar, schema) as { [ENGINE]?: CalendarEngine })[ENGINE] as CalendarEngine;
}

/** The frozen calendar of valid data `input`, with its engine; or the KpiInputError of `arg` of `fn`. */
export function buildCalendar(fn: string, arg: string, input: unknown, schema: $ZodType): BusinessCalendar {
  const fail = () => invalidInput(fn, arg, schema, input);
  if (!isRecord(input)) throw fail();
  const zone = TimeZone.of(input.timeZone === undefined ? "UTC" : input.timeZone);
  const hoursInput = input.hours;
  if (zone === null || !isRecord(hoursInput)) throw fail();

  const hours: Partial<Record<Weekday, readonly OpeningRange[]>> = {};
  const minutes: number[][] = [];
  for (const key in hoursInput) if (!(WEEKDAY_NAMES as readonly string[]).includes(key)) throw fail();
  for (const day of WEEKDAY_NAMES) {
    const ranges = hoursInput[day];
    const dayMinutes: number[] = [];
    minutes.push(dayMinutes);
    if (ranges === undefined) continue;
    if (!Array.isArray(ranges)) throw fail();
    const copy: OpeningRange[] = [];
    for (const range of ranges) {
      if (!isRange(range)) throw fail();
      const opens = minutesOf(range[0]);
      const closes = minutesOf(range[1]);
      if (closes <= opens || (dayMinutes.length > 0 && opens < (dayMinutes[dayMinutes.length - 1] as number))) throw fail();
      dayMinutes.push(opens, closes);
      copy.push(Object.freeze([range[0], range[1]] as const));
    }
    hours[day] = Object.freeze(copy);
  }

  const holidaysInput = input.holidays === undefined ? [] : input.holidays;
  if (!Array.isArray(holidaysInput)) throw fail();
  for (const holiday of holidaysInput) if (typeof holiday !== "string" || !isValidDate(holiday)) throw fail();
  const holidays = [...new Set(holidaysInput as string[])].sort();

  const calendar = { timeZone: zone.name, hours: Object.freeze(hours), holidays: Object.freeze(holidays) };
  Object.defineProperty(calendar, ENGINE, { value: new CalendarEngine(zone, minutes, holidays) });
  return Object.freeze(calendar);
}
