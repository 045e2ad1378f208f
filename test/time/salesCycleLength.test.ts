import { describe, expect, test } from "vitest";
import { salesCycleDealsSchema, salesCycleDealsSchemaFor, salesCycleLength, type CycleDeal } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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
    const deals = days.map((length, i) => ({
      createdAt: start + i * DAY,
      closedAt: start + (i + length) * DAY,
      status: "won" as const,
    }));
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
    expect(salesCycleLength([{ status: "lost" }, { createdAt: "2025-01-01", closedAt: "2025-01-03", status: "won" }]).count).toBe(
      1,
    );
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
// Bad input

describe("bad input", () => {
  const won = { createdAt: "2025-01-01", closedAt: "2025-01-31", status: "won" } as const;

  test("a counted deal closed before it was created names the row", () => {
    const deals: CycleDeal[] = [won, won, won, won, { createdAt: "2025-02-01", closedAt: "2025-01-15", status: "won" }];
    const error = expectKpiError("salesCycleLength", () => salesCycleLength(deals), ["deals[4].closedAt"]);
    expect(error.message).toBe(
      'salesCycleLength: deals[4].closedAt must not be before createdAt, "2025-02-01" (got "2025-01-15")',
    );
  });

  test("a counted deal needs both dates", () => {
    const error = expectKpiError(
      "salesCycleLength",
      () => salesCycleLength([won, { createdAt: "2025-01-01", closedAt: null, status: "won" }]),
      ["deals[1].closedAt"],
    );
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
});
