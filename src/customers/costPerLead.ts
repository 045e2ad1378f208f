import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, invalidInput } from "../_internal/validate.js";

const FN = "costPerLead";

/**
 * Input of {@link costPerLead}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { costPerLeadInputSchema } from "salesmetrics";
 *
 * costPerLeadInputSchema.safeParse({ spend: "4500.00", leads: 180, channel: "LinkedIn" }).success;
 * //=> true
 * costPerLeadInputSchema.safeParse({ spend: 4500, leads: -1 }).error?.issues[0]?.message;
 * //=> "must be a non-negative integer"
 * ```
 */
export const costPerLeadInputSchema = z.looseObject(
  { spend: nonNegativeMoneySchema, leads: countSchema },
  { error: "must be an object { spend, leads }" },
);

/**
 * Input of {@link costPerLead}: what {@link costPerLeadInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { costPerLead, type CostPerLeadInput } from "salesmetrics";
 *
 * // a webinar that cost $4,500 and brought 180 leads
 * const webinar: CostPerLeadInput = { spend: 4500, leads: 180 };
 * costPerLead(webinar);
 * //=> 25
 * ```
 */
export interface CostPerLeadInput {
  /** What the campaign or channel cost, ≥ 0. */
  spend: Money;
  /** Leads it brought. */
  leads: number;
}

/**
 * Cost per lead (CPL): what one lead cost.
 *
 * `spend ÷ leads`: $10,000 for 200 leads is $50 a lead (theprimecalculator). Decide whether
 * `spend` is the campaign's direct cost or fully loaded, and compute per channel to compare
 * channels. Unlike some calculators, 0 leads gives `null`, not a cost of 0.
 * https://theprimecalculator.com/business/cost-per-lead-calculator/formula
 *
 * @param input - `spend` (an amount ≥ 0) and the `leads` it brought (a count).
 * @returns Money per lead in the currency of `spend`, or `null` when there was no lead.
 * @throws {KpiInputError} When `spend` is negative or not an amount, or `leads` is not a
 *   non-negative integer.
 *
 * @example
 * ```ts
 * import { costPerLead } from "salesmetrics";
 *
 * costPerLead({ spend: 10_000, leads: 200 });
 * //=> 50
 * costPerLead({ spend: 500, leads: 0 });
 * //=> null
 * ```
 */
export function costPerLead(input: CostPerLeadInput): number | null {
  const fields = fieldsOf(input);
  const spend = parseMoney(fields.spend);
  const leads = fields.leads;
  if (!(spend >= 0) || !isCount(leads)) throw invalidInput(FN, "input", costPerLeadInputSchema, input);
  return ratio(spend, leads);
}
