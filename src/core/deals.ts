import * as z from "zod/mini";

/** The status of a deal: still open, or decided. */
export const dealStatusSchema = z.enum(["won", "lost", "open"], { error: 'must be "won", "lost" or "open"' });
/** A deal's status: what {@link dealStatusSchema} accepts. */
export type DealStatus = z.output<typeof dealStatusSchema>;

export function isDealStatus(value: unknown): value is DealStatus {
  return value === "won" || value === "lost" || value === "open";
}
