import * as z from "zod/mini";

const CUSTOMER_ID = "must be a customer id: a non-empty string or a finite number";

/**
 * A customer id as CRMs and billing systems export it: a non-empty string or a number. Ids are
 * compared as given, so `1042` and `"1042"` are two customers: read ids from all sources as
 * the same type.
 *
 * @example
 * ```ts
 * import { customerIdSchema } from "salesmetrics";
 *
 * customerIdSchema.safeParse("cus_123").success;
 * //=> true
 * customerIdSchema.safeParse(1042).success;
 * //=> true
 * // an empty CSV cell is no id
 * customerIdSchema.safeParse("").success;
 * //=> false
 * customerIdSchema.safeParse(null).error?.issues[0]?.message;
 * //=> "must be a customer id: a non-empty string or a finite number"
 * ```
 */
export const customerIdSchema = z.union(
  [z.string({ error: CUSTOMER_ID }).check(z.minLength(1, { error: CUSTOMER_ID })), z.number({ error: CUSTOMER_ID })],
  { error: CUSTOMER_ID },
);
