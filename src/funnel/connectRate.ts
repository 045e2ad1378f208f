import * as z from "zod/mini";
import { countsNotAbove, notAbove } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf } from "../_internal/validate.js";

const FN = "connectRate";

/**
 * Input of {@link connectRate} and {@link callsPerContact}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { callContactsInputSchema } from "salesmetrics";
 *
 * callContactsInputSchema.safeParse({ calls: 500, contacts: 180 }).success;
 * //=> true
 * callContactsInputSchema.safeParse({ calls: 100, contacts: 180 }).error?.issues[0]?.message;
 * //=> "must not exceed calls, 100"
 * ```
 */
export const callContactsInputSchema = z
  .looseObject({ calls: countSchema, contacts: countSchema }, { error: "must be an object { calls, contacts }" })
  .check(notAbove("contacts", "calls"));

/**
 * Input of {@link connectRate} and {@link callsPerContact}: what {@link callContactsInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { callsPerContact, connectRate, type CallContactsInput } from "salesmetrics";
 *
 * const monday: CallContactsInput = { calls: 120, contacts: 30 };
 * connectRate(monday);
 * //=> 0.25
 * callsPerContact(monday);
 * //=> 4
 * ```
 */
export type CallContactsInput = z.input<typeof callContactsInputSchema>;

/**
 * Connect rate: contacts per call, the share of dials that reached a live person.
 *
 * `contacts ÷ calls`. Count as contacts only live conversations, not voicemail or an
 * immediate hang-up (those are "connections" in dialer reports). 100 dials, 7 conversations → 7 %.
 * https://www.convoso.com/blog/connection-rate-vs-contact-rate/
 *
 * @param input - `calls`: dials placed; `contacts`: live conversations among them (≤ `calls`).
 * @returns The connect rate as a fraction in [0, 1], or `null` when no call was made.
 * @throws {KpiInputError} When a count is not a non-negative integer or `contacts` exceeds `calls`.
 *
 * @example
 * ```ts
 * import { connectRate } from "salesmetrics";
 *
 * connectRate({ calls: 500, contacts: 180 });
 * //=> 0.36
 * ```
 */
export function connectRate(input: CallContactsInput): number | null {
  const fields = fieldsOf(input);
  const [contacts, calls] = countsNotAbove(FN, callContactsInputSchema, input, fields.contacts, fields.calls);
  return ratio(contacts, calls);
}
