import { getISOWeek, getISOWeekYear } from "date-fns";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { civilFromDays, daysFromCivil, monthIndexOfDay } from "../../src/_internal/civilCalendar.js";
import { parsePeriodLabel, periodKeyOfDay, periodLabel, periodSpan } from "../../src/_internal/periods.js";
import type { Period } from "../../src/core/periods.js";

const DAY = 86_400_000;
// Days a Date can represent: ±100,000,000 days around 1970.
const dayNumber = fc.integer({ min: -100_000_000, max: 100_000_000 });

describe("civil calendar", () => {
  test("civilFromDays agrees with Date's UTC fields and inverts daysFromCivil", () => {
    fc.assert(
      fc.property(dayNumber, (day) => {
        const date = new Date(day * DAY);
        const civil = civilFromDays(day);
        expect(civil).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(day);
        expect(monthIndexOfDay(day)).toBe(civil.year * 12 + civil.month - 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("periods", () => {
  const period = fc.constantFrom<Period>("day", "week", "month", "quarter", "year");
  const fiscal = fc.integer({ min: 1, max: 12 });

  test("each period's first and last days belong to it, and the next day to the next period", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), period, fiscal, (day, p, f) => {
        const key = periodKeyOfDay(day, p, f);
        const span = periodSpan(key, p, f);
        expect(span.firstDay <= day && day <= span.lastDay).toBe(true);
        expect(periodKeyOfDay(span.firstDay, p, f)).toBe(key);
        expect(periodKeyOfDay(span.lastDay, p, f)).toBe(key);
        expect(periodKeyOfDay(span.lastDay + 1, p, f)).toBe(key + 1);
      }),
      { numRuns: 2000 },
    );
  });

  test("ISO week labels agree with date-fns getISOWeekYear and getISOWeek", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const date = new Date(day * DAY);
        const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
        local.setFullYear(date.getUTCFullYear()); // years 0–99
        const label = periodSpan(periodKeyOfDay(day, "week", 1), "week", 1).label;
        const expected = `${String(getISOWeekYear(local)).padStart(4, "0")}-W${String(getISOWeek(local)).padStart(2, "0")}`;
        expect(label).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("period labels", () => {
  test("every label periodSpan writes parses back to the same period", () => {
    const kinds = { day: "day", week: "week", month: "month", quarter: "quarter", year: "year" } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_900_000 }),
        fc.constantFrom(...(Object.keys(kinds) as (keyof typeof kinds)[])),
        (day, p) => {
          const key = periodKeyOfDay(day, p, 1);
          const label = periodSpan(key, p, 1).label;
          const parsed = parsePeriodLabel(label);
          expect(parsed).toEqual({ kind: kinds[p], ordinal: key });
          expect(periodLabel(parsed!)).toBe(label);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
