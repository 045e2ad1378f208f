// Civil (proleptic Gregorian) calendar arithmetic on day numbers (days since 1970-01-01), without Date.

/** Milliseconds in a minute and an hour. */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
/** Milliseconds in a day of UTC (local days in a zone may be 23 or 25 hours long). */
export const DAY = 86_400_000;

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
