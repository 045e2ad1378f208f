import * as z from "zod/mini";
import { parsePeriodLabel, type ParsedPeriodLabel } from "../_internal/periods.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";

const FN = "growthSeries";

const LABEL = "must be a period label such as 2017-03, 2017-Q1, FY2017-Q1, 2017-W09, 2017-03-08 or 2017";

/** The parts of a period label: an optional "FY", the year, and the rest (what year-over-year keeps). */
const YEAR_PART = /^(FY)?(\d{4})(.*)$/;

function isPeriodLabel(value: unknown): value is string {
  return typeof value === "string" && parsePeriodLabel(value) !== null;
}

/**
 * One row of {@link growthSeries}: a period label and its total. Extra fields are allowed (growthSeries
 * keeps them in its result).
 *
 * @example
 * ```ts
 * import { growthRowSchema } from "salesmetrics";
 *
 * growthRowSchema.safeParse({ period: "FY2017-Q1", total: 125_000, count: 14 }).success;
 * //=> true
 * growthRowSchema.safeParse({ period: "Q1 2017", total: 125_000 }).error?.issues[0]?.path;
 * //=> ["period"]
 * growthRowSchema.safeParse({ period: "2017-03", total: "125000" }).error?.issues[0]?.message;
 * //=> "must be a finite number"
 * ```
 */
export const growthRowSchema = z.looseObject(
  {
    period: z.string({ error: LABEL }).check(z.refine(isPeriodLabel, { error: LABEL })),
    total: z.number({ error: "must be a finite number" }),
  },
  { error: "must be an object { period, total }" },
);

/**
 * The rows of {@link growthSeries}: {@link growthRowSchema} records whose periods are all of one
 * kind and in order, oldest first, without repeats.
 *
 * @example
 * ```ts
 * import { growthRowsSchema } from "salesmetrics";
 *
 * const rows = [{ period: "2017-01", total: 1200 }, { period: "2017-02", total: 1500 }];
 * growthRowsSchema.safeParse(rows).success;
 * //=> true
 * const repeated = growthRowsSchema.safeParse([...rows, { period: "2017-02", total: 900 }]);
 * repeated.error?.issues[0]?.path;
 * //=> [2, "period"]
 * repeated.error?.issues[0]?.message;
 * //=> "must not repeat an earlier row's period"
 * ```
 */
export const growthRowsSchema = z.array(growthRowSchema, { error: "must be an array of { period, total }" }).check(
  z.superRefine((rows, context) => {
    const labels = rows.map((row) => row.period);
    const issue = orderIssue(labels, labels.map(parsePeriodLabel));
    if (issue !== undefined)
      context.issues.push({
        code: "custom",
        input: rows[issue.index]?.period,
        path: [issue.index, "period"],
        message: issue.message,
      });
  }),
);

/**
 * The first row whose period breaks the series, and why: periods must be of the first row's kind
 * (a month series cannot hold a quarter) and each later than the one before, or period over
 * period would compare unlike or reversed periods.
 */
function orderIssue(
  labels: readonly string[],
  periods: readonly (ParsedPeriodLabel | null)[],
): { index: number; message: string } | undefined {
  let previous: ParsedPeriodLabel | undefined;
  for (const [index, period] of periods.entries()) {
    // An invalid label is its own issue (the schema's refine may run on it all the same).
    if (period === null) return undefined;
    if (previous !== undefined) {
      if (period.kind !== previous.kind)
        return { index, message: `must be a period of the same kind as the first row's (${labels[0]})` };
      if (period.ordinal === previous.ordinal) return { index, message: "must not repeat an earlier row's period" };
      if (period.ordinal < previous.ordinal)
        return { index, message: `must come after the previous row's period, ${labels[index - 1]}: rows go oldest first` };
    }
    previous = period;
  }
  return undefined;
}

/**
 * One row given to {@link growthSeries}, such as a row of {@link revenueByPeriod}: a period
 * label and its total. Other fields are allowed, and kept in the result.
 *
 * @example
 * ```ts
 * import { growthSeries, revenueByPeriod, type GrowthRow } from "salesmetrics";
 *
 * const rows: GrowthRow[] = revenueByPeriod([
 *   { date: "2017-01-20", amount: 1200 },
 *   { date: "2017-02-14", amount: 1500 },
 * ]);
 * growthSeries(rows)[1]?.periodOverPeriod;
 * //=> 0.25
 * ```
 */
export interface GrowthRow {
  /** The period's label, as {@link revenueByPeriod} writes it. */
  period: string;
  /** The period's total. */
  total: number;
}

/**
 * A row of {@link growthSeries}: the caller's row, every field kept (`count`, `start`, `end` of
 * a {@link revenueByPeriod} row, or any other), with its two growth rates added.
 *
 * @example
 * ```ts
 * import { growthSeries, type GrowthSeriesRow } from "salesmetrics";
 *
 * const rows: GrowthSeriesRow<{ period: string; total: number; region: string }>[] = growthSeries([
 *   { period: "2017-Q1", total: 100_000, region: "EMEA" },
 *   { period: "2017-Q2", total: 90_000, region: "EMEA" },
 * ]);
 * rows[1];
 * //=> { period: "2017-Q2", total: 90000, region: "EMEA", periodOverPeriod: -0.1, yearOverYear: null }
 * ```
 */
export type GrowthSeriesRow<Row extends GrowthRow = GrowthRow> =
  // Mapped types rather than Omit keep the row's known fields beside an index signature (as in
  // zod's output for a loose object), and their modifiers; the last mapping shows one flat type.
  { [Key in keyof Row as Key extends "periodOverPeriod" | "yearOverYear" ? never : Key]: Row[Key] } & {
    /**
     * (total − previous period's total) ÷ previous period's total; `null` for the first row, after
     * a gap (the previous period is not in the series), or for a previous total ≤ 0.
     */
    periodOverPeriod: number | null;
    /** (total − total of the same period a year earlier) ÷ that total; `null` when that period is not in the series or its total is ≤ 0. */
    yearOverYear: number | null;
  } extends infer Flat
    ? { [Key in keyof Flat]: Flat[Key] }
    : never;

/** The label of the same period one year earlier: 2017-03 → 2016-03, FY2017-Q1 → FY2016-Q1. */
function yearEarlier(label: string): string | undefined {
  const match = YEAR_PART.exec(label);
  if (match === null || match[2] === "0000") return undefined;
  return `${match[1] ?? ""}${String(Number(match[2]) - 1).padStart(4, "0")}${match[3] ?? ""}`;
}

function growth(current: number, previous: number | undefined): number | null {
  // Growth from zero is undefined, and from a negative base its sign means nothing (research file §9).
  if (previous === undefined || !(previous > 0)) return null;
  return finiteResult(FN, "rows", ratio(current - previous, previous) as number);
}

/**
 * Period-over-period and year-over-year growth for each row of a series, such as the rows
 * of {@link revenueByPeriod}, never compared across a missing period.
 *
 * Period over period compares each row with the period just before it: the day, ISO week,
 * month, quarter or year before (2017-03 with 2017-02, 2017-W01 with 2016-W52, 2017-Q1 with
 * 2016-Q4, FY2017-Q1 with FY2016-Q4). When that period is not in the series, the rows have a
 * gap and the growth is `null`: a row is never compared with an older one as if it came just
 * before. Year over year compares with the row labelled one year earlier (2017-03 with 2016-03,
 * 2017-W09 with 2016-W09, FY2017-Q1 with FY2016-Q1), which removes seasonality, and is `null`
 * when that exact period is not in the series. Both are (current − previous) ÷ previous, and
 * `null` where there is nothing to compare with or the earlier total is 0 or negative.
 * https://www.investopedia.com/terms/y/year-over-year.asp
 *
 * A period without sales must therefore be in the series with a total of 0, or its successor
 * reads as following a gap. {@link revenueByPeriod} does that: it lists every period from the
 * first sale's to the last sale's, empty ones included. A series built otherwise (a SQL
 * `GROUP BY` leaves empty months out) gets `null` after each missing period, not a comparison
 * with an earlier one.
 *
 * Each result row is the input row with its fields kept (shallow-copied: the input is not
 * changed) and `periodOverPeriod` and `yearOverYear` added, so the rows of `revenueByPeriod`
 * keep their `start`, `end` and `count`.
 *
 * @param rows - `{ period, total }` per period, oldest first; other fields are kept as they are.
 * @returns One row per input row, `{ ...row, periodOverPeriod, yearOverYear }`, the growth
 *   rates as fractions or `null`.
 * @throws {KpiInputError} When `rows` is not an array, a label is not a period label, the
 *   periods are not all of one kind (months, quarters …) or not oldest first (a repeat
 *   included), or a total is not a finite number.
 *
 * @example
 * ```ts
 * import { growthSeries, revenueByPeriod } from "salesmetrics";
 *
 * const series = growthSeries([
 *   { period: "2016-Q4", total: 80 },
 *   { period: "2017-Q1", total: 100 },
 *   { period: "2017-Q2", total: 90 },
 *   { period: "2017-Q3", total: 120 },
 *   { period: "2017-Q4", total: 100 },
 * ]);
 * series.map((row) => row.periodOverPeriod);
 * //=> [null, 0.25, -0.1, 0.3333, -0.1667]
 * series.map((row) => row.yearOverYear);
 * //=> [null, null, null, null, 0.25]
 *
 * // February is missing: March is not compared with January.
 * growthSeries([
 *   { period: "2017-01", total: 100 },
 *   { period: "2017-03", total: 110 },
 * ]).map((row) => row.periodOverPeriod);
 * //=> [null, null]
 *
 * // Straight from revenueByPeriod, whose fields are kept; February had no sale.
 * growthSeries(
 *   revenueByPeriod([
 *     { date: "2017-01-20", amount: 100 },
 *     { date: "2017-03-02", amount: 110 },
 *     { date: "2017-04-11", amount: 121 },
 *   ]),
 * ).at(-1);
 * //=> { period: "2017-04", start: "2017-04-01", end: "2017-04-30", total: 121, count: 1, periodOverPeriod: 0.1, yearOverYear: null }
 * ```
 */
export function growthSeries<Row extends GrowthRow>(rows: readonly Row[]): GrowthSeriesRow<Row>[] {
  if (!Array.isArray(rows)) throw invalidInput(FN, "rows", growthRowsSchema, rows);
  const totals = new Map<string, number>();
  // Each label parsed once: checked here, and its kind and order checked after.
  const periods: ParsedPeriodLabel[] = [];
  for (const row of rows as readonly unknown[]) {
    const rowFields = fieldsOf(row);
    const label = rowFields.period;
    const period = typeof label === "string" ? parsePeriodLabel(label) : null;
    const total = rowFields.total;
    if (period === null || typeof total !== "number" || !Number.isFinite(total)) {
      throw invalidInput(FN, "rows", growthRowsSchema, rows);
    }
    periods.push(period);
    totals.set(label as string, total);
  }
  if (
    orderIssue(
      rows.map((row) => row.period),
      periods,
    ) !== undefined
  )
    throw invalidInput(FN, "rows", growthRowsSchema, rows);
  return rows.map((row, i) => {
    const earlier = yearEarlier(row.period);
    // Rows are of one kind and ascending, so the period just before, if present, is the previous row.
    const before = periods[i - 1];
    const follows = before !== undefined && periods[i]?.ordinal === before.ordinal + 1;
    const result = copyOf(row);
    result.total = row.total + 0;
    result.periodOverPeriod = follows ? growth(row.total, rows[i - 1]?.total) : null;
    result.yearOverYear = growth(row.total, earlier === undefined ? undefined : totals.get(earlier));
    return result as GrowthSeriesRow<Row>;
  });
}

/**
 * A shallow copy of a row, its own enumerable fields in order. Not `{ ...row, more }`: in Node 20
 * a literal adding fields after a spread costs about 5 µs a row, 20× this. Object.assign would
 * set an own "__proto__" field as the copy's prototype, so such a row is spread.
 */
function copyOf(row: object): Record<string, unknown> {
  return Object.hasOwn(row, "__proto__") ? { ...row } : Object.assign<Record<string, unknown>, object>({}, row);
}
