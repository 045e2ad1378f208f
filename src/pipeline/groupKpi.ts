import * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { formatValue, invalidInput, isRecord } from "../_internal/validate.js";
import { LargeMap } from "../_internal/largeMap.js";

const FN = "groupKpi";

/**
 * A group's key: a non-empty string (a rep, a region) or a finite number (a year, a tier).
 *
 * @example
 * ```ts
 * import { groupKpi, type GroupKey } from "salesmetrics";
 *
 * const deals = [
 *   { owner: "Ana", closedAt: "2024-02-14", amount: 12_000 },
 *   { owner: "Ben", closedAt: "2024-05-03", amount: 8_000 },
 *   { owner: "Ana", closedAt: "2024-04-22", amount: 5_000 },
 * ];
 * const quarter = (deal: (typeof deals)[number]): GroupKey => `Q${Math.ceil(Number(deal.closedAt.slice(5, 7)) / 3)}`;
 * groupKpi(deals, quarter, (group) => group.reduce((sum, deal) => sum + deal.amount, 0));
 * //=> [{ group: "Q1", value: 12000 }, { group: "Q2", value: 13000 }]
 * ```
 */
export type GroupKey = string | number;

const GROUP = "must be a group key: a non-empty string or a finite number";

/**
 * A group key of {@link groupKpi}: a non-empty string or a number.
 *
 * @example
 * ```ts
 * import { groupKeySchema } from "salesmetrics";
 *
 * [groupKeySchema.safeParse("EMEA").success, groupKeySchema.safeParse(2024).success];
 * //=> [true, true]
 * groupKeySchema.safeParse("").success;
 * //=> false
 * groupKeySchema.safeParse(null).error?.issues[0]?.message;
 * //=> "must be a group key: a non-empty string or a finite number"
 * ```
 */
export const groupKeySchema = z.union(
  [z.string({ error: GROUP }).check(z.minLength(1, { error: GROUP })), z.number({ error: GROUP })],
  { error: GROUP },
);

function isGroupKey(value: unknown): value is GroupKey {
  return typeof value === "string" ? value.length > 0 : typeof value === "number" && Number.isFinite(value);
}

/** Numbers first, ascending; then strings in code-unit order (the same on every machine, unlike locale order). */
function compareKeys(a: GroupKey, b: GroupKey): number {
  if (typeof a === "number") return typeof b === "number" ? a - b : -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Any KPI per group: per rep, team, product or region.
 *
 * Splits the records by `by` (a field name, or a function of the record), calls `compute`
 * once per group with that group's records, and returns `{ group, value }` sorted by group.
 * With {@link pipelineSummary} it makes the per-rep league table; with {@link rateInterval}
 * it ranks reps by the lower bound of their win rate, so a rep with 2 wins in 3 does not
 * top one with 40 in 60.
 *
 * `compute` is called with one argument, the group's records, and nothing else, so a KPI that
 * takes an optional options argument can be passed as it is: `groupKpi(deals, "owner",
 * pipelineSummary)`. To pass options, wrap it: `(group) => pipelineSummary(group, { asOf })`.
 * The group's key is in the result, next to its value.
 *
 * Records keep their order within a group. A `KpiInputError` from `compute` passes through
 * unchanged, naming the KPI function and the group's record path.
 *
 * @param records - The records to split (deals, leads, orders).
 * @param by - A field name whose value is the group, or a function returning it: a non-empty
 *   string or a finite number.
 * @param compute - The KPI of one group, called with the group's records as its only argument.
 * @returns `{ group, value }` per group: numbers first, ascending, then strings in code-unit order.
 * @throws {KpiInputError} When `records` is not an array, `by` is neither a field name nor a
 *   function, `compute` is not a function, or a record's group is not a non-empty string or a finite number.
 *
 * @example
 * ```ts
 * import { groupKpi, winRate } from "salesmetrics";
 *
 * const deals = [
 *   { owner: "Bea", status: "won" },
 *   { owner: "Al", status: "lost" },
 *   { owner: "Bea", status: "lost" },
 *   { owner: "Al", status: "won" },
 *   { owner: "Al", status: "won" },
 * ];
 * groupKpi(deals, "owner", (group) =>
 *   winRate({
 *     won: group.filter((deal) => deal.status === "won").length,
 *     lost: group.filter((deal) => deal.status === "lost").length,
 *   }),
 * );
 * //=> [{ group: "Al", value: 0.6667 }, { group: "Bea", value: 0.5 }]
 * ```
 */
export function groupKpi<Row, Value>(
  records: readonly Row[],
  by: (keyof Row & string) | ((record: Row, index: number) => GroupKey),
  compute: (group: Row[]) => Value,
): { group: GroupKey; value: Value }[] {
  const argumentIssues = [
    // "__proto__" is no field name: zod's object schemas skip it, so no schema could describe the records.
    ...(typeof by === "function" || (typeof by === "string" && by.length > 0 && by !== "__proto__")
      ? []
      : [{ path: "by", message: "must be a field name or a function returning the group" }]),
    ...(typeof compute === "function" ? [] : [{ path: "compute", message: "must be a function computing the KPI of a group" }]),
  ];
  if (argumentIssues.length > 0) throw new KpiInputError(FN, argumentIssues);

  const recordsSchema = z.array(
    typeof by === "string"
      ? z.looseObject({ [by]: groupKeySchema }, { error: `must be an object with a ${by} field` })
      : z.unknown(),
    { error: "must be an array of records" },
  );
  // The fast check of one record, so that a bad row among a million is found without the schema.
  const isValidRow = (row: unknown): boolean => typeof by !== "string" || (isRecord(row) && isGroupKey(row[by]));
  const fail: () => never = () => {
    throw invalidInput(FN, "records", recordsSchema, records, isValidRow);
  };
  if (!Array.isArray(records)) fail();

  const groups = new LargeMap<GroupKey, Row[]>(); // more than 2^24 groups is valid input
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Row;
    let key: unknown;
    if (typeof by === "string") {
      if (!isRecord(record)) fail();
      key = record[by];
      if (!isGroupKey(key)) fail();
    } else {
      key = by(record, i);
      if (!isGroupKey(key)) {
        throw new KpiInputError(FN, [
          {
            path: `records[${i}]`,
            message: `must give by() a group key: a non-empty string or a finite number (got ${formatValue(key)})`,
          },
        ]);
      }
    }
    const normalized = key === 0 ? 0 : key; // -0 and 0 are one group, reported as 0
    let group = groups.get(normalized);
    if (group === undefined) {
      group = [];
      groups.set(normalized, group);
    }
    group.push(record);
  }
  // compute gets the group and nothing else: a second argument (the key, say) would reach a
  // KPI passed point-free as its options (issue 12: `options must be an object (got "Anna Snelling")`).
  const table: { group: GroupKey; value: Value }[] = [];
  for (const key of [...groups.keys()].sort(compareKeys)) table.push({ group: key, value: compute(groups.get(key) as Row[]) });
  return table;
}
