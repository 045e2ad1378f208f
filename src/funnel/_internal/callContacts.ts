import type { $ZodType } from "zod/v4/core";
import { isCount } from "../../_internal/checks.js";
import { invalidInput, isRecord } from "../../_internal/validate.js";

/**
 * Shared check of connectRate and callsPerContact: two counts, contacts ≤ calls, or the input error
 * described by `schema` (their public `callContactsInputSchema`, passed in: internal code imports no KPI file).
 */
export function checkCallContacts(fn: string, input: { calls: number; contacts: number }, schema: $ZodType): { calls: number; contacts: number } {
  const calls = input?.calls;
  const contacts = input?.contacts;
  if (!isRecord(input) || !isCount(calls) || !isCount(contacts) || contacts > calls) {
    throw invalidInput(fn, "input", schema, input);
  }
  return { calls, contacts };
}
