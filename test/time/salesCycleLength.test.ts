import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  salesCycleDealsSchema,
  salesCycleDealsSchemaFor,
  salesCycleLength,
  salesCycleLengthOptionsSchema,
  type CycleDeal,
  type SalesCycleLengthOptions,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, expectKpiError, isCleanOutput } from "../helpers.js";

const DAY = 86_400_000;

/** Deals created on 2025-01-01 (UTC) that took the given numbers of days, with the given statuses. */
const dealsLasting = (days: readonly number[], status: "won" | "lost" = "won"): CycleDeal[] =>
  days.map((length, i) => ({
    createdAt: Date.UTC(2025, 0, 1) + i * DAY,
    closedAt: Date.UTC(2025, 0, 1) + i * DAY + length * DAY,
    status: i % 2 === 0 ? "won" : status,
  }));

describe("published worked examples", () => {
  test("Vtiger: deals closed in 30, 40, 35, 25 and 20 days average 30 days", () => {
    // https://help.vtiger.com/faq/163599409 ("Sales Cycle by Duration": closed won or closed lost),
    // via shared/research/kpi-definitions.md §10.
    expect(salesCycleLength(dealsLasting([30, 40, 35, 25, 20], "lost"), { include: "closed" })).toEqual({
      count: 5,
      meanDays: 30,
      medianDays: 30,
    });
  });

  test("Daymark: Jan 1 → Feb 15, Jan 10 → Mar 5, Jan 20 → Feb 28 are 45, 54 and 39 days, 46 on average", () => {
    // https://www.usedaymark.io/metrics/sales-cycle-length (closed deals, won or lost), via
    // shared/research/kpi-definitions.md §10. A year that is not a leap year, as the days given require.
    const deals: CycleDeal[] = [
      { createdAt: "2025-01-01", closedAt: "2025-02-15", status: "won" },
      { createdAt: "2025-01-10", closedAt: "2025-03-05", status: "lost" },
      { createdAt: "2025-01-20", closedAt: "2025-02-28", status: "won" },
    ];
    expect(salesCycleLength(deals, { include: "closed" })).toEqual({ count: 3, meanDays: 46, medianDays: 45 });
  });

  test("revopsdictionary: won deals of 20, 40 and 60 days average 40", () => {
    // https://www.revopsdictionary.com/term/sales-cycle-length (won deals only).
    expect(salesCycleLength(dealsLasting([20, 40, 60]))).toEqual({ count: 3, meanDays: 40, medianDays: 40 });
  });

  test("calculator.city: 35 won deals totalling 1,260 days average 36 days", () => {
    // Via shared/research/kpi-definitions.md §10: Σ days of 35 won deals = 1,260 → 36.
    // 36 ± 1, 36 ± 2, … 36 ± 17, and 36: from 19 to 53 days.
    const days = Array.from({ length: 35 }, (_, i) => 36 + (i === 34 ? 0 : (i % 2 === 0 ? 1 : -1) * ((i >> 1) + 1)));
    expect(days.reduce((a, b) => a + b, 0)).toBe(1_260);
    const start = Date.UTC(2024, 0, 1);
    const deals = days.map((length, i) => ({ createdAt: start + i * DAY, closedAt: start + (i + length) * DAY, status: "won" as const }));
    expect(salesCycleLength(deals).meanDays).toBe(36);
  });
});

describe("which deals count", () => {
  const deals: CycleDeal[] = [
    { createdAt: "2025-03-01", closedAt: "2025-03-11", status: "won" }, // 10
    { createdAt: "2025-03-01", closedAt: "2025-04-30", status: "lost" }, // 60
    { createdAt: "2025-03-01", closedAt: "2025-03-31", status: "won" }, // 30
    { createdAt: "2025-03-05", status: "open" },
    { status: "open" },
    { createdAt: "2025-03-01", closedAt: null, status: "open" },
  ];

  test("by default won deals only; open deals never count and may lack dates", () => {
    expect(salesCycleLength(deals)).toEqual({ count: 2, meanDays: 20, medianDays: 20 });
    expect(salesCycleLength(deals, { include: "won" })).toEqual({ count: 2, meanDays: 20, medianDays: 20 });
  });

  test('include: "closed" counts lost deals too', () => {
    expect(salesCycleLength(deals, { include: "closed" })).toEqual({ count: 3, meanDays: 100 / 3, medianDays: 30 });
  });

  test("lost deals are ignored by default, dates or not", () => {
    expect(salesCycleLength([{ status: "lost" }, { createdAt: "2025-01-01", closedAt: "2025-01-03", status: "won" }]).count).toBe(1);
  });

  test("no deal counted: count 0 and no lengths", () => {
    expect(salesCycleLength([])).toEqual({ count: 0, meanDays: null, medianDays: null });
    expect(salesCycleLength([{ status: "open" }, { status: "lost" }])).toEqual({ count: 0, meanDays: null, medianDays: null });
  });
});

describe("days are calendar days in the zone", () => {
  test("times of day give fractions; a deal closed the moment it was created took 0 days", () => {
    const deal = { createdAt: "2025-05-05T09:00Z", closedAt: "2025-05-07T21:00Z", status: "won" } as const;
    expect(salesCycleLength([deal]).meanDays).toBe(2.5);
    expect(salesCycleLength([{ ...deal, closedAt: deal.createdAt }]).meanDays).toBe(0);
  });

  // Issue 12: a daylight-saving change inside a span of whole dates made it fractional (13.958… days).
  test("the issue's reproduction: 1 to 15 March 2017 in New York is 14 days, as in UTC", () => {
    const deal = { status: "won", amount: 1, createdAt: "2017-03-01", closedAt: "2017-03-15" } as const;
    expect(salesCycleLength([deal], { timeZone: "America/New_York" }).meanDays).toBe(14);
    expect(salesCycleLength([deal]).meanDays).toBe(14);
  });

  test.each([
    // Spring forward and fall back, north and south of the equator (Sydney's spring is October).
    ["America/New_York", "2024-03-09", "2024-03-11", 2],
    ["America/New_York", "2024-11-02", "2024-11-04", 2],
    ["Europe/Berlin", "2024-03-30", "2024-04-01", 2],
    ["Europe/Berlin", "2024-10-26", "2024-10-28", 2],
    ["Australia/Sydney", "2024-04-06", "2024-04-08", 2],
    ["Australia/Sydney", "2024-10-05", "2024-10-07", 2],
    ["America/Santiago", "2024-09-07", "2024-09-09", 2], // clocks move at midnight: the 8th starts at 01:00
  ])("%s: %s to %s is %i days", (timeZone, createdAt, closedAt, days) => {
    expect(salesCycleLength([{ createdAt, closedAt, status: "won" }], { timeZone }).meanDays).toBe(days);
  });

  test("property: a span between two dates is a whole number of days in every zone", () => {
    const date = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
    const zone = fc.constantFrom("UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Santiago", "Asia/Kolkata");
    fc.assert(
      fc.property(zone, date, date, (timeZone, a, b) => {
        const [createdAt, closedAt] = a <= b ? [a, b] : [b, a];
        const days = salesCycleLength([{ createdAt, closedAt, status: "won" }], { timeZone }).meanDays;
        expect(days).toBe((Date.parse(closedAt) - Date.parse(createdAt)) / DAY);
      }),
      { numRuns: 1000 },
    );
  });

  test("Date, ISO with an offset and epoch ms give the same lengths", () => {
    const created = Date.UTC(2025, 0, 10, 15, 30);
    const closed = created + 12.25 * DAY;
    const forms: CycleDeal[] = [
      { createdAt: created, closedAt: closed, status: "won" },
      { createdAt: new Date(created), closedAt: new Date(closed), status: "won" },
      { createdAt: "2025-01-10T10:30-05:00", closedAt: new Date(closed).toISOString(), status: "won" },
    ];
    expect(salesCycleLength(forms)).toEqual({ count: 3, meanDays: 12.25, medianDays: 12.25 });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const dealArbitrary = fc
  .tuple(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }), fc.nat(400 * DAY), fc.constantFrom("won", "lost", "open"))
  .map(([created, length, status]): CycleDeal => ({ createdAt: created, closedAt: created + length, status: status as CycleDeal["status"] }));
const dealsArbitrary = fc.array(dealArbitrary, { maxLength: 50 });
const includeOption = fc.constantFrom<SalesCycleLengthOptions>({}, { include: "closed" });

const lengthsOf = (deals: readonly CycleDeal[], options: SalesCycleLengthOptions) =>
  deals
    .filter((deal) => deal.status === "won" || (deal.status === "lost" && options.include === "closed"))
    .map((deal) => ((deal.closedAt as number) - (deal.createdAt as number)) / DAY);

describe("laws", () => {
  test("mean and median match a straightforward computation; min ≤ median, mean ≤ max", () => {
    fc.assert(
      fc.property(dealsArbitrary, includeOption, (deals, options) => {
        const result = salesCycleLength(deals, options);
        expect(isCleanOutput(result)).toBe(true);
        const lengths = lengthsOf(deals, options).sort((a, b) => a - b);
        expect(result.count).toBe(lengths.length);
        if (lengths.length === 0) return;
        const middle = lengths.length / 2;
        const median = lengths.length % 2 === 1 ? lengths[Math.floor(middle)] : ((lengths[middle - 1] as number) + (lengths[middle] as number)) / 2;
        expect(result.medianDays).toBe(median);
        expect(result.meanDays).toBeCloseTo(lengths.reduce((a, b) => a + b, 0) / lengths.length, 9);
        const [min, max] = [lengths[0] as number, lengths[lengths.length - 1] as number];
        expect(min <= (result.medianDays as number) && (result.medianDays as number) <= max).toBe(true);
        expect(min <= (result.meanDays as number) && (result.meanDays as number) <= max).toBe(true);
      }),
    );
  });

  test("order does not matter", () => {
    fc.assert(
      fc.property(dealsArbitrary, includeOption, (deals, options) => {
        const [x, y] = [salesCycleLength(deals, options), salesCycleLength([...deals].reverse(), options)];
        expect(y.count).toBe(x.count);
        expect(y.medianDays).toBe(x.medianDays);
        if (x.meanDays !== null) expect(y.meanDays).toBeCloseTo(x.meanDays, 9);
      }),
    );
  });

  test("merging two sets of deals: counts add, the mean is the weighted mean, the median lies between the parts' medians", () => {
    fc.assert(
      fc.property(dealsArbitrary, dealsArbitrary, includeOption, (a, b, options) => {
        const [whole, left, right] = [salesCycleLength([...a, ...b], options), salesCycleLength(a, options), salesCycleLength(b, options)];
        expect(whole.count).toBe(left.count + right.count);
        if (left.count === 0 || right.count === 0) return;
        const weighted = ((left.meanDays as number) * left.count + (right.meanDays as number) * right.count) / whole.count;
        expect(whole.meanDays).toBeCloseTo(weighted, 9);
        const [low, high] = [left.medianDays as number, right.medianDays as number].sort((x, y) => x - y);
        expect(whole.medianDays as number).toBeGreaterThanOrEqual(low as number);
        expect(whole.medianDays as number).toBeLessThanOrEqual(high as number);
      }),
    );
  });

  test("closed deals include the won ones: adding lost deals never lowers the count", () => {
    fc.assert(
      fc.property(dealsArbitrary, (deals) => {
        const won = salesCycleLength(deals);
        const closed = salesCycleLength(deals, { include: "closed" });
        expect(closed.count).toBeGreaterThanOrEqual(won.count);
        expect(closed.count).toBe(deals.filter((deal) => deal.status !== "open").length);
      }),
    );
  });

  test("shifting every date by the same time changes nothing", () => {
    fc.assert(
      fc.property(dealsArbitrary, fc.integer({ min: -1000 * DAY, max: 1000 * DAY }), (deals, shift) => {
        const shifted = deals.map((deal) => ({ ...deal, createdAt: (deal.createdAt as number) + shift, closedAt: (deal.closedAt as number) + shift }));
        const [x, y] = [salesCycleLength(deals), salesCycleLength(shifted)];
        expect(y.count).toBe(x.count);
        if (x.medianDays !== null) expect(y.medianDays).toBeCloseTo(x.medianDays, 6);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input", () => {
  const won = { createdAt: "2025-01-01", closedAt: "2025-01-31", status: "won" } as const;

  test("a counted deal closed before it was created names the row", () => {
    const deals: CycleDeal[] = [won, won, won, won, { createdAt: "2025-02-01", closedAt: "2025-01-15", status: "won" }];
    const error = expectKpiError("salesCycleLength", () => salesCycleLength(deals), ["deals[4].closedAt"]);
    expect(error.message).toBe('salesCycleLength: deals[4].closedAt must not be before createdAt, "2025-02-01" (got "2025-01-15")');
  });

  test("a counted deal needs both dates", () => {
    const error = expectKpiError("salesCycleLength", () => salesCycleLength([won, { createdAt: "2025-01-01", closedAt: null, status: "won" }]), [
      "deals[1].closedAt",
    ]);
    expect(error.message).toBe("salesCycleLength: deals[1].closedAt is required for a won deal (got null)");
    expectKpiError("salesCycleLength", () => salesCycleLength([{ status: "lost" }], { include: "closed" }), [
      "deals[0].createdAt",
      "deals[0].closedAt",
    ]);
  });

  test.each([
    [[won, { ...won, status: "Won" }], undefined, ["deals[1].status"]],
    [[won, { createdAt: "2025-01-01", closedAt: "2025-02-30", status: "won" }], undefined, ["deals[1].closedAt"]],
    // An uncounted deal's dates, when given, must still be dates.
    [[won, { createdAt: "someday", status: "open" }], undefined, ["deals[1].createdAt"]],
    [[won, { createdAt: "2025-01-01", closedAt: 1e20, status: "lost" }], undefined, ["deals[1].closedAt"]],
    [[won, null], undefined, ["deals[1]"]],
    [{ deals: [won] }, undefined, ["deals"]],
    [[won], { include: "all" }, ["options.include"]],
    [[won], { include: null }, ["options.include"]],
    [[won], { timeZone: "Atlantis/Capital" }, ["options.timeZone"]],
    [[won], 7, ["options"]],
  ])("rejects %o with options %o at %o", (deals, options, paths) => {
    expectKpiError("salesCycleLength", () => salesCycleLength(deals as never, options as never), paths);
  });

  test("an uncounted deal's dates may be in any order", () => {
    const lost = { createdAt: "2025-02-01", closedAt: "2025-01-01", status: "lost" } as const;
    expect(salesCycleLength([won, lost]).count).toBe(1);
    expectKpiError("salesCycleLength", () => salesCycleLength([won, lost], { include: "closed" }), ["deals[1].closedAt"]);
    expect(salesCycleDealsSchema.safeParse([won, lost]).success).toBe(true);
    expect(salesCycleDealsSchemaFor({ include: "closed" }).safeParse([won, lost]).success).toBe(false);
  });

  test("fast checks agree with the schemas", () => {
    const epoch = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) });
    const dateOrAwkward = fc.oneof(
      { weight: 3, arbitrary: epoch },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString()) },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString().slice(0, 16)) },
      { weight: 1, arbitrary: epoch.map((t) => new Date(t)) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, "2024-02-30", "later", new Date(Number.NaN)) },
      { weight: 1, arbitrary: awkwardValue },
    );
    const deal = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record(
          {
            createdAt: dateOrAwkward,
            closedAt: dateOrAwkward,
            status: fc.oneof(fc.constantFrom<unknown>("won", "lost", "open"), awkwardValue),
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          include: fc.constantFrom<unknown>("won", "closed", "open", null),
          timeZone: fc.constantFrom<unknown>("UTC", "America/New_York", "Pacific/Auckland", "Nowhere/Zone"),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.array(deal, { maxLength: 4 }) }, { weight: 1, arbitrary: awkwardValue }), options),
      ([deals, opts]) => salesCycleLength(deals as never, opts as never),
      ([deals, opts]) =>
        salesCycleLengthOptionsSchema.safeParse(opts).success &&
        salesCycleDealsSchemaFor(opts as SalesCycleLengthOptions).safeParse(deals).success,
      { numRuns: 2000 },
    );
  });
});
