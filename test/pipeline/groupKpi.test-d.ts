import { describe, expectTypeOf, test } from "vitest";
import { groupKpi, pipelineSummary, winRate, type GroupKey, type PipelineSummary } from "../../src/index.js";

interface Deal {
  rep: string;
  region: number;
  status: "won" | "lost" | "open";
}

declare const deals: Deal[];
const won = (group: Deal[]): number | null =>
  winRate({ won: group.filter((d) => d.status === "won").length, lost: group.filter((d) => d.status === "lost").length });

describe("groupKpi types", () => {
  test("the value of each group has the type of the KPI passed in", () => {
    expectTypeOf(groupKpi(deals, "rep", won)).toEqualTypeOf<{ group: GroupKey; value: number | null }[]>();
    expectTypeOf(groupKpi(deals, "rep", (group) => group.length)).toEqualTypeOf<{ group: GroupKey; value: number }[]>();
    expectTypeOf(groupKpi(deals, "rep", (group) => pipelineSummary(group))).toEqualTypeOf<
      { group: GroupKey; value: PipelineSummary }[]
    >();
  });

  test("the records of a group have the type of the records passed in", () => {
    groupKpi(
      deals,
      (deal) => deal.region,
      (group) => {
        expectTypeOf(group).toEqualTypeOf<Deal[]>();
        return group.length;
      },
    );
  });

  test("by is a field of the records or a function returning a key", () => {
    expectTypeOf(groupKpi<Deal, number>)
      .parameter(1)
      .toEqualTypeOf<"rep" | "region" | "status" | ((record: Deal, index: number) => GroupKey)>();
    // @ts-expect-error: not a field of Deal
    groupKpi(deals, "owner", won);
  });
});
