// The error path at scale (issue #12, point 7): one bad row among a million, and a million bad
// rows, against the clean run of the same function over the same rows, in the same run.
// Target: the error path costs at most about 2× the clean run, and its error holds at most
// MAX_ISSUES issues however many rows are bad.
import { KpiInputError, leadResponseTime, MAX_ISSUES, pipelineSummary, revenueByPeriod } from "salesmetrics";
import { runSuite, sink } from "./harness.mjs";
import { deals } from "./pipeline.mjs";

const N = deals.length;
const BAD_AT = 123_456;

/** `rows` with row `at` replaced by `spoil(row)`; every row spoiled when `at` is "all". */
function spoiled(rows, at, spoil) {
  return at === "all" ? rows.map(spoil) : rows.map((row, i) => (i === at ? spoil(row) : row));
}

/** Calls `run`, which must throw a KpiInputError, and keeps its issue count alive. */
function expectError(run) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof KpiInputError)) throw error;
    sink.value += error.issues.length;
    return error;
  }
  throw new Error("expected a KpiInputError");
}

const records = deals.map((deal) => ({ date: deal.createdAt, amount: deal.amount ?? "0" }));
const leads = deals.map((deal) => ({ createdAt: deal.createdAt, firstResponseAt: deal.closedAt ?? null }));

const cases = [
  {
    name: "pipelineSummary",
    rows: deals,
    run: (rows) => pipelineSummary(rows).won.count,
    spoil: (deal) => ({ ...deal, amount: -1 }),
  },
  {
    name: "revenueByPeriod",
    rows: records,
    run: (rows) => revenueByPeriod(rows).length,
    spoil: (record) => ({ ...record, amount: "12,50" }),
  },
  {
    name: "leadResponseTime",
    rows: leads,
    run: (rows) => leadResponseTime(rows).responded,
    spoil: (lead) => ({ ...lead, createdAt: "2024-13-01" }),
  },
];

export async function errorsSuite() {
  const keptLines = [];
  for (const { name, rows, run, spoil } of cases) {
    const oneBad = spoiled(rows, BAD_AT, spoil);
    const allBad = spoiled(rows, "all", spoil);
    await runSuite(
      `${name}: the error path, ${N.toLocaleString("en-US")} rows per task (MAX_ISSUES = ${MAX_ISSUES})`,
      { name: `${name}, clean`, run: () => (sink.value += run(rows)) },
      [
        { name: `${name}, row ${BAD_AT} bad`, target: 2, run: () => expectError(() => run(oneBad)) },
        { name: `${name}, every row bad`, target: 2, run: () => expectError(() => run(allBad)) },
      ],
      { opsPerTask: N, time: 1000, iterations: 5 },
    );
    // What the error keeps: its issues (a million of them took 250 MB of heap before the cap).
    const error = expectError(() => run(allBad));
    const issueBytes = JSON.stringify(error.issues).length;
    keptLines.push(
      `  ${name}, every row bad: the error holds ${error.issues.length} issues (${(issueBytes / 1e3).toFixed(1)} kB as JSON),` +
        ` unlistedRows ${error.unlistedRows}; message ends "…${error.message.slice(-50)}"`,
    );
  }
  if (keptLines.length > 0)
    console.log(`\nwhat the error of a call over ${N.toLocaleString("en-US")} bad rows keeps\n${keptLines.join("\n")}`);
  console.log(`  peak resident memory of the whole run: ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
}
