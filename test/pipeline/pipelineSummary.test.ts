import { describe, expect, test } from "vitest";
import { groupKpi, pipelineDealsSchemaFor, pipelineSummary } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

const DAY = 86_400_000;

/** Epoch ms of a wall-clock time in a zone, found by asking Intl (independently of the library). */
function toEpoch(wall: string, timeZone: string): number {
  const guess = Date.parse(`${wall}Z`);
  const shown = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  })
    .format(guess)
    .replace(", ", "T");
  return guess - (Date.parse(`${shown}Z`) - guess);
}

/**
 * A CRM export's shape, generated with known answers: 6 reps, open deals (a third without an
 * amount and some without dates, as real exports have), won deals with whole-day cycles and
 * cent amounts, lost deals without amounts. The answers are tallied in integer cents and days
 * while generating, independently of the library.
 */
function generatedPipeline(seed: number) {
  let state = seed >>> 0;
  const next = (n: number): number => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
  const reps = ["Ana", "Ben", "Chen", "Dev", "Eli", "Fay"];
  const deals: Record<string, unknown>[] = [];
  const known = { open: 0, openCents: 0, openWithoutAmount: 0, won: 0, wonCents: 0, lost: 0, cycleDays: [] as number[] };
  for (let i = 0; i < 3000; i++) {
    const owner = reps[next(reps.length)];
    const created = Date.UTC(2024, 0, 1) + next(300) * DAY;
    const roll = next(10);
    if (roll < 3) {
      const hasAmount = next(3) > 0;
      const cents = 100_000 + next(5_000_000);
      known.open++;
      if (hasAmount) known.openCents += cents;
      else known.openWithoutAmount++;
      deals.push({
        id: i,
        owner,
        status: "open",
        stage: next(2) ? "Proposal" : "Qualify",
        amount: hasAmount ? (cents / 100).toFixed(2) : "",
        createdAt: next(5) ? new Date(created).toISOString() : null,
      });
      if (!hasAmount) deals[deals.length - 1]!.amount = null;
    } else if (roll < 6) {
      const cycle = 1 + next(120);
      const cents = 100_000 + next(5_000_000);
      known.won++;
      known.wonCents += cents;
      known.cycleDays.push(cycle);
      deals.push({
        id: i,
        owner,
        status: "won",
        stage: "Closed Won",
        amount: (cents / 100).toFixed(2),
        createdAt: new Date(created).toISOString(),
        closedAt: new Date(created + cycle * DAY).toISOString(),
      });
    } else {
      known.lost++;
      deals.push({
        id: i,
        owner,
        status: "lost",
        stage: "Closed Lost",
        createdAt: new Date(created).toISOString(),
        closedAt: new Date(created + (1 + next(90)) * DAY).toISOString(),
      });
    }
  }
  return { deals, known };
}

describe("pipelineSummary", () => {
  test("a generated pipeline with known answers (tallied in integer cents and days while generating)", () => {
    const { deals, known } = generatedPipeline(20261123);
    const summary = pipelineSummary(deals as never);
    const sortedCycles = [...known.cycleDays].sort((a, b) => a - b);
    const mid = sortedCycles.length / 2;
    const medianCycle =
      sortedCycles.length % 2 ? sortedCycles[Math.floor(mid)]! : (sortedCycles[mid - 1]! + sortedCycles[mid]!) / 2;
    const meanCycle = known.cycleDays.reduce((a, b) => a + b, 0) / known.won;
    expect(summary.open).toEqual({ count: known.open, value: known.openCents / 100, withoutAmount: known.openWithoutAmount });
    expect(summary.won).toEqual({ count: known.won, value: known.wonCents / 100 });
    expect(summary.lost).toEqual({ count: known.lost });
    expect(summary.winRate).toBe(known.won / (known.won + known.lost));
    expect(summary.closeRatio).toBe(known.won / deals.length);
    expect(summary.averageWonDealSize).toBeCloseTo(known.wonCents / 100 / known.won, 9);
    expect(summary.meanCycleDays).toBeCloseTo(meanCycle, 9);
    expect(summary.medianCycleDays).toBe(medianCycle);
    expect(summary.velocityPerDay).toBeCloseTo(
      (known.open * (known.won / (known.won + known.lost)) * (known.wonCents / 100 / known.won)) / meanCycle,
      6,
    );
  });

  test("summing the per-rep league table gives the whole", () => {
    const { deals } = generatedPipeline(7);
    const whole = pipelineSummary(deals as never);
    const table = groupKpi(deals, "owner", (group) => pipelineSummary(group as never));
    expect(table.map((row) => row.group)).toEqual(["Ana", "Ben", "Chen", "Dev", "Eli", "Fay"]);
    const sum = (pick: (s: typeof whole) => number) => table.reduce((total, row) => total + pick(row.value), 0);
    expect(sum((s) => s.open.count)).toBe(whole.open.count);
    expect(sum((s) => s.won.count)).toBe(whole.won.count);
    expect(sum((s) => s.lost.count)).toBe(whole.lost.count);
    expect(Math.round(sum((s) => s.won.value) * 100)).toBe(Math.round(whole.won.value * 100));
  });

  test("results do not depend on record order", () => {
    const { deals } = generatedPipeline(99);
    expect(pipelineSummary([...deals].reverse() as never)).toEqual(pipelineSummary(deals as never));
  });

  test("asOf: deals created later are left out, deals closed later are still open", () => {
    const deals = [
      { status: "won" as const, amount: 100, createdAt: "2024-01-01", closedAt: "2024-03-01" },
      { status: "lost" as const, createdAt: "2024-01-01", closedAt: "2024-01-15" },
      { status: "open" as const, createdAt: "2024-05-01" },
    ];
    const summary = pipelineSummary(deals, { asOf: "2024-02-01" });
    expect([summary.open.count, summary.won.count, summary.lost.count]).toEqual([1, 0, 1]);
    expect(summary.open.withoutAmount).toBe(0);
    expect(summary.open.value).toBe(100);
  });

  describe("asOf names a day, through its end (issue 12)", () => {
    // Before: asOf "2017-06-30" was that day's midnight, so a deal closed "2017-06-30" was won
    // at asOf but one closed "2017-06-30T15:00" was still open.
    test("the issue's reproduction: a close at any time on the asOf day counts", () => {
      const deals = [
        { status: "won" as const, amount: 1, createdAt: "2017-06-01", closedAt: "2017-06-30" },
        { status: "won" as const, amount: 1, createdAt: "2017-06-01", closedAt: "2017-06-30T15:00" },
        { status: "won" as const, amount: 1, createdAt: "2017-06-01", closedAt: "2017-06-30T23:59:59.999" },
        { status: "won" as const, amount: 1, createdAt: "2017-06-01", closedAt: "2017-07-01T00:00" },
        { status: "open" as const, createdAt: "2017-06-30T23:00" },
        { status: "open" as const, createdAt: "2017-07-01" },
      ];
      for (const asOf of ["2017-06-30", "2017-06-30T00:00", "2017-06-30T15:00", "2017-06-30T23:59:59.999"]) {
        const summary = pipelineSummary(deals, { asOf });
        expect([summary.won.count, summary.open.count], asOf).toEqual([3, 2]);
      }
    });

    test.each(["America/New_York", "Asia/Tokyo"])("at the day boundary in %s: the date is the zone's", (timeZone) => {
      // 23:30 and 00:30 local either side of midnight after 30 June, given as instants with Z.
      const local = (wall: string): string => new Date(toEpoch(wall, timeZone)).toISOString();
      const deals = [
        { status: "won" as const, amount: 1, createdAt: "2017-06-01T12:00Z", closedAt: local("2017-06-30T23:30") },
        { status: "won" as const, amount: 1, createdAt: "2017-06-01T12:00Z", closedAt: local("2017-07-01T00:30") },
      ];
      const summary = pipelineSummary(deals, { asOf: "2017-06-30", timeZone });
      expect([summary.won.count, summary.open.count]).toEqual([1, 1]);
      // A Date for asOf: its date in the zone, whatever its time of day.
      const asOfDate = new Date(toEpoch("2017-06-30T00:10", timeZone));
      expect(pipelineSummary(deals, { asOf: asOfDate, timeZone }).won.count).toBe(1);
    });

    test("undated deals that asOf cannot place are counted in unplaced, and nowhere else", () => {
      const deals = [
        { status: "won" as const, amount: 10, createdAt: "2017-03-01", closedAt: "2017-05-01" },
        { status: "open" as const, amount: 5 }, // no dates: open now, but at asOf?
        { status: "open" as const }, // likewise
        { status: "lost" as const, closedAt: "2017-08-01" }, // lost later: open at asOf, if it existed
        { status: "lost" as const, closedAt: "2017-05-01" }, // lost by asOf, whenever it was created
      ];
      const summary = pipelineSummary(deals, { asOf: "2017-06-30" });
      expect(summary.unplaced).toEqual({ count: 3 });
      expect([summary.open.count, summary.won.count, summary.lost.count]).toEqual([0, 1, 1]);
      expect(summary.open.value).toBe(0);
      // An asOf before every dated deal: the undated ones are not counted open (they were, before).
      const early = pipelineSummary(deals, { asOf: "2010-01-01" });
      expect([early.open.count, early.won.count, early.lost.count, early.unplaced.count]).toEqual([0, 0, 0, 4]);
      // Without asOf, every deal is as its status says.
      const now = pipelineSummary(deals);
      expect([now.open.count, now.won.count, now.lost.count, now.unplaced.count]).toEqual([2, 1, 2, 0]);
    });
  });

  test.each(["America/New_York", "Europe/Berlin", "Australia/Sydney"])(
    "cycle days are calendar days in %s: whole dates, whole days",
    (timeZone) => {
      // Each span crosses a daylight-saving change in its zone (March and October/November, or April and October).
      const deals = [
        { status: "won" as const, amount: 1, createdAt: "2024-03-01", closedAt: "2024-04-15" },
        { status: "won" as const, amount: 1, createdAt: "2024-09-20", closedAt: "2024-11-10" },
      ];
      // One at a time: together the lost and the gained hour would cancel out in the mean.
      expect(deals.map((deal) => pipelineSummary([deal], { timeZone }).meanCycleDays)).toEqual([45, 51]);
      expect(pipelineSummary(deals, { timeZone }).medianCycleDays).toBe(48);
    },
  );

  test("no deal: counts 0, rates and averages undefined", () => {
    expect(pipelineSummary([])).toEqual({
      open: { count: 0, value: 0, withoutAmount: 0 },
      won: { count: 0, value: 0 },
      lost: { count: 0 },
      unplaced: { count: 0 },
      winRate: null,
      closeRatio: null,
      averageWonDealSize: null,
      meanCycleDays: null,
      medianCycleDays: null,
      velocityPerDay: null,
    });
  });

  test.each([
    [[{ status: "won", amount: 10, createdAt: "2024-01-01" }], ["deals[0].closedAt"]],
    [[{ status: "won", createdAt: "2024-01-01", closedAt: "2024-01-05" }], ["deals[0].amount"]],
    [[{ status: "won", amount: 10, closedAt: "2024-01-05" }], ["deals[0].createdAt"]],
    [[{ status: "lost", createdAt: "2024-01-01" }], ["deals[0].closedAt"]],
    [[{ status: "open", amount: -5 }], ["deals[0].amount"]],
    [[{ status: "stalled" }], ["deals[0].status"]],
    [[{ status: "won", amount: 1, createdAt: "2024-02-01", closedAt: "2024-01-01" }], ["deals[0].closedAt"]],
  ])("rejects %o at %o", (deals, paths) => {
    expectKpiError("pipelineSummary", () => pipelineSummary(deals as never), paths);
  });

  test("rejects a bad asOf", () => {
    expectKpiError("pipelineSummary", () => pipelineSummary([], { asOf: "someday" }), ["options.asOf"]);
  });
});

// Found by the fuzz suite: pipelineDealsSchemaFor took any zone, and its schema then threw a
// TypeError on the first date string it parsed. It now takes pipelineSummary's own options,
// checked as pipelineSummary checks them.
describe("pipelineDealsSchemaFor", () => {
  test("rejects options that pipelineSummary rejects", () => {
    for (const options of [null, "UTC", 0, []]) {
      expectKpiError("pipelineDealsSchemaFor", () => pipelineDealsSchemaFor(options as never), ["options"]);
    }
    expectKpiError("pipelineDealsSchemaFor", () => pipelineDealsSchemaFor({ timeZone: "Mars/Base" }), ["options.timeZone"]);
    expectKpiError("pipelineDealsSchemaFor", () => pipelineDealsSchemaFor({ asOf: "not a date" }), ["options.asOf"]);
    expect(pipelineDealsSchemaFor(undefined).safeParse([{ status: "lost", closedAt: "2024-01-20" }]).success).toBe(true);
  });

  test("reads ISO strings without an offset in options.timeZone", () => {
    // 00:00 in Berlin is 23:00 UTC the day before, so a close at 23:30 UTC comes after it there, not in UTC.
    const deals = [{ status: "lost", createdAt: "2024-01-01T00:00", closedAt: "2023-12-31T23:30Z" }];
    expect(pipelineDealsSchemaFor({ timeZone: "Europe/Berlin" }).safeParse(deals).success).toBe(true);
    expect(pipelineDealsSchemaFor().safeParse(deals).success).toBe(false);
  });
});
