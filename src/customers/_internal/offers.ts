import type { $ZodType } from "zod/v4/core";
import { isCount } from "../../_internal/checks.js";
import { invalidInput, isRecord } from "../../_internal/validate.js";

/**
 * Shared check of upsellRate and crossSellRate: two counts, accepted ≤ offered, or the input error
 * described by `schema` (their public `upsellRateInputSchema`, passed in: internal code imports no KPI file).
 */
export function checkOffers(fn: string, input: { accepted: number; offered: number }, schema: $ZodType): { accepted: number; offered: number } {
  const accepted = input?.accepted;
  const offered = input?.offered;
  if (!isRecord(input) || !isCount(accepted) || !isCount(offered) || accepted > offered) {
    throw invalidInput(fn, "input", schema, input);
  }
  return { accepted, offered };
}
