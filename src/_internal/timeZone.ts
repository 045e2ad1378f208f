// Time zones: UTC offsets from Intl, cached by the week, and the local calendar days of instants.

import { DAY, daysFromCivil, HOUR, MINUTE } from "./civilCalendar.js";

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
    return !Number.isNaN(offset) ? wall - offset : this.resolve(wall, false);
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
    return !Number.isNaN(offset) ? wall - offset : this.resolve(wall, true);
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
    if (weekStart < MODEL_START)
      weekStart = MODEL_START - WEEK; // local mean time: one constant week
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
