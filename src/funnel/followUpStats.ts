import * as z from "zod/mini";
import { isCount } from "../_internal/checks.js";
import { countSchema } from "../core/count.js";
import { ratio } from "../_internal/ratio.js";
import { invalidInput, isOptionsArgument, isRecord, optionsSchema } from "../_internal/validate.js";
import { LargeMap } from "../_internal/largeMap.js";

const FN = "followUpStats";

/**
 * One lead as given to {@link followUpStats}. Extra fields are ignored.
 *
 * @example
 * ```ts
 * import { followUpLeadSchema } from "salesmetrics";
 *
 * followUpLeadSchema.safeParse({ touches: 4, won: true }).success;
 * //=> true
 * // `won` may be left out.
 * followUpLeadSchema.safeParse({ touches: 2 }).success;
 * //=> true
 * followUpLeadSchema.safeParse({ touches: 3, won: "yes" }).error?.issues[0]?.message;
 * //=> "must be true or false when given"
 * ```
 */
export const followUpLeadSchema = z.looseObject(
  {
    touches: countSchema,
    won: z.optional(z.boolean({ error: "must be true or false when given" })),
  },
  { error: "must be an object { touches, won? }" },
);

/**
 * The leads of {@link followUpStats}: an array of {@link followUpLeadSchema} records.
 *
 * @example
 * ```ts
 * import { followUpLeadsSchema } from "salesmetrics";
 *
 * followUpLeadsSchema.safeParse([{ touches: 1 }, { touches: 4, won: true }]).success;
 * //=> true
 * followUpLeadsSchema.safeParse([{ touches: 1 }, { touches: 2.5 }]).error?.issues[0]?.path;
 * //=> [1, "touches"]
 * ```
 */
export const followUpLeadsSchema = z.array(followUpLeadSchema, { error: "must be an array of leads" });

const MIN_TOUCHES = "must be a positive integer";

/**
 * Options of {@link followUpStats}.
 *
 * @example
 * ```ts
 * import { followUpStatsOptionsSchema } from "salesmetrics";
 *
 * followUpStatsOptionsSchema.safeParse({ minTouches: 3 }).success;
 * //=> true
 * followUpStatsOptionsSchema.safeParse(undefined).success;
 * //=> true
 * followUpStatsOptionsSchema.safeParse({ minTouches: 0 }).error?.issues[0]?.message;
 * //=> "must be a positive integer"
 * ```
 */
export const followUpStatsOptionsSchema = optionsSchema({
  minTouches: z.int({ error: MIN_TOUCHES }).check(z.minimum(1, { error: MIN_TOUCHES })),
});

/**
 * One lead of {@link followUpStats}: what {@link followUpLeadSchema} accepts.
 *
 * @example
 * ```ts
 * import { followUpStats, type FollowUpLead } from "salesmetrics";
 *
 * const leads: FollowUpLead[] = [{ touches: 3 }, { touches: 5, won: true }, { touches: 8 }];
 * followUpStats(leads).meanTouches;
 * //=> 5.3333
 * ```
 */
export type FollowUpLead = z.input<typeof followUpLeadSchema>;
/**
 * Options of {@link followUpStats}: what {@link followUpStatsOptionsSchema} accepts.
 *
 * @example
 * ```ts
 * import { followUpStats, type FollowUpStatsOptions } from "salesmetrics";
 *
 * const options: FollowUpStatsOptions = { minTouches: 3 };
 * followUpStats([{ touches: 1 }, { touches: 3 }, { touches: 4, won: true }, { touches: 2 }], options).reachedMinTouchesRate;
 * //=> 0.5
 * ```
 */
export type FollowUpStatsOptions = z.input<typeof followUpStatsOptionsSchema>;

/**
 * Wins that came on one touch number, in {@link FollowUpStats.winsByTouch}.
 *
 * @example
 * ```ts
 * import { followUpStats, type WinsAtTouch } from "salesmetrics";
 *
 * const [first]: WinsAtTouch[] = followUpStats([
 *   { touches: 3, won: true },
 *   { touches: 3, won: true },
 *   { touches: 5, won: true },
 *   { touches: 1 },
 * ]).winsByTouch;
 * first;
 * //=> { touches: 3, wins: 2, share: 0.6667 }
 * ```
 */
export interface WinsAtTouch {
  /** The touch number the wins came on. */
  touches: number;
  /** Won leads whose win came on that touch. */
  wins: number;
  /** wins ÷ all wins. */
  share: number;
}

/**
 * The result of {@link followUpStats}.
 *
 * @example
 * ```ts
 * import { followUpStats, type FollowUpStats } from "salesmetrics";
 *
 * const stats: FollowUpStats = followUpStats([{ touches: 2 }, { touches: 6, won: true }, { touches: 7 }]);
 * [stats.count, stats.wins, stats.minTouches, stats.reachedMinTouches];
 * //=> [3, 1, 5, 2]
 * ```
 */
export interface FollowUpStats {
  /** Leads counted. */
  count: number;
  /** Leads won. */
  wins: number;
  /** Mean touches per lead; `null` with no lead. */
  meanTouches: number | null;
  /** Median touches per lead; `null` with no lead. */
  medianTouches: number | null;
  /** The threshold used for the two fields below. */
  minTouches: number;
  /** Leads touched at least `minTouches` times. */
  reachedMinTouches: number;
  /** reachedMinTouches ÷ count; `null` with no lead. */
  reachedMinTouchesRate: number | null;
  /** Won leads by the touch they were won on, fewest touches first; empty with no win. */
  winsByTouch: WinsAtTouch[];
}

/**
 * Follow-up (touch) statistics: how persistently leads are worked, and on which touch wins come.
 *
 * A touch is one attempt to reach a lead (a call, an email, a meeting). For a won lead,
 * `touches` counts the touches up to and including the one that won it, so `winsByTouch`
 * answers "on which touch do our wins come?". Widely repeated figures such as "80 % of sales
 * need five or more follow-ups" trace back to no findable study; measure your own instead.
 * https://realtormarketingandbranding.com/2012/08/23/statistics-on-the-importance-of-sales-follow-up-or-can-you-believe-everything-you-read-on-the-internet/
 *
 * Runs in one pass over the leads, keeping a tally per distinct touch count.
 *
 * @param leads - `{ touches, won? }` per lead: touches made (a count) and whether it was won.
 * @param options - `minTouches`: the threshold for `reachedMinTouches`, a positive integer; default 5.
 * @returns Counts, mean and median touches, the share of leads touched at least `minTouches`
 *   times, and the share of wins by touch number.
 * @throws {KpiInputError} When `leads` is not an array, a lead's `touches` is not a
 *   non-negative integer, `won` is given but not a boolean, or `minTouches` is not a positive integer.
 *
 * @example
 * ```ts
 * import { followUpStats } from "salesmetrics";
 *
 * const stats = followUpStats(
 *   [
 *     { touches: 1 },
 *     { touches: 2, won: true },
 *     { touches: 5 },
 *     { touches: 6, won: true },
 *   ],
 *   { minTouches: 5 },
 * );
 * stats.medianTouches;
 * //=> 3.5
 * stats.reachedMinTouchesRate;
 * //=> 0.5
 * stats.winsByTouch;
 * //=> [{ touches: 2, wins: 1, share: 0.5 }, { touches: 6, wins: 1, share: 0.5 }]
 * ```
 */
export function followUpStats(leads: readonly FollowUpLead[], options?: FollowUpStatsOptions): FollowUpStats {
  const minTouches = options?.minTouches === undefined ? 5 : options.minTouches;
  if (!isOptionsArgument(options) || !(isCount(minTouches) && minTouches >= 1)) {
    throw invalidInput(FN, "options", followUpStatsOptionsSchema, options);
  }
  if (!Array.isArray(leads)) throw invalidInput(FN, "leads", followUpLeadsSchema, leads);

  const leadsByTouches = new LargeMap<number, number>(); // distinct touch counts: up to one per lead
  const winsByTouches = new LargeMap<number, number>();
  let totalTouches = 0;
  let wins = 0;
  let reachedMinTouches = 0;
  for (const lead of leads) {
    const touches = lead?.touches;
    const won = lead?.won;
    if (!isValidLead(lead)) throw invalidInput(FN, "leads", followUpLeadsSchema, leads, isValidLead);
    totalTouches += touches;
    leadsByTouches.set(touches, (leadsByTouches.get(touches) ?? 0) + 1);
    if (touches >= minTouches) reachedMinTouches++;
    if (won === true) {
      wins++;
      winsByTouches.set(touches, (winsByTouches.get(touches) ?? 0) + 1);
    }
  }

  const count = leads.length;
  return {
    count,
    wins,
    meanTouches: ratio(totalTouches, count),
    medianTouches: count === 0 ? null : medianOfTally(leadsByTouches, count),
    minTouches,
    reachedMinTouches,
    reachedMinTouchesRate: ratio(reachedMinTouches, count),
    winsByTouch: [...winsByTouches.keys()]
      .sort((a, b) => a - b)
      .map((touches) => {
        const atTouch = winsByTouches.get(touches) as number;
        return { touches: touches + 0, wins: atTouch, share: atTouch / wins };
      }),
  };
}

/** The median of `count` integers given as value → how many times it occurs. */
function medianOfTally(tally: LargeMap<number, number>, count: number): number {
  const lowRank = Math.floor((count - 1) / 2); // 0-based ranks of the one or two middle values
  const highRank = Math.floor(count / 2);
  let seen = 0;
  let low: number | undefined;
  for (const value of [...tally.keys()].sort((a, b) => a - b)) {
    seen += tally.get(value) as number;
    if (low === undefined && seen > lowRank) low = value;
    if (seen > highRank) return ((low as number) + value) / 2 + 0;
  }
  throw new Error("medianOfTally: count exceeds the tally");
}

/** The fast check of one lead: what {@link followUpLeadSchema} accepts. */
function isValidLead(lead: unknown): lead is FollowUpLead {
  return isRecord(lead) && isCount(lead.touches) && (lead.won === undefined || typeof lead.won === "boolean");
}
