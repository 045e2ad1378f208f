import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  businessMinutes,
  leadResponseLeadsSchemaFor,
  leadResponseTime,
  leadResponseTimeOptionsSchema,
  type LeadResponseTimeOptions,
  type ResponseLead,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, isCleanOutput, NEW_YORK, nineToFive, weekdays } from "../_helpers/index.js";
import { officeHours, newYorkOffice } from "./leadResponseTime.helpers.js";

describe("business time", () => {
  test("each lead's minutes are its businessMinutes", () => {
    const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) });
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.nat(5 * 24 * 3_600_000)), { minLength: 1, maxLength: 30 }), (pairs) => {
        const leads = pairs.map(([created, wait]) => ({ createdAt: created, firstResponseAt: created + wait }));
        const minutes = leads.map((lead) => businessMinutes(lead.createdAt, lead.firstResponseAt, newYorkOffice));
        const result = leadResponseTime(leads, { calendar: newYorkOffice });
        expect(result.meanMinutes).toBeCloseTo(minutes.reduce((a, b) => a + b, 0) / minutes.length, 6);
        expect(result.withinSla).toBe(minutes.filter((m) => m <= 60).length);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const instant = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) });
/** Leads as epoch ms: created in 2023–2025, answered within 4 days, or never (about 1 in 6). */
const leadsArbitrary = fc.array(
  fc.tuple(instant, fc.option(fc.nat(4 * 24 * 3_600_000), { freq: 6 })).map(([created, wait]) => ({
    createdAt: created,
    firstResponseAt: wait === null ? null : created + wait,
  })),
  { maxLength: 60 },
);
const calendarOption = fc.constantFrom<LeadResponseTimeOptions>({}, { calendar: newYorkOffice }, { calendar: officeHours });

/** R's quantile type 7 as Hyndman & Fan write it, 1-based: Q(p) = (1 − γ) x[j] + γ x[j + 1], j = ⌊(n − 1)p⌋ + 1. */
function hyndmanFanType7(values: readonly number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const j = Math.floor((n - 1) * p) + 1;
  const gamma = (n - 1) * p + 1 - j;
  const at = (i: number) => x[Math.min(n, i) - 1] as number;
  return (1 - gamma) * at(j) + gamma * at(j + 1);
}

const newYorkParts = new Intl.DateTimeFormat("en-US", {
  timeZone: NEW_YORK,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
/** New York's UTC offset at instant `t`, in minutes, from Intl. */
function newYorkOffset(t: number): number {
  const whole = Math.floor(t / 1000) * 1000;
  const part = (type: string) => Number(newYorkParts.formatToParts(whole).find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return (wall - whole) / 60_000;
}

describe("laws", () => {
  test("median and p90 match an independent type-7 quantile; min ≤ median ≤ p90 ≤ max; min ≤ mean ≤ max", () => {
    fc.assert(
      fc.property(leadsArbitrary, calendarOption, (leads, options) => {
        const result = leadResponseTime(leads, options);
        expect(isCleanOutput(result)).toBe(true);
        const minutes = leads
          .filter((lead) => lead.firstResponseAt !== null)
          .map((lead) =>
            options.calendar === undefined
              ? ((lead.firstResponseAt as number) - lead.createdAt) / 60_000
              : businessMinutes(lead.createdAt, lead.firstResponseAt as number, options.calendar),
          );
        if (minutes.length === 0) {
          expect(result.medianMinutes).toBeNull();
          return;
        }
        const [min, max] = [Math.min(...minutes), Math.max(...minutes)];
        const [median, p90, mean] = [result.medianMinutes, result.p90Minutes, result.meanMinutes] as [number, number, number];
        expect(median).toBeCloseTo(hyndmanFanType7(minutes, 0.5), 9);
        expect(p90).toBeCloseTo(hyndmanFanType7(minutes, 0.9), 9);
        expect(min <= median && median <= p90 && p90 <= max).toBe(true);
        expect(min <= mean && mean <= max).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("invariant under the order of the leads", () => {
    fc.assert(
      fc.property(leadsArbitrary, calendarOption, fc.nat(), (leads, options, seed) => {
        const shuffled = [...leads].sort((a, b) => ((a.createdAt * 31 + seed) % 97) - ((b.createdAt * 31 + seed) % 97));
        const [x, y] = [leadResponseTime(leads, options), leadResponseTime(shuffled, options)];
        expect({ ...y, meanMinutes: null }).toEqual({ ...x, meanMinutes: null });
        if (x.meanMinutes !== null) expect(y.meanMinutes).toBeCloseTo(x.meanMinutes, 9);
      }),
      { numRuns: 300 },
    );
  });

  test("invariant under the input's format: epoch ms, Date, ISO with Z, ISO with an offset, New York wall-clock time", () => {
    const withOffset = (t: number, offsetMinutes: number) => {
      const local = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const size = Math.abs(offsetMinutes);
      return `${local}${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(size / 60)).padStart(2, "0")}:${String(size % 60).padStart(2, "0")}`;
    };
    fc.assert(
      fc.property(leadsArbitrary, calendarOption, fc.integer({ min: -14 * 60, max: 14 * 60 }), (leads, options, offset) => {
        const expected = leadResponseTime(leads, options);
        const convert = (format: (t: number) => unknown) =>
          leads.map((lead) => ({
            createdAt: format(lead.createdAt),
            firstResponseAt: lead.firstResponseAt === null ? null : format(lead.firstResponseAt),
          })) as ResponseLead[];
        expect(
          leadResponseTime(
            convert((t) => new Date(t)),
            options,
          ),
        ).toEqual(expected);
        expect(
          leadResponseTime(
            convert((t) => new Date(t).toISOString()),
            options,
          ),
        ).toEqual(expected);
        expect(
          leadResponseTime(
            convert((t) => withOffset(t, offset)),
            options,
          ),
        ).toEqual(expected);
        // New York wall-clock strings read in New York; within two hours of a clock change, where a
        // wall time may be ambiguous, the instant stays in epoch ms.
        const newYork = (t: number) =>
          newYorkOffset(t - 7_200_000) === newYorkOffset(t + 7_200_000) ? withOffset(t, newYorkOffset(t)).slice(0, 23) : t;
        expect(leadResponseTime(convert(newYork), { ...options, timeZone: NEW_YORK })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test("withinSla never decreases as slaMinutes grows, and reaches responded", () => {
    fc.assert(
      fc.property(
        leadsArbitrary,
        calendarOption,
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (leads, options, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const tight = leadResponseTime(leads, { ...options, slaMinutes: low });
          const loose = leadResponseTime(leads, { ...options, slaMinutes: high });
          expect(tight.withinSla).toBeLessThanOrEqual(loose.withinSla);
          expect(loose.withinSla).toBeLessThanOrEqual(loose.responded);
          expect(leadResponseTime(leads, { ...options, slaMinutes: 1e9 }).withinSla).toBe(loose.responded);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("merging two batches of leads adds up their counts", () => {
    fc.assert(
      fc.property(leadsArbitrary, leadsArbitrary, calendarOption, (a, b, options) => {
        const [whole, left, right] = [
          leadResponseTime([...a, ...b], options),
          leadResponseTime(a, options),
          leadResponseTime(b, options),
        ];
        expect(whole.count).toBe(left.count + right.count);
        expect(whole.responded).toBe(left.responded + right.responded);
        expect(whole.withinSla).toBe(left.withinSla + right.withinSla);
        if (whole.responded > 0) {
          const sum = (left.meanMinutes ?? 0) * left.responded + (right.meanMinutes ?? 0) * right.responded;
          expect(whole.meanMinutes).toBeCloseTo(sum / whole.responded, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("business time never exceeds wall-clock time", () => {
    fc.assert(
      fc.property(leadsArbitrary, (leads) => {
        const wall = leadResponseTime(leads);
        const business = leadResponseTime(leads, { calendar: newYorkOffice });
        if (wall.meanMinutes !== null) expect(business.meanMinutes as number).toBeLessThanOrEqual(wall.meanMinutes + 1e-9);
        expect(business.withinSla).toBeGreaterThanOrEqual(wall.withinSla);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input", () => {
  test("fast checks agree with the schemas", () => {
    const epoch = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) });
    const instantOrAwkward = fc.oneof(
      { weight: 3, arbitrary: epoch },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString()) },
      // Wall-clock strings, whose order depends on the zone they are read in.
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString().slice(0, 16)) },
      { weight: 1, arbitrary: epoch.map((t) => new Date(t)) },
      { weight: 1, arbitrary: fc.constantFrom("2024-13-01", "2024-02-30", "", "yesterday", 9e15, new Date(Number.NaN), null) },
      { weight: 1, arbitrary: awkwardValue },
    );
    const lead = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({ createdAt: instantOrAwkward, firstResponseAt: instantOrAwkward }, { requiredKeys: ["createdAt"] }),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          calendar: fc.constantFrom<unknown>(
            officeHours,
            { timeZone: "Asia/Tokyo", hours: weekdays(nineToFive) },
            { hours: { monday: [] } },
            null,
          ),
          slaMinutes: fc.oneof(fc.double({ min: -5, max: 500, noNaN: true }), awkwardValue),
          timeZone: fc.constantFrom<unknown>("UTC", NEW_YORK, "Asia/Kolkata", "Not/A_Zone", 5),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof({ weight: 6, arbitrary: fc.array(lead, { maxLength: 4 }) }, { weight: 1, arbitrary: awkwardValue }),
        options,
      ),
      ([leads, opts]) => leadResponseTime(leads as never, opts as never),
      ([leads, opts]) =>
        leadResponseTimeOptionsSchema.safeParse(opts).success &&
        leadResponseLeadsSchemaFor(opts as LeadResponseTimeOptions).safeParse(leads).success,
      { numRuns: 2000 },
    );
  });
});
