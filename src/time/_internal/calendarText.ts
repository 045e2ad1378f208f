// The text forms of a business calendar's data: opening times "HH:mm" and holiday dates "YYYY-MM-DD".

import { daysInMonth } from "../../_internal/civilCalendar.js";

/** An opening time "HH:mm" from "00:00" to "23:59", and a closing time up to "24:00". */
/** The days of the week in the order the engine indexes them (the public WEEKDAYS). */
export const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export const START_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const END_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** A date "YYYY-MM-DD" (its fields are checked by {@link isValidDate}). */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "09:30" → 570. Only for strings that passed START_TIME or END_TIME. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A date "YYYY-MM-DD" that exists in the calendar. */
export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** An opening range ["HH:mm", "HH:mm"] of valid times (not yet checked for order). */
export function isRange(value: unknown): value is readonly [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    typeof value[1] === "string" &&
    START_TIME.test(value[0]) &&
    END_TIME.test(value[1])
  );
}
