// The reference implementation of business minutes that the tests check businessMinutes against and
// the bench measures it against: the straightforward way with date-fns and @date-fns/tz. Slow, simple,
// independent of the library. Plain JavaScript, so that the bench (.mjs) imports it too; types in the .d.mts.
import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/**
 * Business minutes from `start` to `end` (epoch ms, start ≤ end) in a calendar given as data: walk the
 * local days from the start with TZDate, place each opening range of the day with the TZDate
 * constructor, and add its overlap with the interval.
 */
export function dateFnsBusinessMinutes(start, end, { timeZone, hours, holidays }) {
  let day = startOfDay(new TZDate(start, timeZone));
  let total = 0;
  while (day.getTime() <= end) {
    const y = day.getFullYear();
    const m = day.getMonth();
    const d = day.getDate();
    const iso = `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (!holidays.includes(iso)) {
      for (const [opens, closes] of hours[WEEKDAY_NAMES[day.getDay()]] ?? []) {
        const open = new TZDate(y, m, d, Number(opens.slice(0, 2)), Number(opens.slice(3)), timeZone).getTime();
        const close = new TZDate(y, m, d, Number(closes.slice(0, 2)), Number(closes.slice(3)), timeZone).getTime();
        total += Math.max(0, Math.min(end, close) - Math.max(start, open));
      }
    }
    day = addDays(day, 1);
  }
  return total / 60_000;
}
