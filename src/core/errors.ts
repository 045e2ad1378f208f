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
 * Thrown by every salesmetrics function for input it cannot accept.
 *
 * The message names the function, the field and the offending value:
 * `winRate: won must be a non-negative integer (got -1)`. `issues` lists every
 * problem found, so a form or an import can show them all at once.
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
  /** Every problem found (field checks first, then rules across fields or rows). Never empty. */
  readonly issues: readonly KpiIssue[];

  constructor(fn: string, issues: readonly KpiIssue[]) {
    super(formatMessage(fn, issues));
    this.name = "KpiInputError";
    this.fn = fn;
    this.issues = issues;
  }
}

const ISSUES_IN_MESSAGE = 3;

function formatMessage(fn: string, issues: readonly KpiIssue[]): string {
  const shown = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length - shown.length;
  return `${fn}: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
