import { describe, expect, test } from "vitest";
import { daysFromCivil } from "../../src/_internal/civilCalendar.js";
import { parsePeriodLabel, periodKeyOfDay, periodLabel, periodSpan } from "../../src/_internal/periods.js";

describe("periods", () => {
  test("labels: months, quarters, calendar and fiscal years", () => {
    const day = daysFromCivil(2017, 3, 8);
    expect(periodSpan(periodKeyOfDay(day, "day", 1), "day", 1).label).toBe("2017-03-08");
    expect(periodSpan(periodKeyOfDay(day, "month", 1), "month", 1).label).toBe("2017-03");
    expect(periodSpan(periodKeyOfDay(day, "quarter", 1), "quarter", 1).label).toBe("2017-Q1");
    expect(periodSpan(periodKeyOfDay(day, "year", 1), "year", 1).label).toBe("2017");
    // US federal fiscal year: FY2017 ran from October 2016 to September 2017.
    expect(periodSpan(periodKeyOfDay(day, "quarter", 10), "quarter", 10).label).toBe("FY2017-Q2");
    expect(periodSpan(periodKeyOfDay(day, "year", 10), "year", 10).label).toBe("FY2017");
    // UK tax-style April start: March 2017 closes FY2017.
    expect(periodSpan(periodKeyOfDay(day, "quarter", 4), "quarter", 4).label).toBe("FY2017-Q4");
  });
});

describe("period labels", () => {
  test("fiscal labels, and labels that name no period", () => {
    expect(parsePeriodLabel("FY2017-Q3")).toEqual({ kind: "fiscalQuarter", ordinal: 2017 * 4 + 2 });
    expect(periodLabel({ kind: "fiscalYear", ordinal: 2017 })).toBe("FY2017");
    for (const bad of ["2017-13", "2017-02-29", "2015-W53x", "2017-W53", "2017-W00", "2017-Q5", "17-03", "March"]) {
      expect(parsePeriodLabel(bad)).toBeNull();
    }
    expect(parsePeriodLabel("2020-W53")).toEqual({
      kind: "week",
      ordinal: periodKeyOfDay(daysFromCivil(2020, 12, 31), "week", 1),
    });
  });

  // Pinned by mutation testing: only one impossible day (29 February 2017) and one impossible
  // month were checked, and fiscal labels were never written back.
  test("rejects each impossible part of a day or month label, and writes fiscal labels back", () => {
    for (const bad of ["2024-00-10", "2024-13-01", "2024-03-00", "2024-04-31", "2024-00"])
      expect(parsePeriodLabel(bad)).toBeNull();
    expect(parsePeriodLabel("2024-02-29")).toEqual({ kind: "day", ordinal: daysFromCivil(2024, 2, 29) });
    expect(parsePeriodLabel("2024-12")).toEqual({ kind: "month", ordinal: 2024 * 12 + 11 });
    for (const label of ["FY2024-Q1", "FY2024-Q4", "FY2024", "2024-Q2", "2024"])
      expect(periodLabel(parsePeriodLabel(label)!)).toBe(label);
    expect(parsePeriodLabel("FY2024")).toEqual({ kind: "fiscalYear", ordinal: 2024 });
  });
});
