import * as z from "zod/mini";
import {
  DAY,
  daysFromCivil,
  daysInMonth,
  FOLD_FROM,
  MODEL_START,
  TimeZone,
  timeZoneSchema,
  weekdayOf,
} from "../core/instant.js";
import { invalidInput, isRecord } from "../core/validate.js";
import { lowerBound } from "../core/sorted.js";

const FN = "businessCalendar";

/**
 * The days of the week, as `hours` names them.
 *
 * @example
 * ```ts
 * import { businessCalendar, WEEKDAYS } from "salesmetrics";
 *
 * WEEKDAYS;
 * //=> ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
 * // Monday to Friday, 9 to 5:
 * const weekdays = Object.fromEntries(WEEKDAYS.slice(0, 5).map((day) => [day, [["09:00", "17:00"]] as const]));
 * businessCalendar({ hours: weekdays }).hours.fri;
 * //=> [["09:00", "17:00"]]
 * ```
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/**
 * A day of the week as `hours` names it: one of {@link WEEKDAYS}.
 *
 * @example
 * ```ts
 * import { WEEKDAYS, type Weekday } from "salesmetrics";
 *
 * const weekend: readonly Weekday[] = ["sat", "sun"];
 * WEEKDAYS.filter((day) => !weekend.includes(day));
 * //=> ["mon", "tue", "wed", "thu", "fri"]
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

const START_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const END_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const START = 'must be an opening time "HH:mm" from "00:00" to "23:59"';
const END = 'must be a closing time "HH:mm" from "00:01" to "24:00"';
const RANGE = 'must be an opening range ["HH:mm", "HH:mm"]';
const DAY_HOURS = 'must be a list of opening ranges, such as [["09:00", "12:00"], ["13:00", "17:00"]]';
const HOLIDAY = 'must be a date "YYYY-MM-DD"';

/** "09:30" → 570. Only for strings that passed START_TIME or END_TIME. */
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isRange(value: unknown): value is readonly [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    typeof value[1] === "string" &&
    START_TIME.test(value[0]) &&
    END_TIME.test(value[1])
  );
}

/**
 * One opening range of a day: `["09:00", "17:00"]`; it ends after it starts, `"24:00"` is midnight at its end.
 *
 * @example
 * ```ts
 * import { openingRangeSchema } from "salesmetrics";
 *
 * openingRangeSchema.safeParse(["13:00", "24:00"]).success;
 * //=> true
 * openingRangeSchema.safeParse(["17:00", "09:00"]).error?.issues[0]?.message;
 * //=> "must be after the opening time, 17:00"
 * // Times are "HH:mm", with two digits for the hour.
 * openingRangeSchema.safeParse(["9:00", "17:00"]).error?.issues[0]?.path;
 * //=> [0]
 * ```
 */
export const openingRangeSchema = z
  .tuple(
    [
      z.string({ error: START }).check(z.regex(START_TIME, { error: START })),
      z.string({ error: END }).check(z.regex(END_TIME, { error: END })),
    ],
    { error: RANGE },
  )
  .check(
    z.refine((range) => !isRange(range) || minutesOf(range[1]) > minutesOf(range[0]), {
      path: [1],
      error: (issue) => `must be after the opening time, ${String((issue.input as string[])[0])}`,
    }),
  );

/**
 * A day's opening hours: ranges in order of time, none overlapping the one before (touching is fine).
 *
 * @example
 * ```ts
 * import { dayHoursSchema } from "salesmetrics";
 *
 * dayHoursSchema.safeParse([["09:00", "12:00"], ["12:00", "17:00"]]).success;
 * //=> true
 * const overlap = dayHoursSchema.safeParse([["09:00", "12:30"], ["12:00", "17:00"]]);
 * overlap.error?.issues[0]?.path;
 * //=> [1, 0]
 * overlap.error?.issues[0]?.message;
 * //=> "must not be before the end of the range before it, 12:30"
 * ```
 */
export const dayHoursSchema = z.array(openingRangeSchema, { error: DAY_HOURS }).check(
  z.superRefine((ranges, context) => {
    for (let i = 1; i < ranges.length; i++) {
      const previous = ranges[i - 1];
      const range = ranges[i];
      if (isRange(previous) && isRange(range) && minutesOf(range[0]) < minutesOf(previous[1])) {
        context.issues.push({
          code: "custom",
          path: [i, 0],
          input: range[0],
          message: `must not be before the end of the range before it, ${previous[1]}`,
        });
      }
    }
  }),
);

/** The first few unknown keys, each cut short: an object of a million keys makes no million-key message. */
function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => (key.length > 40 ? `${key.slice(0, 39)}…` : key));
  return keys.length > shown.length ? `${shown.join(", ")} and ${keys.length - shown.length} more` : shown.join(", ");
}

/**
 * Opening hours per day of the week; a day left out is closed. Other keys are an error (a misspelt day would close it).
 *
 * @example
 * ```ts
 * import { businessHoursSchema } from "salesmetrics";
 *
 * businessHoursSchema.safeParse({ mon: [["09:00", "17:00"]], fri: [["09:00", "15:00"]] }).success;
 * //=> true
 * businessHoursSchema.safeParse({ mon: [["09:00", "17:00"]], thur: [["09:00", "17:00"]] }).error?.issues[0]?.message;
 * //=> "must name days as mon, tue, wed, thu, fri, sat, sun (unknown: thur)"
 * ```
 */
export const businessHoursSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.optional(dayHoursSchema)])) as Record<
    Weekday,
    z.ZodMiniOptional<typeof dayHoursSchema>
  >,
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `must name days as mon, tue, wed, thu, fri, sat, sun (unknown: ${listKeys(issue.keys as string[])})`
        : 'must be an object of opening hours per day, such as { mon: [["09:00", "17:00"]] }',
  },
);

/**
 * Holidays: dates in the calendar's time zone on which it is closed all day.
 *
 * @example
 * ```ts
 * import { holidaysSchema } from "salesmetrics";
 *
 * holidaysSchema.safeParse(["2024-12-25", "2024-02-29"]).success;
 * //=> true
 * // 2023 had no 29 February.
 * holidaysSchema.safeParse(["2023-12-25", "2023-02-29"]).error?.issues[0]?.path;
 * //=> [1]
 * holidaysSchema.safeParse(["12/25/2024"]).error?.issues[0]?.message;
 * //=> 'must be a date "YYYY-MM-DD"'
 * ```
 */
export const holidaysSchema = z.array(
  z.string({ error: HOLIDAY }).check(
    z.regex(DATE, { error: HOLIDAY }),
    // Only for strings of the right form, so a malformed one gets one issue, not two.
    z.refine((text) => !DATE.test(text) || isValidDate(text), { error: HOLIDAY }),
  ),
  { error: 'must be a list of dates "YYYY-MM-DD"' },
);

/**
 * Input of {@link businessCalendar}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { businessCalendarInputSchema } from "salesmetrics";
 *
 * const emea = { timeZone: "Europe/Berlin", hours: { mon: [["09:00", "17:00"]] }, holidays: ["2024-12-25"], team: "EMEA" };
 * businessCalendarInputSchema.safeParse(emea).success;
 * //=> true
 * businessCalendarInputSchema.safeParse({ ...emea, timeZone: "America/NewYork" }).error?.issues[0]?.path;
 * //=> ["timeZone"]
 * businessCalendarInputSchema.safeParse({ timeZone: "Europe/Berlin" }).error?.issues[0]?.path;
 * //=> ["hours"]
 * ```
 */
export const businessCalendarInputSchema = z.looseObject(
  {
    timeZone: z.optional(timeZoneSchema),
    hours: businessHoursSchema,
    holidays: z.optional(holidaysSchema),
  },
  { error: "must be an object { timeZone?, hours, holidays? }" },
);

/**
 * An opening range `["09:00", "17:00"]`: opening and closing time, wall clock.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes, type OpeningRange } from "salesmetrics";
 *
 * const morning: OpeningRange = ["09:00", "12:00"];
 * const afternoon: OpeningRange = ["13:00", "17:00"];
 * const calendar = businessCalendar({ hours: { mon: [morning, afternoon] } });
 * // Monday 10 June 2024, 11:00 → 14:00 UTC, over the lunch break.
 * businessMinutes("2024-06-10T11:00", "2024-06-10T14:00", calendar);
 * //=> 120
 * ```
 */
export type OpeningRange = readonly [opens: string, closes: string];
/**
 * Opening hours per day of the week; a day left out is closed.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes, type BusinessHours } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * // Saturday mornings too; Sunday is left out, so closed.
 * const hours: BusinessHours = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [["10:00", "14:00"]] };
 * // Saturday 8 June 2024, 09:00 → Monday 10:00, UTC: 4 hours on Saturday and 1 on Monday.
 * businessMinutes("2024-06-08T09:00", "2024-06-10T10:00", businessCalendar({ hours }));
 * //=> 300
 * ```
 */
export type BusinessHours = { readonly [Day in Weekday]?: readonly OpeningRange[] | undefined };

/**
 * Input of {@link businessCalendar} (what {@link businessCalendarInputSchema} accepts, with readonly arrays).
 *
 * @example
 * ```ts
 * import { businessCalendar, type BusinessCalendarInput } from "salesmetrics";
 *
 * const input: BusinessCalendarInput = {
 *   timeZone: "Europe/London",
 *   hours: { mon: [["09:00", "17:30"]], tue: [["09:00", "17:30"]] },
 *   holidays: ["2024-12-26", "2024-12-25"],
 * };
 * businessCalendar(input).holidays;
 * //=> ["2024-12-25", "2024-12-26"]
 * ```
 */
export interface BusinessCalendarInput {
  /** The IANA time zone the hours and holidays are in (default `"UTC"`). */
  readonly timeZone?: string | undefined;
  /** Opening hours per weekday; a day left out is closed. */
  readonly hours: BusinessHours;
  /** Closed dates, `YYYY-MM-DD` in the calendar's zone. */
  readonly holidays?: readonly string[] | undefined;
}

/**
 * A business calendar, as made by {@link businessCalendar}: plain, frozen data (it round-trips
 * through JSON and `businessCalendar`), carrying out of sight the caches that make business time fast.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes, type BusinessCalendar } from "salesmetrics";
 *
 * const calendar: BusinessCalendar = businessCalendar({ timeZone: "Europe/London", hours: { mon: [["09:00", "17:00"]] } });
 * const saved = JSON.stringify(calendar);
 * saved;
 * //=> '{"timeZone":"Europe/London","hours":{"mon":[["09:00","17:00"]]},"holidays":[]}'
 * // Monday 10 June 2024, 10:00 → 12:00 London time.
 * businessMinutes("2024-06-10T10:00", "2024-06-10T12:00", businessCalendar(JSON.parse(saved)));
 * //=> 120
 * ```
 */
export interface BusinessCalendar {
  /** IANA time zone of the opening hours and holidays. */
  readonly timeZone: string;
  /** Opening hours per day of the week, as given; a day left out is closed. */
  readonly hours: BusinessHours;
  /** Holidays, sorted, each once. */
  readonly holidays: readonly string[];
}

const ENGINE = Symbol("salesmetrics.businessCalendar");

/**
 * A business calendar: when a team works, in its own time zone, for business-time durations.
 *
 * Opening hours are wall-clock times in `timeZone`: "09:00" is 9 in the morning there, in winter
 * and in summer, so durations over the calendar stay right across daylight-saving changes. A day
 * may have several ranges (a lunch break is two ranges); a range ends after it starts, and
 * `"24:00"` closes at midnight. To stay open overnight, close at `"24:00"` and open the next day at
 * `"00:00"`. Holidays are dates in the zone, closed all day. This is the data Salesforce's
 * `BusinessHours` and Excel's `NETWORKDAYS.INTL` take, with the hours a day has in both.
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_businesshours.htm
 *
 * Make a calendar once and pass it to every call: it remembers each day's hours as instants, so
 * {@link businessMinutes} costs a couple of lookups instead of time-zone arithmetic.
 *
 * @param input - `timeZone`: an IANA name such as `"America/New_York"`, default `"UTC"`;
 *   `hours`: `mon` … `sun`, each a list of `["HH:mm", "HH:mm"]` opening ranges in time order
 *   (a day left out is closed; other keys are an error, as a misspelt day would close it);
 *   `holidays`: dates `"YYYY-MM-DD"`, default none.
 * @returns A frozen calendar `{ timeZone, hours, holidays }` (holidays sorted, each once).
 * @throws {KpiInputError} When the time zone is unknown, a time is not `"HH:mm"`, a range does
 *   not end after it starts or begins before the previous one ends, a day is misspelt, or a
 *   holiday is not a real date `"YYYY-MM-DD"`.
 *
 * @example
 * ```ts
 * import { businessCalendar } from "salesmetrics";
 *
 * const calendar = businessCalendar({
 *   timeZone: "America/New_York",
 *   hours: {
 *     mon: [["09:00", "12:00"], ["13:00", "17:00"]],
 *     tue: [["09:00", "17:00"]],
 *   },
 *   holidays: ["2024-12-25", "2024-07-04", "2024-12-25"],
 * });
 * calendar.holidays;
 * //=> ["2024-07-04", "2024-12-25"]
 * ```
 */
export function businessCalendar(input: BusinessCalendarInput): BusinessCalendar {
  return buildCalendar(FN, "input", input);
}

/**
 * The engine of a calendar: the calendar's own when it was made by {@link businessCalendar},
 * otherwise one made now from a plain `{ timeZone, hours, holidays }` (checked as `arg` of `fn`).
 */
export function engineOf(fn: string, arg: string, calendar: unknown): CalendarEngine {
  if (isRecord(calendar)) {
    const engine = (calendar as { [ENGINE]?: CalendarEngine })[ENGINE];
    if (engine instanceof CalendarEngine) return engine;
  }
  return (buildCalendar(fn, arg, calendar) as { [ENGINE]?: CalendarEngine })[ENGINE] as CalendarEngine;
}

function buildCalendar(fn: string, arg: string, input: unknown): BusinessCalendar {
  const fail = () => invalidInput(fn, arg, businessCalendarInputSchema, input);
  if (!isRecord(input)) throw fail();
  const zone = TimeZone.of(input.timeZone === undefined ? "UTC" : input.timeZone);
  const hoursInput = input.hours;
  if (zone === null || !isRecord(hoursInput)) throw fail();

  const hours: Partial<Record<Weekday, readonly OpeningRange[]>> = {};
  const minutes: number[][] = [];
  for (const key in hoursInput) if (!(WEEKDAYS as readonly string[]).includes(key)) throw fail();
  for (const day of WEEKDAYS) {
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

// ---------------------------------------------------------------------------------------------
// The engine: business time as a function of the instant

/** A local day of the calendar: where it lies on the timeline and its opening hours as instants. */
interface DayRecord {
  /** The instant the day begins (its midnight) and the one it ends (the next midnight). */
  readonly start: number;
  readonly end: number;
  /** Business ms from the engine's anchor day to `start`. */
  readonly cum: number;
  /** Opening intervals as instants [opens, closes, …], in order; none on a holiday or closed day. */
  readonly intervals: readonly number[];
}

/** Corrections of one block of days, see {@link CalendarEngine}. */
interface Block {
  readonly days: readonly number[];
  readonly values: readonly number[];
  readonly total: number;
}

/** Days a block holds: 27 weeks. 773 blocks are exactly 400 years (146,097 days). */
const BLOCK_DAYS = 189;
const PERIOD_BLOCKS = 773;
const PERIOD_DAYS = BLOCK_DAYS * PERIOD_BLOCKS;
/** Blocks before this one lie where offsets are constant: no day differs from its nominal hours. */
const LOW_BLOCK = Math.floor((MODEL_START / DAY - 8) / BLOCK_DAYS);
/** Blocks from this one on repeat, with the zone's offsets, those 773 blocks (400 years) earlier. */
const FOLD_BLOCK = Math.ceil((FOLD_FROM / DAY + 8) / BLOCK_DAYS);
const NEAR_DAYS = 8_192;
const MAX_CACHED_DAYS = 100_000;

/**
 * Business time between instants as the difference of one function of the instant:
 * B(t) = business ms from an anchor to t. Then business time a → b is B(b) − B(a), which is
 * additive by construction, negative when b is before a, and costs two lookups.
 *
 * B(t) = cum(day of t) + the open part of that day before t. Each local day met is computed once
 * and cached: its midnights and opening ranges placed on the timeline by the zone, and `cum`,
 * the business time of the whole days from the anchor day to it. That sum is had in closed form,
 * so a lead dated 1970-01-01 by a bad import costs some tens of milliseconds once (finding the
 * zone's transitions since), not a walk over every day in between:
 *
 *   Σ days = nominal (the weekly hours, by whole weeks) − holidays (sorted, with prefix sums)
 *          + corrections (days whose length differs from their nominal hours; only days near a
 *            DST transition whose opening hours reach it, found per block of 27 weeks).
 *
 * Corrections are 0 before 1800 and repeat every 400 years from 2500 (see {@link TimeZone}).
 * Day records live in an array for the 22 years around the anchor and in a Map beyond, cleared
 * when it holds 100,000; blocks and zone weeks are bounded by the 700 years in between.
 */
export class CalendarEngine {
  readonly zone: TimeZone;
  /** Per weekday (0 = Monday) the opening ranges in minutes [opens, closes, …]. */
  private readonly ranges: readonly (readonly number[])[];
  /** Nominal business ms per weekday and, for sums over any run of days, prefix sums over two weeks. */
  private readonly nominal: readonly number[];
  private readonly nominalPrefix: readonly number[];
  private readonly weekTotal: number;
  private readonly holidayDays: readonly number[];
  private readonly holidaySet: ReadonlySet<number>;
  private holidayPrefix: number[] | null = null;
  /** Day records within ±11 years of the anchor, at day − nearBase (an array: faster than a Map); others in `days`. */
  private near: (DayRecord | undefined)[] | null = null;
  private nearBase = 0;
  private readonly days = new Map<number, DayRecord>();
  private readonly blocks = new Map<number, Block>();
  private period: number | null = null;
  private anchor = 0;
  private guess = 0;
  private last: DayRecord | null = null;

  constructor(zone: TimeZone, minutes: readonly (readonly number[])[], holidays: readonly string[]) {
    this.zone = zone;
    this.ranges = minutes;
    this.nominal = minutes.map((ranges) => {
      let total = 0;
      for (let i = 0; i < ranges.length; i += 2) total += ((ranges[i + 1] as number) - (ranges[i] as number)) * 60_000;
      return total;
    });
    const prefix = [0];
    for (let i = 0; i < 14; i++) prefix.push((prefix[i] as number) + (this.nominal[i % 7] as number));
    this.nominalPrefix = prefix;
    this.weekTotal = prefix[7] as number;
    this.holidayDays = holidays.map((date) =>
      daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))),
    );
    this.holidaySet = new Set(this.holidayDays);
  }

  /** Business ms from instant `a` to instant `b` (epoch ms); negative when `b` is before `a`. */
  businessMs(a: number, b: number): number {
    return this.at(b) - this.at(a);
  }

  /** B(t): business ms from the anchor to instant `t`. */
  at(t: number): number {
    let record = this.last;
    if (record === null || t < record.start || t >= record.end) {
      let day = Math.floor((t + this.guess) / DAY);
      record = this.day(day);
      while (t < record.start) record = this.day(--day);
      while (t >= record.end) record = this.day(++day);
      this.last = record;
    }
    const intervals = record.intervals;
    let ms = record.cum;
    for (let i = 0; i < intervals.length; i += 2) {
      const opens = intervals[i] as number;
      if (t <= opens) break;
      const closes = intervals[i + 1] as number;
      ms += (t < closes ? t : closes) - opens;
    }
    return ms;
  }

  private day(day: number): DayRecord {
    let near = this.near;
    if (near === null) {
      // The first day met anchors the cumulative sums and the array of days around it.
      this.anchor = day;
      this.nearBase = day - NEAR_DAYS / 2;
      this.guess = this.zone.offsetAt(day * DAY);
      this.near = near = new Array<DayRecord | undefined>(NEAR_DAYS);
    }
    const index = day - this.nearBase;
    if (index >= 0 && index < NEAR_DAYS) {
      let record = near[index];
      if (record === undefined) near[index] = record = this.makeDay(day);
      return record;
    }
    let record = this.days.get(day);
    if (record === undefined) {
      record = this.makeDay(day);
      if (this.days.size >= MAX_CACHED_DAYS) this.days.clear();
      this.days.set(day, record);
    }
    return record;
  }

  private makeDay(day: number): DayRecord {
    const anchor = this.anchor;
    const { start, end, intervals } = this.place(day, this.holidaySet.has(day));
    const cum = day >= anchor ? this.wholeDays(anchor, day) : -this.wholeDays(day, anchor);
    return { start, end, cum, intervals };
  }

  /** The day's midnights and opening ranges as instants. */
  private place(day: number, closed: boolean): { start: number; end: number; intervals: number[] } {
    const zone = this.zone;
    const midnight = day * DAY;
    const start = zone.clockReaches(midnight);
    const end = zone.clockReaches(midnight + DAY);
    const intervals: number[] = [];
    if (!closed) {
      const ranges = this.ranges[weekdayOf(day)] as readonly number[];
      for (let i = 0; i < ranges.length; i += 2) {
        const opens = zone.clockReaches(midnight + (ranges[i] as number) * 60_000);
        const closes = zone.clockReaches(midnight + (ranges[i + 1] as number) * 60_000);
        if (closes > opens) intervals.push(opens, closes);
      }
    }
    return { start, end, intervals };
  }

  /** Business ms of the day as placed on the timeline (holidays ignored) minus its nominal hours. */
  private correction(day: number): number {
    const { intervals } = this.place(day, false);
    let total = 0;
    for (let i = 0; i < intervals.length; i += 2) total += (intervals[i + 1] as number) - (intervals[i] as number);
    return total - (this.nominal[weekdayOf(day)] as number);
  }

  /** Business ms of the whole days from..to-1 (from ≤ to). */
  private wholeDays(from: number, to: number): number {
    return this.nominalDays(from, to) + this.corrections(from, to) - this.holidayTotal(from, to);
  }

  private nominalDays(from: number, to: number): number {
    const count = to - from;
    const weeks = Math.floor(count / 7);
    const weekday = weekdayOf(from);
    const prefix = this.nominalPrefix;
    return weeks * this.weekTotal + (prefix[weekday + count - weeks * 7] as number) - (prefix[weekday] as number);
  }

  /** Business ms of the holidays among from..to-1 as they would have been open. */
  private holidayTotal(from: number, to: number): number {
    const days = this.holidayDays;
    if (days.length === 0) return 0;
    let prefix = this.holidayPrefix;
    if (prefix === null) {
      prefix = [0];
      for (const day of days) {
        prefix.push((prefix[prefix.length - 1] as number) + (this.nominal[weekdayOf(day)] as number) + this.correction(day));
      }
      this.holidayPrefix = prefix;
    }
    return (prefix[lowerBound(days, to)] as number) - (prefix[lowerBound(days, from)] as number);
  }

  /** Σ corrections over from..to-1 (from ≤ to). */
  private corrections(from: number, to: number): number {
    const first = Math.floor(from / BLOCK_DAYS);
    const last = Math.floor(to / BLOCK_DAYS);
    if (first === last) return this.partialBlock(first, from, to);
    return (
      this.partialBlock(first, from, (first + 1) * BLOCK_DAYS) +
      this.wholeBlocks(first + 1, last) +
      this.partialBlock(last, last * BLOCK_DAYS, to)
    );
  }

  private partialBlock(index: number, from: number, to: number): number {
    if (index < LOW_BLOCK || from >= to) return 0;
    let shift = 0;
    if (index >= FOLD_BLOCK) {
      const periods = Math.floor((index - FOLD_BLOCK) / PERIOD_BLOCKS) + 1;
      index -= periods * PERIOD_BLOCKS;
      shift = periods * PERIOD_DAYS;
    }
    const block = this.block(index);
    let sum = 0;
    for (let i = 0; i < block.days.length; i++) {
      const day = (block.days[i] as number) + shift;
      if (day >= from && day < to) sum += block.values[i] as number;
    }
    return sum;
  }

  /** Σ corrections of the blocks first..last-1. */
  private wholeBlocks(first: number, last: number): number {
    let sum = 0;
    const directEnd = Math.min(last, FOLD_BLOCK);
    for (let index = Math.max(first, LOW_BLOCK); index < directEnd; index++) sum += this.block(index).total;
    const foldedStart = Math.max(first, FOLD_BLOCK);
    if (foldedStart < last) {
      const periods = Math.floor((last - foldedStart) / PERIOD_BLOCKS);
      if (periods > 0) sum += periods * this.periodTotal();
      for (let index = foldedStart + periods * PERIOD_BLOCKS; index < last; index++) {
        sum += this.block(index - (Math.floor((index - FOLD_BLOCK) / PERIOD_BLOCKS) + 1) * PERIOD_BLOCKS).total;
      }
    }
    return sum;
  }

  private periodTotal(): number {
    if (this.period === null) {
      let sum = 0;
      for (let index = FOLD_BLOCK - PERIOD_BLOCKS; index < FOLD_BLOCK; index++) sum += this.block(index).total;
      this.period = sum;
    }
    return this.period;
  }

  /**
   * The days of a block (below FOLD_BLOCK) whose business time differs from their nominal hours,
   * holidays ignored. Only a day within 5 days of a transition can: elsewhere every wall time
   * of the day maps to the timeline with one offset.
   */
  private block(index: number): Block {
    let block = this.blocks.get(index);
    if (block === undefined) {
      const first = index * BLOCK_DAYS;
      const last = first + BLOCK_DAYS;
      const transitions = this.zone.transitions((first - 6) * DAY, (last + 6) * DAY);
      const candidates = new Set<number>();
      for (let i = 0; i < transitions.length; i += 2) {
        const near = Math.floor((transitions[i] as number) / DAY);
        for (let day = Math.max(first, near - 5); day <= Math.min(last - 1, near + 5); day++) candidates.add(day);
      }
      const days: number[] = [];
      const values: number[] = [];
      let total = 0;
      for (const day of [...candidates].sort((a, b) => a - b)) {
        const value = this.correction(day);
        if (value !== 0) {
          days.push(day);
          values.push(value);
          total += value;
        }
      }
      block = { days, values, total };
      this.blocks.set(index, block);
    }
    return block;
  }
}
