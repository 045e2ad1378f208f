import * as z from "zod/mini";

/**
 * An instant as a caller may hold it: a `Date`, an ISO-8601 string, or epoch milliseconds.
 *
 * Strings follow ISO 8601 / RFC 3339 in their common forms: `2024-03-08`, `2024-03-08T14:30`,
 * `2024-03-08T14:30:15`, `2024-03-08T14:30:15.250` (1 to 9 decimals, read to the millisecond),
 * each time optionally followed by `Z` or an offset `+01:00` / `+0100` / `+01`; `T` may be `t`
 * or a space (`2024-03-08 14:30:00`, as CRM exports write it). A string without an offset is a
 * wall-clock time, read in the time zone the function is given (default UTC); a date alone is
 * its midnight there. Anything else (`"2024-13-01"`, `"March 8"`, `"1709900000000"`) is rejected,
 * as is an Invalid Date.
 *
 * A number is epoch milliseconds, and only where it plausibly is: from 100,000,000,000
 * (1973-03-03T09:46:40Z) to 253,402,300,799,999 (9999-12-31T23:59:59.999Z). The numbers that CRM
 * exports and spreadsheets hand dates over as (yyyymmdd integers such as `19970101`, Excel serial
 * days such as `42809`, epoch seconds such as `1489536000`) all fall outside that range, so they are
 * rejected with an error that names the likely misreading, never read as a moment of January
 * 1970. Pass earlier instants as a `Date` or an ISO-8601 string.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type Instant } from "salesmetrics";
 *
 * // A Date, a string as a CRM exports it, and epoch milliseconds.
 * const closedAt: Instant[] = [new Date("2024-03-08T09:00:00Z"), "2024-03-20 14:30:00", Date.UTC(2024, 3, 2)];
 * revenueByPeriod(closedAt.map((date) => ({ date, amount: 1000 }))).map((row) => [row.period, row.count]);
 * //=> [["2024-03", 2], ["2024-04", 1]]
 * ```
 */
export type Instant = Date | string | number;

const INSTANT = "is not a valid date";

/** The smallest number read as epoch milliseconds: 1973-03-03T09:46:40Z (see {@link Instant}). */
export const MIN_NUMERIC_INSTANT_MS = 100_000_000_000;
/** The largest number read as epoch milliseconds: 9999-12-31T23:59:59.999Z. */
export const MAX_NUMERIC_INSTANT_MS = 253_402_300_799_999;

/** `true` when `value` is a number in the range read as epoch milliseconds. */
function isNumericInstant(value: number): boolean {
  return value >= MIN_NUMERIC_INSTANT_MS && value <= MAX_NUMERIC_INSTANT_MS;
}

const NUMERIC_RANGE = "an instant is a Date, an ISO-8601 string, or epoch milliseconds from 1973-03-03 to 9999-12-31";

/**
 * Why a number is not an instant, naming the likely misreading: each of the three ways exports
 * hand dates over as numbers has a range of its own, disjoint from the others and from epoch
 * milliseconds.
 */
function numericInstantMessage(value: number): string {
  const misreading = numericMisreading(value);
  return `${INSTANT}: ${misreading === null ? "" : `it looks like ${misreading}, not epoch milliseconds; `}${NUMERIC_RANGE}`;
}

function numericMisreading(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    const year = Math.floor(value / 10_000);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return `a yyyymmdd date ("${isoDate(daysFromCivil(year, month, day))}")`;
    }
  }
  // Excel's 1900 date system: serial 1 is 1900-01-01, and 60 is the 29 February 1900 that Excel
  // invented (after Lotus 1-2-3), so from 61 on serial n is 1899-12-30 plus n days.
  if (value >= 1 && value < 2_958_466) {
    const serialDay = Math.floor(value);
    const date = serialDay === 60 ? "1900-02-29, a day Excel counts but the calendar lacks" : isoDate(daysFromCivil(1899, 12, serialDay < 60 ? 31 : 30) + serialDay);
    return `an Excel serial date (${date})`;
  }
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8 && magnitude < MIN_NUMERIC_INSTANT_MS) return `epoch seconds (${new Date(value * 1000).toISOString()})`;
  if (value > MAX_NUMERIC_INSTANT_MS && value <= MAX_NUMERIC_INSTANT_MS * 1000) {
    return `epoch microseconds (${new Date(Math.trunc(value / 1000)).toISOString()})`;
  }
  if (value > MAX_NUMERIC_INSTANT_MS * 1000 && value <= MAX_NUMERIC_INSTANT_MS * 1e6) {
    return `epoch nanoseconds (${new Date(Math.trunc(value / 1e6)).toISOString()})`;
  }
  return null;
}

/** `"YYYY-MM-DD"` of a day number (days since 1970-01-01). */
function isoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/**
 * The accepted ISO-8601 forms (see {@link Instant}); the field ranges (month 01–12, a day that
 * exists in its month, hour 00–23, minute and second 00–59, offset hours 00–23) are checked
 * separately by {@link isoFieldsValid}.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

function isoFieldsValid(text: string): boolean {
  const match = ISO_INSTANT.exec(text);
  if (match === null) return false;
  const [, year, month, day, hour = "0", minute = "0", second = "0", offsetHours = "0", offsetMinutes = "0"] = match;
  const m = Number(month);
  return (
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth(Number(year), m) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetHours) <= 23 &&
    Number(offsetMinutes) <= 59
  );
}

/**
 * Schema for {@link Instant}: a valid `Date`, an ISO-8601 string naming a real calendar time,
 * or epoch milliseconds from 1973-03-03 to 9999-12-31 (a yyyymmdd integer, an Excel serial or
 * epoch seconds is rejected with a message that names it). The schema says what is valid; reading a
 * string without an offset needs a time zone, which the function using it supplies. JSON Schema
 * cannot express a `Date`; it is emitted as `{}` there (with `unrepresentable: "any"`).
 *
 * @example
 * ```ts
 * import { instantSchema } from "salesmetrics";
 *
 * instantSchema.safeParse("2024-03-08 14:30:00").success;
 * //=> true
 * instantSchema.safeParse(1709900000000).success;
 * //=> true
 * // 30 February does not exist; "March 8" is not ISO 8601.
 * instantSchema.safeParse("2024-02-30").error?.issues[0]?.message;
 * //=> "is not a valid date"
 * instantSchema.safeParse("March 8").success;
 * //=> false
 * // A number is epoch milliseconds only from 1973 on: 19970101 is not a moment of 1 January 1970.
 * instantSchema.safeParse(19970101).error?.issues[0]?.message;
 * //=> 'is not a valid date: it looks like a yyyymmdd date ("1997-01-01"), not epoch milliseconds; an instant is a Date, an ISO-8601 string, or epoch milliseconds from 1973-03-03 to 9999-12-31'
 * ```
 */
export const instantSchema = z.union(
  [
    z.date({ error: INSTANT }),
    z.string({ error: INSTANT }).check(
      z.regex(ISO_INSTANT, { error: INSTANT }),
      // Only for strings of the right form, so a malformed one gets one issue, not two.
      z.refine((text) => !ISO_INSTANT.test(text) || isoFieldsValid(text), { error: INSTANT }),
    ),
    z.number({ error: INSTANT }).check(
      z.refine(isNumericInstant, { error: (issue) => numericInstantMessage(issue.input as number) }),
    ),
  ],
  { error: INSTANT },
);

/** Fast check equivalent to {@link instantSchema}. */
export function isInstant(value: unknown): value is Instant {
  const ms = toEpochMs(value, UTC);
  return ms === ms; // not NaN
}

/**
 * Epoch milliseconds of an instant, or `NaN` when it is not a valid {@link Instant} (this never
 * throws: callers report the error with {@link instantSchema}). A string without an offset is
 * read in `zone`. Costs a few nanoseconds for a number or a `Date`, and a few tens for a string:
 * strings are read character by character, never by `Date.parse` (which accepts garbage).
 */
export function toEpochMs(value: unknown, zone: TimeZone): number {
  if (typeof value === "number") return isNumericInstant(value) ? value : NaN;
  if (typeof value === "string") return parseIsoInstant(value, zone);
  if (value instanceof Date) return value.getTime() + 0;
  return NaN;
}

// ---------------------------------------------------------------------------------------------
// Reading ISO-8601 strings

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Milliseconds in a day of UTC (local days in a zone may be 23 or 25 hours long). */
export const DAY = 86_400_000;

/** Two ASCII digits at `i` as a number, or -1. Past the end `charCodeAt` is NaN, which fails too. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function parseIsoInstant(text: string, zone: TimeZone): number {
  const length = text.length;
  if (length < 10 || length > 35) return NaN;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yy < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const midnight = daysFromCivil(year, month, day) * DAY;
  if (length === 10) return zone.wallToEpoch(midnight);

  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return NaN; // T, t, space
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || text.charCodeAt(13) !== 58 || minute < 0 || minute > 59) return NaN;
  let wall = midnight + hour * HOUR + minute * MINUTE;
  let i = 16;
  if (text.charCodeAt(i) === 58) {
    const second = twoDigits(text, i + 1);
    if (second < 0 || second > 59) return NaN;
    wall += second * 1000;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      // A fraction of 1 to 9 digits, read to the millisecond (as Date.parse reads it).
      const start = ++i;
      let millis = 0;
      for (let digit = text.charCodeAt(i) - 48; digit >= 0 && digit <= 9; digit = text.charCodeAt(i) - 48) {
        if (i - start < 3) millis = millis * 10 + digit;
        i++;
      }
      const digits = i - start;
      if (digits < 1 || digits > 9) return NaN;
      wall += digits === 1 ? millis * 100 : digits === 2 ? millis * 10 : millis;
    }
  }
  if (i === length) return zone.wallToEpoch(wall);

  const sign = text.charCodeAt(i);
  if (sign === 90 || sign === 122) return i + 1 === length ? wall : NaN; // Z, z
  if (sign !== 43 && sign !== 45) return NaN; // +, -
  const offsetHours = twoDigits(text, i + 1);
  if (offsetHours < 0 || offsetHours > 23) return NaN;
  i += 3;
  let offsetMinutes = 0;
  if (i < length) {
    if (text.charCodeAt(i) === 58) i++;
    offsetMinutes = twoDigits(text, i);
    if (offsetMinutes < 0 || offsetMinutes > 59 || i + 2 !== length) return NaN;
  }
  const offset = offsetHours * HOUR + offsetMinutes * MINUTE;
  return sign === 43 ? wall - offset : wall + offset;
}

// ---------------------------------------------------------------------------------------------
// Civil (proleptic Gregorian) calendar arithmetic, without Date

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a civil date (month 1–12), negative before it.
 * Howard Hinnant's `days_from_civil`: https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * year × 12 + (month − 1) of a day number (days since 1970-01-01), without allocating: the
 * hot path of grouping by month, quarter or year.
 * Hinnant's `civil_from_days`: https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 */
export function monthIndexOfDay(dayNumber: number): number {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month0 = shiftedMonth < 10 ? shiftedMonth + 2 : shiftedMonth - 10; // 0 = January
  const year = yearOfEra + era * 400 + (month0 <= 1 ? 1 : 0);
  return year * 12 + month0;
}

/** The civil date of a day number (days since 1970-01-01), inverse of {@link daysFromCivil}. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const monthIndex = monthIndexOfDay(dayNumber);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: dayNumber - daysFromCivil(year, month, 1) + 1 };
}

/** Day of the week of a day number (days since 1970-01-01): 0 = Monday … 6 = Sunday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------------------------
// Time zones

const WEEK = 7 * DAY;
/** 400 Gregorian years: 146,097 days, exactly 20,871 weeks, after which calendar and weekdays repeat. */
export const PERIOD = 146_097 * DAY;
/** Offsets before this instant (the week of 1800-01-01) are taken as constant: the zone's local mean time. */
export const MODEL_START = Math.floor(Date.UTC(1800, 0, 1) / WEEK) * WEEK;
/** From this instant (the week of 2500-01-01) on, offsets repeat those of 400 years earlier. */
export const FOLD_FROM = Math.ceil(Date.UTC(2500, 0, 1) / WEEK) * WEEK;

/** A week's offsets: the offset at its start and, rarely, its transitions as [ms into the week, new offset, …]. */
interface WeekOffsets {
  readonly offset: number;
  readonly transitions: readonly number[] | null;
}

/**
 * A time zone's UTC offsets and the conversion of wall-clock times to instants, fast.
 *
 * `Intl.DateTimeFormat` is the only source of time-zone rules in a browser, and it costs
 * microseconds a call (and ~170 µs to create). So a zone asks it once a week of time: the offset
 * at the start of each UTC week it meets, and when the next week starts at another offset, the
 * transition between them to the second, by bisection. Everything else is a `Map` lookup, and a
 * wall-clock day with no transition near it is remembered with its single offset.
 *
 * The model this gives, which every salesmetrics computation then follows consistently:
 * offsets before 1800 are the zone's local mean time of 1800 (tzdb has no earlier rules), from
 * 2500 on they repeat those of 400 years earlier (the rules in force then are periodic), and two
 * transitions within the same week that return to the same offset are not seen (no zone has had
 * one since 1800 in the tz database this was checked against).
 *
 * The caches live in the object and only grow with the span of time it is asked about.
 */
export class TimeZone {
  /** The IANA name, as given. */
  readonly name: string;
  private readonly format: Intl.DateTimeFormat | null;
  private readonly weeks = new Map<number, WeekOffsets>();
  /** Wall-clock day number → its single offset, or NaN when a transition is near it. */
  private readonly wallDays = new Map<number, number>();

  private constructor(name: string, format: Intl.DateTimeFormat | null) {
    this.name = name;
    this.format = format;
  }

  /** The zone named `name`, or `null` when `Intl` does not know it (or `name` is not a string). */
  static of(name: unknown): TimeZone | null {
    if (typeof name !== "string") return null;
    if (name === "UTC") return UTC;
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone: name,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      return null;
    }
    return new TimeZone(name, format.resolvedOptions().timeZone === "UTC" ? null : format);
  }

  /** UTC: offset 0 always, without asking `Intl`. */
  static readonly utc: TimeZone = new TimeZone("UTC", null);

  /** The offset (local minus UTC, in ms) in force at instant `t`. */
  offsetAt(t: number): number {
    if (this.format === null) return 0;
    const weekStart = Math.floor(t / WEEK) * WEEK;
    const week = this.week(weekStart);
    const transitions = week.transitions;
    if (transitions === null) return week.offset;
    const intoWeek = t - weekStart;
    let offset = week.offset;
    for (let i = 0; i < transitions.length && intoWeek >= (transitions[i] as number); i += 2) {
      offset = transitions[i + 1] as number;
    }
    return offset;
  }

  /**
   * The instant of a wall-clock time (`wall` = its fields as if in UTC, in ms), read as RFC 9557
   * and Temporal's `"compatible"` do: in a repeated hour, the earlier instant; in a skipped hour,
   * with the offset before the change (02:30 on a spring-forward night in New York is 03:30 EDT).
   */
  wallToEpoch(wall: number): number {
    if (this.format === null) return wall;
    const offset = this.steadyOffset(wall);
    return offset === offset ? wall - offset : this.resolve(wall, false);
  }

  /**
   * The first instant at which the zone's clocks show `wall` or later. Unlike
   * {@link wallToEpoch} this never goes back in time as `wall` increases: a wall time skipped by
   * a spring-forward change maps to the instant of the change, and in a repeated hour the clocks
   * reach it first in the earlier offset. Opening hours are placed on the timeline with it.
   */
  clockReaches(wall: number): number {
    if (this.format === null) return wall;
    const offset = this.steadyOffset(wall);
    return offset === offset ? wall - offset : this.resolve(wall, true);
  }

  /**
   * The transitions in [from, to] as [instant, offset after, …], in order. `to - from` should be
   * days or months: the zone is asked about every week in between.
   */
  transitions(from: number, to: number): number[] {
    const found: number[] = [];
    if (this.format === null) return found;
    for (let weekStart = Math.floor(from / WEEK) * WEEK; weekStart <= to; weekStart += WEEK) {
      const transitions = this.week(weekStart).transitions;
      if (transitions === null) continue;
      for (let i = 0; i < transitions.length; i += 2) {
        const at = weekStart + (transitions[i] as number);
        if (at >= from && at <= to) found.push(at, transitions[i + 1] as number);
      }
    }
    return found;
  }

  /** The offset of every instant whose wall clock falls on the day of `wall`, or NaN if a transition is near. */
  private steadyOffset(wall: number): number {
    const day = Math.floor(wall / DAY);
    let offset = this.wallDays.get(day);
    if (offset === undefined) {
      // Offsets are within ±1 day and a change moves clocks at most a day, so no transition in
      // this window means every wall time of the day maps with the same offset.
      const from = day * DAY - 3 * DAY;
      offset = this.transitions(from, from + 7 * DAY).length === 0 ? this.offsetAt(from) : NaN;
      if (this.wallDays.size >= 100_000) this.wallDays.clear();
      this.wallDays.set(day, offset);
    }
    return offset;
  }

  /** Walks the constant-offset stretches around `wall` to place it exactly (see the two callers). */
  private resolve(wall: number, reaches: boolean): number {
    let start = wall - 3 * DAY;
    let offset = this.offsetAt(start);
    let previous = offset;
    const transitions = this.transitions(start + 1, wall + 3 * DAY);
    for (let i = 0; ; i += 2) {
      const end = i < transitions.length ? (transitions[i] as number) : Infinity;
      if (wall < end + offset) {
        // The clocks reach `wall` in this stretch, or skipped it just as the stretch began.
        if (wall - offset >= start) return wall - offset;
        return reaches ? start : wall - previous;
      }
      previous = offset;
      start = end;
      offset = transitions[i + 1] as number;
    }
  }

  /** The offsets of the UTC week starting at `weekStart`, from the cache or from `Intl`. */
  private week(weekStart: number): WeekOffsets {
    if (weekStart < MODEL_START) weekStart = MODEL_START - WEEK; // local mean time: one constant week
    else if (weekStart >= FOLD_FROM) weekStart -= Math.floor((weekStart - FOLD_FROM) / PERIOD + 1) * PERIOD;
    let week = this.weeks.get(weekStart);
    if (week === undefined) {
      week = this.computeWeek(weekStart);
      this.weeks.set(weekStart, week);
    }
    return week;
  }

  private computeWeek(weekStart: number): WeekOffsets {
    if (weekStart < MODEL_START) return { offset: this.week(MODEL_START).offset, transitions: null };
    const offset = this.intlOffset(weekStart);
    const weekEnd = weekStart + WEEK;
    // The week before the fold ends where the folded weeks begin, so the model has no seam there.
    const endOffset = weekEnd >= FOLD_FROM ? this.week(weekEnd).offset : this.intlOffset(weekEnd);
    if (offset === endOffset) return { offset, transitions: null };
    const transitions: number[] = [];
    let low = weekStart;
    let lowOffset = offset;
    while (lowOffset !== endOffset) {
      // Bisect to the second for the first instant after `low` at another offset.
      let high = weekEnd;
      let highOffset = endOffset;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        const middleOffset = this.intlOffset(middle);
        if (middleOffset === lowOffset) low = middle;
        else {
          high = middle;
          highOffset = middleOffset;
        }
      }
      if (high === weekEnd) {
        transitions.push(WEEK, endOffset);
        break;
      }
      transitions.push(high - weekStart, highOffset);
      low = high;
      lowOffset = highOffset;
    }
    return { offset, transitions };
  }

  /** The offset at `t` (a whole second) from `Intl`: the wall clock it formats minus `t`. */
  private intlOffset(t: number): number {
    const text = (this.format as Intl.DateTimeFormat).format(t); // "12/31/2023, 19:00:00"
    const fields = [0, 0, 0, 0, 0, 0];
    let field = 0;
    let inNumber = false;
    for (let i = 0; i < text.length && field < 6; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit >= 0 && digit <= 9) {
        fields[field] = (fields[field] as number) * 10 + digit;
        inNumber = true;
      } else if (inNumber) {
        field++;
        inNumber = false;
      }
    }
    const [month, day, year, hour, minute, second] = fields as [number, number, number, number, number, number];
    const wall = daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * MINUTE + second * 1000;
    return wall - t;
  }
}

/** The local date of instant `t` (epoch ms) in `zone`, as a day number (days since 1970-01-01). */
export function localDay(zone: TimeZone, t: number): number {
  return Math.floor((t + zone.offsetAt(t)) / DAY);
}

/**
 * The end of the local date of instant `t`: the first instant (epoch ms) at which the zone's clocks
 * reach the next date. An `asOf` option names a day through its end: what happened before this
 * instant happened by `asOf`.
 */
export function endOfLocalDay(zone: TimeZone, t: number): number {
  return zone.clockReaches((localDay(zone, t) + 1) * DAY);
}

/**
 * Calendar days from `from` to `to` (epoch ms) in `zone`, as Temporal's `ZonedDateTime#until`
 * totals them in days: n = the most whole days that can be added to `from` on the zone's clocks
 * without passing `to`, plus the rest as a share of the next day's real length. So 1 March to
 * 15 March is 14 days in New York although 13 days and 23 hours elapse, 18:00 to 18:00 the next
 * day is 1 day even across a change, a date whose midnight a change skips starts at its first
 * instant, and the result never decreases as `to` grows (an hour the clocks repeat adds its real
 * time). In UTC, and wherever no change is involved, it is (to − from) ÷ 86,400,000.
 * https://tc39.es/proposal-temporal/docs/zoneddatetime.html#until
 */
export function localDaysBetween(zone: TimeZone, from: number, to: number): number {
  if (zone === UTC) return (to - from) / DAY + 0; // every day 24 hours: the hot path of the day-counting KPIs
  if (to < from) return -localDaysBetween(zone, to, from);
  let wallFrom = from + zone.offsetAt(from);
  const midnight = Math.floor(wallFrom / DAY) * DAY;
  // A date whose midnight a change skipped starts at its first instant: counted from its midnight.
  if (wallFrom !== midnight && zone.clockReaches(midnight) === from) wallFrom = midnight;
  // An estimate from the dates, then corrected: `to` may lie earlier in its day than `from`.
  let days = localDay(zone, to) - Math.floor(wallFrom / DAY);
  let start = zone.wallToEpoch(wallFrom + days * DAY);
  while (days > 0 && start > to) start = zone.wallToEpoch(wallFrom + --days * DAY);
  let end = zone.wallToEpoch(wallFrom + (days + 1) * DAY);
  while (end <= to) {
    days++;
    start = end;
    end = zone.wallToEpoch(wallFrom + (days + 1) * DAY);
  }
  if (start === from + days * DAY && end - start === DAY) return (to - from) / DAY + 0;
  return days + (to - start) / (end - start);
}

/** The UTC zone, shared: it holds no cache. */
export const UTC: TimeZone = TimeZone.utc;

const TIME_ZONE = 'must be an IANA time zone name, such as "America/New_York" or "UTC"';

/**
 * Schema for a time zone option: an IANA name the platform's `Intl` knows, such as
 * `"Europe/Berlin"` (case-insensitive; aliases such as `"US/Eastern"` are accepted too).
 *
 * @example
 * ```ts
 * import { timeZoneSchema } from "salesmetrics";
 *
 * timeZoneSchema.safeParse("Europe/Berlin").success;
 * //=> true
 * // A city alone or a UTC offset is not an IANA name.
 * timeZoneSchema.safeParse("Berlin").success;
 * //=> false
 * timeZoneSchema.safeParse("+01:00").error?.issues[0]?.message;
 * //=> 'must be an IANA time zone name, such as "America/New_York" or "UTC"'
 * ```
 */
export const timeZoneSchema = z
  .string({ error: TIME_ZONE })
  .check(z.refine((name) => TimeZone.of(name) !== null, { error: TIME_ZONE }));
