import { describe, expect, test } from "vitest";
import { businessCalendar, businessDays, type BusinessCalendarInput } from "../../src/index.js";
import { expectKpiError, NEW_YORK, nineToFive } from "../_helpers/index.js";
import { monToFri, utcWeekdays } from "./businessDays.helpers.js";

describe("published worked examples", () => {
  test("Microsoft NETWORKDAYS.INTL: 2006-01-01 to 2006-01-31 is 22; 2006-02-28 to 2006-01-31 is −21", () => {
    // https://support.microsoft.com/en-us/office/networkdays-intl-function-a9b26239-4f20-46a1-9ab8-4e925bfd5e28,
    // via shared/research/kpi-definitions.md §3 and §16 (fixture 27). Default weekend: Saturday and Sunday.
    expect(businessDays("2006-01-01", "2006-01-31", utcWeekdays)).toBe(22);
    expect(businessDays("2006-02-28", "2006-01-31", utcWeekdays)).toBe(-21);
  });

  test("calcapp: 2008-01-01 to 2009-01-01 is 263; 262 without 1 May; 314 with Sundays as the only weekend", () => {
    // https://www.calcapp.net/learn/formulas/networkdays.intl.html
    expect(businessDays("2008-01-01", "2009-01-01", utcWeekdays)).toBe(263);
    const mayDay = businessCalendar({ hours: monToFri, holidays: ["2008-05-01"] });
    expect(businessDays("2008-01-01", "2009-01-01", mayDay)).toBe(262);
    const sixDays = businessCalendar({ hours: { ...monToFri, sat: [["10:00", "14:00"]] }, holidays: ["2008-05-01"] });
    expect(businessDays("2008-01-01", "2009-01-01", sixDays)).toBe(314);
  });

  test('Spread.NET: September 2014 with weekend "0000111" (Fri–Sun) and two holidays is 16', () => {
    // https://developer.mescius.com/spreadnet/docs/latest/online-formula/functionNETWORKDAYS.INTL.html
    const monToThu = businessCalendar({
      hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive },
      holidays: ["2014-09-02", "2014-09-03"],
    });
    expect(businessDays("2014-09-01", "2014-09-30", monToThu)).toBe(16);
  });

  test("exceljet: the same working date at both ends is 1, a weekend date 0", () => {
    // https://exceljet.net/excel-functions/excel-networkdays.intl-function
    expect(businessDays("2024-06-03", "2024-06-03", utcWeekdays)).toBe(1);
    expect(Object.is(businessDays("2024-06-08", "2024-06-08", utcWeekdays), 0)).toBe(true);
  });
});

describe("dates in the calendar's zone", () => {
  const newYork = businessCalendar({ timeZone: NEW_YORK, hours: monToFri, holidays: ["2024-07-04"] });

  test("an instant counts on its local date there, whatever its time of day", () => {
    // 2024-06-08T02:00Z is Friday 7 June, 22:00 in New York; 2024-06-09T03:59Z is still Saturday there.
    expect(businessDays("2024-06-08T02:00:00Z", "2024-06-09T03:59:00Z", newYork)).toBe(1);
    expect(businessDays("2024-06-08T02:00:00Z", "2024-06-09T03:59:00Z", utcWeekdays)).toBe(0);
    expect(businessDays(new Date("2024-06-03T23:59:59-04:00"), Date.UTC(2024, 5, 4, 3, 59), newYork)).toBe(1);
  });

  test("a holiday does not count; a weekend holiday changes nothing", () => {
    expect(businessDays("2024-07-01", "2024-07-07", newYork)).toBe(4);
    const withSunday = businessCalendar({ timeZone: NEW_YORK, hours: monToFri, holidays: ["2024-07-04", "2024-07-07"] });
    expect(businessDays("2024-07-01", "2024-07-07", withSunday)).toBe(4);
  });

  test("a day counts whole whatever its hours, and across DST changes", () => {
    const short = businessCalendar({ timeZone: NEW_YORK, hours: { sat: [["10:00", "10:30"]], sun: [["01:00", "04:00"]] } });
    // March 2024 in New York: 5 Saturdays and 5 Sundays (10 March is spring-forward day).
    expect(businessDays("2024-03-01", "2024-03-31", short)).toBe(10);
    expect(businessDays("2024-11-01", "2024-11-30", short)).toBe(9);
  });

  test("a plain { timeZone, hours, holidays } works as a calendar", () => {
    const plain: BusinessCalendarInput = { timeZone: NEW_YORK, hours: monToFri, holidays: ["2024-07-04", "2024-07-04"] };
    expect(businessDays("2024-07-01", "2024-07-31", plain)).toBe(22);
  });

  test("a calendar open on no day gives 0", () => {
    expect(Object.is(businessDays("2024-01-01", "2030-01-01", { hours: {} }), 0)).toBe(true);
    expect(Object.is(businessDays("2030-01-01", "2024-01-01", { hours: {} }), 0)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input", () => {
  test.each([
    ["2024-13-01", "2024-06-03", utcWeekdays, ["start"]],
    ["2024-06-03", "next week", utcWeekdays, ["end"]],
    ["2024-06-03", "2024-06-07", { hours: { mon: [["9:00", "17:00"]] } }, ["calendar.hours.mon[0][0]"]],
    ["2024-06-03", "2024-06-07", { timeZone: "Europe/Atlantis", hours: {} }, ["calendar.timeZone"]],
    ["2024-06-03", "2024-06-07", undefined, ["calendar"]],
  ])("rejects (%o, %o, %o) at %o", (start, end, calendar, paths) => {
    expectKpiError("businessDays", () => businessDays(start as never, end as never, calendar as never), paths);
  });

  test("names the value", () => {
    const error = expectKpiError("businessDays", () => businessDays("2024-02-30", "2024-03-01", utcWeekdays), ["start"]);
    expect(error.message).toBe('businessDays: start is not a valid date (got "2024-02-30")');
  });
});
