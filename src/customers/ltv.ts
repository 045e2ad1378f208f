import * as z from "zod/mini";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { isGrossMargin, isRate } from "../_internal/checks.js";
import { grossMarginSchema, rateSchema } from "../core/rate.js";
import { fieldsOf, finiteResult, invalidInput, isRecord } from "../_internal/validate.js";

const FN = "ltv";

/**
 * The ways {@link ltv} can value a customer: see its documentation.
 *
 * @example
 * ```ts
 * import { ltvMethodSchema } from "salesmetrics";
 *
 * ltvMethodSchema.safeParse("firstPaymentAtRenewal").success;
 * //=> true
 * ltvMethodSchema.safeParse("dcf").success;
 * //=> false
 * ```
 */
export const ltvMethodSchema = z.enum(["simple", "firstPaymentNow", "firstPaymentAtPeriodEnd", "firstPaymentAtRenewal"], {
  error: 'must be "simple", "firstPaymentNow", "firstPaymentAtPeriodEnd" or "firstPaymentAtRenewal"',
});

/**
 * How {@link ltv} is computed: what {@link ltvMethodSchema} accepts.
 *
 * @example
 * ```ts
 * import { ltv, type LtvMethod } from "salesmetrics";
 *
 * // $50 a month, 4 % monthly churn, 1 % monthly discount rate
 * const methods: LtvMethod[] = ["firstPaymentNow", "firstPaymentAtPeriodEnd", "firstPaymentAtRenewal"];
 * methods.map((method) => ltv({ arpa: 50, churnRate: 0.04, discountRate: 0.01, method }));
 * //=> [1010.00, 1000.00, 960.00]
 * ```
 */
export type LtvMethod = z.output<typeof ltvMethodSchema>;

const DISCOUNT_RATE = "must be a finite number ≥ 0, the discount rate per period (0.01 for 1 % a month)";

/**
 * Input of {@link ltv}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { ltvInputSchema } from "salesmetrics";
 *
 * ltvInputSchema.safeParse({ arpa: "49.00", churnRate: 0.02, grossMargin: 0.8, segment: "SMB" }).success;
 * //=> true
 * // a percentage where a fraction is expected
 * ltvInputSchema.safeParse({ arpa: 49, churnRate: 2 }).error?.issues[0]?.path;
 * //=> ["churnRate"]
 * ltvInputSchema.safeParse({ arpa: 49, churnRate: 0.02, method: "firstPaymentNow" }).error?.issues[0]?.message;
 * //=> 'is required by method "firstPaymentNow"'
 * ```
 */
export const ltvInputSchema = z
  .looseObject(
    {
      arpa: nonNegativeMoneySchema,
      churnRate: rateSchema,
      grossMargin: z.optional(grossMarginSchema),
      discountRate: z.optional(z.number({ error: DISCOUNT_RATE }).check(z.gte(0, { error: DISCOUNT_RATE }))),
      method: z.optional(ltvMethodSchema),
    },
    { error: "must be an object { arpa, churnRate, grossMargin?, discountRate?, method? }" },
  )
  .check(
    z.superRefine((input, context) => {
      const method = input.method === undefined ? "simple" : input.method;
      if (!isLtvMethod(method)) return; // reported on the field
      if (method === "simple" && input.discountRate !== undefined) {
        context.issues.push({
          code: "custom",
          input: input.discountRate,
          path: ["discountRate"],
          message:
            'is used only by the discounted methods: set method to "firstPaymentNow", "firstPaymentAtPeriodEnd" or "firstPaymentAtRenewal", or leave discountRate out',
        });
      }
      if (method !== "simple" && input.discountRate === undefined) {
        context.issues.push({
          code: "custom",
          input: input.discountRate,
          path: ["discountRate"],
          message: `is required by method "${method}"`,
        });
      }
    }),
  );

/**
 * Input of {@link ltv}: what {@link ltvInputSchema} accepts; `discountRate` is needed by the discounted methods only.
 *
 * @example
 * ```ts
 * import { ltv, type LtvInput } from "salesmetrics";
 *
 * const smb: LtvInput = { arpa: "49.00", churnRate: 0.02, grossMargin: 0.8 };
 * ltv(smb);
 * //=> 1960.00
 * ```
 */
export interface LtvInput {
  /** Revenue per account per period (monthly ARPA for monthly churn), ≥ 0. */
  arpa: Money;
  /** Share of customers lost per period, in [0, 1]; the same period as `arpa`. */
  churnRate: number;
  /** Gross margin as a fraction ≤ 1 (0.8 for 80 %). Leave it out for a revenue LTV. */
  grossMargin?: number | undefined;
  /** Discount rate per period, ≥ 0: required by the discounted methods, refused by `"simple"`. */
  discountRate?: number | undefined;
  /** `"simple"` (default), `"firstPaymentNow"`, `"firstPaymentAtPeriodEnd"` or `"firstPaymentAtRenewal"`. */
  method?: LtvMethod | undefined;
}

function isLtvMethod(value: unknown): value is LtvMethod {
  return (
    value === "simple" || value === "firstPaymentNow" || value === "firstPaymentAtPeriodEnd" || value === "firstPaymentAtRenewal"
  );
}

/**
 * Customer lifetime value (LTV): the gross profit a customer brings over their whole time as a customer.
 *
 * With m = `arpa × grossMargin` (the margin a customer brings each period; `arpa` alone without
 * `grossMargin`), churn c and discount rate d:
 *
 * - `"simple"` (default): `m ÷ c`, the margin per period times the expected lifetime of 1 ÷ c
 *   periods (David Skok; ChartMogul and Baremetrics use it without margin: ARPA 100 at 5 % churn
 *   is 2,000). No discounting.
 * - The three discounted forms that Fader & Hardie (note 024) found in the textbooks, with retention
 *   r = 1 − c. They differ only in when the first payment comes:
 *   - `"firstPaymentNow"`: `m(1 + d) ÷ (1 + d − r)`. The first payment is made today, undiscounted
 *     and certain; each later one at the start of a period, if the customer has stayed (Blattberg et
 *     al. 2008). For a customer being acquired now.
 *   - `"firstPaymentAtPeriodEnd"`: `m ÷ (1 + d − r)`. Payments come at the end of each period, the
 *     first one certain, a period from now (Ofek 2002; Davis 2007).
 *   - `"firstPaymentAtRenewal"`: `m·r ÷ (1 + d − r)`. Today's payment is already in and left out;
 *     the first counted payment comes a period from now, only if the customer renews (Kotler &
 *     Keller 2012): the value of an existing customer.
 *   With m 100, r 0.8 and d 0.1 they give 366.67, 333.33 and 266.67. At d = 0, `"firstPaymentNow"`
 *   equals `"simple"`.
 *
 * All forms assume a constant churn rate; `arpa`, `churnRate` and `discountRate` must be per the
 * same period (monthly with monthly).
 * https://help.chartmogul.com/hc/en-us/articles/203359061-Chart-Customer-Lifetime-Value-LTV
 * http://brucehardie.com/notes/024/
 *
 * @param input - `arpa` (≥ 0) and `churnRate` (in [0, 1]) per period; optionally `grossMargin`
 *   (≤ 1), `method`, and `discountRate` (≥ 0, per period) for the discounted methods.
 * @returns Lifetime value in the currency of `arpa` (negative when the margin is), or `null`
 *   when it is unbounded: churn 0 with `"simple"`, churn 0 and discount rate 0 otherwise.
 * @throws {KpiInputError} When `arpa` is negative or not an amount, `churnRate` is outside
 *   [0, 1], `grossMargin` is not a number ≤ 1, `method` is unknown, `discountRate` is missing for
 *   a discounted method (or given with `"simple"`), or the result would exceed the float range.
 *
 * @example
 * ```ts
 * import { ltv } from "salesmetrics";
 *
 * ltv({ arpa: 100, churnRate: 0.05 });
 * //=> 2000
 * ltv({ arpa: 500, churnRate: 0.05, grossMargin: 0.8 });
 * //=> 8000
 * ltv({ arpa: 100, churnRate: 0.2, discountRate: 0.1, method: "firstPaymentNow" });
 * //=> 366.67
 * ltv({ arpa: 100, churnRate: 0.2, discountRate: 0.1, method: "firstPaymentAtPeriodEnd" });
 * //=> 333.33
 * ltv({ arpa: 100, churnRate: 0.2, discountRate: 0.1, method: "firstPaymentAtRenewal" });
 * //=> 266.67
 * ltv({ arpa: 100, churnRate: 0 });
 * //=> null
 * ```
 */
export function ltv(input: LtvInput): number | null {
  const fields = fieldsOf(input);
  const arpa = parseMoney(fields.arpa);
  const churn = fields.churnRate;
  const margin = fields.grossMargin;
  const discount = fields.discountRate;
  const method = isRecord(input) && input.method !== undefined ? input.method : "simple";
  if (
    !(arpa >= 0) ||
    !isRate(churn) ||
    (margin !== undefined && !isGrossMargin(margin)) ||
    !isLtvMethod(method) ||
    (method === "simple" ? discount !== undefined : typeof discount !== "number" || !(discount >= 0 && discount < Infinity))
  ) {
    throw invalidInput(FN, "input", ltvInputSchema, input);
  }
  const perPeriod = margin === undefined ? arpa : arpa * margin;
  if (method === "simple") {
    if (churn === 0) return null;
    return finiteResult(FN, "churnRate", perPeriod / churn) + 0;
  }
  const d = discount as number;
  // 1 + d − r with r = 1 − c, written as d + c so that small rates keep their digits.
  const denominator = d + churn;
  if (denominator === 0) return null;
  const factor = method === "firstPaymentNow" ? 1 + d : method === "firstPaymentAtRenewal" ? 1 - churn : 1;
  // perPeriod ÷ denominator first: perPeriod × factor alone could overflow where the result does not.
  return finiteResult(FN, "churnRate", (perPeriod / denominator) * factor) + 0;
}
