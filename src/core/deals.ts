import * as z from "zod/mini";

/**
 * The status of a deal: still open, or decided.
 *
 * @example
 * ```ts
 * import { dealStatusSchema } from "salesmetrics";
 *
 * dealStatusSchema.safeParse("won").success;
 * //=> true
 * // Statuses are lower case, and there are only three.
 * dealStatusSchema.safeParse("Closed Won").error?.issues[0]?.message;
 * //=> 'must be "won", "lost" or "open"'
 * ```
 */
export const dealStatusSchema = z.enum(["won", "lost", "open"], { error: 'must be "won", "lost" or "open"' });
/**
 * A deal's status: what {@link dealStatusSchema} accepts.
 *
 * @example
 * ```ts
 * import { pipelineSummary, type DealStatus } from "salesmetrics";
 *
 * const status: DealStatus = "lost";
 * const summary = pipelineSummary([
 *   { status: "open", amount: 12_000 },
 *   { status, closedAt: "2024-03-20" },
 * ]);
 * [summary.open.count, summary.lost.count];
 * //=> [1, 1]
 * ```
 */
export type DealStatus = z.output<typeof dealStatusSchema>;
