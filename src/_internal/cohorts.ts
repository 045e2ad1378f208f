// The engine of the cohort tables (customers' cohortRetention and cohortRevenue): customers grouped by
// the period of their first transaction, and counted (and summed) in each later period.

import type * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { toEpochMs } from "./parseInstant.js";
import { localDay, type TimeZone } from "./timeZone.js";
import { MoneySum, parseMoney } from "./money.js";
import { periodKeyOfDay, periodSpan, readPeriodOptions } from "./periods.js";
import type { PeriodOptions } from "../core/periods.js";
import { fieldsOf, invalidInput, isRecord } from "./validate.js";
import { isCustomerId } from "./checks.js";
import { LargeMap } from "./largeMap.js";

/** The most periods a cohort table may span (a million days is 2,700 years). */
const MAX_PERIODS = 1_000_000;

/** One cohort as counted by {@link countCohorts}. */
export interface CohortCounts {
  /** The cohort's period label, e.g. `2017-03`. */
  cohort: string;
  size: number;
  /** Customers active at each offset (0 = the cohort's own period): a customer counts once an offset. */
  active: number[];
  /** Amounts at each offset, when amounts were asked for. */
  revenue: MoneySum[] | null;
}

/**
 * The shared engine of the cohort functions: groups customers by the period of their first
 * transaction and counts, for each later period, the customers of each cohort who transacted
 * (and, with `withAmounts`, sums their amounts). Two passes over the rows: the first finds
 * each customer's first period, the second tallies the offsets.
 */
export function countCohorts(
  fn: string,
  transactions: readonly unknown[],
  options: PeriodOptions | undefined,
  rowsSchema: z.ZodMiniType,
  withAmounts: boolean,
): CohortCounts[] {
  const { period, zone, fiscalStart } = readPeriodOptions(fn, options);
  if (!Array.isArray(transactions)) throw invalidInput(fn, "transactions", rowsSchema, transactions);

  // Pass 1: each row's customer index and period key; each customer's first period.
  const count = transactions.length;
  const customerOf = new Int32Array(count);
  const keyOf = new Float64Array(count);
  const amountOf = withAmounts ? new Float64Array(count) : null;
  const customerIndex = new LargeMap<unknown, number>(); // no 2^24 limit on customers
  const firstKey: number[] = [];
  let minKey = Infinity;
  let maxKey = -Infinity;
  for (let i = 0; i < count; i++) {
    const row: unknown = transactions[i];
    const rowFields = fieldsOf(row);
    const id = rowFields.customerId;
    const time = toEpochMs(rowFields.date, zone);
    const amount = amountOf !== null ? parseMoney(rowFields.amount) : 0;
    if (!isCustomerId(id) || Number.isNaN(time) || Number.isNaN(amount)) {
      throw invalidInput(fn, "transactions", rowsSchema, transactions, (other) => isValidTransaction(other, zone, withAmounts));
    }
    const key = periodKeyOfDay(localDay(zone, time), period, fiscalStart);
    let customer = customerIndex.get(id);
    if (customer === undefined) {
      customer = firstKey.length;
      customerIndex.set(id, customer);
      firstKey.push(key);
    } else if (key < (firstKey[customer] as number)) {
      firstKey[customer] = key;
    }
    customerOf[i] = customer;
    keyOf[i] = key;
    if (amountOf !== null) amountOf[i] = amount;
    if (key < minKey) minKey = key;
    if (key > maxKey) maxKey = key;
  }
  if (count === 0) return [];
  const span = maxKey - minKey + 1;
  if (span > MAX_PERIODS) {
    throw new KpiInputError(fn, [
      {
        path: "transactions",
        message: `span ${span} ${period}s, more than the ${MAX_PERIODS} a cohort table may have: check the dates`,
      },
    ]);
  }

  // Pass 2: the cohorts, one per first period, in an array indexed by period (span ≤ MAX_PERIODS).
  const byFirst: (CohortCounts | undefined)[] = new Array<CohortCounts | undefined>(span);
  const customers = firstKey.length;
  for (let customer = 0; customer < customers; customer++) {
    const first = firstKey[customer] as number;
    let cohort = byFirst[first - minKey];
    if (cohort === undefined) {
      const length = maxKey - first + 1;
      cohort = {
        cohort: periodSpan(first, period, fiscalStart).label,
        size: 0,
        active: new Array<number>(length).fill(0),
        revenue: withAmounts ? Array.from({ length }, () => new MoneySum()) : null,
      };
      byFirst[first - minKey] = cohort;
    }
    cohort.size++;
  }

  // Pass 3: each row's offset, grouped by customer (a counting sort into `offsets`), and the
  // amounts in row order. No Set of (customer, offset) pairs: V8 holds at most 2^24 entries in a
  // Set, and 1.1 million customers × 16 months are more.
  const end = new Uint32Array(customers); // after the fill: the first slot of each customer's offsets
  for (let i = 0; i < count; i++) {
    const customer = customerOf[i] as number;
    end[customer] = (end[customer] as number) + 1;
  }
  for (let customer = 1; customer < customers; customer++)
    end[customer] = (end[customer] as number) + (end[customer - 1] as number);
  const offsets = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const customer = customerOf[i] as number;
    const first = firstKey[customer] as number;
    const offset = (keyOf[i] as number) - first;
    const slot = (end[customer] as number) - 1;
    end[customer] = slot;
    offsets[slot] = offset;
    if (amountOf !== null) (byFirst[first - minKey] as CohortCounts).revenue?.[offset]?.add(amountOf[i] as number);
  }

  // Pass 4: per customer, each distinct offset once; `stamp[offset]` holds the last customer + 1 counted there.
  const stamp = new Int32Array(span);
  for (let customer = 0; customer < customers; customer++) {
    const { active } = byFirst[(firstKey[customer] as number) - minKey] as CohortCounts;
    const mark = customer + 1;
    const stop = customer + 1 < customers ? (end[customer + 1] as number) : count;
    for (let j = end[customer] as number; j < stop; j++) {
      const offset = offsets[j] as number;
      if (stamp[offset] !== mark) {
        stamp[offset] = mark;
        active[offset] = (active[offset] as number) + 1;
      }
    }
  }
  return byFirst.filter((cohort): cohort is CohortCounts => cohort !== undefined);
}

/** The loop's check of one transaction, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidTransaction(row: unknown, zone: TimeZone, withAmounts: boolean): boolean {
  return (
    isRecord(row) &&
    isCustomerId(row.customerId) &&
    !Number.isNaN(toEpochMs(row.date, zone)) &&
    (!withAmounts || !Number.isNaN(parseMoney(row.amount)))
  );
}
