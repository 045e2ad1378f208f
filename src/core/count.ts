import * as z from "zod/mini";

const COUNT = "must be a non-negative integer";

/**
 * A count of leads, deals, calls or customers: a non-negative safe integer.
 * The schema is the definition; `isCount` (internal) is its fast twin for the happy path.
 *
 * @example
 * ```ts
 * import { countSchema } from "salesmetrics";
 *
 * countSchema.safeParse(42).success;
 * //=> true
 * // A CSV cell must be converted first: the string "42" is not a count.
 * countSchema.safeParse("42").success;
 * //=> false
 * countSchema.safeParse(2.5).error?.issues[0]?.message;
 * //=> "must be a non-negative integer"
 * ```
 */
export const countSchema = z.int({ error: COUNT }).check(z.minimum(0, { error: COUNT }));
