import * as z from "zod/mini";
import { toEpochMs } from "../_internal/parseInstant.js";
import { TimeZone, UTC } from "../_internal/timeZone.js";
import { instantSchema, timeZoneSchema, type Instant } from "../core/instant.js";
import { quantileOfSorted } from "../_internal/statistics.js";
import { fieldsOf, formatValue, invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { engineOf } from "./_internal/buildCalendar.js";
import { businessCalendarInputSchema, type BusinessCalendar, type BusinessCalendarInput } from "./businessCalendar.js";

const FN = "leadResponseTime";
const MINUTE = 60_000;
/** The default SLA: the one-hour threshold of Oldroyd, McElheran & Elkington (HBR, 2011). */
const DEFAULT_SLA_MINUTES = 60;

const LEAD = "must be an object { createdAt, firstResponseAt? }";

/**
 * The schema of one lead, reading ISO strings without an offset in `zone`: whether a response
 * comes before its lead's creation depends on the zone those strings are read in.
 */
function leadSchemaIn(zone: TimeZone) {
  return z
    .looseObject(
      {
        createdAt: instantSchema,
        firstResponseAt: z.optional(z.nullable(instantSchema)),
      },
      { error: LEAD },
    )
    .check(
      // Only compares two valid instants (an invalid one is reported by its own field); NaN compares false.
      z.refine((lead) => !(toEpochMs(lead.firstResponseAt, zone) < toEpochMs(lead.createdAt, zone)), {
        path: ["firstResponseAt"],
        error: (issue) => `must not be before createdAt, ${formatValue((issue.input as { createdAt: unknown }).createdAt)}`,
      }),
    );
}

function leadsSchemaIn(zone: TimeZone) {
  return z.array(leadSchemaIn(zone), { error: "must be an array of leads" });
}

const SLA = "must be a number of minutes ≥ 0";

/**
 * Options of {@link leadResponseTime}.
 *
 * @example
 * ```ts
 * import { leadResponseTimeOptionsSchema } from "salesmetrics";
 *
 * leadResponseTimeOptionsSchema.safeParse({ slaMinutes: 5, timeZone: "America/Chicago" }).success;
 * //=> true
 * // The options may be left out.
 * leadResponseTimeOptionsSchema.safeParse(undefined).success;
 * //=> true
 * leadResponseTimeOptionsSchema.safeParse({ calendar: { hours: { mon: [["9:00", "17:00"]] } } }).error?.issues[0]?.path;
 * //=> ["calendar", "hours", "mon", 0, 0]
 * ```
 */
export const leadResponseTimeOptionsSchema = optionsSchema({
  calendar: businessCalendarInputSchema,
  slaMinutes: z.number({ error: SLA }).check(z.gte(0, { error: SLA })),
  timeZone: timeZoneSchema,
});

/**
 * The schema of the `leads` of {@link leadResponseTime} called with `options`: the zone in which
 * ISO strings without an offset are read decides whether a response comes before its lead.
 * Validate upstream with the same options you will call with; only their zone matters here.
 *
 * @param options - The options {@link leadResponseTime} will be called with (`timeZone`, else the
 *   calendar's zone, else UTC).
 * @returns A zod schema for the array of leads.
 * @throws {KpiInputError} When `options` names a time zone that does not exist.
 *
 * @example
 * ```ts
 * import { leadResponseLeadsSchemaFor } from "salesmetrics";
 *
 * // On New York's spring-forward night 02:30 does not exist; read there, it is 03:30 daylight time.
 * const night = [{ createdAt: "2024-03-10T02:30", firstResponseAt: "2024-03-10T03:00" }];
 * leadResponseLeadsSchemaFor({ timeZone: "America/New_York" }).safeParse(night).success;
 * //=> false
 * leadResponseLeadsSchemaFor().safeParse(night).success;
 * //=> true
 * ```
 */
export function leadResponseLeadsSchemaFor(options?: LeadResponseTimeOptions) {
  return leadsSchemaIn(readingZone(options));
}

/**
 * The schema of the `leads` of {@link leadResponseTime}, for strings without an offset read in UTC (the default).
 *
 * @example
 * ```ts
 * import { leadResponseLeadsSchema } from "salesmetrics";
 *
 * const leads = [
 *   { createdAt: "2024-06-04T10:00:00Z", firstResponseAt: "2024-06-04T10:30:00Z", source: "web form" },
 *   { createdAt: "2024-06-04T11:00:00Z", firstResponseAt: null },
 * ];
 * leadResponseLeadsSchema.safeParse(leads).success;
 * //=> true
 * const early = leadResponseLeadsSchema.safeParse([{ createdAt: "2024-06-04T10:00", firstResponseAt: "2024-06-04T09:45" }]);
 * early.error?.issues[0]?.path;
 * //=> [0, "firstResponseAt"]
 * early.error?.issues[0]?.message;
 * //=> 'must not be before createdAt, "2024-06-04T10:00"'
 * ```
 */
export const leadResponseLeadsSchema = leadsSchemaIn(UTC);

/**
 * One lead as given to {@link leadResponseTime}. Extra fields (a CRM export's other columns) are ignored.
 *
 * @example
 * ```ts
 * import { leadResponseTime, type ResponseLead } from "salesmetrics";
 *
 * const leads: ResponseLead[] = [
 *   { createdAt: "2024-06-04T10:00:00Z", firstResponseAt: "2024-06-04T10:05:00Z" },
 *   { createdAt: new Date("2024-06-04T11:00:00Z"), firstResponseAt: Date.parse("2024-06-04T12:30:00Z") },
 *   { createdAt: "2024-06-04T15:00:00Z" }, // never answered
 * ];
 * leadResponseTime(leads).medianMinutes;
 * //=> 47.5
 * ```
 */
export interface ResponseLead {
  /** When the lead came in (form submitted, call received): a `Date`, an ISO-8601 string or epoch ms. */
  readonly createdAt: Instant;
  /** The first human response, in the same forms; `null` or absent when the lead was never answered. */
  readonly firstResponseAt?: Instant | null | undefined;
}

/**
 * Options of {@link leadResponseTime}.
 *
 * @example
 * ```ts
 * import { leadResponseTime, type LeadResponseTimeOptions } from "salesmetrics";
 *
 * const leads = [
 *   { createdAt: "2024-06-04T10:00:00Z", firstResponseAt: "2024-06-04T10:05:00Z" }, // 5 minutes
 *   { createdAt: "2024-06-04T13:00:00Z", firstResponseAt: "2024-06-04T13:20:00Z" }, // 20 minutes
 * ];
 * const options: LeadResponseTimeOptions = { slaMinutes: 15 };
 * leadResponseTime(leads, options).withinSla;
 * //=> 1
 * leadResponseTime(leads).withinSla;
 * //=> 2
 * ```
 */
export interface LeadResponseTimeOptions {
  /** Measure business time over this calendar (see {@link businessCalendar}); without one, wall-clock time. */
  readonly calendar?: BusinessCalendar | BusinessCalendarInput | undefined;
  /** The response-time target, in minutes (≥ 0); default 60. A response at exactly the target is within it. */
  readonly slaMinutes?: number | undefined;
  /**
   * The IANA zone in which ISO strings without an offset are read; default the calendar's zone,
   * or `"UTC"` without a calendar.
   */
  readonly timeZone?: string | undefined;
}

/**
 * The result of {@link leadResponseTime}.
 *
 * @example
 * ```ts
 * import { leadResponseTime, type LeadResponseTime } from "salesmetrics";
 *
 * const result: LeadResponseTime = leadResponseTime([
 *   { createdAt: "2024-06-04T10:00:00Z", firstResponseAt: "2024-06-04T10:05:00Z" },
 *   { createdAt: "2024-06-04T11:00:00Z", firstResponseAt: "2024-06-04T12:30:00Z" },
 *   { createdAt: "2024-06-04T13:00:00Z", firstResponseAt: "2024-06-04T13:20:00Z" },
 *   { createdAt: "2024-06-04T15:00:00Z", firstResponseAt: null },
 * ]);
 * result;
 * //=> { count: 4, responded: 3, unresponded: 1, medianMinutes: 20, meanMinutes: 38.3333, p90Minutes: 76, withinSla: 2, withinSlaRate: 0.5 }
 * ```
 */
export interface LeadResponseTime {
  /** Leads given. */
  count: number;
  /** Leads with a first response. */
  responded: number;
  /** Leads never answered (count − responded). */
  unresponded: number;
  /** Median minutes to first response over answered leads; `null` when none was answered. */
  medianMinutes: number | null;
  /** Mean minutes to first response over answered leads; `null` when none was answered. */
  meanMinutes: number | null;
  /** 90th percentile of minutes to first response over answered leads (linear interpolation); `null` when none was answered. */
  p90Minutes: number | null;
  /** Leads answered within `slaMinutes` (inclusive). */
  withinSla: number;
  /** withinSla ÷ count: unanswered leads count as breaches; `null` with no lead. */
  withinSlaRate: number | null;
}

/**
 * Lead response time ("speed to lead"): how long leads wait for a first response, in business
 * time over a calendar or in wall-clock time, and how many are answered within the SLA.
 *
 * Per answered lead, minutes = firstResponseAt − createdAt (business minutes with a calendar,
 * see {@link businessMinutes}; metrickittools: 10:00 → 10:30 is 30 minutes). Over the answered
 * leads: the median (the headline figure: a few leads left over a weekend drag a mean out,
 * leadsource.co), the mean, and the 90th percentile. The percentile is the linear interpolation
 * between closest ranks of Excel's `PERCENTILE.INC`, R's `quantile` type 7 and NumPy's default:
 * with the n durations sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) × 0.9, p90 = x⌊h⌋ + (h − ⌊h⌋) ×
 * (x⌊h⌋₊₁ − x⌊h⌋); the median is the same rule at 0.5. withinSla counts answered leads with
 * minutes ≤ slaMinutes; withinSlaRate = withinSla ÷ count, so a lead never answered is an SLA
 * breach and cannot flatter the statistics, which are over answered leads only (report
 * `unresponded` beside them). The default SLA of 60 minutes is the hour of Oldroyd, McElheran &
 * Elkington, "The Short Life of Online Sales Leads" (HBR, 2011): firms that tried to contact a web
 * lead within an hour were nearly 7 times as likely to qualify it as those that tried an hour
 * later, and over 60 times as likely as those that waited 24 hours or more.
 * https://metrickittools.com/glossary/lead-response-time
 *
 * Runs in one pass, storing only each answered lead's minutes in a `Float64Array` (8 bytes a
 * lead), then sorts that once: a few tenths of a microsecond a lead, with or without a calendar.
 *
 * @param leads - `{ createdAt, firstResponseAt? }` per lead: instants as `Date`, ISO-8601 strings or
 *   epoch ms; a response `null` or absent means the lead was never answered.
 * @param options - `calendar`: count business minutes over this calendar (default: wall-clock
 *   minutes); `slaMinutes`: the target, minutes ≥ 0 (default 60); `timeZone`: the zone for ISO
 *   strings without an offset (default the calendar's zone, else `"UTC"`).
 * @returns Counts, median, mean and 90th-percentile minutes to first response (`null` when no lead
 *   was answered), and how many leads, and which share of all leads, were answered within the SLA.
 * @throws {KpiInputError} When `leads` is not an array, a lead is not an object, a date is not a
 *   valid instant, a response comes before its lead's creation (at `leads[i].firstResponseAt`),
 *   `slaMinutes` is negative or not finite, the time zone is unknown or the calendar is invalid.
 *
 * @example
 * ```ts
 * import { businessCalendar, leadResponseTime } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * const calendar = businessCalendar({
 *   timeZone: "America/New_York",
 *   hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
 * });
 * const leads = [
 *   { createdAt: "2024-06-04T10:00", firstResponseAt: "2024-06-04T10:30" }, // 30 minutes
 *   { createdAt: "2024-06-07T16:30", firstResponseAt: "2024-06-10T09:30" }, // Friday → Monday: 60
 *   { createdAt: "2024-06-04T10:00", firstResponseAt: "2024-06-04T12:30" }, // 150
 *   { createdAt: "2024-06-05T11:00", firstResponseAt: null }, // never answered
 * ];
 * leadResponseTime(leads, { calendar });
 * //=> { count: 4, responded: 3, unresponded: 1, medianMinutes: 60, meanMinutes: 80, p90Minutes: 132, withinSla: 2, withinSlaRate: 0.5 }
 *
 * // The same leads in wall-clock time: the weekend counts.
 * leadResponseTime(leads).medianMinutes;
 * //=> 150
 * ```
 */
export function leadResponseTime(leads: readonly ResponseLead[], options?: LeadResponseTimeOptions): LeadResponseTime {
  const optionsFields = fieldsOf(options);
  const slaOption = optionsFields.slaMinutes;
  const sla = slaOption === undefined ? DEFAULT_SLA_MINUTES : slaOption;
  const calendar = optionsFields.calendar;
  const zoneName = optionsFields.timeZone;
  let zone = zoneName === undefined ? UTC : TimeZone.of(zoneName);
  if (!isOptionsArgument(options) || typeof sla !== "number" || !(sla >= 0 && sla < Infinity) || zone === null) {
    throw invalidInput(FN, "options", leadResponseTimeOptionsSchema, options);
  }
  const engine = calendar === undefined ? null : engineOf(FN, "options.calendar", calendar, businessCalendarInputSchema);
  // Strings are read in the calendar's zone unless another is named; its own object keeps warm caches.
  if (engine !== null && (zoneName === undefined || zoneName === engine.zone.name)) zone = engine.zone;
  const fail = () => invalidInput(FN, "leads", leadsSchemaIn(zone), leads, (lead) => isValidLead(lead, zone));
  if (!Array.isArray(leads)) throw fail();

  const count = leads.length;
  const minutes = new Float64Array(count);
  let responded = 0;
  let withinSla = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const lead: unknown = leads[i];
    if (!isRecord(lead)) throw fail();
    const created = toEpochMs(lead.createdAt, zone);
    const answer = lead.firstResponseAt;
    if (Number.isNaN(created)) throw fail();
    if (answer === undefined || answer === null) continue;
    const response = toEpochMs(answer, zone);
    // Also false for NaN: an invalid response.
    if (!(response >= created)) throw fail();
    const waited = (engine === null ? response - created : engine.businessMs(created, response)) / MINUTE;
    minutes[responded++] = waited;
    sum += waited;
    if (waited <= sla) withinSla++;
  }

  let median: number | null = null;
  let mean: number | null = null;
  let p90: number | null = null;
  if (responded > 0) {
    const sorted = minutes.subarray(0, responded).sort();
    median = quantileOfSorted(sorted, 1, 2);
    p90 = quantileOfSorted(sorted, 9, 10);
    // A float sum can land a hair outside the data (three 0.1s average 0.10000000000000002).
    mean = Math.min(sorted[responded - 1] as number, Math.max(sorted[0] as number, sum / responded)) + 0;
  }
  return {
    count,
    responded,
    unresponded: count - responded,
    medianMinutes: median,
    meanMinutes: mean,
    p90Minutes: p90,
    withinSla,
    withinSlaRate: count === 0 ? null : withinSla / count,
  };
}

/** The zone ISO strings without an offset are read in: the `timeZone` option, else the calendar's zone, else UTC. */
function readingZone(options: unknown): TimeZone {
  const calendar: unknown = fieldsOf(options).calendar;
  const name: unknown = isRecord(options) && options.timeZone !== undefined ? options.timeZone : fieldsOf(calendar).timeZone;
  if (name === undefined) return UTC;
  const zone = TimeZone.of(name);
  if (zone === null) throw invalidInput(FN, "options", leadResponseTimeOptionsSchema, options);
  return zone;
}

/** The loop's check of one lead, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidLead(lead: unknown, zone: TimeZone): boolean {
  if (!isRecord(lead)) return false;
  const created = toEpochMs(lead.createdAt, zone);
  const answer = lead.firstResponseAt;
  return !Number.isNaN(created) && (answer === undefined || answer === null || toEpochMs(answer, zone) >= created);
}
