// Reading instants: epoch milliseconds of a Date, an ISO-8601 string or a number (the fast path of
// every function that takes dates), and the messages that name a misread number.

import type { Instant } from "../core/instant.js";
import { DAY, daysFromCivil, daysInMonth, HOUR, MINUTE } from "./civilCalendar.js";
import { UTC, type TimeZone } from "./timeZone.js";

/** The message of an invalid instant. */
export const INSTANT = "is not a valid date";

/** The smallest number read as epoch milliseconds: 1973-03-03T09:46:40Z (see {@link Instant}). */
export const MIN_NUMERIC_INSTANT_MS = 100_000_000_000;
/** The largest number read as epoch milliseconds: 9999-12-31T23:59:59.999Z. */
export const MAX_NUMERIC_INSTANT_MS = 253_402_300_799_999;

/** `true` when `value` is a number in the range read as epoch milliseconds. */
export function isNumericInstant(value: number): boolean {
  return value >= MIN_NUMERIC_INSTANT_MS && value <= MAX_NUMERIC_INSTANT_MS;
}

const NUMERIC_RANGE = "an instant is a Date, an ISO-8601 string, or epoch milliseconds from 1973-03-03 to 9999-12-31";

/**
 * Why a number is not an instant, naming the likely misreading: each of the three ways exports
 * hand dates over as numbers has a range of its own, disjoint from the others and from epoch
 * milliseconds.
 */
export function numericInstantMessage(value: number): string {
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
    const date =
      serialDay === 60
        ? "1900-02-29, a day Excel counts but the calendar lacks"
        : isoDate(daysFromCivil(1899, 12, serialDay < 60 ? 31 : 30) + serialDay);
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
export const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

export function isoFieldsValid(text: string): boolean {
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

/** Fast check equivalent to {@link instantSchema}. */
export function isInstant(value: unknown): value is Instant {
  const ms = toEpochMs(value, UTC);
  return !Number.isNaN(ms);
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
