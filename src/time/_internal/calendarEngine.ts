// The engine of a business calendar: business time as a function of the instant.

import { DAY, daysFromCivil, weekdayOf } from "../../_internal/civilCalendar.js";
import { lowerBound } from "../../_internal/sorted.js";
import { FOLD_FROM, MODEL_START, type TimeZone } from "../../_internal/timeZone.js";

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
      ms += Math.min(t, closes) - opens;
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
