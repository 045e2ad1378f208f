import * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { ceil, divide, rationalOf, toNumber, type Fraction } from "../_internal/exact.js";
import { isPositiveRate } from "../_internal/checks.js";
import { positiveRateSchema } from "../core/rate.js";
import { everyItem, invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";

const FN = "backsolveFunnel";

const TARGET = "must be a finite number ≥ 0";

/**
 * Input of {@link backsolveFunnel}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { backsolveFunnelInputSchema } from "salesmetrics";
 *
 * backsolveFunnelInputSchema.safeParse({ target: 14, rates: [0.1, 0.35, 0.5, 0.4] }).success;
 * //=> true
 * backsolveFunnelInputSchema.safeParse({ target: 14, rates: [0.1, 0] }).error?.issues[0]?.path;
 * //=> ["rates", 1]
 * ```
 */
export const backsolveFunnelInputSchema = z.looseObject(
  {
    target: z.number({ error: TARGET }).check(z.gte(0, { error: TARGET })),
    rates: z.array(positiveRateSchema, { error: "must be an array of rates, top of the funnel first" }),
  },
  { error: "must be an object { target, rates }" },
);

/**
 * How {@link backsolveFunnel} rounds: see its documentation.
 *
 * @example
 * ```ts
 * import { backsolveRoundingSchema } from "salesmetrics";
 *
 * backsolveRoundingSchema.safeParse("top").success;
 * //=> true
 * backsolveRoundingSchema.safeParse("ceil").error?.issues[0]?.message;
 * //=> 'must be "eachStage", "top" or "none"'
 * ```
 */
export const backsolveRoundingSchema = z.enum(["eachStage", "top", "none"], {
  error: 'must be "eachStage", "top" or "none"',
});

/**
 * Options of {@link backsolveFunnel}.
 *
 * @example
 * ```ts
 * import { backsolveFunnelOptionsSchema } from "salesmetrics";
 *
 * backsolveFunnelOptionsSchema.safeParse({ rounding: "none" }).success;
 * //=> true
 * backsolveFunnelOptionsSchema.safeParse(undefined).success;
 * //=> true
 * backsolveFunnelOptionsSchema.safeParse({ rounding: "up" }).error?.issues[0]?.path;
 * //=> ["rounding"]
 * ```
 */
export const backsolveFunnelOptionsSchema = optionsSchema({ rounding: backsolveRoundingSchema });

/**
 * Input of {@link backsolveFunnel}: what {@link backsolveFunnelInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { backsolveFunnel, type BacksolveFunnelInput } from "salesmetrics";
 *
 * const goal: BacksolveFunnelInput = { target: 5, rates: [0.3, 0.3] };
 * backsolveFunnel(goal).required;
 * //=> [57, 17, 5]
 * ```
 */
export type BacksolveFunnelInput = z.input<typeof backsolveFunnelInputSchema>;
/**
 * Options of {@link backsolveFunnel}: what {@link backsolveFunnelOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { backsolveFunnel, type BacksolveFunnelOptions } from "salesmetrics";
 *
 * const options: BacksolveFunnelOptions = { rounding: "none" };
 * backsolveFunnel({ target: 5, rates: [0.3, 0.3] }, options).required;
 * //=> [55.56, 16.67, 5]
 * ```
 */
export type BacksolveFunnelOptions = z.input<typeof backsolveFunnelOptionsSchema>;
/**
 * How {@link backsolveFunnel} rounds: `"eachStage"` (default), `"top"` or `"none"`, as {@link backsolveRoundingSchema} defines.
 *
 * @example
 * ```ts
 * import { backsolveFunnel, type BacksolveRounding } from "salesmetrics";
 *
 * const roundings: BacksolveRounding[] = ["eachStage", "top", "none"];
 * roundings.map((rounding) => backsolveFunnel({ target: 5, rates: [0.3, 0.3] }, { rounding }).required[0]);
 * //=> [57, 56, 55.56]
 * ```
 */
export type BacksolveRounding = z.output<typeof backsolveRoundingSchema>;

/**
 * The result of {@link backsolveFunnel}.
 *
 * @example
 * ```ts
 * import { backsolveFunnel, type BacksolvedFunnel } from "salesmetrics";
 *
 * // Cold calls → first meetings → second meetings → proposals → deals
 * const plan: BacksolvedFunnel = backsolveFunnel({ target: 14, rates: [0.1, 0.35, 0.5, 0.4] });
 * plan.required;
 * //=> [2000, 200, 70, 35, 14]
 * ```
 */
export interface BacksolvedFunnel {
  /** What each stage must hold, top of the funnel first; the last entry is the target. */
  required: number[];
}

/**
 * Goal back-solving ("reverse funnel"): how much each stage must hold to reach a target.
 *
 * `rates[i]` converts stage i into stage i + 1. Walking up from the target, each stage
 * needs the next stage's requirement ÷ its rate: 5 new accounts at a 10 % close rate need
 * 50 prospects; 14 deals at 40 %, 50 %, 35 % and 10 % need 35 proposals, 70 second meetings,
 * 200 first meetings and 2,000 cold calls (mysalesprocess.com, "Sales Math").
 * https://mysalesprocess.com/sales-math
 *
 * Rounding (`options.rounding`):
 * - `"eachStage"` (default): round up at every stage, as a manager does with whole people:
 *   5 at 30 % and 30 % gives [57, 17, 5].
 * - `"top"`: keep the stages below exact and round up once at the top, as hivepoint's
 *   calculator does: [56, 16.67, 5].
 * - `"none"`: no rounding at all: [55.56, 16.67, 5].
 *
 * The arithmetic is exact: each rate is taken as the fraction it stands for — 0.7 as 7/10, a
 * rate computed as `won / decided` = 71 / 101 as 71/101 — so 21 at 70 % needs 30, never the 31
 * that `Math.ceil(21 / 0.7)` gives in floats, and 71 wins at 71/101 need 101.
 *
 * @param input - `target`: what the last stage must reach (≥ 0); `rates`: the conversion rate
 *   of each step, top first, each in (0, 1].
 * @param options - `rounding`: `"eachStage"`, `"top"` or `"none"`.
 * @returns `{ required }`: one entry per stage, top first, ending with `target`.
 * @throws {KpiInputError} When `target` is negative or not finite, a rate is not in (0, 1],
 *   `rounding` is unknown, or a requirement would exceed `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * ```ts
 * import { backsolveFunnel } from "salesmetrics";
 *
 * backsolveFunnel({ target: 5, rates: [0.1] });
 * //=> { required: [50, 5] }
 * // 100 calls → 10 leads → 1 customer
 * backsolveFunnel({ target: 1, rates: [0.1, 0.1] });
 * //=> { required: [100, 10, 1] }
 * backsolveFunnel({ target: 21, rates: [0.7] });
 * //=> { required: [30, 21] }
 * backsolveFunnel({ target: 5, rates: [0.3, 0.3] }, { rounding: "top" });
 * //=> { required: [56, 16.67, 5] }
 * ```
 */
export function backsolveFunnel(input: BacksolveFunnelInput, options?: BacksolveFunnelOptions): BacksolvedFunnel {
  const target = input?.target;
  const rates = input?.rates;
  if (
    !isRecord(input) ||
    typeof target !== "number" ||
    !(target >= 0 && target < Infinity) ||
    !Array.isArray(rates) ||
    !everyItem(rates, isPositiveRate)
  ) {
    throw invalidInput(FN, "input", backsolveFunnelInputSchema, input);
  }
  const rounding = options?.rounding === undefined ? "eachStage" : options.rounding;
  if (!isOptionsArgument(options) || (rounding !== "eachStage" && rounding !== "top" && rounding !== "none")) {
    throw invalidInput(FN, "options", backsolveFunnelOptionsSchema, options);
  }

  const required = new Array<number>(rates.length + 1);
  required[rates.length] = target + 0;
  let stage: Fraction = rationalOf(target);
  for (let i = rates.length - 1; i >= 0; i--) {
    stage = divide(stage, rationalOf(rates[i] as number));
    if (rounding === "eachStage" || (rounding === "top" && i === 0)) stage = ceil(stage);
    const value = toNumber(stage);
    if (!(value <= Number.MAX_SAFE_INTEGER)) {
      throw new KpiInputError(FN, [
        {
          path: "rates",
          message: `require more than ${Number.MAX_SAFE_INTEGER} at stage ${i} for a target of ${target}, beyond what a count can hold exactly`,
        },
      ]);
    }
    required[i] = value;
  }
  return { required };
}
