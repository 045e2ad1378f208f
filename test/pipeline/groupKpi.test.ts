import { describe, expect, test } from "vitest";
import {
  groupKeySchema,
  groupKpi,
  KpiInputError,
  pipelineSummary,
  rateInterval,
  revenueByPeriod,
  salesCycleLength,
  weightedPipeline,
  winRate,
} from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

const deals = [
  { owner: "Bea", region: 2, status: "won" },
  { owner: "Al", region: 1, status: "lost" },
  { owner: "Bea", region: 1, status: "lost" },
  { owner: "Al", region: 2, status: "won" },
  { owner: "Al", region: 1, status: "won" },
];

describe("groupKpi", () => {
  test("groups by a field or a function, sorted by group, records in their order", () => {
    expect(groupKpi(deals, "owner", (group) => group.map((d) => d.status))).toEqual([
      { group: "Al", value: ["lost", "won", "won"] },
      { group: "Bea", value: ["won", "lost"] },
    ]);
    expect(
      groupKpi(
        deals,
        (deal) => deal.region,
        (group) => group.length,
      ),
    ).toEqual([
      { group: 1, value: 3 },
      { group: 2, value: 2 },
    ]);
  });

  test("numbers sort before strings; -0 and 0 are one group", () => {
    const rows = [{ k: "b" }, { k: 10 }, { k: "a" }, { k: 2 }, { k: -0 }, { k: 0 }];
    expect(groupKpi(rows, "k", (group) => group.length).map((g) => g.group)).toEqual([0, 2, 10, "a", "b"]);
    expect(Object.is(groupKpi([{ k: -0 }], "k", (g) => g.length)[0]?.group, 0)).toBe(true);
  });

  test("ranks reps by the lower bound of their win rate", () => {
    const reps = [
      ...Array.from({ length: 3 }, (_, i) => ({ owner: "lucky", won: i < 2 })),
      ...Array.from({ length: 60 }, (_, i) => ({ owner: "steady", won: i < 40 })),
    ];
    const table = groupKpi(reps, "owner", (group) =>
      rateInterval({ successes: group.filter((d) => d.won).length, trials: group.length }),
    );
    const ranked = [...table].sort((a, b) => (b.value?.lower ?? 0) - (a.value?.lower ?? 0));
    expect(ranked.map((row) => row.group)).toEqual(["steady", "lucky"]);
  });

  test("a KpiInputError from the KPI passes through", () => {
    expect(() => groupKpi(deals, "owner", () => winRate({ won: -1, lost: 0 }))).toThrow(KpiInputError);
  });

  test.each([
    [[{ owner: "" }], "owner", ["records[0].owner"]],
    [[{ owner: null }], "owner", ["records[0].owner"]],
    [[{ name: "x" }], "owner", ["records[0].owner"]],
    [[3], "owner", ["records[0]"]],
    ["deals", "owner", ["records"]],
    [[], 42, ["by"]],
  ])("rejects %o grouped by %o at %o", (records, by, paths) => {
    expectKpiError("groupKpi", () => groupKpi(records as never, by as never, (g) => g.length), paths);
  });

  test("a by() that returns no group key names the record", () => {
    expectKpiError(
      "groupKpi",
      () =>
        groupKpi(
          [{ a: 1 }],
          () => Number.NaN,
          (g) => g.length,
        ),
      ["records[0]"],
    );
    expectKpiError("groupKpi", () => groupKpi([], "owner", "count" as never), ["compute"]);
  });
});

// Found by the fuzz suite: by "__proto__" read the records' prototype, and since zod's object
// schemas skip a "__proto__" key, the error could not be built (an internal Error instead).
describe("groupKpi by __proto__", () => {
  test("is not a field name: a KpiInputError at by", () => {
    expectKpiError("groupKpi", () => groupKpi([{ owner: "Al" }], "__proto__" as never, (group) => group.length), ["by"]);
  });
});

// Found while writing the schemas' examples: an empty string got zod/mini's "Invalid input".
test("groupKeySchema says what a group key is for an empty string too", () => {
  expect(groupKeySchema.safeParse("").error?.issues[0]?.message).toBe(
    "must be a group key: a non-empty string or a finite number",
  );
});

// Issue 12, point 9: groupKpi called the KPI as compute(group, key), so a KPI passed point-free
// from plain JavaScript took the group key for its options: `options must be an object (got "Anna Snelling")`.
describe("groupKpi with a KPI passed point-free", () => {
  // Plain JavaScript: no types to stop a KPI with an optional options argument being passed as it is.
  const plainGroupKpi = groupKpi as (records: unknown, by: unknown, compute: unknown) => { group: unknown; value: unknown }[];
  const deals = [
    {
      agent: "Anna Snelling",
      status: "won",
      amount: 1054,
      createdAt: "2017-01-02",
      closedAt: "2017-03-01",
      date: "2017-03-01",
      probability: 1,
    },
    {
      agent: "Anna Snelling",
      status: "lost",
      amount: 0,
      createdAt: "2017-01-05",
      closedAt: "2017-02-01",
      date: "2017-02-01",
      probability: 0,
    },
    { agent: "Anna Snelling", status: "open", amount: 500, probability: 0.5, date: "2017-03-10" },
    {
      agent: "Moses Frase",
      status: "won",
      amount: 588,
      createdAt: "2017-02-01",
      closedAt: "2017-02-11",
      date: "2017-02-11",
      probability: 1,
    },
  ];

  test.each([
    ["pipelineSummary", pipelineSummary],
    ["salesCycleLength", salesCycleLength],
    ["weightedPipeline", weightedPipeline],
    ["revenueByPeriod", revenueByPeriod],
  ] as [string, (group: unknown) => unknown][])("%s gets the group's records and nothing else", (_, kpi) => {
    const table = plainGroupKpi(deals, "agent", kpi);
    expect(table.map((row) => row.group)).toEqual(["Anna Snelling", "Moses Frase"]);
    for (const row of table) expect(row.value).toEqual(kpi(deals.filter((deal) => deal.agent === row.group)));
  });

  test("compute is called with exactly one argument", () => {
    const calls: unknown[][] = [];
    groupKpi(deals, "agent", (...args: unknown[]) => calls.push(args));
    expect(calls.map((args) => args.length)).toEqual([1, 1]);
  });
});
