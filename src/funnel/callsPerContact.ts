import { ratio } from "../_internal/ratio.js";
import { countsNotAbove } from "../_internal/checks.js";
import { fieldsOf } from "../_internal/validate.js";
import { callContactsInputSchema, type CallContactsInput } from "./connectRate.js";

const FN = "callsPerContact";

/**
 * Calls per contact: how many dials it takes to reach one live person.
 *
 * `calls ÷ contacts`, the inverse of {@link connectRate}: 100 dials for 7 conversations is
 * about 14.3 dials a contact. Use it to turn a contact target into a call target.
 * https://getgangly.com/glossary/connect-rate
 *
 * @param input - `calls`: dials placed; `contacts`: live conversations among them (≤ `calls`).
 * @returns Calls per contact (≥ 1), or `null` when there was no contact.
 * @throws {KpiInputError} When a count is not a non-negative integer or `contacts` exceeds `calls`.
 *
 * @example
 * ```ts
 * import { callsPerContact } from "salesmetrics";
 *
 * callsPerContact({ calls: 100, contacts: 7 });
 * //=> 14.29
 * callsPerContact({ calls: 40, contacts: 0 });
 * //=> null
 * ```
 */
export function callsPerContact(input: CallContactsInput): number | null {
  const fields = fieldsOf(input);
  const [contacts, calls] = countsNotAbove(FN, callContactsInputSchema, input, fields.contacts, fields.calls);
  return ratio(calls, contacts);
}
