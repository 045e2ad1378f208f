import * as z from "zod/mini";
import { KpiInputError } from "../core/errors.js";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { parsePeriodLabel, periodLabel, type ParsedPeriodLabel } from "../_internal/periods.js";
import { fieldsOf, invalidInput, isRecord } from "../_internal/validate.js";
import { LargeMap, LargeSet } from "../_internal/largeMap.js";
import { isCustomerId } from "../_internal/checks.js";
import { customerIdSchema } from "../core/ids.js";

const FN = "mrrMovements";

/** How the MRR bridges of disjoint sets of customers combine. */

const LABEL = "must be a period label such as 2024-03, 2024-Q1, 2024-W09, 2024-03-08 or 2024";

/**
 * One snapshot of {@link mrrMovements}: a customer's MRR in a period. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { mrrSnapshotSchema } from "salesmetrics";
 *
 * mrrSnapshotSchema.safeParse({ customerId: "acme", period: "2024-03", mrr: "99.00", plan: "pro" }).success;
 * //=> true
 * mrrSnapshotSchema.safeParse({ customerId: "acme", period: "March 2024", mrr: 99 }).error?.issues[0]?.message;
 * //=> "must be a period label such as 2024-03, 2024-Q1, 2024-W09, 2024-03-08 or 2024"
 * ```
 */
export const mrrSnapshotSchema = z.looseObject(
  {
    customerId: customerIdSchema,
    period: z.string({ error: LABEL }).check(z.refine((label) => parsePeriodLabel(label) !== null, { error: LABEL })),
    mrr: nonNegativeMoneySchema,
  },
  { error: "must be an object { customerId, period, mrr }" },
);

/**
 * The snapshots: one per customer and period at most, all periods of one kind (all months, say).
 *
 * @example
 * ```ts
 * import { mrrSnapshotsSchema } from "salesmetrics";
 *
 * mrrSnapshotsSchema.safeParse([
 *   { customerId: "acme", period: "2024-03", mrr: 99 },
 *   { customerId: "acme", period: "2024-04", mrr: 149 },
 * ]).success;
 * //=> true
 * // a month and a quarter in one list
 * mrrSnapshotsSchema.safeParse([
 *   { customerId: "acme", period: "2024-03", mrr: 99 },
 *   { customerId: "acme", period: "2024-Q2", mrr: 149 },
 * ]).error?.issues[0]?.path;
 * //=> [1, "period"]
 * ```
 */
export const mrrSnapshotsSchema = z.array(mrrSnapshotSchema, { error: "must be an array of { customerId, period, mrr }" }).check(
  z.superRefine((snapshots, context) => {
    // The periods seen per customer, not a Set of (customer, period) pairs: V8 holds at most 2^24
    // entries in a Set, and 1.1 million customers × 16 months are more. A customer's periods
    // are a label until the second, then a Set; customers beyond 2^24 chain (LargeMap).
    const seen = new LargeMap<string | number, string | Set<string>>();
    let kind: string | undefined;
    for (let i = 0; i < snapshots.length; i++) {
      const snapshot = snapshots[i] as { customerId: string | number; period: string };
      const parsed = parsePeriodLabel(snapshot.period);
      if (parsed === null) continue;
      kind ??= parsed.kind;
      if (parsed.kind !== kind) {
        context.issues.push({
          code: "custom",
          input: snapshot.period,
          path: [i, "period"],
          message: `must be a period of the same kind as the first (${kind})`,
        });
      }
      const periods = seen.get(snapshot.customerId);
      if (periods === undefined) {
        seen.set(snapshot.customerId, snapshot.period);
        continue;
      }
      if (periods === snapshot.period || (typeof periods !== "string" && periods.has(snapshot.period))) {
        context.issues.push({
          code: "custom",
          input: snapshot.period,
          path: [i, "period"],
          message: "must not repeat a snapshot of the same customer and period",
        });
      } else if (typeof periods === "string") {
        seen.set(snapshot.customerId, new Set([periods, snapshot.period]));
      } else {
        periods.add(snapshot.period);
      }
    }
  }),
);

/**
 * One customer's MRR in one period, given to {@link mrrMovements}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { mrrMovements, type MrrSnapshot } from "salesmetrics";
 *
 * // rows of a billing export, amounts as the CSV has them
 * const rows: MrrSnapshot[] = [
 *   { customerId: 1042, period: "2024-Q1", mrr: "299.00" },
 *   { customerId: 1042, period: "2024-Q2", mrr: "349.00" },
 * ];
 * mrrMovements(rows).movements;
 * //=> [{ period: "2024-Q2", customerId: 1042, type: "expansion", amount: 50 }]
 * ```
 */
export interface MrrSnapshot {
  /** The customer. */
  customerId: string | number;
  /** The period, as `revenueByPeriod` labels them: `2024-03`, `2024-Q1`, `2024-W09`, `2024-03-08`, `2024`. */
  period: string;
  /** The customer's monthly recurring revenue in that period, ≥ 0. */
  mrr: Money;
}

/**
 * The kind of an MRR movement, as ChartMogul classifies them.
 *
 * @example
 * ```ts
 * import { mrrMovements, type MrrMovementType } from "salesmetrics";
 *
 * const { movements } = mrrMovements([
 *   { customerId: "acme", period: "2024-01", mrr: 100 },
 *   { customerId: "acme", period: "2024-02", mrr: 150 },
 *   { customerId: "bolt", period: "2024-01", mrr: 80 },
 *   { customerId: "cori", period: "2024-02", mrr: 40 },
 * ]);
 * const gains: MrrMovementType[] = ["new", "expansion", "reactivation"];
 * movements.filter((movement) => gains.includes(movement.type)).map((movement) => movement.customerId);
 * //=> ["acme", "cori"]
 * ```
 */
export type MrrMovementType = "new" | "expansion" | "contraction" | "churned" | "reactivation";

/**
 * One customer's movement from one period to the next.
 *
 * @example
 * ```ts
 * import { mrrMovements, type MrrMovement } from "salesmetrics";
 *
 * const { movements } = mrrMovements([
 *   { customerId: "acme", period: "2024-01", mrr: 100 },
 *   { customerId: "acme", period: "2024-02", mrr: 150 },
 *   { customerId: "bolt", period: "2024-01", mrr: 80 },
 * ]);
 * const churned: MrrMovement[] = movements.filter((movement) => movement.type === "churned");
 * churned;
 * //=> [{ period: "2024-02", customerId: "bolt", type: "churned", amount: 80 }]
 * ```
 */
export interface MrrMovement {
  /** The period the movement happened in (the later of the two). */
  period: string;
  /** The customer. */
  customerId: string | number;
  /** What kind of movement it is. */
  type: MrrMovementType;
  /** The change in MRR, as a positive amount (churned and contraction amounts are losses). */
  amount: number;
}

/**
 * One period's MRR bridge: start + newMrr + expansion + reactivation − contraction − churned = end.
 *
 * @example
 * ```ts
 * import { mrrMovements, netRevenueRetention, type MrrPeriod } from "salesmetrics";
 *
 * const periods: MrrPeriod[] = mrrMovements([
 *   { customerId: "acme", period: "2024-01", mrr: 100 },
 *   { customerId: "acme", period: "2024-02", mrr: 150 },
 *   { customerId: "bolt", period: "2024-01", mrr: 80 },
 *   { customerId: "cori", period: "2024-02", mrr: 40 },
 * ]).periods;
 * // a period's bridge is the input of the MRR retention KPIs
 * periods.map((period) => netRevenueRetention(period));
 * //=> [0.8333]
 * ```
 */
export interface MrrPeriod {
  /** The period, labelled as in the snapshots. */
  period: string;
  /** MRR in the previous period. */
  startMrr: number;
  /** MRR of customers paying for the first time. */
  newMrr: number;
  /** MRR gained from paying customers who pay more. */
  expansion: number;
  /** MRR lost from paying customers who pay less (a positive amount). */
  contraction: number;
  /** MRR lost from customers who stopped paying (a positive amount). */
  churned: number;
  /** MRR of customers who paid before, stopped, and pay again. */
  reactivation: number;
  /** MRR in this period. */
  endMrr: number;
  /** Paying customers at the end of the period. */
  customers: number;
}

/**
 * MRR movements: each customer's change in monthly recurring revenue from one period to the
 * next, classified as ChartMogul does, and the totals per period that feed revenueChurn,
 * netRevenueRetention, grossRevenueRetention and quickRatio.
 *
 * Per customer, with `before` the MRR in the previous period and `after` in this one (a
 * customer without a snapshot has 0):
 * - new: before 0, after > 0, and never paying before;
 * - reactivation: before 0, after > 0, having paid in some earlier period;
 * - expansion: after > before > 0; contraction: 0 < after < before;
 * - churned: before > 0, after 0.
 * https://help.chartmogul.com/hc/en-us/articles/203299912
 *
 * Periods run from the first label to the last, gaps included: a period with no snapshot has
 * every customer at 0. The first period is the baseline: rows start with the second, so every
 * row is a complete bridge whose `startMrr` is the previous period's MRR. Sums are exact to the cent.
 *
 * @param snapshots - `{ customerId, period, mrr }`: a customer's MRR per period (extra fields ignored).
 * @returns `{ periods, movements }`: the bridge of each period after the first, oldest first,
 *   and every movement; both empty with fewer than two periods.
 * @throws {KpiInputError} When `snapshots` is not an array, a customer id or label is invalid,
 *   an MRR is negative or not an amount, labels mix kinds, a customer has two snapshots in one
 *   period, or the labels span more than 100,000 periods.
 *
 * @example
 * ```ts
 * import { mrrMovements } from "salesmetrics";
 *
 * const { periods } = mrrMovements([
 *   { customerId: "acme", period: "2024-01", mrr: 100 },
 *   { customerId: "acme", period: "2024-02", mrr: 150 },
 *   { customerId: "bolt", period: "2024-01", mrr: 80 },
 *   { customerId: "cori", period: "2024-02", mrr: 40 },
 * ]);
 * periods[0];
 * //=> { period: "2024-02", startMrr: 180, newMrr: 40, expansion: 50, contraction: 0, churned: 80, reactivation: 0, endMrr: 190, customers: 2 }
 * ```
 */
export function mrrMovements(snapshots: readonly MrrSnapshot[]): { periods: MrrPeriod[]; movements: MrrMovement[] } {
  const fail = (): never => {
    throw invalidInput(FN, "snapshots", mrrSnapshotsSchema, snapshots, isValidSnapshot);
  };
  if (!Array.isArray(snapshots)) fail();

  // MRR per customer per period ordinal.
  const byCustomer = new LargeMap<string | number, Map<number, number>>();
  let kind: ParsedPeriodLabel["kind"] | undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const snapshot of snapshots as readonly unknown[]) {
    const snapshotFields = fieldsOf(snapshot);
    const id = snapshotFields.customerId;
    const label = snapshotFields.period;
    const parsed = typeof label === "string" ? parsePeriodLabel(label) : null;
    const mrr = parseMoney(snapshotFields.mrr);
    if (!isCustomerId(id) || parsed === null || !(mrr >= 0) || (kind !== undefined && parsed.kind !== kind)) fail();
    kind = (parsed as ParsedPeriodLabel).kind;
    const ordinal = (parsed as ParsedPeriodLabel).ordinal;
    let periods = byCustomer.get(id as string | number);
    if (periods === undefined) {
      periods = new Map();
      byCustomer.set(id as string | number, periods);
    }
    if (periods.has(ordinal)) fail();
    periods.set(ordinal, mrr + 0);
    if (ordinal < first) first = ordinal;
    if (ordinal > last) last = ordinal;
  }
  if (kind === undefined) return { periods: [], movements: [] };
  if (last - first >= 100_000) {
    throw new KpiInputError(FN, [
      { path: "snapshots", message: `span ${last - first + 1} periods, more than 100000: check the labels` },
    ]);
  }

  const periods: MrrPeriod[] = [];
  const movements: MrrMovement[] = [];
  const everPaid = new LargeSet<string | number>();
  for (let ordinal = first + 1; ordinal <= last; ordinal++) {
    const period = periodLabel({ kind, ordinal });
    const sums = {
      start: new MoneySum(),
      new: new MoneySum(),
      expansion: new MoneySum(),
      contraction: new MoneySum(),
      churned: new MoneySum(),
      reactivation: new MoneySum(),
      end: new MoneySum(),
    };
    let customers = 0;
    for (const [customerId, mrrByPeriod] of byCustomer) {
      const after = mrrByPeriod.get(ordinal) ?? 0;
      if (after > 0) customers++;
      sums.end.add(after);
      const before = mrrByPeriod.get(ordinal - 1) ?? 0;
      sums.start.add(before);
      if (before > 0) everPaid.add(customerId);
      let type: MrrMovementType | undefined;
      if (before === 0 && after > 0) type = everPaid.has(customerId) ? "reactivation" : "new";
      else if (before > 0 && after === 0) type = "churned";
      else if (after > before && before > 0) type = "expansion";
      else if (after < before && after > 0) type = "contraction";
      if (type === undefined) continue;
      const amount = Math.abs(after - before);
      sums[type].add(amount);
      movements.push({ period, customerId, type, amount });
    }
    periods.push({
      period,
      startMrr: sums.start.value(FN, "snapshots"),
      newMrr: sums.new.value(FN, "snapshots"),
      expansion: sums.expansion.value(FN, "snapshots"),
      contraction: sums.contraction.value(FN, "snapshots"),
      churned: sums.churned.value(FN, "snapshots"),
      reactivation: sums.reactivation.value(FN, "snapshots"),
      endMrr: sums.end.value(FN, "snapshots"),
      customers,
    });
  }
  return { periods, movements };
}

/**
 * The loop's check of one snapshot, on its own (what {@link mrrSnapshotSchema} accepts): finds the
 * bad rows of a large array cheaply for the error. Rules across snapshots are the array schema's.
 */
function isValidSnapshot(snapshot: unknown): boolean {
  return (
    isRecord(snapshot) &&
    isCustomerId(snapshot.customerId) &&
    typeof snapshot.period === "string" &&
    parsePeriodLabel(snapshot.period) !== null &&
    parseMoney(snapshot.mrr) >= 0
  );
}
