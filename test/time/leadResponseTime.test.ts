import { describe, expect, test } from "vitest";
import { leadResponseLeadsSchema, leadResponseLeadsSchemaFor, leadResponseTime, type ResponseLead } from "../../src/index.js";
import { expectKpiError, NEW_YORK } from "../_helpers/index.js";
import { officeHours, newYorkOffice } from "./leadResponseTime.helpers.js";

/** Leads whose response times are the given wall-clock minutes, created an hour apart. */
const leadsWaiting = (minutes: readonly (number | null)[]): ResponseLead[] =>
  minutes.map((m, i) => {
    const createdAt = Date.UTC(2024, 5, 3) + i * 3_600_000;
    return { createdAt, firstResponseAt: m === null ? null : createdAt + m * 60_000 };
  });

describe("published worked examples", () => {
  test("snowdaycalculatornow, Mon–Fri 9–17: 150, 60 and 60 business minutes", () => {
    // calculator7.snowdaycalculatornow.com/?p=4378 via shared/research/kpi-definitions.md §3.
    // 2024-06-04 is a Tuesday, 2024-06-07 a Friday, 2024-06-08 a Saturday.
    const leads = [
      { createdAt: "2024-06-04T10:00", firstResponseAt: "2024-06-04T12:30" },
      { createdAt: "2024-06-07T16:30", firstResponseAt: "2024-06-10T09:30" },
      { createdAt: "2024-06-08T11:00", firstResponseAt: "2024-06-10T10:00" },
    ];
    expect(leadResponseTime(leads, { calendar: officeHours })).toEqual({
      count: 3,
      responded: 3,
      unresponded: 0,
      medianMinutes: 60,
      meanMinutes: 90,
      p90Minutes: 132,
      withinSla: 2,
      withinSlaRate: 2 / 3,
    });
  });

  test("metrickittools: created 10:00, answered 10:30 is 30 minutes", () => {
    // https://metrickittools.com/glossary/lead-response-time via shared/research/kpi-definitions.md §3.
    const result = leadResponseTime([{ createdAt: "2024-06-05T10:00", firstResponseAt: "2024-06-05T10:30" }]);
    expect(result.medianMinutes).toBe(30);
    expect(result.meanMinutes).toBe(30);
    expect(result.p90Minutes).toBe(30);
  });

  test("p90 is Excel's PERCENTILE.INC: 1…10 gives 9.1; the median of 1…10 is 5.5", () => {
    // PERCENTILE.INC({1,…,10}, 0.9) = 9.1: rank (10 − 1) × 0.9 = 8.1, between the 9th and 10th values.
    // https://support.microsoft.com/en-us/office/percentile-inc-function-680f9539-45eb-410b-9a5e-c1355e5fe2ed
    const result = leadResponseTime(leadsWaiting([3, 1, 4, 10, 5, 9, 2, 6, 8, 7]));
    expect(result.p90Minutes).toBe(9.1);
    expect(result.medianMinutes).toBe(5.5);
    expect(result.meanMinutes).toBe(5.5);
    // PERCENTILE.INC({1,2,3,4}, 0.9) = 3.7; one value is its own percentile.
    expect(leadResponseTime(leadsWaiting([4, 2, 1, 3])).p90Minutes).toBe(3.7);
    expect(leadResponseTime(leadsWaiting([42])).p90Minutes).toBe(42);
  });
});

describe("unanswered leads and the SLA", () => {
  test("unanswered leads are SLA breaches but stay out of the statistics", () => {
    const result = leadResponseTime(leadsWaiting([10, null, 30, null, 90, 240]));
    expect(result).toEqual({
      count: 6,
      responded: 4,
      unresponded: 2,
      medianMinutes: 60,
      meanMinutes: 92.5,
      p90Minutes: 195,
      withinSla: 2,
      withinSlaRate: 2 / 6,
    });
  });

  test("a missing response is unanswered, like null", () => {
    const created = "2024-06-03T10:00Z";
    expect(leadResponseTime([{ createdAt: created }, { createdAt: created, firstResponseAt: undefined }])).toMatchObject({
      responded: 0,
      unresponded: 2,
    });
  });

  test("the SLA defaults to 60 minutes and a response at exactly the SLA is within it", () => {
    expect(leadResponseTime(leadsWaiting([60, 60.001])).withinSla).toBe(1);
    expect(leadResponseTime(leadsWaiting([5, 6]), { slaMinutes: 5 }).withinSla).toBe(1);
    expect(leadResponseTime(leadsWaiting([0, 0.5]), { slaMinutes: 0 }).withinSla).toBe(1);
  });

  test("no lead: counts 0, everything else undefined", () => {
    expect(leadResponseTime([])).toEqual({
      count: 0,
      responded: 0,
      unresponded: 0,
      medianMinutes: null,
      meanMinutes: null,
      p90Minutes: null,
      withinSla: 0,
      withinSlaRate: null,
    });
  });

  test("no lead answered: statistics undefined, SLA rate 0", () => {
    expect(leadResponseTime(leadsWaiting([null, null]))).toEqual({
      count: 2,
      responded: 0,
      unresponded: 2,
      medianMinutes: null,
      meanMinutes: null,
      p90Minutes: null,
      withinSla: 0,
      withinSlaRate: 0,
    });
  });
});

describe("business time", () => {
  test("a lunch break, a holiday and a Saturday morning", () => {
    const leads = [
      // Monday 11:30 → 13:30 over lunch: 60.
      { createdAt: "2024-07-01T11:30", firstResponseAt: "2024-07-01T13:30" },
      // Wednesday 16:00 → Friday 10:00 over the 4 July holiday: 60 + 60.
      { createdAt: "2024-07-03T16:00", firstResponseAt: "2024-07-05T10:00" },
      // Friday 16:30 → Saturday 10:30: 30 + 30.
      { createdAt: "2024-07-05T16:30", firstResponseAt: "2024-07-06T10:30" },
    ];
    const result = leadResponseTime(leads, { calendar: newYorkOffice });
    expect(result.medianMinutes).toBe(60);
    expect(result.meanMinutes).toBeCloseTo(80, 12);
    expect(result.withinSla).toBe(2);
  });

  test("the weekends of both New York DST changes: Friday 16:00 → Monday 10:00 is 2 hours", () => {
    const leads = [
      { createdAt: "2024-03-08T16:00", firstResponseAt: "2024-03-11T10:00" },
      { createdAt: "2024-11-01T16:00", firstResponseAt: "2024-11-04T10:00" },
    ];
    expect(leadResponseTime(leads, { calendar: officeHours }).medianMinutes).toBe(120);
    // In wall-clock time the spring weekend is an hour shorter and the fall one an hour longer.
    const wall = leadResponseTime(leads, { timeZone: NEW_YORK });
    expect(wall.p90Minutes).toBe(65 * 60 + 0.9 * 2 * 60); // 65 h and 67 h
    expect(wall.medianMinutes).toBe(66 * 60);
  });

  test("a lead created at night in Los Angeles for a New York team waits from the opening", () => {
    // Monday 22:00 in Los Angeles is Tuesday 01:00 in New York; answered at 09:45 there.
    const lead = { createdAt: "2024-06-03T22:00:00-07:00", firstResponseAt: "2024-06-04T09:45" };
    expect(leadResponseTime([lead], { calendar: officeHours }).medianMinutes).toBe(45);
    expect(leadResponseTime([lead], { calendar: officeHours }).withinSlaRate).toBe(1);
  });
});

describe("reading strings without an offset", () => {
  const lead = { createdAt: "2024-06-03T09:30", firstResponseAt: "2024-06-03T14:00:00Z" };

  test("in UTC by default, in the timeZone option, or in the calendar's zone", () => {
    expect(leadResponseTime([lead]).medianMinutes).toBe(270);
    // 09:30 in New York is 13:30Z.
    expect(leadResponseTime([lead], { timeZone: NEW_YORK }).medianMinutes).toBe(30);
    expect(leadResponseTime([lead], { calendar: officeHours }).medianMinutes).toBe(30);
    // The timeZone option wins over the calendar's zone: 09:30Z is 05:30 in New York, before opening.
    expect(leadResponseTime([lead], { calendar: officeHours, timeZone: "UTC" }).medianMinutes).toBe(60);
  });

  test("on New York's spring-forward night 02:30 reads as 03:30 EDT, after 03:00", () => {
    const night = [{ createdAt: "2024-03-10T02:30", firstResponseAt: "2024-03-10T03:00" }];
    expect(leadResponseTime(night).medianMinutes).toBe(30);
    expectKpiError("leadResponseTime", () => leadResponseTime(night, { timeZone: NEW_YORK }), ["leads[0].firstResponseAt"]);
    // The schema for those options says the same.
    expect(leadResponseLeadsSchema.safeParse(night).success).toBe(true);
    expect(leadResponseLeadsSchemaFor({ timeZone: NEW_YORK }).safeParse(night).success).toBe(false);
    expect(leadResponseLeadsSchemaFor({ calendar: officeHours }).safeParse(night).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input", () => {
  const ok = { createdAt: "2024-06-03T10:00Z", firstResponseAt: "2024-06-03T10:05Z" };

  test("a response before its lead's creation names the row", () => {
    const leads: ResponseLead[] = Array.from({ length: 20 }, () => ok);
    leads[17] = { createdAt: "2024-06-03T10:00Z", firstResponseAt: "2024-06-03T09:59Z" };
    const error = expectKpiError("leadResponseTime", () => leadResponseTime(leads), ["leads[17].firstResponseAt"]);
    expect(error.message).toBe(
      'leadResponseTime: leads[17].firstResponseAt must not be before createdAt, "2024-06-03T10:00Z" (got "2024-06-03T09:59Z")',
    );
  });

  test("an invalid date is reported with its value", () => {
    const error = expectKpiError(
      "leadResponseTime",
      () => leadResponseTime([ok, { createdAt: "2024-13-01", firstResponseAt: null }]),
      ["leads[1].createdAt"],
    );
    expect(error.message).toBe('leadResponseTime: leads[1].createdAt is not a valid date (got "2024-13-01")');
  });

  test.each([
    [[ok, { createdAt: "2024-06-03T10:00Z", firstResponseAt: "soon" }], undefined, ["leads[1].firstResponseAt"]],
    [[ok, { firstResponseAt: "2024-06-03T10:00Z" }], undefined, ["leads[1].createdAt"]],
    [[ok, null], undefined, ["leads[1]"]],
    [[ok, [ok]], undefined, ["leads[1]"]],
    [{ leads: [ok] }, undefined, ["leads"]],
    [[{ createdAt: Number.NaN }, { createdAt: new Date(Number.NaN) }], undefined, ["leads[0].createdAt", "leads[1].createdAt"]],
    [[ok], { slaMinutes: -1 }, ["options.slaMinutes"]],
    [[ok], { slaMinutes: Infinity }, ["options.slaMinutes"]],
    [[ok], { slaMinutes: "60" }, ["options.slaMinutes"]],
    [[ok], { slaMinutes: null }, ["options.slaMinutes"]],
    [[ok], { timeZone: "Mars/Olympus_Mons" }, ["options.timeZone"]],
    [[ok], { calendar: { hours: { mon: [["09:00", "08:00"]] } } }, ["options.calendar.hours.mon[0][1]"]],
    [[ok], { calendar: null }, ["options.calendar"]],
    [[ok], null, ["options"]],
    [[ok], "fast", ["options"]],
  ])("rejects %o with options %o at %o", (leads, options, paths) => {
    expectKpiError("leadResponseTime", () => leadResponseTime(leads as never, options as never), paths);
  });

  test("reports every bad row of a large export", () => {
    const leads = Array.from({ length: 1000 }, (_, i) =>
      i % 300 === 5 ? { createdAt: "2024-06-03T10:00Z", firstResponseAt: "2024-06-02T10:00Z" } : ok,
    );
    expectKpiError("leadResponseTime", () => leadResponseTime(leads), [
      "leads[5].firstResponseAt",
      "leads[305].firstResponseAt",
      "leads[605].firstResponseAt",
      "leads[905].firstResponseAt",
    ]);
  });

  test("extra columns are ignored and the input is not mutated", () => {
    const leads = [{ ...ok, owner: "Ada", source: "web" }];
    const copy = structuredClone(leads);
    expect(leadResponseTime(leads).medianMinutes).toBe(5);
    expect(leads).toEqual(copy);
  });
});
