import * as z from "zod/mini";
import { timeZoneSchema } from "../core/instant.js";
import { buildCalendar } from "./_internal/buildCalendar.js";
import { DATE, END_TIME, isRange, isValidDate, minutesOf, START_TIME, WEEKDAY_NAMES } from "./_internal/calendarText.js";

const FN = "businessCalendar";

/**
 * The days of the week, as `hours` names them.
 *
 * @example
 * ```ts
 * import { businessCalendar, WEEKDAYS } from "salesmetrics";
 *
 * WEEKDAYS;
 * //=> ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
 * // Monday to Friday, 9 to 5:
 * const weekdays = Object.fromEntries(WEEKDAYS.slice(0, 5).map((day) => [day, [["09:00", "17:00"]] as const]));
 * businessCalendar({ hours: weekdays }).hours.fri;
 * //=> [["09:00", "17:00"]]
 * ```
 */
export const WEEKDAYS = WEEKDAY_NAMES;
/**
 * A day of the week as `hours` names it: one of {@link WEEKDAYS}.
 *
 * @example
 * ```ts
 * import { WEEKDAYS, type Weekday } from "salesmetrics";
 *
 * const weekend: readonly Weekday[] = ["sat", "sun"];
 * WEEKDAYS.filter((day) => !weekend.includes(day));
 * //=> ["mon", "tue", "wed", "thu", "fri"]
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

const START = 'must be an opening time "HH:mm" from "00:00" to "23:59"';
const END = 'must be a closing time "HH:mm" from "00:01" to "24:00"';
const RANGE = 'must be an opening range ["HH:mm", "HH:mm"]';
const DAY_HOURS = 'must be a list of opening ranges, such as [["09:00", "12:00"], ["13:00", "17:00"]]';
const HOLIDAY = 'must be a date "YYYY-MM-DD"';

/**
 * One opening range of a day: `["09:00", "17:00"]`; it ends after it starts, `"24:00"` is midnight at its end.
 *
 * @example
 * ```ts
 * import { openingRangeSchema } from "salesmetrics";
 *
 * openingRangeSchema.safeParse(["13:00", "24:00"]).success;
 * //=> true
 * openingRangeSchema.safeParse(["17:00", "09:00"]).error?.issues[0]?.message;
 * //=> "must be after the opening time, 17:00"
 * // Times are "HH:mm", with two digits for the hour.
 * openingRangeSchema.safeParse(["9:00", "17:00"]).error?.issues[0]?.path;
 * //=> [0]
 * ```
 */
export const openingRangeSchema = z
  .tuple(
    [
      z.string({ error: START }).check(z.regex(START_TIME, { error: START })),
      z.string({ error: END }).check(z.regex(END_TIME, { error: END })),
    ],
    { error: RANGE },
  )
  .check(
    z.refine((range) => !isRange(range) || minutesOf(range[1]) > minutesOf(range[0]), {
      path: [1],
      error: (issue) => `must be after the opening time, ${String((issue.input as string[])[0])}`,
    }),
  );

/**
 * A day's opening hours: ranges in order of time, none overlapping the one before (touching is fine).
 *
 * @example
 * ```ts
 * import { dayHoursSchema } from "salesmetrics";
 *
 * dayHoursSchema.safeParse([["09:00", "12:00"], ["12:00", "17:00"]]).success;
 * //=> true
 * const overlap = dayHoursSchema.safeParse([["09:00", "12:30"], ["12:00", "17:00"]]);
 * overlap.error?.issues[0]?.path;
 * //=> [1, 0]
 * overlap.error?.issues[0]?.message;
 * //=> "must not be before the end of the range before it, 12:30"
 * ```
 */
export const dayHoursSchema = z.array(openingRangeSchema, { error: DAY_HOURS }).check(
  z.superRefine((ranges, context) => {
    for (let i = 1; i < ranges.length; i++) {
      const previous = ranges[i - 1];
      const range = ranges[i];
      if (isRange(previous) && isRange(range) && minutesOf(range[0]) < minutesOf(previous[1])) {
        context.issues.push({
          code: "custom",
          path: [i, 0],
          input: range[0],
          message: `must not be before the end of the range before it, ${previous[1]}`,
        });
      }
    }
  }),
);

/** The first few unknown keys, each cut short: an object of a million keys makes no million-key message. */
function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => (key.length > 40 ? `${key.slice(0, 39)}…` : key));
  return keys.length > shown.length ? `${shown.join(", ")} and ${keys.length - shown.length} more` : shown.join(", ");
}

/**
 * Opening hours per day of the week; a day left out is closed. Other keys are an error (a misspelt day would close it).
 *
 * @example
 * ```ts
 * import { businessHoursSchema } from "salesmetrics";
 *
 * businessHoursSchema.safeParse({ mon: [["09:00", "17:00"]], fri: [["09:00", "15:00"]] }).success;
 * //=> true
 * businessHoursSchema.safeParse({ mon: [["09:00", "17:00"]], thur: [["09:00", "17:00"]] }).error?.issues[0]?.message;
 * //=> "must name days as mon, tue, wed, thu, fri, sat, sun (unknown: thur)"
 * ```
 */
export const businessHoursSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.optional(dayHoursSchema)])) as Record<
    Weekday,
    z.ZodMiniOptional<typeof dayHoursSchema>
  >,
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `must name days as mon, tue, wed, thu, fri, sat, sun (unknown: ${listKeys(issue.keys as string[])})`
        : 'must be an object of opening hours per day, such as { mon: [["09:00", "17:00"]] }',
  },
);

/**
 * Holidays: dates in the calendar's time zone on which it is closed all day.
 *
 * @example
 * ```ts
 * import { holidaysSchema } from "salesmetrics";
 *
 * holidaysSchema.safeParse(["2024-12-25", "2024-02-29"]).success;
 * //=> true
 * // 2023 had no 29 February.
 * holidaysSchema.safeParse(["2023-12-25", "2023-02-29"]).error?.issues[0]?.path;
 * //=> [1]
 * holidaysSchema.safeParse(["12/25/2024"]).error?.issues[0]?.message;
 * //=> 'must be a date "YYYY-MM-DD"'
 * ```
 */
export const holidaysSchema = z.array(
  z.string({ error: HOLIDAY }).check(
    z.regex(DATE, { error: HOLIDAY }),
    // Only for strings of the right form, so a malformed one gets one issue, not two.
    z.refine((text) => !DATE.test(text) || isValidDate(text), { error: HOLIDAY }),
  ),
  { error: 'must be a list of dates "YYYY-MM-DD"' },
);

/**
 * Input of {@link businessCalendar}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { businessCalendarInputSchema } from "salesmetrics";
 *
 * const emea = { timeZone: "Europe/Berlin", hours: { mon: [["09:00", "17:00"]] }, holidays: ["2024-12-25"], team: "EMEA" };
 * businessCalendarInputSchema.safeParse(emea).success;
 * //=> true
 * businessCalendarInputSchema.safeParse({ ...emea, timeZone: "America/NewYork" }).error?.issues[0]?.path;
 * //=> ["timeZone"]
 * businessCalendarInputSchema.safeParse({ timeZone: "Europe/Berlin" }).error?.issues[0]?.path;
 * //=> ["hours"]
 * ```
 */
export const businessCalendarInputSchema = z.looseObject(
  {
    timeZone: z.optional(timeZoneSchema),
    hours: businessHoursSchema,
    holidays: z.optional(holidaysSchema),
  },
  { error: "must be an object { timeZone?, hours, holidays? }" },
);

/**
 * An opening range `["09:00", "17:00"]`: opening and closing time, wall clock.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes, type OpeningRange } from "salesmetrics";
 *
 * const morning: OpeningRange = ["09:00", "12:00"];
 * const afternoon: OpeningRange = ["13:00", "17:00"];
 * const calendar = businessCalendar({ hours: { mon: [morning, afternoon] } });
 * // Monday 10 June 2024, 11:00 → 14:00 UTC, over the lunch break.
 * businessMinutes("2024-06-10T11:00", "2024-06-10T14:00", calendar);
 * //=> 120
 * ```
 */
export type OpeningRange = readonly [opens: string, closes: string];
/**
 * Opening hours per day of the week; a day left out is closed.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes, type BusinessHours } from "salesmetrics";
 *
 * const nineToFive = [["09:00", "17:00"]] as const;
 * // Saturday mornings too; Sunday is left out, so closed.
 * const hours: BusinessHours = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [["10:00", "14:00"]] };
 * // Saturday 8 June 2024, 09:00 → Monday 10:00, UTC: 4 hours on Saturday and 1 on Monday.
 * businessMinutes("2024-06-08T09:00", "2024-06-10T10:00", businessCalendar({ hours }));
 * //=> 300
 * ```
 */
export type BusinessHours = { readonly [Day in Weekday]?: readonly OpeningRange[] | undefined };

/**
 * Input of {@link businessCalendar} (what {@link businessCalendarInputSchema} accepts, with readonly arrays).
 *
 * @example
 * ```ts
 * import { businessCalendar, type BusinessCalendarInput } from "salesmetrics";
 *
 * const input: BusinessCalendarInput = {
 *   timeZone: "Europe/London",
 *   hours: { mon: [["09:00", "17:30"]], tue: [["09:00", "17:30"]] },
 *   holidays: ["2024-12-26", "2024-12-25"],
 * };
 * businessCalendar(input).holidays;
 * //=> ["2024-12-25", "2024-12-26"]
 * ```
 */
export interface BusinessCalendarInput {
  /** The IANA time zone the hours and holidays are in (default `"UTC"`). */
  readonly timeZone?: string | undefined;
  /** Opening hours per weekday; a day left out is closed. */
  readonly hours: BusinessHours;
  /** Closed dates, `YYYY-MM-DD` in the calendar's zone. */
  readonly holidays?: readonly string[] | undefined;
}

/**
 * A business calendar, as made by {@link businessCalendar}: plain, frozen data (it round-trips
 * through JSON and `businessCalendar`), carrying out of sight the caches that make business time fast.
 *
 * @example
 * ```ts
 * import { businessCalendar, businessMinutes, type BusinessCalendar } from "salesmetrics";
 *
 * const calendar: BusinessCalendar = businessCalendar({ timeZone: "Europe/London", hours: { mon: [["09:00", "17:00"]] } });
 * const saved = JSON.stringify(calendar);
 * saved;
 * //=> '{"timeZone":"Europe/London","hours":{"mon":[["09:00","17:00"]]},"holidays":[]}'
 * // Monday 10 June 2024, 10:00 → 12:00 London time.
 * businessMinutes("2024-06-10T10:00", "2024-06-10T12:00", businessCalendar(JSON.parse(saved)));
 * //=> 120
 * ```
 */
export interface BusinessCalendar {
  /** IANA time zone of the opening hours and holidays. */
  readonly timeZone: string;
  /** Opening hours per day of the week, as given; a day left out is closed. */
  readonly hours: BusinessHours;
  /** Holidays, sorted, each once. */
  readonly holidays: readonly string[];
}

/**
 * A business calendar: when a team works, in its own time zone, for business-time durations.
 *
 * Opening hours are wall-clock times in `timeZone`: "09:00" is 9 in the morning there, in winter
 * and in summer, so durations over the calendar stay right across daylight-saving changes. A day
 * may have several ranges (a lunch break is two ranges); a range ends after it starts, and
 * `"24:00"` closes at midnight. To stay open overnight, close at `"24:00"` and open the next day at
 * `"00:00"`. Holidays are dates in the zone, closed all day. This is the data Salesforce's
 * `BusinessHours` and Excel's `NETWORKDAYS.INTL` take, with the hours a day has in both.
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_businesshours.htm
 *
 * Make a calendar once and pass it to every call: it remembers each day's hours as instants, so
 * {@link businessMinutes} costs a couple of lookups instead of time-zone arithmetic.
 *
 * @param input - `timeZone`: an IANA name such as `"America/New_York"`, default `"UTC"`;
 *   `hours`: `mon` … `sun`, each a list of `["HH:mm", "HH:mm"]` opening ranges in time order
 *   (a day left out is closed; other keys are an error, as a misspelt day would close it);
 *   `holidays`: dates `"YYYY-MM-DD"`, default none.
 * @returns A frozen calendar `{ timeZone, hours, holidays }` (holidays sorted, each once).
 * @throws {KpiInputError} When the time zone is unknown, a time is not `"HH:mm"`, a range does
 *   not end after it starts or begins before the previous one ends, a day is misspelt, or a
 *   holiday is not a real date `"YYYY-MM-DD"`.
 *
 * @example
 * ```ts
 * import { businessCalendar } from "salesmetrics";
 *
 * const calendar = businessCalendar({
 *   timeZone: "America/New_York",
 *   hours: {
 *     mon: [["09:00", "12:00"], ["13:00", "17:00"]],
 *     tue: [["09:00", "17:00"]],
 *   },
 *   holidays: ["2024-12-25", "2024-07-04", "2024-12-25"],
 * });
 * calendar.holidays;
 * //=> ["2024-07-04", "2024-12-25"]
 * ```
 */
export function businessCalendar(input: BusinessCalendarInput): BusinessCalendar {
  return buildCalendar(FN, "input", input, businessCalendarInputSchema);
}
