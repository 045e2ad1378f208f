import * as z from "zod/mini";
import { toEpochMs } from "../_internal/parseInstant.js";
import { endOfLocalDay, localDaysBetween, TimeZone } from "../_internal/timeZone.js";
import { instantSchema, timeZoneSchema, type Instant } from "../core/instant.js";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { quantileOfSorted } from "../_internal/statistics.js";
import { finiteResult, formatValue, invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { isDealStatus } from "../_internal/checks.js";
import { dealStatusSchema, type DealStatus } from "../core/deals.js";

const FN = "pipelineSummary";
/** The name pipelineDealsSchemaFor gives in its errors. */
const SCHEMA_FN = "pipelineDealsSchemaFor";

/**
 * Options of {@link pipelineSummary}.
 *
 * @example
 * ```ts
 * import { pipelineSummaryOptionsSchema } from "salesmetrics";
 *
 * pipelineSummaryOptionsSchema.safeParse({ asOf: "2024-03-31", timeZone: "Europe/Berlin" }).success;
 * //=> true
 * pipelineSummaryOptionsSchema.safeParse({ timeZone: "CET+1" }).error?.issues[0]?.path;
 * //=> ["timeZone"]
 * ```
 */
export const pipelineSummaryOptionsSchema = optionsSchema({ asOf: instantSchema, timeZone: timeZoneSchema });

/**
 * Options of {@link pipelineSummary}: what {@link pipelineSummaryOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { pipelineSummary, type PipelineSummaryOptions } from "salesmetrics";
 *
 * const deals = [
 *   { status: "won", amount: 12_000, createdAt: "2024-01-02", closedAt: "2024-02-01" },
 *   { status: "won", amount: 8_000, createdAt: "2024-01-10", closedAt: "2024-01-30" },
 *   { status: "open", amount: 5_000, createdAt: "2024-01-15" },
 * ] as const;
 * // At the end of January, the deal won on 1 February was still open.
 * const options: PipelineSummaryOptions = { asOf: "2024-01-31" };
 * const summary = pipelineSummary(deals, options);
 * [summary.won.count, summary.open.count];
 * //=> [1, 2]
 * ```
 */
export interface PipelineSummaryOptions {
  /**
   * The day the summary is taken at, through its end: the pipeline as it stood at midnight after
   * that local date in `timeZone`. A time of day in `asOf` is ignored, as in every salesmetrics
   * function: `"2024-06-30"` and `"2024-06-30T15:00"` both include all of 30 June. Deals created
   * after that day are left out, and deals closed after it count as still open. A deal without
   * `createdAt` that was not closed by then cannot be placed: it is counted in `unplaced` and left
   * out of every other figure. Default: every deal as its status says.
   */
  asOf?: Instant | undefined;
  /** The zone ISO strings without an offset are read in, and whose dates `asOf` and cycle days count; default `"UTC"`. */
  timeZone?: string | undefined;
}

/**
 * A deal as CRMs export it. Extra fields (stage, owner, account …) are ignored.
 *
 * @example
 * ```ts
 * import { pipelineSummary, type PipelineDeal } from "salesmetrics";
 *
 * const deals: PipelineDeal[] = [
 *   { status: "won", amount: 12_000, createdAt: "2024-01-02", closedAt: "2024-02-01" },
 *   { status: "won", amount: "8000.00", createdAt: "2024-01-10", closedAt: "2024-01-30" },
 *   { status: "lost", closedAt: "2024-01-20" },
 *   { status: "open", amount: null },
 * ];
 * pipelineSummary(deals).won;
 * //=> { count: 2, value: 20000 }
 * ```
 */
export interface PipelineDeal {
  /** `"open"`, `"won"` or `"lost"`. */
  status: DealStatus;
  /** The deal's value, ≥ 0; required for a won deal, optional otherwise. */
  amount?: Money | null | undefined;
  /** Required for a won deal (its cycle length); optional otherwise. */
  createdAt?: Instant | null | undefined;
  /** Required for a won or lost deal. */
  closedAt?: Instant | null | undefined;
}

/**
 * The schema of the `deals` of {@link pipelineSummary} called with `options`: whether a deal
 * closes before it was created depends on the zone ISO strings without an offset are read in.
 *
 * @param options - The options {@link pipelineSummary} will be called with.
 * @returns A zod schema for the array of deals.
 * @throws {KpiInputError} When `options` is not valid.
 *
 * @example
 * ```ts
 * import { pipelineDealsSchemaFor } from "salesmetrics";
 *
 * // A won deal needs its amount, its creation and its close.
 * pipelineDealsSchemaFor().safeParse([{ status: "won", amount: 900, createdAt: "2024-01-02", closedAt: "2024-01-09" }]).success;
 * //=> true
 * pipelineDealsSchemaFor({ timeZone: "Europe/Berlin" }).safeParse([{ status: "won", amount: 900 }]).success;
 * //=> false
 * ```
 */
export function pipelineDealsSchemaFor(options?: PipelineSummaryOptions) {
  return dealsSchemaFor(readOptions(SCHEMA_FN, options).zone);
}

function dealsSchemaFor(zone: TimeZone) {
  const deal = z
    .looseObject(
      {
        status: dealStatusSchema,
        amount: z.optional(z.nullable(nonNegativeMoneySchema)),
        createdAt: z.optional(z.nullable(instantSchema)),
        closedAt: z.optional(z.nullable(instantSchema)),
      },
      { error: "must be an object { status, amount, createdAt, closedAt }" },
    )
    .check(
      z.superRefine((d, context) => {
        const missing = (field: "amount" | "createdAt" | "closedAt", why: string): void => {
          if (d[field] === undefined || d[field] === null)
            context.issues.push({ code: "custom", path: [field], input: d[field], message: why });
        };
        if (d.status === "won") {
          missing("amount", "is required for a won deal");
          missing("createdAt", "is required for a won deal (its cycle length)");
        }
        if (d.status !== "open") missing("closedAt", `is required for a ${d.status} deal`);
        if (toEpochMs(d.closedAt, zone) < toEpochMs(d.createdAt, zone)) {
          context.issues.push({
            code: "custom",
            path: ["closedAt"],
            input: d.closedAt,
            message: `must not be before createdAt, ${formatValue(d.createdAt)}`,
          });
        }
      }),
    );
  return z.array(deal, { error: "must be an array of deals" });
}

/**
 * The result of {@link pipelineSummary}.
 *
 * @example
 * ```ts
 * import { pipelineSummary, type PipelineSummary } from "salesmetrics";
 *
 * const summary: PipelineSummary = pipelineSummary([
 *   { status: "won", amount: 12_000, createdAt: "2024-01-02", closedAt: "2024-02-01" },
 *   { status: "won", amount: 8_000, createdAt: "2024-01-10", closedAt: "2024-01-30" },
 *   { status: "lost", closedAt: "2024-01-20" },
 *   { status: "open", amount: 5_000 },
 * ]);
 * [summary.winRate, summary.closeRatio, summary.meanCycleDays];
 * //=> [0.6667, 0.5, 25]
 * summary.velocityPerDay;
 * //=> 266.67
 * ```
 */
export interface PipelineSummary {
  /** Open deals; `value` sums those with an amount, `withoutAmount` counts the others. */
  open: {
    /** Open deals. */
    count: number;
    /** Sum of their amounts. */
    value: number;
    /** Open deals without an amount. */
    withoutAmount: number;
  };
  /** Won deals. */
  won: {
    /** Won deals. */
    count: number;
    /** Sum of their amounts. */
    value: number;
  };
  /** Lost deals. */
  lost: {
    /** Lost deals. */
    count: number;
  };
  /**
   * Deals that `asOf` cannot place in time: no `createdAt`, and not closed by the end of the
   * `asOf` day, so whether they existed then is unknown. Left out of every other figure; always
   * 0 without `asOf`.
   */
  unplaced: {
    /** Deals that could not be placed. */
    count: number;
  };
  /** won ÷ (won + lost); `null` with no decided deal. */
  winRate: number | null;
  /** won ÷ all deals; `null` with no deal. */
  closeRatio: number | null;
  /** won value ÷ won count; `null` with no won deal. */
  averageWonDealSize: number | null;
  /** Mean calendar days (in `timeZone`) from creation to close of the won deals; `null` with none. */
  meanCycleDays: number | null;
  /** Median of the same; `null` with none. */
  medianCycleDays: number | null;
  /** open count × win rate × average won deal size ÷ mean won cycle days; `null` when a factor is undefined or the cycle is 0. */
  velocityPerDay: number | null;
}

/**
 * The pipeline at a glance, from the deal records a CRM exports: open, won and lost deals,
 * win rate and close ratio, average won deal size, cycle length and velocity.
 *
 * Win rate is won ÷ (won + lost) and close ratio won ÷ all deals (see winRate and closeRatio).
 * Cycle length is measured over won deals, from creation to close, in calendar days in the
 * `timeZone` (see salesCycleLength): whole dates give whole days across a daylight-saving change.
 * Velocity per day = open deals × win rate × average won deal size ÷ mean won cycle days
 * (the four-factor formula of HubSpot's and Brainshark's sales velocity).
 * https://blog.hubspot.com/sales/sales-velocity
 *
 * Real exports have open deals without an amount, account or dates: those are counted, and
 * open deals without an amount are reported in `open.withoutAmount` rather than dropped. Won
 * deals need an amount and both dates, lost deals a close date. One pass over the records,
 * which are not copied.
 *
 * @param deals - `{ status, amount, createdAt, closedAt }` per deal; extra fields are ignored.
 * @param options - `asOf`, the day the pipeline is taken at, through its end (see
 *   {@link PipelineSummaryOptions}), and `timeZone` for offset-less ISO strings, `asOf`'s date and cycle days.
 * @returns A {@link PipelineSummary}; money in the deals' currency, rates as fractions.
 * @throws {KpiInputError} When a status is unknown, an amount is negative or not an amount, a
 *   date is invalid or a close precedes its creation, or a won or lost deal lacks what it needs.
 *
 * @example
 * ```ts
 * import { pipelineSummary } from "salesmetrics";
 *
 * // Rows as a CRM exports them: fields such as stage are ignored.
 * const deals = [
 *   { status: "won", amount: "12000", createdAt: "2024-01-02", closedAt: "2024-02-01" },
 *   { status: "won", amount: 8000, createdAt: "2024-01-10", closedAt: "2024-01-30" },
 *   { status: "lost", createdAt: "2024-01-05", closedAt: "2024-01-20" },
 *   { status: "open", amount: 5000, stage: "Proposal" },
 *   { status: "open", stage: "Qualify" },
 * ] as const;
 * const summary = pipelineSummary(deals);
 * [summary.winRate, summary.averageWonDealSize, summary.meanCycleDays, summary.velocityPerDay];
 * //=> [0.6667, 10000, 25, 533.33]
 * summary.open;
 * //=> { count: 2, value: 5000, withoutAmount: 1 }
 * ```
 */
export function pipelineSummary(deals: readonly PipelineDeal[], options?: PipelineSummaryOptions): PipelineSummary {
  const { zone, asOfEnd } = readOptions(FN, options);
  const fail = (): never => {
    throw invalidInput(FN, "deals", dealsSchemaFor(zone), deals, (deal) => isValidDeal(deal, zone));
  };
  if (!Array.isArray(deals)) fail();

  let openCount = 0;
  let withoutAmount = 0;
  let wonCount = 0;
  let lostCount = 0;
  let unplacedCount = 0;
  const openValue = new MoneySum();
  const wonValue = new MoneySum();
  let cycleDaysTotal = 0;
  let cycles = new Float64Array(64);
  for (let i = 0; i < deals.length; i++) {
    const deal: unknown = deals[i];
    if (!isRecord(deal) || !isDealStatus(deal.status)) return fail();
    const { status } = deal;
    const rawAmount = deal.amount;
    const amount = rawAmount === undefined || rawAmount === null ? -1 : parseMoney(rawAmount);
    const created = deal.createdAt === undefined || deal.createdAt === null ? -Infinity : toEpochMs(deal.createdAt, zone);
    const closed = deal.closedAt === undefined || deal.closedAt === null ? Infinity : toEpochMs(deal.closedAt, zone);
    // amount is −1 when absent; NaN (a bad amount or date) fails every comparison.
    if (
      !(amount >= -1) ||
      (amount < 0 && rawAmount !== undefined && rawAmount !== null) ||
      !(created <= closed) ||
      (status !== "open" && closed === Infinity) ||
      (status === "won" && (amount < 0 || created === -Infinity))
    ) {
      fail();
    }
    if (created === -Infinity && closed >= asOfEnd && asOfEnd !== Infinity) {
      unplacedCount++; // no creation date and still open at asOf: existed then, or not?
      continue;
    }
    if (created >= asOfEnd) continue; // not yet created at asOf
    if (status === "open" || closed >= asOfEnd) {
      openCount++;
      if (amount < 0) withoutAmount++;
      else openValue.add(amount);
    } else if (status === "won") {
      wonCount++;
      wonValue.add(amount);
      const cycle = localDaysBetween(zone, created, closed);
      cycleDaysTotal += cycle;
      if (wonCount > cycles.length) {
        const grown = new Float64Array(cycles.length * 2);
        grown.set(cycles);
        cycles = grown;
      }
      cycles[wonCount - 1] = cycle;
    } else {
      lostCount++;
    }
  }

  const winRate = ratio(wonCount, wonCount + lostCount);
  const wonTotal = wonValue.value(FN, "deals");
  const averageWonDealSize = ratio(wonTotal, wonCount);
  const meanCycleDays = wonCount === 0 ? null : cycleDaysTotal / wonCount + 0;
  const medianCycleDays = wonCount === 0 ? null : quantileOfSorted(cycles.subarray(0, wonCount).sort(), 1, 2) + 0;
  const velocityPerDay =
    winRate === null || averageWonDealSize === null || meanCycleDays === null || meanCycleDays === 0
      ? null
      : finiteResult(FN, "deals", (openCount * winRate * averageWonDealSize) / meanCycleDays) + 0;
  return {
    open: { count: openCount, value: openValue.value(FN, "deals"), withoutAmount },
    won: { count: wonCount, value: wonTotal },
    lost: { count: lostCount },
    unplaced: { count: unplacedCount },
    winRate,
    closeRatio: ratio(wonCount, openCount + wonCount + lostCount),
    averageWonDealSize,
    meanCycleDays,
    medianCycleDays,
    velocityPerDay,
  };
}

/**
 * The zone of valid options, and the end of the `asOf` day: the first instant of the next local
 * date (epoch ms), before which a deal counts as created or closed at `asOf`; Infinity without `asOf`.
 */
function readOptions(fn: string, options: PipelineSummaryOptions | undefined): { zone: TimeZone; asOfEnd: number } {
  const zone = TimeZone.of(isRecord(options) && options.timeZone !== undefined ? options.timeZone : "UTC");
  const asOf = !isRecord(options) || options.asOf === undefined || zone === null ? Infinity : toEpochMs(options.asOf, zone);
  if (!isOptionsArgument(options) || zone === null || Number.isNaN(asOf)) {
    throw invalidInput(fn, "options", pipelineSummaryOptionsSchema, options);
  }
  return { zone, asOfEnd: asOf === Infinity ? Infinity : endOfLocalDay(zone, asOf) };
}

/** The loop's check of one deal, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidDeal(deal: unknown, zone: TimeZone): boolean {
  if (!isRecord(deal) || !isDealStatus(deal.status)) return false;
  const { status, amount: rawAmount, createdAt, closedAt } = deal;
  const amount = rawAmount === undefined || rawAmount === null ? -1 : parseMoney(rawAmount);
  const created = createdAt === undefined || createdAt === null ? -Infinity : toEpochMs(createdAt, zone);
  const closed = closedAt === undefined || closedAt === null ? Infinity : toEpochMs(closedAt, zone);
  return (
    amount >= -1 &&
    !(amount < 0 && rawAmount !== undefined && rawAmount !== null) &&
    created <= closed &&
    !(status !== "open" && closed === Infinity) &&
    !(status === "won" && (amount < 0 || created === -Infinity))
  );
}
