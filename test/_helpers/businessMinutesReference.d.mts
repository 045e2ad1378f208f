/** Business minutes from `start` to `end` (epoch ms, start ≤ end), the date-fns + @date-fns/tz way. */
export function dateFnsBusinessMinutes(
  start: number,
  end: number,
  calendar: {
    readonly timeZone: string;
    readonly hours: { readonly [weekday: string]: readonly (readonly [string, string])[] | undefined };
    readonly holidays: readonly string[];
  },
): number;
