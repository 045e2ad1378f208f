import * as z from "zod/mini";
import { isCount, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, invalidInput, isOptionsArgument, optionsSchema } from "../_internal/validate.js";

const FN = "churnRate";

/**
 * Input of {@link churnRate} with the default denominator, `"start"`. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { churnRateInputSchema } from "salesmetrics";
 *
 * churnRateInputSchema.safeParse({ lost: 30, start: 1000, segment: "SMB" }).success;
 * //=> true
 * churnRateInputSchema.safeParse({ lost: 120, start: 100 }).error?.issues[0]?.message;
 * //=> "must not exceed start, 100"
 * ```
 */
export const churnRateInputSchema = z
  .looseObject({ lost: countSchema, start: countSchema }, { error: "must be an object { lost, start }" })
  .check(notAbove("lost", "start"));

/**
 * Input of {@link churnRate} with `denominator: "startPlusNew"`. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { churnRateStartPlusNewInputSchema } from "salesmetrics";
 *
 * churnRateStartPlusNewInputSchema.safeParse({ lost: 18, start: 1126, acquired: 85 }).success;
 * //=> true
 * churnRateStartPlusNewInputSchema.safeParse({ lost: 18, start: 1126 }).error?.issues[0]?.path;
 * //=> ["acquired"]
 * churnRateStartPlusNewInputSchema.safeParse({ lost: 120, start: 100, acquired: 10 }).error?.issues[0]?.message;
 * //=> "must not exceed start + acquired, 110"
 * ```
 */
export const churnRateStartPlusNewInputSchema = z
  .looseObject(
    { lost: countSchema, start: countSchema, acquired: countSchema },
    { error: "must be an object { lost, start, acquired }" },
  )
  .check(
    z.refine(
      (input) =>
        !isCount(input.lost) || !isCount(input.start) || !isCount(input.acquired) || input.lost <= input.start + input.acquired,
      {
        path: ["lost"],
        error: (issue) => {
          const { start, acquired } = issue.input as { start: number; acquired: number };
          return `must not exceed start + acquired, ${start + acquired}`;
        },
      },
    ),
  );

/**
 * Input of {@link churnRate} with `denominator: "average"`. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { churnRateAverageInputSchema } from "salesmetrics";
 *
 * churnRateAverageInputSchema.safeParse({ lost: 10, start: 100, end: 120 }).success;
 * //=> true
 * // 100 customers cannot fall to 80 with only 10 lost
 * churnRateAverageInputSchema.safeParse({ lost: 10, start: 100, end: 80 }).error?.issues[0]?.path;
 * //=> ["lost"]
 * ```
 */
export const churnRateAverageInputSchema = z
  .looseObject({ lost: countSchema, start: countSchema, end: countSchema }, { error: "must be an object { lost, start, end }" })
  .check(
    z.refine(
      (input) => !isCount(input.lost) || !isCount(input.start) || !isCount(input.end) || input.lost >= input.start - input.end,
      {
        path: ["lost"],
        error: (issue) => {
          const { start, end } = issue.input as { start: number; end: number };
          return `must be at least start − end, ${start - end}: the customer count cannot fall by more than the customers lost`;
        },
      },
    ),
  );

/**
 * What {@link churnRate} divides by: see its documentation.
 *
 * @example
 * ```ts
 * import { churnDenominatorSchema } from "salesmetrics";
 *
 * churnDenominatorSchema.safeParse("startPlusNew").success;
 * //=> true
 * churnDenominatorSchema.safeParse("end").error?.issues[0]?.message;
 * //=> 'must be "start", "startPlusNew" or "average"'
 * ```
 */
export const churnDenominatorSchema = z.enum(["start", "startPlusNew", "average"], {
  error: 'must be "start", "startPlusNew" or "average"',
});

/**
 * Options of {@link churnRate}.
 *
 * @example
 * ```ts
 * import { churnRateOptionsSchema } from "salesmetrics";
 *
 * churnRateOptionsSchema.safeParse({ denominator: "average" }).success;
 * //=> true
 * churnRateOptionsSchema.safeParse(undefined).success;
 * //=> true
 * churnRateOptionsSchema.safeParse({ denominator: "new" }).error?.issues[0]?.path;
 * //=> ["denominator"]
 * ```
 */
export const churnRateOptionsSchema = optionsSchema({ denominator: churnDenominatorSchema });

/**
 * Which customer count {@link churnRate} divides by: what {@link churnDenominatorSchema} accepts.
 *
 * @example
 * ```ts
 * import { churnRate, type ChurnDenominator } from "salesmetrics";
 *
 * const denominator: ChurnDenominator = "startPlusNew";
 * churnRate({ lost: 18, start: 1126, acquired: 85 }, { denominator });
 * //=> 0.0149
 * ```
 */
export type ChurnDenominator = z.output<typeof churnDenominatorSchema>;
/**
 * Options of {@link churnRate}: what {@link churnRateOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { churnRate, type ChurnRateOptions } from "salesmetrics";
 *
 * const options: ChurnRateOptions = { denominator: "average" };
 * churnRate({ lost: 10, start: 100, end: 120 }, options);
 * //=> 0.0909
 * ```
 */
export type ChurnRateOptions = z.input<typeof churnRateOptionsSchema>;

/**
 * Input of {@link churnRate}; `acquired` or `end` is needed by the `denominator` option that uses it.
 *
 * @example
 * ```ts
 * import { churnRate, type ChurnRateInput } from "salesmetrics";
 *
 * const month: ChurnRateInput = { lost: 18, start: 1126, acquired: 85 };
 * // the default denominator, "start", does not use acquired
 * churnRate(month);
 * //=> 0.0160
 * churnRate(month, { denominator: "startPlusNew" });
 * //=> 0.0149
 * ```
 */
export interface ChurnRateInput {
  /** Customers lost during the period. */
  lost: number;
  /** Customers at the start of the period. */
  start: number;
  /** Customers won during the period; required by `denominator: "startPlusNew"`. */
  acquired?: number | undefined;
  /** Customers at the end of the period; required by `denominator: "average"`. */
  end?: number | undefined;
}

const SCHEMAS = {
  start: churnRateInputSchema,
  startPlusNew: churnRateStartPlusNewInputSchema,
  average: churnRateAverageInputSchema,
} as const;

/**
 * Customer churn rate: the share of customers lost in a period.
 *
 * By `options.denominator`:
 * - `"start"` (default): `lost ÷ start`, customers lost over customers at the start of the
 *   period (Klipfolio; ChartMogul's standard formula; Baremetrics). 12 lost of 100 is 0.12.
 * - `"startPlusNew"`: `lost ÷ (start + acquired)`, every customer served in the period, as
 *   Stripe Billing counts it: 18 lost of 1,126 + 85 is 0.0149.
 * - `"average"`: `lost ÷ ((start + end) ÷ 2)`. Lean Analytics warns that in fast growth the
 *   average is far from the customers actually at risk; it can exceed 1.
 *
 * Count `lost` to match: with `"start"`, either only customers who were there at the start
 * (ChartMogul, whose rate then excludes customers who joined and left in the same period) or
 * every customer lost (Baremetrics), but at most `start`. Whatever the choice, state it with the
 * number. For a monthly rate as an annual one, see {@link annualizeChurn}.
 * https://www.klipfolio.com/resources/kpi-examples/saas-metrics/customer-churn-rate
 * https://help.chartmogul.com/hc/en-us/articles/207340419-Churn-rate-formulas
 *
 * @param input - `lost` and `start`; `acquired` for `"startPlusNew"`, `end` for `"average"` (counts).
 * @param options - `denominator`: `"start"`, `"startPlusNew"` or `"average"`.
 * @returns The churn rate as a fraction (in [0, 1] except with `"average"`), or `null` when the
 *   denominator is 0.
 * @throws {KpiInputError} When a count the denominator needs is not a non-negative integer,
 *   `lost` exceeds `start` (or `start + acquired`), `lost` is less than `start − end` with
 *   `"average"`, or `denominator` is unknown.
 *
 * @example
 * ```ts
 * import { churnRate } from "salesmetrics";
 *
 * churnRate({ lost: 30, start: 1000 });
 * //=> 0.03
 * churnRate({ lost: 18, start: 1126, acquired: 85 }, { denominator: "startPlusNew" });
 * //=> 0.0149
 * churnRate({ lost: 10, start: 100, end: 120 }, { denominator: "average" });
 * //=> 0.0909
 * ```
 */
export function churnRate(input: ChurnRateInput, options?: ChurnRateOptions): number | null {
  const denominator = options?.denominator === undefined ? "start" : options.denominator;
  if (!isOptionsArgument(options) || (denominator !== "start" && denominator !== "startPlusNew" && denominator !== "average")) {
    throw invalidInput(FN, "options", churnRateOptionsSchema, options);
  }
  const fields = fieldsOf(input);
  const lost = fields.lost;
  const start = fields.start;
  if (isCount(lost) && isCount(start)) {
    if (denominator === "start") {
      if (lost <= start) return ratio(lost, start);
    } else if (denominator === "startPlusNew") {
      const acquired = (input as ChurnRateInput).acquired;
      if (isCount(acquired) && lost <= start + acquired) return ratio(lost, start + acquired);
    } else {
      const end = (input as ChurnRateInput).end;
      if (isCount(end) && lost >= start - end) return ratio(lost, (start + end) / 2);
    }
  }
  throw invalidInput(FN, "input", SCHEMAS[denominator], input);
}
