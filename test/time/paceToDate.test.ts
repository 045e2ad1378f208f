import { describe, expect, test } from "vitest";
import {
  businessCalendar,
  businessDays,
  pace,
  paceToDate,
  paceToDateInputSchema,
  paceToDateInputSchemaFor,
} from "../../src/index.js";
import { expectKpiError, nineToFive } from "../_helpers/index.js";
import { monToFri, everyDay, newYork } from "./paceToDate.helpers.js";

describe("published worked examples", () => {
  test("calculator.city: 96,000 after day 12 of a 30-day month toward 260,000 projects 240,000, 92.3 %", () => {
    // calculator.city "Sales pace calculator" via shared/research/kpi-definitions.md §11 and §16 (fixture 25).
    // A calendar open every day counts calendar days: June 2024 has 30.
    const result = paceToDate(
      { actual: 96_000, target: 260_000, periodStart: "2024-06-01", periodEnd: "2024-06-30", asOf: "2024-06-12" },
      { calendar: everyDay },
    );
    expect(result.projected).toBe(240_000);
    expect(result.projectedAttainment).toBeCloseTo(0.923, 3);
    expect(result.onTrack).toBe(false);
    expect(result.remaining).toBe(164_000);
    expect(result.requiredPerRemainingUnit).toBeCloseTo(164_000 / 18, 9);
    // 40,000 by day 10 of 30 runs at 120,000.
    expect(
      paceToDate(
        { actual: 40_000, target: 1, periodStart: "2024-06-01", periodEnd: "2024-06-30", asOf: "2024-06-10" },
        { calendar: everyDay },
      ).projected,
    ).toBe(120_000);
  });

  test("kpifrontier: 64 % of goal after 20 of 30 business days is a pacing index of 96 %, the projected attainment", () => {
    // kpifrontier pacing index = % of goal ÷ % of time, via shared/research/kpi-definitions.md §11.
    // 3 June – 12 July 2024 is 6 weeks, 30 business days Monday to Friday; 28 June closes the 20th.
    const calendar = businessCalendar({ hours: monToFri });
    const input = { actual: 320_000, target: 500_000, periodStart: "2024-06-03", periodEnd: "2024-07-12", asOf: "2024-06-28" };
    expect(businessDays(input.periodStart, input.asOf, calendar)).toBe(20);
    expect(paceToDate(input, { calendar }).projectedAttainment).toBeCloseTo(0.96, 12);
  });
});

describe("counting business days", () => {
  const july = { actual: 45_000, target: 100_000, periodStart: "2024-07-01", periodEnd: "2024-07-31" };

  test("July 2024 in New York: 22 business days without the 4th, 9 of them by Friday the 12th", () => {
    expect(paceToDate({ ...july, asOf: "2024-07-12" }, { calendar: newYork })).toEqual(
      pace({ actual: 45_000, target: 100_000, elapsed: 9, total: 22 }),
    );
  });

  test("the asOf day counts in full, whatever its time; a weekend adds nothing", () => {
    const expected = paceToDate({ ...july, asOf: "2024-07-12" }, { calendar: newYork });
    for (const asOf of ["2024-07-12T00:00", "2024-07-12T23:59:59", "2024-07-13", "2024-07-14T12:00", "2024-07-13T03:00:00Z"]) {
      expect(paceToDate({ ...july, asOf }, { calendar: newYork })).toEqual(expected);
    }
    // Thursday the 11th is one business day fewer.
    expect(paceToDate({ ...july, asOf: "2024-07-11" }, { calendar: newYork })).toEqual(
      pace({ actual: 45_000, target: 100_000, elapsed: 8, total: 22 }),
    );
  });

  test("asOf is the calendar zone's date at the day boundary, in Tokyo as in New York (issue 12)", () => {
    const tokyo = businessCalendar({
      timeZone: "Asia/Tokyo",
      hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
    });
    const thursday = paceToDate({ ...july, asOf: "2024-07-11" }, { calendar: tokyo });
    const friday = paceToDate({ ...july, asOf: "2024-07-12" }, { calendar: tokyo });
    // 23:59 on Thursday in Tokyo is 14:59Z; a minute later it is Friday there.
    expect(paceToDate({ ...july, asOf: "2024-07-11T14:59:59Z" }, { calendar: tokyo })).toEqual(thursday);
    expect(paceToDate({ ...july, asOf: "2024-07-11T15:00:00Z" }, { calendar: tokyo })).toEqual(friday);
    // And in New York, whose Thursday ends at 04:00Z on Friday.
    expect(paceToDate({ ...july, asOf: "2024-07-12T03:59:59Z" }, { calendar: newYork })).toEqual(
      pace({ actual: 45_000, target: 100_000, elapsed: 8, total: 22 }),
    );
    expect(paceToDate({ ...july, asOf: "2024-07-12T04:00:00Z" }, { calendar: newYork })).toEqual(
      pace({ actual: 45_000, target: 100_000, elapsed: 9, total: 22 }),
    );
  });

  test("before the first business day nothing has elapsed; on the last day nothing remains to plan", () => {
    const june = { actual: 0, target: 1000, periodStart: "2024-06-01", periodEnd: "2024-06-30" };
    expect(paceToDate({ ...june, asOf: "2024-06-02" }, { calendar: newYork })).toEqual({
      projected: null,
      projectedAttainment: null,
      onTrack: null,
      remaining: 1000,
      requiredPerRemainingUnit: 50,
    });
    expect(paceToDate({ ...june, actual: 1200, asOf: "2024-06-30" }, { calendar: newYork })).toEqual({
      projected: 1200,
      projectedAttainment: 1.2,
      onTrack: true,
      remaining: 0,
      requiredPerRemainingUnit: null,
    });
  });

  test("a period without a business day has no pace, only what remains", () => {
    const weekend = { actual: 10, target: 100, periodStart: "2024-06-08", periodEnd: "2024-06-09", asOf: "2024-06-09" };
    expect(paceToDate(weekend, { calendar: newYork })).toEqual({
      projected: null,
      projectedAttainment: null,
      onTrack: null,
      remaining: 90,
      requiredPerRemainingUnit: null,
    });
  });

  test("money as decimal strings, dates as Date and epoch ms", () => {
    expect(
      paceToDate(
        {
          actual: "45000.00",
          target: "100000",
          periodStart: new Date("2024-07-01T04:00:00Z"),
          periodEnd: Date.UTC(2024, 6, 31, 12),
          asOf: "2024-07-12T18:00:00-04:00",
        },
        { calendar: newYork },
      ),
    ).toEqual(pace({ actual: 45_000, target: 100_000, elapsed: 9, total: 22 }));
  });
});

describe("bad input", () => {
  const input = { actual: 1, target: 2, periodStart: "2024-07-01", periodEnd: "2024-07-31", asOf: "2024-07-12" };

  test("asOf outside the period, and a period that ends before it starts", () => {
    const error = expectKpiError("paceToDate", () => paceToDate({ ...input, asOf: "2024-08-01" }, { calendar: newYork }), [
      "asOf",
    ]);
    expect(error.message).toBe(
      'paceToDate: asOf must fall within the period, on a date from periodStart to periodEnd (got "2024-08-01")',
    );
    expectKpiError("paceToDate", () => paceToDate({ ...input, asOf: "2024-06-30" }, { calendar: newYork }), ["asOf"]);
    // 2024-07-01T02:00Z is still 30 June in New York.
    expectKpiError("paceToDate", () => paceToDate({ ...input, asOf: "2024-07-01T02:00Z" }, { calendar: newYork }), ["asOf"]);
    expectKpiError("paceToDate", () => paceToDate({ ...input, periodEnd: "2024-06-30" }, { calendar: newYork }), ["periodEnd"]);
  });

  test("a result beyond the float range is a KpiInputError of paceToDate, naming the input behind it", () => {
    const error = expectKpiError("paceToDate", () => paceToDate({ ...input, actual: 1.7e308 }, { calendar: newYork }), [
      "actual",
    ]);
    expect(error.message).toBe("paceToDate: actual gives a result beyond the range of a float (about 1.8 × 10³⁰⁸)");
    // a projected attainment beyond it names the target
    expectKpiError("paceToDate", () => paceToDate({ ...input, actual: 1e300, target: 1e-10 }, { calendar: newYork }), ["target"]);
  });

  test.each([
    [{ ...input, actual: -1 }, { calendar: newYork }, ["actual"]],
    [{ ...input, target: "lots" }, { calendar: newYork }, ["target"]],
    [{ ...input, periodStart: "2024-07-32" }, { calendar: newYork }, ["periodStart"]],
    [{ ...input, asOf: undefined }, { calendar: newYork }, ["asOf"]],
    [null, { calendar: newYork }, ["input"]],
    [input, {}, ["options.calendar"]],
    [input, { calendar: { hours: { fri: [["17:00", "09:00"]] } } }, ["options.calendar.hours.fri[0][1]"]],
    [input, undefined, ["options"]],
  ])("rejects %o with options %o at %o", (value, options, paths) => {
    expectKpiError("paceToDate", () => paceToDate(value as never, options as never), paths);
  });

  test("a projection beyond the float range is named as this function's", () => {
    expectKpiError("paceToDate", () => paceToDate({ ...input, actual: 1e308, asOf: "2024-07-01" }, { calendar: newYork }), [
      "actual",
    ]);
  });

  test("the default schema reads dates in UTC; the schema for a calendar in its zone", () => {
    const late = { ...input, asOf: "2024-07-01T02:00Z" };
    expect(paceToDateInputSchema.safeParse(late).success).toBe(true);
    expect(paceToDateInputSchemaFor({ calendar: newYork }).safeParse(late).success).toBe(false);
  });
});
