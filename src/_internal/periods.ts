// Calendar periods of local days: reading the period options, the key of a day's period, a
// period's label and span, and labels read back.

import { periodOptionsSchema, type Period, type PeriodOptions } from "../core/periods.js";
import { civilFromDays, daysFromCivil, daysInMonth, monthIndexOfDay } from "./civilCalendar.js";
import { TimeZone } from "./timeZone.js";
import { invalidInput, isOptionsArgument } from "./validate.js";

/** {@link PeriodOptions} checked, with their defaults filled in and the zone ready to use. */
export function readPeriodOptions(
  fn: string,
  options: PeriodOptions | undefined,
): { period: Period; zone: TimeZone; fiscalStart: number } {
  const period = options?.period === undefined ? "month" : options.period;
  const fiscalStart = options?.fiscalYearStartMonth === undefined ? 1 : options.fiscalYearStartMonth;
  const zone = TimeZone.of(options?.timeZone === undefined ? "UTC" : options.timeZone);
  if (
    !isOptionsArgument(options) ||
    zone === null ||
    (period !== "day" && period !== "week" && period !== "month" && period !== "quarter" && period !== "year") ||
    !Number.isInteger(fiscalStart) ||
    fiscalStart < 1 ||
    fiscalStart > 12
  ) {
    throw invalidInput(fn, "options", periodOptionsSchema, options);
  }
  return { period, zone, fiscalStart };
}

/**
 * An integer per period for a local day number (days since 1970-01-01 in the zone), such
 * that consecutive periods have consecutive keys. Weeks are ISO weeks (Monday to Sunday);
 * quarters and years start in `fiscalStartMonth`.
 */
export function periodKeyOfDay(dayNumber: number, period: Period, fiscalStartMonth: number): number {
  switch (period) {
    case "day":
      return dayNumber;
    case "week":
      return Math.floor((dayNumber + 3) / 7); // 1970-01-01 was a Thursday: its week began on day −3
    case "month":
      return monthIndexOfDay(dayNumber);
    case "quarter":
      return Math.floor((monthIndexOfDay(dayNumber) - (fiscalStartMonth - 1)) / 3);
    case "year":
      return Math.floor((monthIndexOfDay(dayNumber) - (fiscalStartMonth - 1)) / 12);
  }
}

/** A period's label and its first and last local day numbers. */
export interface PeriodSpan {
  label: string;
  firstDay: number;
  lastDay: number;
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** The local date "YYYY-MM-DD" of a day number. */
export function dayLabel(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function firstDayOfMonthIndex(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return daysFromCivil(year, monthIndex - year * 12 + 1, 1);
}

/**
 * The label and bounds of the period with key `key` (see {@link periodKeyOfDay}). Labels:
 * `2017-03-08`, ISO weeks `2017-W09`, `2017-03`, `2017-Q1` and `2017`. With a fiscal year
 * starting in another month than January, quarters and years are labelled by the calendar
 * year the fiscal year ends in: with `fiscalStartMonth` 10, October 2016 opens `FY2017-Q1`.
 */
export function periodSpan(key: number, period: Period, fiscalStartMonth: number): PeriodSpan {
  switch (period) {
    case "day":
      return { label: dayLabel(key), firstDay: key, lastDay: key };
    case "week": {
      const monday = key * 7 - 3;
      // An ISO week belongs to the year of its Thursday, and is numbered from that year's first Thursday.
      const thursdayYear = civilFromDays(monday + 3).year;
      const week = Math.floor((monday + 3 - daysFromCivil(thursdayYear, 1, 1)) / 7) + 1;
      return { label: `${pad(thursdayYear, 4)}-W${pad(week, 2)}`, firstDay: monday, lastDay: monday + 6 };
    }
    case "month": {
      const year = Math.floor(key / 12);
      const month = key - year * 12 + 1;
      const firstDay = daysFromCivil(year, month, 1);
      return { label: `${pad(year, 4)}-${pad(month, 2)}`, firstDay, lastDay: firstDay + daysInMonth(year, month) - 1 };
    }
    case "quarter": {
      const startMonth = key * 3 + (fiscalStartMonth - 1);
      const fiscalYear = Math.floor(key / 4) + (fiscalStartMonth === 1 ? 0 : 1);
      const quarter = key - Math.floor(key / 4) * 4 + 1;
      const prefix = fiscalStartMonth === 1 ? "" : "FY";
      return {
        label: `${prefix}${pad(fiscalYear, 4)}-Q${quarter}`,
        firstDay: firstDayOfMonthIndex(startMonth),
        lastDay: firstDayOfMonthIndex(startMonth + 3) - 1,
      };
    }
    case "year": {
      const startMonth = key * 12 + (fiscalStartMonth - 1);
      const label = fiscalStartMonth === 1 ? pad(key, 4) : `FY${pad(key + 1, 4)}`;
      return { label, firstDay: firstDayOfMonthIndex(startMonth), lastDay: firstDayOfMonthIndex(startMonth + 12) - 1 };
    }
  }
}

/** What a period label names, and its position: consecutive periods of a kind have consecutive ordinals. */
export interface ParsedPeriodLabel {
  kind: "day" | "week" | "month" | "quarter" | "year" | "fiscalQuarter" | "fiscalYear";
  ordinal: number;
}

const LABEL_FORMS = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})-W(\d{2})|(\d{4})-(\d{2})|(FY)?(\d{4})-Q([1-4])|(FY)?(\d{4}))$/;

/**
 * Reads a label as {@link periodSpan} writes it (`2017-03-08`, `2017-W09`, `2017-03`,
 * `2017-Q1`, `FY2017-Q1`, `2017`, `FY2017`); `null` for anything else, such as a month 13 or a
 * week its year does not have.
 */
export function parsePeriodLabel(label: string): ParsedPeriodLabel | null {
  const m = LABEL_FORMS.exec(label);
  if (m === null) return null;
  if (m[1] !== undefined) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { kind: "day", ordinal: daysFromCivil(year, month, day) };
  }
  if (m[4] !== undefined) {
    const [year, week] = [Number(m[4]), Number(m[5])];
    // Week 1 is the week holding 4 January; its Monday is day − weekday (0 = Monday).
    const january4 = daysFromCivil(year, 1, 4);
    const firstMonday = january4 - ((((january4 + 3) % 7) + 7) % 7);
    const ordinal = Math.floor((firstMonday + 3) / 7) + week - 1;
    if (week < 1 || periodSpan(ordinal, "week", 1).label !== label) return null; // e.g. a week 53 the year lacks
    return { kind: "week", ordinal };
  }
  if (m[6] !== undefined) {
    const month = Number(m[7]);
    return month >= 1 && month <= 12 ? { kind: "month", ordinal: Number(m[6]) * 12 + month - 1 } : null;
  }
  if (m[9] !== undefined) {
    return { kind: m[8] === undefined ? "quarter" : "fiscalQuarter", ordinal: Number(m[9]) * 4 + Number(m[10]) - 1 };
  }
  return { kind: m[11] === undefined ? "year" : "fiscalYear", ordinal: Number(m[12]) };
}

/** The label of a period given by kind and ordinal (the inverse of {@link parsePeriodLabel}). */
export function periodLabel({ kind, ordinal }: ParsedPeriodLabel): string {
  switch (kind) {
    case "day":
      return periodSpan(ordinal, "day", 1).label;
    case "week":
      return periodSpan(ordinal, "week", 1).label;
    case "month":
      return periodSpan(ordinal, "month", 1).label;
    case "quarter":
    case "fiscalQuarter": {
      const year = Math.floor(ordinal / 4);
      return `${kind === "fiscalQuarter" ? "FY" : ""}${pad(year, 4)}-Q${ordinal - year * 4 + 1}`;
    }
    case "year":
    case "fiscalYear":
      return `${kind === "fiscalYear" ? "FY" : ""}${pad(ordinal, 4)}`;
  }
}
