import * as z from "zod/mini";
import { toEpochMs } from "../_internal/parseInstant.js";
import { localDaysBetween, TimeZone } from "../_internal/timeZone.js";
import { instantSchema, timeZoneSchema, type Instant } from "../core/instant.js";
import { ratio } from "../_internal/ratio.js";
import { median } from "../_internal/statistics.js";
import {
  everyItem,
  fieldsOf,
  formatValue,
  invalidInput,
  isOptionsArgument,
  isRecord,
  optionsSchema,
} from "../_internal/validate.js";
import { LargeMap, LargeSet } from "../_internal/largeMap.js";

const FN = "stageConversion";
/** The name stageHistoriesSchemaFor gives in its errors. */
const SCHEMA_FN = "stageHistoriesSchemaFor";

const STAGE = "must be a stage name (a non-empty string)";

function isStage(stage: unknown): boolean {
  return typeof stage === "string" && stage.length > 0;
}

const stagesSchema = z.array(z.string({ error: STAGE }).check(z.minLength(1, { error: STAGE })), {
  error: "must be a list of stage names",
});

/** Without `lostStages`: a stage named "Lost" or "Closed Lost", ignoring case and all but the letters a–z. */
function isLostByName(stage: string): boolean {
  const letters = stage.toLowerCase().replace(/[^a-z]/g, "");
  return letters === "lost" || letters === "closedlost";
}

/**
 * Options of {@link stageConversion}.
 *
 * @example
 * ```ts
 * import { stageConversionOptionsSchema } from "salesmetrics";
 *
 * stageConversionOptionsSchema.safeParse({ stages: ["Qualify", "Proposal", "Won"], timeZone: "America/New_York" }).success;
 * //=> true
 * stageConversionOptionsSchema.safeParse({ stages: ["Qualify", ""] }).error?.issues[0]?.path;
 * //=> ["stages", 1]
 * stageConversionOptionsSchema.safeParse({ stages: ["Qualify", "Won", "Lost"], lostStages: ["Closed Lost"] }).error?.issues[0]?.message;
 * //=> "must be one of options.stages"
 * ```
 */
export const stageConversionOptionsSchema = optionsSchema({
  stages: stagesSchema,
  lostStages: stagesSchema,
  timeZone: timeZoneSchema,
}).check(
  z.superRefine((options, context) => {
    const { stages, lostStages } = options ?? {};
    if (stages === undefined || lostStages === undefined) return;
    const known = new LargeSet(stages);
    for (let i = 0; i < lostStages.length; i++) {
      if (!known.has(lostStages[i] as string)) {
        context.issues.push({
          code: "custom",
          path: ["lostStages", i],
          input: lostStages[i],
          message: "must be one of options.stages",
        });
      }
    }
  }),
);

/**
 * Options of {@link stageConversion}: what {@link stageConversionOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { stageConversion, type StageConversionOptions } from "salesmetrics";
 *
 * const histories = [
 *   [{ stage: "Qualify", enteredAt: "2024-03-01" }, { stage: "Proposal", enteredAt: "2024-03-05" }],
 *   [{ stage: "Qualify", enteredAt: "2024-03-02" }],
 * ];
 * // Given stages are reported in that order, even one no deal entered.
 * const options: StageConversionOptions = { stages: ["Qualify", "Demo", "Proposal"] };
 * stageConversion(histories, options).stages.map((flow) => [flow.stage, flow.entered, flow.conversionRate]);
 * //=> [["Qualify", 2, 0.5], ["Demo", 0, null], ["Proposal", 1, 0]]
 * ```
 */
export interface StageConversionOptions {
  /**
   * The stages in funnel order. Default: ordered by where they appear in the histories on
   * average, lost stages last.
   */
  stages?: readonly string[] | undefined;
  /**
   * The stages at which a deal is lost: a deal lost at a stage did not convert from it. Default:
   * any stage named "Lost" or "Closed Lost" (ignoring case, spaces, hyphens and underscores).
   * `[]` treats every stage as a step of the funnel, so that a loss counts as moving on. With
   * `stages`, each must be one of them.
   */
  lostStages?: readonly string[] | undefined;
  /** The zone ISO strings without an offset are read in; default `"UTC"`. */
  timeZone?: string | undefined;
}

/**
 * One entry of a deal's stage history.
 *
 * @example
 * ```ts
 * import { stageConversion, type StageEntry } from "salesmetrics";
 *
 * const history: StageEntry[] = [
 *   { stage: "Qualify", enteredAt: new Date("2024-03-01T09:00:00Z") },
 *   { stage: "Demo", enteredAt: "2024-03-04T21:00:00Z" },
 * ];
 * stageConversion([history]).stages[0]?.medianDays;
 * //=> 3.5
 * ```
 */
export interface StageEntry {
  /** The stage's name. */
  stage: string;
  /** When the deal entered the stage: a Date, an ISO-8601 string or epoch ms. */
  enteredAt: Instant;
}

/**
 * The schema of the `histories` of {@link stageConversion} called with `options`: with
 * `options.stages`, every entry must name one of them; the order of two entries depends on the
 * zone ISO strings without an offset are read in.
 *
 * @param options - The options {@link stageConversion} will be called with.
 * @returns A zod schema for the array of stage histories.
 * @throws {KpiInputError} When `options` is not valid.
 *
 * @example
 * ```ts
 * import { stageHistoriesSchemaFor } from "salesmetrics";
 *
 * const histories = [[{ stage: "Qualify", enteredAt: "2024-03-01" }, { stage: "Demo", enteredAt: "2024-03-04" }]];
 * stageHistoriesSchemaFor().safeParse(histories).success;
 * //=> true
 * stageHistoriesSchemaFor({ stages: ["Qualify", "Proposal", "Won"] }).safeParse(histories).success;
 * //=> false
 * ```
 */
export function stageHistoriesSchemaFor(options?: StageConversionOptions) {
  const { zone, stages } = readOptions(SCHEMA_FN, options);
  return historiesSchemaFor(zone, stages);
}

function historiesSchemaFor(zone: TimeZone, stages: readonly string[] | undefined) {
  const known = stages === undefined ? undefined : new LargeSet(stages);
  const entry = z.looseObject(
    {
      stage: z.string({ error: STAGE }).check(
        z.minLength(1, { error: STAGE }),
        z.refine((stage) => known === undefined || known.has(stage), { error: "must be one of options.stages" }),
      ),
      enteredAt: instantSchema,
    },
    { error: "must be an object { stage, enteredAt }" },
  );
  return z.array(
    z.array(entry, { error: "must be a deal's stage history: an array of { stage, enteredAt }" }).check(
      z.superRefine((history, context) => {
        for (let i = 1; i < history.length; i++) {
          const before = toEpochMs(history[i - 1]?.enteredAt, zone);
          if (toEpochMs(history[i]?.enteredAt, zone) < before) {
            context.issues.push({
              code: "custom",
              path: [i, "enteredAt"],
              input: history[i]?.enteredAt,
              message: `must not be before the previous entry's, ${formatValue(history[i - 1]?.enteredAt)}`,
            });
          }
        }
      }),
    ),
    { error: "must be an array of stage histories" },
  );
}

/**
 * One stage of {@link stageConversion}.
 *
 * @example
 * ```ts
 * import { stageConversion, type StageFlow } from "salesmetrics";
 *
 * const flows: StageFlow[] = stageConversion([
 *   [{ stage: "Qualify", enteredAt: "2024-03-01" }, { stage: "Proposal", enteredAt: "2024-03-05" }],
 *   [{ stage: "Qualify", enteredAt: "2024-03-02" }],
 * ]).stages;
 * flows[0];
 * //=> { stage: "Qualify", entered: 2, movedOn: 1, conversionRate: 0.5, medianDays: 4, meanDays: 4 }
 * ```
 */
export interface StageFlow {
  /** The stage's name. */
  stage: string;
  /** Deals that entered the stage. */
  entered: number;
  /** Of those, deals that reached a later stage of the funnel; reaching a lost stage is not moving on. */
  movedOn: number;
  /** movedOn ÷ entered; `null` when no deal entered. */
  conversionRate: number | null;
  /**
   * Median days deals spent in the stage before their next stage entry, counted on the clocks of
   * `options.timeZone`; `null` when none has left it.
   */
  medianDays: number | null;
  /** Mean of the same; `null` when none has left it. */
  meanDays: number | null;
}

/**
 * Stage-to-stage conversion and time in stage from deals' stage histories: where deals stall.
 *
 * For each stage: how many deals entered it, how many of them moved on to a later stage
 * (skipping stages counts as moving on), and how long they stayed, from entering it to their
 * next stage entry. A stage with a low conversion rate or a long median stay is where the
 * pipeline leaks or stalls. Medians are the default summary because a few deals forgotten for
 * months drag a mean far out.
 * https://knowledge.hubspot.com/reports/differences-between-funnel-reports-types
 *
 * Conversion = movedOn ÷ entered, where a deal entered at stage S moved on when it reached a
 * stage after S in funnel order that is not a lost stage. A deal lost at S (its next entry is a
 * lost stage, such as "Lost") counts in S's entries, not in its conversions: with 4 deals
 * entering "Engaging", of which 1 is won, 2 are lost and 1 is still open, "Engaging" converts
 * at 1 ÷ 4 = 25 %, not 3 ÷ 4. Lost stages are `options.lostStages`, by default those named
 * "Lost" or "Closed Lost"; `lostStages: []` gives the other reading, where any later stage,
 * a loss included, is moving on. A lost stage is listed too, with the deals lost there;
 * `lostStages` in the result says which stages were read as lost.
 *
 * Days are calendar days in `options.timeZone`: from one local midnight to another, or one
 * time of day to the same the next day, is a whole number of days, whatever daylight-saving
 * change lies between (as salesCycleLength counts them). A deal still
 * in a stage, or one that ended there (won, or lost), has not left it and adds no duration. A
 * deal that returns to a stage spends the sum of its stays there; it counts once as entered.
 *
 * @param histories - One array per deal of `{ stage, enteredAt }`, in the order the deal moved.
 * @param options - `stages` in funnel order (default: by their average position in the
 *   histories, then by name, lost stages last); `lostStages` (default: those named "Lost" or
 *   "Closed Lost"); `timeZone` for offset-less ISO strings and for counting days (default UTC).
 * @returns `{ stages, lostStages }`: `stages` in funnel order, each `{ stage, entered, movedOn,
 *   conversionRate, medianDays, meanDays }`; `lostStages`, those of `stages` read as lost.
 * @throws {KpiInputError} When a history is not an array of `{ stage, enteredAt }`, a date is not
 *   valid, entries go back in time, a stage is not among `options.stages`, or a lost stage is not
 *   among `options.stages`.
 *
 * @example
 * ```ts
 * import { stageConversion } from "salesmetrics";
 *
 * stageConversion([
 *   [{ stage: "Qualify", enteredAt: "2024-03-01" }, { stage: "Proposal", enteredAt: "2024-03-05" }, { stage: "Won", enteredAt: "2024-03-20" }],
 *   [{ stage: "Qualify", enteredAt: "2024-03-02" }, { stage: "Proposal", enteredAt: "2024-03-12" }],
 *   [{ stage: "Qualify", enteredAt: "2024-03-03" }],
 * ]).stages.map((s) => [s.stage, s.entered, s.conversionRate, s.medianDays]);
 * //=> [["Qualify", 3, 0.6667, 7], ["Proposal", 2, 0.5, 15], ["Won", 1, 0, null]]
 * ```
 *
 * @example
 * ```ts
 * import { stageConversion } from "salesmetrics";
 *
 * // A deal lost while engaging did not convert from "Engaging".
 * const histories = [
 *   [{ stage: "Engaging", enteredAt: "2024-03-01" }, { stage: "Won", enteredAt: "2024-03-11" }],
 *   [{ stage: "Engaging", enteredAt: "2024-03-01" }, { stage: "Lost", enteredAt: "2024-03-05" }],
 *   [{ stage: "Engaging", enteredAt: "2024-03-02" }, { stage: "Lost", enteredAt: "2024-03-04" }],
 *   [{ stage: "Engaging", enteredAt: "2024-03-03" }],
 * ];
 * const result = stageConversion(histories);
 * [result.stages[0]?.movedOn, result.stages[0]?.conversionRate, result.lostStages];
 * //=> [1, 0.25, ["Lost"]]
 * // Read the other way, a loss is moving on:
 * stageConversion(histories, { lostStages: [] }).stages[0]?.conversionRate;
 * //=> 0.75
 * // Across a daylight-saving change, 1 March to 15 March is 14 days in New York.
 * stageConversion(
 *   [[{ stage: "Engaging", enteredAt: "2017-03-01" }, { stage: "Won", enteredAt: "2017-03-15" }]],
 *   { timeZone: "America/New_York" },
 * ).stages[0]?.medianDays;
 * //=> 14
 * ```
 */
export function stageConversion(
  histories: readonly (readonly StageEntry[])[],
  options?: StageConversionOptions,
): { stages: StageFlow[]; lostStages: string[] } {
  const { zone, stages: order, lostStages } = readOptions(FN, options);
  const fail = (): never => {
    throw invalidInput(FN, "histories", historiesSchemaFor(zone, order), histories);
  };
  if (!Array.isArray(histories)) fail();
  const known = order === undefined ? undefined : new LargeSet(order);

  // Pass 1: validate, and collect each deal's stages with their total stay and first position.
  // Stays are calendar days in the zone (localDaysBetween): a change of offset between two local
  // midnights leaves a whole number of days.
  interface Visit {
    stage: string;
    position: number;
    stayDays: number;
    left: boolean;
  }
  const deals: Visit[][] = [];
  for (const history of histories as readonly unknown[]) {
    if (!Array.isArray(history)) return fail();
    const visits = new LargeMap<string, Visit>(); // one history may hold more than 2^24 stages
    let previous: { visit: Visit; time: number } | undefined;
    // An index loop, not forEach: a hole in a sparse history is an entry to reject, not to skip.
    for (let index = 0; index < history.length; index++) {
      const entry: unknown = history[index];
      const entryFields = fieldsOf(entry);
      const stage = entryFields.stage;
      const time = toEpochMs(entryFields.enteredAt, zone);
      if (typeof stage !== "string" || stage === "" || Number.isNaN(time) || (known !== undefined && !known.has(stage))) fail();
      if (previous !== undefined && time < previous.time) fail();
      if (previous !== undefined) {
        previous.visit.stayDays += localDaysBetween(zone, previous.time, time);
        previous.visit.left = true;
      }
      let visit = visits.get(stage as string);
      if (visit === undefined) {
        visit = { stage: stage as string, position: index, stayDays: 0, left: false };
        visits.set(stage as string, visit);
      }
      previous = { visit, time };
    }
    deals.push([...visits.values()]);
  }

  const lostSet = lostStages === undefined ? undefined : new LargeSet(lostStages);
  const isLost = lostSet === undefined ? isLostByName : (stage: string): boolean => lostSet.has(stage);

  // Funnel order: as given, or by mean first position, then by name; lost stages (outcomes, not steps) last.
  let stages = order;
  if (stages === undefined) {
    const positions = new LargeMap<string, { sum: number; count: number }>();
    for (const visits of deals) {
      for (const { stage, position } of visits) {
        const p = positions.get(stage) ?? { sum: 0, count: 0 };
        p.sum += position;
        p.count++;
        positions.set(stage, p);
      }
    }
    const mean = (stage: string): number => {
      const p = positions.get(stage) as { sum: number; count: number };
      return p.sum / p.count;
    };
    stages = [...positions.keys()].sort(
      (a, b) => Number(isLost(a)) - Number(isLost(b)) || mean(a) - mean(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
  }
  const rank = new LargeMap<string, number>();
  for (let i = 0; i < stages.length; i++) rank.set(stages[i] as string, i);

  const lost = stages.map(isLost);

  // Pass 2: per stage, entries, moves to a later stage that is not a loss, and stays of the deals that left it.
  const flows = stages.map((stage) => ({ stage, entered: 0, movedOn: 0, stays: [] as number[] }));
  for (const visits of deals) {
    let furthest = -1; // the furthest stage reached that is not a lost stage
    for (const visit of visits) {
      const r = rank.get(visit.stage) as number;
      if (r > furthest && !lost[r]) furthest = r;
    }
    for (const visit of visits) {
      const r = rank.get(visit.stage) as number;
      const flow = flows[r] as (typeof flows)[number];
      flow.entered++;
      if (r < furthest) flow.movedOn++;
      if (visit.left) flow.stays.push(visit.stayDays);
    }
  }
  return {
    lostStages: stages.filter((_, i) => lost[i]),
    stages: flows.map(({ stage, entered, movedOn, stays }) => ({
      stage,
      entered,
      movedOn,
      conversionRate: ratio(movedOn, entered),
      medianDays: stays.length === 0 ? null : median(stays),
      meanDays: stays.length === 0 ? null : stays.reduce((sum, days) => sum + days, 0) / stays.length + 0,
    })),
  };
}

interface ReadOptions {
  zone: TimeZone;
  stages: readonly string[] | undefined;
  lostStages: readonly string[] | undefined;
}

/** A test of membership in `stages`, in constant time (`includes` would make the check quadratic). */
function isOneOf(stages: readonly unknown[]): (stage: unknown) => boolean {
  const set = new LargeSet(stages);
  return (stage) => set.has(stage);
}

/** The zone, the stages and the lost stages (if given) of valid options. */
function readOptions(fn: string, options: StageConversionOptions | undefined): ReadOptions {
  const zone = TimeZone.of(isRecord(options) && options.timeZone !== undefined ? options.timeZone : "UTC");
  const optionsFields = fieldsOf(options);
  const stages = optionsFields.stages;
  const lostStages = optionsFields.lostStages;
  if (
    !isOptionsArgument(options) ||
    zone === null ||
    (stages !== undefined && (!Array.isArray(stages) || !everyItem(stages, isStage))) ||
    (lostStages !== undefined &&
      (!Array.isArray(lostStages) ||
        !everyItem(lostStages, isStage) ||
        (stages !== undefined && !everyItem(lostStages, isOneOf(stages)))))
  ) {
    throw invalidInput(fn, "options", stageConversionOptionsSchema, options);
  }
  return { zone, stages, lostStages };
}
