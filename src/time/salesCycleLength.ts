import * as z from "zod/mini";
import { toEpochMs } from "../_internal/parseInstant.js";
import { localDaysBetween, TimeZone, UTC } from "../_internal/timeZone.js";
import { instantSchema, timeZoneSchema, type Instant } from "../core/instant.js";
import { quantileOfSorted } from "../_internal/statistics.js";
import { fieldsOf, formatValue, invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { dealStatusSchema } from "../core/deals.js";

const FN = "salesCycleLength";

/**
 * Which closed deals a cycle length is measured over.
 *
 * @example
 * ```ts
 * import { salesCycleLength, type CycleInclude } from "salesmetrics";
 *
 * const deals = [
 *   { createdAt: "2025-01-01", closedAt: "2025-01-31", status: "won" }, // 30 days
 *   { createdAt: "2025-01-01", closedAt: "2025-01-11", status: "lost" }, // 10 days
 * ] as const;
 * const includes: CycleInclude[] = ["won", "closed"];
 * includes.map((include) => salesCycleLength(deals, { include }).meanDays);
 * //=> [30, 20]
 * ```
 */
export type CycleInclude = "won" | "closed";

/**
 * The schema of one deal when `include` deals are counted and strings without an offset are read
 * in `zone`: a counted deal needs both dates, in order, which depends on both.
 */
function dealSchemaFor(zone: TimeZone, include: CycleInclude) {
  return z
    .looseObject(
      {
        createdAt: z.optional(z.nullable(instantSchema)),
        closedAt: z.optional(z.nullable(instantSchema)),
        status: dealStatusSchema,
      },
      { error: "must be an object { createdAt, closedAt, status }" },
    )
    .check(
      z.superRefine((deal, context) => {
        const status = deal.status;
        if (!(status === "won" || (status === "lost" && include === "closed"))) return;
        for (const field of ["createdAt", "closedAt"] as const) {
          if (deal[field] === undefined || deal[field] === null) {
            context.issues.push({
              code: "custom",
              path: [field],
              input: deal[field],
              message: `is required for a ${status} deal`,
            });
          }
        }
        // Only two valid dates are compared (an invalid one is reported by its own field): NaN compares false.
        if (toEpochMs(deal.closedAt, zone) < toEpochMs(deal.createdAt, zone)) {
          context.issues.push({
            code: "custom",
            path: ["closedAt"],
            input: deal.closedAt,
            message: `must not be before createdAt, ${formatValue(deal.createdAt)}`,
          });
        }
      }),
    );
}

function dealsSchemaFor(zone: TimeZone, include: CycleInclude) {
  return z.array(dealSchemaFor(zone, include), { error: "must be an array of deals" });
}

const INCLUDE = 'must be "won" or "closed"';

/**
 * Options of {@link salesCycleLength}.
 *
 * @example
 * ```ts
 * import { salesCycleLengthOptionsSchema } from "salesmetrics";
 *
 * salesCycleLengthOptionsSchema.safeParse({ include: "closed", timeZone: "Europe/Berlin" }).success;
 * //=> true
 * salesCycleLengthOptionsSchema.safeParse({ include: "lost" }).error?.issues[0]?.message;
 * //=> 'must be "won" or "closed"'
 * ```
 */
export const salesCycleLengthOptionsSchema = optionsSchema({
  include: z.enum(["won", "closed"], { error: INCLUDE }),
  timeZone: timeZoneSchema,
});

/**
 * The schema of the `deals` of {@link salesCycleLength} called with `options`: which deals need
 * dates depends on `include`, and the order of two dates on the zone strings without an offset are read in.
 *
 * @param options - The options {@link salesCycleLength} will be called with.
 * @returns A zod schema for the array of deals.
 * @throws {KpiInputError} When `options` is not valid.
 *
 * @example
 * ```ts
 * import { salesCycleDealsSchemaFor } from "salesmetrics";
 *
 * // A lost deal without dates is ignored by default, and an error when lost deals count.
 * const deals = [{ status: "lost" }];
 * salesCycleDealsSchemaFor().safeParse(deals).success;
 * //=> true
 * salesCycleDealsSchemaFor({ include: "closed" }).safeParse(deals).success;
 * //=> false
 * ```
 */
export function salesCycleDealsSchemaFor(options?: SalesCycleLengthOptions) {
  const { zone, include } = readOptions(options);
  return dealsSchemaFor(zone, include);
}

/**
 * The schema of the `deals` of {@link salesCycleLength} with the default options (won deals, UTC).
 *
 * @example
 * ```ts
 * import { salesCycleDealsSchema } from "salesmetrics";
 *
 * const deals = [
 *   { createdAt: "2025-01-01", closedAt: "2025-02-15", status: "won", amount: 5000 },
 *   { status: "open" }, // an open deal may lack dates
 * ];
 * salesCycleDealsSchema.safeParse(deals).success;
 * //=> true
 * salesCycleDealsSchema.safeParse([{ createdAt: "2025-01-01", status: "won" }]).error?.issues[0]?.message;
 * //=> "is required for a won deal"
 * salesCycleDealsSchema.safeParse([{ createdAt: "2025-01-01", closedAt: "2025-02-15", status: "Closed Won" }]).error?.issues[0]?.path;
 * //=> [0, "status"]
 * ```
 */
export const salesCycleDealsSchema = dealsSchemaFor(UTC, "won");

/**
 * One deal as given to {@link salesCycleLength}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { salesCycleLength, type CycleDeal } from "salesmetrics";
 *
 * const deals: CycleDeal[] = [
 *   { createdAt: "2025-01-01", closedAt: "2025-01-31", status: "won" }, // 30 days
 *   { createdAt: new Date("2025-01-01T00:00:00Z"), closedAt: Date.UTC(2025, 3, 11), status: "won" }, // 100 days
 *   { createdAt: "2025-02-01", status: "open" },
 * ];
 * salesCycleLength(deals);
 * //=> { count: 2, meanDays: 65, medianDays: 65 }
 * ```
 */
export interface CycleDeal {
  /** When the deal (opportunity) was created: a `Date`, an ISO-8601 string or epoch ms. */
  readonly createdAt?: Instant | null | undefined;
  /** When it was closed, won or lost; may be absent for an open deal. */
  readonly closedAt?: Instant | null | undefined;
  /** The deal's status: only won deals (and lost ones with `include: "closed"`) are measured. */
  readonly status: "won" | "lost" | "open";
}

/**
 * Options of {@link salesCycleLength}.
 *
 * @example
 * ```ts
 * import { salesCycleLength, type SalesCycleLengthOptions } from "salesmetrics";
 *
 * // Read in New York, March 2024 holds a 23-hour day (daylight saving starts on the 10th);
 * // 1 to 31 March is still 30 calendar days.
 * const options: SalesCycleLengthOptions = { timeZone: "America/New_York" };
 * salesCycleLength([{ createdAt: "2024-03-01T00:00", closedAt: "2024-03-31T00:00", status: "won" }], options).meanDays;
 * //=> 30
 * ```
 */
export interface SalesCycleLengthOptions {
  /** `"won"` (default): won deals only; `"closed"`: won and lost deals. Open deals never count. */
  readonly include?: CycleInclude | undefined;
  /**
   * The IANA zone in which ISO strings without an offset are read, and whose calendar days are
   * counted; default `"UTC"`.
   */
  readonly timeZone?: string | undefined;
}

/**
 * The result of {@link salesCycleLength}.
 *
 * @example
 * ```ts
 * import { salesCycleLength, type SalesCycleLength } from "salesmetrics";
 *
 * const result: SalesCycleLength = salesCycleLength([
 *   { createdAt: "2025-01-01", closedAt: "2025-01-31", status: "won" },
 *   { createdAt: "2025-01-01", closedAt: "2025-01-11", status: "won" },
 *   { createdAt: "2025-01-01", closedAt: "2025-04-11", status: "won" }, // one that lingered
 * ]);
 * result;
 * //=> { count: 3, meanDays: 46.6667, medianDays: 30 }
 * salesCycleLength([]).meanDays;
 * //=> null
 * ```
 */
export interface SalesCycleLength {
  /** Deals measured. */
  count: number;
  /** Mean days from creation to close; `null` with no deal measured. */
  meanDays: number | null;
  /** Median days from creation to close; `null` with no deal measured. */
  medianDays: number | null;
}

/**
 * Sales cycle length: how many days deals take from creation to close, as a mean and a median.
 *
 * days = calendar days from createdAt to closedAt in the `timeZone` (weekends and nights count; a
 * date-only `"2024-01-01"` is its midnight): the whole days that fit on the zone's clocks, whatever
 * daylight saving does to a day's length in hours, plus the rest as a share of the next day's
 * length, as Temporal counts days. In UTC that is (closedAt − createdAt) ÷ 86,400,000 ms. By
 * default over won deals (HubSpot's "Average (Close Date − Create Date) for Won Deals", NetSuite's
 * average opportunity duration); `include: "closed"` counts lost deals too, as Vtiger's and
 * Daymark's dashboards do (Vtiger: deals closed in 30, 40, 35, 25 and 20 days average 30 days;
 * Daymark: 45, 54 and 39 days average 46). Open deals never count and may lack dates. The median
 * resists the few deals that linger for months; compare the two.
 * https://help.vtiger.com/faq/163599409-How-is-the-Sales-Cycle-by-Duration-calculated-in-the-Sales-Insights-Dashboard
 * https://www.usedaymark.io/metrics/sales-cycle-length
 *
 * @param deals - `{ createdAt, closedAt, status }` per deal: status `"won"`, `"lost"` or `"open"`;
 *   each counted deal needs both dates (`Date`, ISO-8601 string or epoch ms), closedAt not before createdAt.
 * @param options - `include`: `"won"` (default) or `"closed"` (won and lost); `timeZone`: the zone for
 *   ISO strings without an offset, default `"UTC"`.
 * @returns The number of deals measured, and their mean and median length in days (`null` when none).
 * @throws {KpiInputError} When `deals` is not an array, a deal is not an object, its status is not
 *   one of the three, a date is not a valid instant, a counted deal lacks a date or closes before it
 *   was created (the path names the row, e.g. `deals[4].closedAt`), or an option is invalid.
 *
 * @example
 * ```ts
 * import { salesCycleLength } from "salesmetrics";
 *
 * const deals = [
 *   { createdAt: "2025-01-01", closedAt: "2025-02-15", status: "won" }, // 45 days
 *   { createdAt: "2025-01-10", closedAt: "2025-03-05", status: "lost" }, // 54 days
 *   { createdAt: "2025-01-20", closedAt: "2025-02-28", status: "won" }, // 39 days
 *   { createdAt: "2025-02-01", closedAt: null, status: "open" },
 * ] as const;
 * salesCycleLength(deals, { include: "closed" });
 * //=> { count: 3, meanDays: 46, medianDays: 45 }
 * salesCycleLength(deals);
 * //=> { count: 2, meanDays: 42, medianDays: 42 }
 * ```
 */
export function salesCycleLength(deals: readonly CycleDeal[], options?: SalesCycleLengthOptions): SalesCycleLength {
  const { zone, include } = readOptions(options);
  const withLost = include === "closed";
  const fail = () => invalidInput(FN, "deals", dealsSchemaFor(zone, include), deals, (deal) => isValidDeal(deal, zone, withLost));
  if (!Array.isArray(deals)) throw fail();

  const total = deals.length;
  const days = new Float64Array(total);
  let count = 0;
  let sum = 0;
  for (let i = 0; i < total; i++) {
    const deal: unknown = deals[i];
    if (!isRecord(deal)) throw fail();
    const status = deal.status;
    const createdValue = deal.createdAt;
    const closedValue = deal.closedAt;
    if (status === "won" || (withLost && status === "lost")) {
      const created = toEpochMs(createdValue, zone);
      const closed = toEpochMs(closedValue, zone);
      // Also false when a date is missing or invalid (NaN).
      if (!(closed >= created)) throw fail();
      const length = localDaysBetween(zone, created, closed);
      days[count++] = length;
      sum += length;
    } else if (
      (status !== "open" && status !== "lost") ||
      (createdValue !== undefined && createdValue !== null && Number.isNaN(toEpochMs(createdValue, zone))) ||
      (closedValue !== undefined && closedValue !== null && Number.isNaN(toEpochMs(closedValue, zone)))
    ) {
      throw fail();
    }
  }

  if (count === 0) return { count, meanDays: null, medianDays: null };
  const sorted = days.subarray(0, count).sort();
  // A float sum can land a hair outside the data; the mean never does.
  const mean = Math.min(sorted[count - 1] as number, Math.max(sorted[0] as number, sum / count));
  return { count, meanDays: mean + 0, medianDays: quantileOfSorted(sorted, 1, 2) };
}

function readOptions(options: unknown): { zone: TimeZone; include: CycleInclude } {
  const optionsFields = fieldsOf(options);
  const includeOption = optionsFields.include;
  const zoneName = optionsFields.timeZone;
  const zone = zoneName === undefined ? UTC : TimeZone.of(zoneName);
  const include = includeOption === undefined ? "won" : includeOption;
  if (!isOptionsArgument(options) || zone === null || (include !== "won" && include !== "closed")) {
    throw invalidInput(FN, "options", salesCycleLengthOptionsSchema, options);
  }
  return { zone, include };
}

/** The loop's check of one deal, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidDeal(deal: unknown, zone: TimeZone, withLost: boolean): boolean {
  if (!isRecord(deal)) return false;
  const { status, createdAt, closedAt } = deal;
  if (status === "won" || (withLost && status === "lost")) return toEpochMs(closedAt, zone) >= toEpochMs(createdAt, zone);
  return (
    (status === "open" || status === "lost") &&
    (createdAt === undefined || createdAt === null || !Number.isNaN(toEpochMs(createdAt, zone))) &&
    (closedAt === undefined || closedAt === null || !Number.isNaN(toEpochMs(closedAt, zone)))
  );
}
