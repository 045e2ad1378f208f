import * as z from "zod/mini";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { isDealStatus, isRate } from "../_internal/checks.js";
import { rateSchema } from "../core/rate.js";
import { invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { dealStatusSchema, type DealStatus } from "../core/deals.js";

const FN = "weightedPipeline";
/** The name weightedPipelineDealsSchemaFor gives in its errors. */
const SCHEMA_FN = "weightedPipelineDealsSchemaFor";

/** Options of {@link weightedPipeline}: win probability per stage name. */
const probabilitiesSchema = z.record(z.string(), rateSchema, { error: "must map stage names to probabilities from 0 to 1" });

/**
 * Options of {@link weightedPipeline}.
 *
 * @example
 * ```ts
 * import { weightedPipelineOptionsSchema } from "salesmetrics";
 *
 * weightedPipelineOptionsSchema.safeParse({ probabilities: { Prospecting: 0.1, Proposal: 0.5 } }).success;
 * //=> true
 * weightedPipelineOptionsSchema.safeParse({ probabilities: { Proposal: 50 } }).error?.issues[0]?.path;
 * //=> ["probabilities", "Proposal"]
 * ```
 */
export const weightedPipelineOptionsSchema = optionsSchema({ probabilities: probabilitiesSchema });

/**
 * Options of {@link weightedPipeline}: what {@link weightedPipelineOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { weightedPipeline, type WeightedPipelineOptions } from "salesmetrics";
 *
 * const options: WeightedPipelineOptions = { probabilities: { Prospecting: 0.1, Proposal: 0.5 } };
 * // 20,000 × 0.1 + 10,000 × 0.5; the deal without an amount and the lost one add nothing.
 * weightedPipeline(
 *   [
 *     { status: "open", amount: 20_000, stage: "Prospecting" },
 *     { status: "open", amount: 10_000, stage: "Proposal" },
 *     { status: "open", amount: null, stage: "Proposal" },
 *     { status: "lost", amount: 3_000 },
 *   ],
 *   options,
 * );
 * //=> 7000
 * ```
 */
export interface WeightedPipelineOptions {
  /** Win probability per stage, e.g. `{ Prospecting: 0.1, Proposal: 0.5 }`, used for deals without their own. */
  probabilities?: Readonly<Record<string, number>> | undefined;
}

/**
 * One deal given to {@link weightedPipeline}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { weightedPipeline, type WeightedDeal } from "salesmetrics";
 *
 * // Deals with their own probability need no stage probabilities.
 * const deals: WeightedDeal[] = [
 *   { status: "open", amount: 10_000, stage: "Proposal", probability: 0.8 },
 *   { status: "open", amount: "2500.50", probability: 0.2 },
 * ];
 * weightedPipeline(deals);
 * //=> 8500.1
 * ```
 */
export interface WeightedDeal {
  /** `"open"`, `"won"` or `"lost"`. */
  status: DealStatus;
  /** The deal's value, ≥ 0; an open deal may have none yet. */
  amount?: Money | null | undefined;
  /** The deal's own win probability in [0, 1], which takes precedence over its stage's. */
  probability?: number | null | undefined;
  /** The stage, looked up in `options.probabilities` when the deal has no probability of its own. */
  stage?: string | null | undefined;
}

/**
 * The probability `probabilities` gives `stage`, if any. A `__proto__` key is never a stage's:
 * zod's record schema skips it, so the fast checks must too.
 */
function stageProbability(probabilities: Readonly<Record<string, unknown>>, stage: unknown): unknown {
  return typeof stage === "string" && stage !== "__proto__" && Object.hasOwn(probabilities, stage)
    ? probabilities[stage]
    : undefined;
}

/** Fast check equivalent to the `probabilities` option's schema, given a record. */
function areProbabilities(probabilities: Readonly<Record<string, unknown>>): boolean {
  for (const stage of Object.keys(probabilities)) if (stage !== "__proto__" && !isRate(probabilities[stage])) return false;
  return true;
}

/**
 * The schema of the `deals` of {@link weightedPipeline} called with `options`: each open deal
 * needs a probability of its own or a stage that `options.probabilities` gives one.
 *
 * @param options - The options {@link weightedPipeline} will be called with.
 * @returns A zod schema for the array of deals.
 * @throws {KpiInputError} When `options` is not valid.
 *
 * @example
 * ```ts
 * import { weightedPipelineDealsSchemaFor } from "salesmetrics";
 *
 * const deals = [{ status: "open", amount: 10_000, stage: "Proposal" }];
 * weightedPipelineDealsSchemaFor({ probabilities: { Proposal: 0.5 } }).safeParse(deals).success;
 * //=> true
 * weightedPipelineDealsSchemaFor().safeParse(deals).success;
 * //=> false
 * ```
 */
export function weightedPipelineDealsSchemaFor(options?: WeightedPipelineOptions) {
  return dealsSchemaFor(readProbabilities(SCHEMA_FN, options));
}

function dealsSchemaFor(probabilities: Readonly<Record<string, unknown>>) {
  return z.array(
    z
      .looseObject(
        {
          status: dealStatusSchema,
          amount: z.optional(z.nullable(nonNegativeMoneySchema)),
          probability: z.optional(z.nullable(rateSchema)),
          stage: z.optional(z.nullable(z.string({ error: "must be a stage name" }))),
        },
        { error: "must be an object { status, amount?, probability?, stage? }" },
      )
      .check(
        z.refine(
          (deal) =>
            deal.status !== "open" ||
            (deal.probability !== undefined && deal.probability !== null) ||
            stageProbability(probabilities, deal.stage) !== undefined,
          {
            path: ["stage"],
            error: "must be a stage with a probability in options.probabilities, or the deal must have its own probability",
          },
        ),
      ),
    { error: "must be an array of deals" },
  );
}

/**
 * Weighted pipeline: the expected value of the open deals, each weighted by its chance to win.
 *
 * Σ amount × probability over open deals: a 10,000 deal at 50 % counts 5,000 (Pipeline CRM's
 * weighted forecast). A deal's own probability wins over its stage's; won and lost deals are
 * left out (they are no longer pipeline). An open deal without an amount adds nothing: it has
 * no value to weight yet (pipelineSummary counts such deals).
 * https://help.pipelinecrm.com/articles/235899
 *
 * @param deals - `{ status, amount?, probability?, stage? }` per deal; extra fields are ignored.
 * @param options - `probabilities`: win probability per stage name, for deals without their own.
 * @returns The weighted value of the open pipeline (money, ≥ 0), exact to the cent.
 * @throws {KpiInputError} When a status is unknown, an amount is negative or not an amount, a
 *   probability is outside [0, 1], or an open deal has neither a probability nor a stage in `probabilities`.
 *
 * @example
 * ```ts
 * import { weightedPipeline } from "salesmetrics";
 *
 * weightedPipeline(
 *   [
 *     { status: "open", amount: 10_000, stage: "Proposal" },
 *     { status: "open", amount: "4000.00", probability: 0.25 },
 *     { status: "won", amount: 7_000 },
 *   ],
 *   { probabilities: { Proposal: 0.5 } },
 * );
 * //=> 6000
 * ```
 */
export function weightedPipeline(deals: readonly WeightedDeal[], options?: WeightedPipelineOptions): number {
  const probabilities = readProbabilities(FN, options);
  const fail = (): never => {
    throw invalidInput(FN, "deals", dealsSchemaFor(probabilities), deals, (deal) => isValidDeal(deal, probabilities));
  };
  if (!Array.isArray(deals)) fail();
  const total = new MoneySum();
  for (const deal of deals as readonly unknown[]) {
    if (!isRecord(deal) || !isDealStatus(deal.status)) return fail();
    const { amount, probability, stage } = deal;
    const value = amount === undefined || amount === null ? 0 : parseMoney(amount);
    const stageOk = stage === undefined || stage === null || typeof stage === "string";
    const ownProbability = probability === undefined || probability === null ? undefined : probability;
    if (!(value >= 0) || !stageOk || (ownProbability !== undefined && !isRate(ownProbability))) fail();
    if (deal.status !== "open") continue;
    const weight = ownProbability !== undefined ? ownProbability : stageProbability(probabilities, stage);
    if (weight === undefined) fail();
    total.add(value * (weight as number));
  }
  return total.value(FN, "deals");
}

/** The `probabilities` of valid options (none: `{}`). */
function readProbabilities(fn: string, options: WeightedPipelineOptions | undefined): Readonly<Record<string, unknown>> {
  const probabilities = isRecord(options) && options.probabilities !== undefined ? options.probabilities : {};
  if (!isOptionsArgument(options) || !isRecord(probabilities) || !areProbabilities(probabilities)) {
    throw invalidInput(fn, "options", weightedPipelineOptionsSchema, options);
  }
  return probabilities;
}

/** The loop's check of one deal, on its own: finds the bad rows of a large array cheaply for the error. */
function isValidDeal(deal: unknown, probabilities: Readonly<Record<string, unknown>>): boolean {
  if (!isRecord(deal) || !isDealStatus(deal.status)) return false;
  const { amount, probability, stage } = deal;
  const value = amount === undefined || amount === null ? 0 : parseMoney(amount);
  const stageOk = stage === undefined || stage === null || typeof stage === "string";
  const ownProbability = probability === undefined || probability === null ? undefined : probability;
  if (!(value >= 0) || !stageOk || (ownProbability !== undefined && !isRate(ownProbability))) return false;
  return deal.status !== "open" || ownProbability !== undefined || stageProbability(probabilities, stage) !== undefined;
}
