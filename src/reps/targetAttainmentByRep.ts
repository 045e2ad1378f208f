import * as z from "zod/mini";
import { MoneySum, parseMoney } from "../_internal/money.js";
import { nonNegativeMoneySchema, type Money } from "../core/money.js";
import { ratio } from "../_internal/ratio.js";
import { fieldsOf, finiteResult, invalidInput } from "../_internal/validate.js";
import { LargeMap } from "../_internal/largeMap.js";

const FN = "targetAttainmentByRep";

const REP = "must be a non-empty string naming the rep";
const repSchema = z.string({ error: REP }).check(z.minLength(1, { error: REP }));

/**
 * One sale (a won deal, a booking) of {@link targetAttainmentByRep}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { repSaleSchema } from "salesmetrics";
 *
 * repSaleSchema.safeParse({ rep: "Ana", amount: "1200.50", dealId: "D-17" }).success;
 * //=> true
 * repSaleSchema.safeParse({ rep: "", amount: 1200 }).error?.issues[0]?.message;
 * //=> "must be a non-empty string naming the rep"
 * ```
 */
export const repSaleSchema = z.looseObject(
  { rep: repSchema, amount: nonNegativeMoneySchema },
  { error: "must be an object { rep, amount }" },
);

/**
 * One rep's target of {@link targetAttainmentByRep}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { repTargetSchema } from "salesmetrics";
 *
 * repTargetSchema.safeParse({ rep: "Ana", target: 250_000, quarter: "2024-Q2" }).success;
 * //=> true
 * repTargetSchema.safeParse({ owner: "Ana", target: 250_000 }).error?.issues[0]?.path;
 * //=> ["rep"]
 * ```
 */
export const repTargetSchema = z.looseObject(
  { rep: repSchema, target: nonNegativeMoneySchema },
  { error: "must be an object { rep, target }" },
);

/**
 * Input of {@link targetAttainmentByRep}: every rep once in `targets`, and sales only by those reps.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRepInputSchema } from "salesmetrics";
 *
 * const targets = [{ rep: "Ana", target: 250_000 }, { rep: "Ben", target: 20_000 }];
 * targetAttainmentByRepInputSchema.safeParse({ sales: [{ rep: "Ana", amount: 120_000 }], targets }).success;
 * //=> true
 * // a misspelt rep is an error, not a sale dropped silently
 * targetAttainmentByRepInputSchema.safeParse({ sales: [{ rep: "Anna", amount: 120_000 }], targets }).error?.issues[0]?.path;
 * //=> ["sales", 0, "rep"]
 * ```
 */
export const targetAttainmentByRepInputSchema = z
  .looseObject(
    {
      sales: z.array(repSaleSchema, { error: "must be an array of { rep, amount }" }),
      targets: z.array(repTargetSchema, { error: "must be an array of { rep, target }" }),
    },
    { error: "must be an object { sales, targets }" },
  )
  .check(
    z.superRefine((input, context) => {
      if (!Array.isArray(input.targets)) return;
      const firstAt = new LargeMap<string, number>();
      input.targets.forEach((entry: unknown, i: number) => {
        const rep = fieldsOf(entry).rep;
        if (typeof rep !== "string" || rep === "") return;
        const first = firstAt.get(rep);
        if (first === undefined) firstAt.set(rep, i);
        else
          context.issues.push({
            code: "custom",
            input: rep,
            path: ["targets", i, "rep"],
            message: `appears twice: already at targets[${first}]`,
          });
      });
      if (!Array.isArray(input.sales)) return;
      input.sales.forEach((sale: unknown, i: number) => {
        const rep = fieldsOf(sale).rep;
        if (typeof rep === "string" && rep !== "" && !firstAt.has(rep)) {
          context.issues.push({
            code: "custom",
            input: rep,
            path: ["sales", i, "rep"],
            message: "has no entry in targets: give every rep who sells a target (0 if none)",
          });
        }
      });
    }),
  );

/**
 * One sale given to {@link targetAttainmentByRep}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRep, type RepSale } from "salesmetrics";
 *
 * // won deals from a CRM, with fields targetAttainmentByRep does not read
 * const deals = [
 *   { rep: "Ana", amount: 120_000, stage: "Closed Won" },
 *   { rep: "Ana", amount: "80000.00", stage: "Closed Won" },
 * ] as const;
 * const sales: readonly RepSale[] = deals;
 * targetAttainmentByRep({ sales, targets: [{ rep: "Ana", target: 250_000 }] }).reps[0]?.actual;
 * //=> 200000
 * ```
 */
export interface RepSale {
  /** The rep credited with the sale (deal owner). */
  rep: string;
  /** Amount of the sale, ≥ 0. */
  amount: Money;
}

/**
 * One rep's target given to {@link targetAttainmentByRep}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRep, type RepTarget } from "salesmetrics";
 *
 * // Ben has no quota: a target of 0 keeps his sales in the team total
 * const targets: RepTarget[] = [{ rep: "Ana", target: 250_000 }, { rep: "Ben", target: 0 }];
 * const result = targetAttainmentByRep({ sales: [{ rep: "Ana", amount: 200_000 }, { rep: "Ben", amount: 5000 }], targets });
 * result.reps.map((rep) => rep.attainment);
 * //=> [0.8, null]
 * result.team.actual;
 * //=> 205000
 * ```
 */
export interface RepTarget {
  /** The rep. */
  rep: string;
  /** The rep's target (quota) for the period, ≥ 0. */
  target: Money;
}

/**
 * Input of {@link targetAttainmentByRep}: what {@link targetAttainmentByRepInputSchema} accepts.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRep, type TargetAttainmentByRepInput } from "salesmetrics";
 *
 * const q2: TargetAttainmentByRepInput = {
 *   sales: [{ rep: "Ana", amount: 200_000 }, { rep: "Ben", amount: 30_000 }],
 *   targets: [{ rep: "Ana", target: 250_000 }, { rep: "Ben", target: 20_000 }],
 * };
 * targetAttainmentByRep(q2).team;
 * //=> { actual: 230000, target: 270000, attainment: 0.8519 }
 * ```
 */
export interface TargetAttainmentByRepInput {
  /** Sales of the period, each credited to one rep. */
  sales: readonly RepSale[];
  /** One target per rep. */
  targets: readonly RepTarget[];
}

/**
 * One rep in the result of {@link targetAttainmentByRep}.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRep, type RepAttainment } from "salesmetrics";
 *
 * const { reps } = targetAttainmentByRep({
 *   sales: [{ rep: "Ana", amount: 200_000 }, { rep: "Ben", amount: 30_000 }],
 *   targets: [{ rep: "Ana", target: 250_000 }, { rep: "Ben", target: 20_000 }],
 * });
 * const ben: RepAttainment | undefined = reps.find((rep) => rep.rep === "Ben");
 * ben;
 * //=> { rep: "Ben", actual: 30000, target: 20000, attainment: 1.5 }
 * ```
 */
export interface RepAttainment {
  /** The rep. */
  rep: string;
  /** Sum of the rep's sales. */
  actual: number;
  /** The rep's target. */
  target: number;
  /** actual ÷ target as a fraction (1 = target met), `null` when the target is 0. */
  attainment: number | null;
}

/**
 * The result of {@link targetAttainmentByRep}.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRep, type TargetAttainmentByRep } from "salesmetrics";
 *
 * const quarter: TargetAttainmentByRep = targetAttainmentByRep({
 *   sales: [{ rep: "Ana", amount: 200_000 }, { rep: "Ben", amount: 30_000 }, { rep: "Cleo", amount: 100_000 }],
 *   targets: [{ rep: "Ana", target: 250_000 }, { rep: "Ben", target: 20_000 }, { rep: "Cleo", target: 100_000 }],
 * });
 * quarter.repsAtTarget;
 * //=> 2
 * quarter.shareAtTarget;
 * //=> 0.6667
 * ```
 */
export interface TargetAttainmentByRep {
  /** Every rep, in the order of `targets`. */
  reps: RepAttainment[];
  /** The whole team: Σ actual, Σ target and their ratio (`null` when the targets add up to 0). */
  team: {
    /** Σ actual over the reps. */
    actual: number;
    /** Σ target over the reps. */
    target: number;
    /** actual ÷ target; `null` when the targets add up to 0. */
    attainment: number | null;
  };
  /** Reps whose attainment is 1 or more. */
  repsAtTarget: number;
  /** repsAtTarget ÷ reps with a target above 0; `null` when there is none. */
  shareAtTarget: number | null;
}

/**
 * Sales target (quota) attainment per rep, from the period's sales records.
 *
 * For each rep, `Σ amount of their sales ÷ their target` (prowi.io: 200,000 against a quota of
 * 250,000 is 0.8). The team figure is Σ sales ÷ Σ targets, not the mean of the reps' figures,
 * which would weigh a small target as much as a big one. `shareAtTarget` is the share of reps at
 * or above target; prowi.io cites the Alexander Group's 60–70 % as healthy. Pass the sales of
 * one period (filtered by close date) and the targets of the same period. Sums are exact to the cent.
 * https://prowi.io/en/glossary/quota-attainment
 *
 * Every rep appears once in `targets`, with a target of 0 if they have none; a sale by a rep
 * missing from `targets` is an error, since it usually means a misspelt name that would
 * otherwise drop the sale silently.
 *
 * @param input - `sales`: `{ rep, amount }` records (amounts ≥ 0); `targets`: `{ rep, target }`
 *   per rep (targets ≥ 0).
 * @returns Each rep's actual, target and attainment, the team's, and how many reps met their target.
 * @throws {KpiInputError} When a record is not an object, a rep is not a non-empty string, an
 *   amount is negative or not an amount, a rep appears twice in `targets`, a sale names a rep
 *   without a target, or an attainment would exceed the float range.
 *
 * @example
 * ```ts
 * import { targetAttainmentByRep } from "salesmetrics";
 *
 * const result = targetAttainmentByRep({
 *   sales: [
 *     { rep: "Ana", amount: 120_000 },
 *     { rep: "Ben", amount: 30_000 },
 *     { rep: "Ana", amount: 80_000 },
 *   ],
 *   targets: [
 *     { rep: "Ana", target: 250_000 },
 *     { rep: "Ben", target: 20_000 },
 *   ],
 * });
 * result.reps[0];
 * //=> { rep: "Ana", actual: 200000, target: 250000, attainment: 0.8 }
 * result.team;
 * //=> { actual: 230000, target: 270000, attainment: 0.8519 }
 * result.shareAtTarget;
 * //=> 0.5
 * ```
 */
export function targetAttainmentByRep(input: TargetAttainmentByRepInput): TargetAttainmentByRep {
  const fail = () => invalidInput(FN, "input", targetAttainmentByRepInputSchema, input);
  const fields = fieldsOf(input);
  const sales = fields.sales;
  const targets = fields.targets;
  if (!Array.isArray(sales) || !Array.isArray(targets)) throw fail();

  const byRep = new LargeMap<string, { target: number; sum: MoneySum }>(); // one per target: may pass 2^24
  for (const entry of targets as readonly unknown[]) {
    const entryFields = fieldsOf(entry);
    const rep = entryFields.rep;
    const target = parseMoney(entryFields.target);
    if (typeof rep !== "string" || rep === "" || !(target >= 0) || byRep.has(rep)) throw fail();
    byRep.set(rep, { target, sum: new MoneySum() });
  }
  for (const sale of sales as readonly unknown[]) {
    const saleFields = fieldsOf(sale);
    const rep = saleFields.rep;
    const amount = parseMoney(saleFields.amount);
    const entry = typeof rep === "string" ? byRep.get(rep) : undefined;
    if (entry === undefined || !(amount >= 0)) throw fail();
    entry.sum.add(amount);
  }

  const teamActual = new MoneySum();
  const teamTarget = new MoneySum();
  const reps: RepAttainment[] = [];
  let repsAtTarget = 0;
  let repsWithTarget = 0;
  for (const [rep, { target, sum }] of byRep) {
    const actual = sum.value(FN, "sales");
    const share = ratio(actual, target);
    const attainment = share === null ? null : finiteResult(FN, "targets", share);
    if (attainment !== null) {
      repsWithTarget++;
      if (attainment >= 1) repsAtTarget++;
    }
    teamActual.add(actual);
    teamTarget.add(target);
    reps.push({ rep, actual, target: target + 0, attainment });
  }
  const actual = teamActual.value(FN, "sales");
  const target = teamTarget.value(FN, "targets");
  const teamShare = ratio(actual, target);
  return {
    reps,
    team: { actual, target, attainment: teamShare === null ? null : finiteResult(FN, "targets", teamShare) },
    repsAtTarget,
    shareAtTarget: ratio(repsAtTarget, repsWithTarget),
  };
}
