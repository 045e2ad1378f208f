import { daysFromCivil, weekdayOf } from "../../_internal/civilCalendar.js";
import { lowerBound } from "../../_internal/sorted.js";
import type { BusinessCalendar, BusinessCalendarInput } from "../businessCalendar.js";
import { WEEKDAY_NAMES } from "./calendarText.js";

/**
 * Counts a valid calendar's business days over runs of local dates: the days whose weekday has
 * opening hours and that are not holidays. Made once per call from the calendar's data.
 */
export class BusinessDayCounter {
  /** Per weekday (0 = Monday): whether it has opening hours. */
  private readonly open: readonly boolean[];
  private readonly openPerWeek: number;
  /** Holidays that fall on an open weekday, as sorted day numbers, each once. */
  private readonly holidays: readonly number[];

  /** `calendar` must already be valid (checked by `engineOf`). */
  constructor(calendar: BusinessCalendar | BusinessCalendarInput) {
    const hours = calendar.hours as Record<string, readonly unknown[] | undefined>;
    this.open = WEEKDAY_NAMES.map((day) => (hours[day]?.length ?? 0) > 0);
    this.openPerWeek = this.open.filter(Boolean).length;
    const days = new Set<number>();
    for (const date of calendar.holidays ?? []) {
      const day = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
      if (this.open[weekdayOf(day)] === true) days.add(day);
    }
    this.holidays = [...days].sort((a, b) => a - b);
  }

  /** Business days among the day numbers first..last, both included (0 when last < first). */
  count(first: number, last: number): number {
    if (last < first) return 0;
    const days = last - first + 1;
    const weeks = Math.floor(days / 7);
    let count = weeks * this.openPerWeek;
    for (let day = first + weeks * 7; day <= last; day++) if (this.open[weekdayOf(day)] === true) count++;
    return count - (lowerBound(this.holidays, last + 1) - lowerBound(this.holidays, first));
  }
}
