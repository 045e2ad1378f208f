import * as z from "zod/mini";
import { INSTANT, isNumericInstant, ISO_INSTANT, isoFieldsValid, numericInstantMessage } from "../_internal/parseInstant.js";
import { TimeZone } from "../_internal/timeZone.js";

/**
 * An instant as a caller may hold it: a `Date`, an ISO-8601 string, or epoch milliseconds.
 *
 * Strings follow ISO 8601 / RFC 3339 in their common forms: `2024-03-08`, `2024-03-08T14:30`,
 * `2024-03-08T14:30:15`, `2024-03-08T14:30:15.250` (1 to 9 decimals, read to the millisecond),
 * each time optionally followed by `Z` or an offset `+01:00` / `+0100` / `+01`; `T` may be `t`
 * or a space (`2024-03-08 14:30:00`, as CRM exports write it). A string without an offset is a
 * wall-clock time, read in the time zone the function is given (default UTC); a date alone is
 * its midnight there. Anything else (`"2024-13-01"`, `"March 8"`, `"1709900000000"`) is rejected,
 * as is an Invalid Date.
 *
 * A number is epoch milliseconds, and only where it plausibly is: from 100,000,000,000
 * (1973-03-03T09:46:40Z) to 253,402,300,799,999 (9999-12-31T23:59:59.999Z). The numbers that CRM
 * exports and spreadsheets hand dates over as (yyyymmdd integers such as `19970101`, Excel serial
 * days such as `42809`, epoch seconds such as `1489536000`) all fall outside that range, so they are
 * rejected with an error that names the likely misreading, never read as a moment of January
 * 1970. Pass earlier instants as a `Date` or an ISO-8601 string.
 *
 * @example
 * ```ts
 * import { revenueByPeriod, type Instant } from "salesmetrics";
 *
 * // A Date, a string as a CRM exports it, and epoch milliseconds.
 * const closedAt: Instant[] = [new Date("2024-03-08T09:00:00Z"), "2024-03-20 14:30:00", Date.UTC(2024, 3, 2)];
 * revenueByPeriod(closedAt.map((date) => ({ date, amount: 1000 }))).map((row) => [row.period, row.count]);
 * //=> [["2024-03", 2], ["2024-04", 1]]
 * ```
 */
export type Instant = Date | string | number;

/**
 * Schema for {@link Instant}: a valid `Date`, an ISO-8601 string naming a real calendar time,
 * or epoch milliseconds from 1973-03-03 to 9999-12-31 (a yyyymmdd integer, an Excel serial or
 * epoch seconds is rejected with a message that names it). The schema says what is valid; reading a
 * string without an offset needs a time zone, which the function using it supplies. JSON Schema
 * cannot express a `Date`; it is emitted as `{}` there (with `unrepresentable: "any"`).
 *
 * @example
 * ```ts
 * import { instantSchema } from "salesmetrics";
 *
 * instantSchema.safeParse("2024-03-08 14:30:00").success;
 * //=> true
 * instantSchema.safeParse(1709900000000).success;
 * //=> true
 * // 30 February does not exist; "March 8" is not ISO 8601.
 * instantSchema.safeParse("2024-02-30").error?.issues[0]?.message;
 * //=> "is not a valid date"
 * instantSchema.safeParse("March 8").success;
 * //=> false
 * // A number is epoch milliseconds only from 1973 on: 19970101 is not a moment of 1 January 1970.
 * instantSchema.safeParse(19970101).error?.issues[0]?.message;
 * //=> 'is not a valid date: it looks like a yyyymmdd date ("1997-01-01"), not epoch milliseconds; an instant is a Date, an ISO-8601 string, or epoch milliseconds from 1973-03-03 to 9999-12-31'
 * ```
 */
export const instantSchema = z.union(
  [
    z.date({ error: INSTANT }),
    z.string({ error: INSTANT }).check(
      z.regex(ISO_INSTANT, { error: INSTANT }),
      // Only for strings of the right form, so a malformed one gets one issue, not two.
      z.refine((text) => !ISO_INSTANT.test(text) || isoFieldsValid(text), { error: INSTANT }),
    ),
    z
      .number({ error: INSTANT })
      .check(z.refine(isNumericInstant, { error: (issue) => numericInstantMessage(issue.input as number) })),
  ],
  { error: INSTANT },
);

const TIME_ZONE = 'must be an IANA time zone name, such as "America/New_York" or "UTC"';

/**
 * Schema for a time zone option: an IANA name the platform's `Intl` knows, such as
 * `"Europe/Berlin"` (case-insensitive; aliases such as `"US/Eastern"` are accepted too).
 *
 * @example
 * ```ts
 * import { timeZoneSchema } from "salesmetrics";
 *
 * timeZoneSchema.safeParse("Europe/Berlin").success;
 * //=> true
 * // A city alone or a UTC offset is not an IANA name.
 * timeZoneSchema.safeParse("Berlin").success;
 * //=> false
 * timeZoneSchema.safeParse("+01:00").error?.issues[0]?.message;
 * //=> 'must be an IANA time zone name, such as "America/New_York" or "UTC"'
 * ```
 */
export const timeZoneSchema = z
  .string({ error: TIME_ZONE })
  .check(z.refine((name) => TimeZone.of(name) !== null, { error: TIME_ZONE }));
