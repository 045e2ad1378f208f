/**
 * One problem found in a function's input.
 *
 * @example
 * ```ts
 * import { KpiInputError, winRate, type KpiIssue } from "salesmetrics";
 *
 * let issues: readonly KpiIssue[] = [];
 * try {
 *   winRate({ won: -1, lost: 2.5 });
 * } catch (error) {
 *   if (error instanceof KpiInputError) issues = error.issues;
 * }
 * issues;
 * //=> [{ path: "won", message: "must be a non-negative integer (got -1)" }, { path: "lost", message: "must be a non-negative integer (got 2.5)" }]
 * ```
 */
export interface KpiIssue {
  /** Where the problem is, e.g. `won`, `stages[2].count`, `options.confidence`. */
  readonly path: string;
  /** What was required, and the value that was given, e.g. `must be a non-negative integer (got -1)`. */
  readonly message: string;
}

/**
 * The most issues a {@link KpiInputError} lists: 100. Beyond them the error only counts, in
 * `unlistedIssues` and `unlistedRows`, so a million bad rows cost no more memory than a hundred.
 *
 * @example
 * ```ts
 * import { KpiInputError, MAX_ISSUES, nps } from "salesmetrics";
 *
 * const scores = Array.from({ length: 250 }, () => 11);
 * let error: KpiInputError | undefined;
 * try {
 *   nps(scores);
 * } catch (caught) {
 *   if (caught instanceof KpiInputError) error = caught;
 * }
 * [MAX_ISSUES, error?.issues.length, error?.unlistedRows];
 * //=> [100, 100, 150]
 * ```
 */
export const MAX_ISSUES = 100;

/**
 * Thrown by every salesmetrics function for input it cannot accept.
 *
 * The message names the function, the field and the offending value:
 * `winRate: won must be a non-negative integer (got -1)`. `issues` lists the problems found,
 * at most {@link MAX_ISSUES} of them, so a form or an import can show them all at once; the
 * rest are counted in `unlistedIssues` and `unlistedRows`, and the message says how many.
 *
 * @example
 * ```ts
 * import { KpiInputError, winRate } from "salesmetrics";
 *
 * try {
 *   winRate({ won: -1, lost: 3 });
 * } catch (error) {
 *   if (error instanceof KpiInputError) console.log(error.fn, error.issues[0]?.path);
 * }
 * ```
 */
export class KpiInputError extends Error {
  /** Stable code for programmatic checks; the same for every input error. */
  readonly code = "ERR_KPI_INPUT" as const;
  /** The salesmetrics function that rejected the input. */
  readonly fn: string;
  /**
   * The problems found (field checks first, then rules across fields or rows), at most
   * {@link MAX_ISSUES}. Never empty.
   */
  readonly issues: readonly KpiIssue[];
  /** Further problems found but not listed in `issues`, because it holds {@link MAX_ISSUES}; usually 0. */
  readonly unlistedIssues: number;
  /**
   * Further rows of an array argument that are invalid too, counted exactly but not described:
   * once `issues` is full, a bad row is only counted. Each has at least one problem. Usually 0.
   */
  readonly unlistedRows: number;

  /**
   * @param fn - The function that rejected the input.
   * @param issues - The problems found; any beyond {@link MAX_ISSUES} are counted in `unlistedIssues`.
   * @param unlisted - Problems and rows already left out of `issues` (by default none).
   */
  constructor(fn: string, issues: readonly KpiIssue[], unlisted?: { readonly issues?: number; readonly rows?: number }) {
    const listed = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
    const unlistedIssues = (unlisted?.issues ?? 0) + issues.length - listed.length;
    const unlistedRows = unlisted?.rows ?? 0;
    super(formatMessage(fn, listed, unlistedIssues, unlistedRows));
    this.name = "KpiInputError";
    this.fn = fn;
    this.issues = listed;
    this.unlistedIssues = unlistedIssues;
    this.unlistedRows = unlistedRows;
  }
}

const ISSUES_IN_MESSAGE = 3;

function formatMessage(fn: string, issues: readonly KpiIssue[], unlistedIssues: number, unlistedRows: number): string {
  const shown = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length - shown.length + unlistedIssues;
  const rows =
    unlistedRows === 1 ? "; and 1 more invalid row" : unlistedRows > 1 ? `; and ${unlistedRows} more invalid rows` : "";
  return `${fn}: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}${rows}`;
}
