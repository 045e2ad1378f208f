// Prints the per-rep league table of a CRM export, ranked by the lower bound of each rep's
// win rate, with the pipeline summary of the whole team:
//
//   node examples/pipeline-league-table.mjs [export.csv]
//
// Without an argument it reads the sample, examples/data/crm-export.csv. Not every export works
// as it is: the file needs one row per deal with exactly these column names (others are
// ignored), and it stops with a message naming any that are missing:
//   owner       the rep
//   status      won | lost | open (other CRM codes, such as "Won" or "Engaging", need mapping first)
//   amount      may be empty for open deals
//   created_at  ISO dates (2024-03-08 or 2024-03-08 14:30:00)
//   closed_at   the same; empty for open deals

import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv, requireColumns } from "./read-csv.mjs";

const file = process.argv[2] ?? fileURLToPath(new URL("data/crm-export.csv", import.meta.url));
const rows = readCsv(file);
requireColumns(rows, ["owner", "status", "amount", "created_at", "closed_at"], file, "pipeline-league-table");

const { groupKpi, pipelineSummary, rateInterval, KpiInputError } = await import("salesmetrics").catch(() => {
  console.error('Cannot load salesmetrics: run "npm run build" first.');
  process.exit(1);
});

// CSV cells are strings: an empty one means "not given", which the library wants as null.
const deals = rows.map((row) => ({
  owner: row.owner,
  status: row.status,
  amount: row.amount === "" ? null : row.amount,
  createdAt: row.created_at === "" ? null : row.created_at,
  closedAt: row.closed_at === "" ? null : row.closed_at,
}));

const pct = (x) => (x === null ? "n/a" : `${(x * 100).toFixed(1)} %`);
const money = (x) => (x === null ? "n/a" : Math.round(x).toLocaleString("en-US"));

try {
  const team = pipelineSummary(deals);
  const table = groupKpi(deals, "owner", (group) => {
    const summary = pipelineSummary(group);
    const interval = rateInterval({ successes: summary.won.count, trials: summary.won.count + summary.lost.count });
    return { summary, interval };
  });
  table.sort((a, b) => (b.value.interval?.lower ?? -1) - (a.value.interval?.lower ?? -1));

  console.log(`Pipeline league table: ${relative(process.cwd(), file)}, ${deals.length} deals\n`);
  const header = ["#", "rep", "won", "lost", "open", "win rate", "95 % interval", "won value", "cycle (median days)"];
  const rows = table.map(({ group, value: { summary, interval } }, i) => [
    String(i + 1),
    String(group),
    String(summary.won.count),
    String(summary.lost.count),
    String(summary.open.count),
    pct(summary.winRate),
    interval === null ? "n/a" : `${pct(interval.lower)} – ${pct(interval.upper)}`,
    money(summary.won.value),
    summary.medianCycleDays === null ? "n/a" : summary.medianCycleDays.toFixed(0),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("\nRanked by the lower bound of the win rate: a rep with few decided deals has a wide");
  console.log("interval and cannot top the table on luck.\n");
  console.log(
    `Team: ${team.open.count} open deals worth ${money(team.open.value)}` +
      (team.open.withoutAmount > 0 ? ` (${team.open.withoutAmount} without an amount yet)` : "") +
      `; win rate ${pct(team.winRate)}, close ratio ${pct(team.closeRatio)};` +
      ` average won deal ${money(team.averageWonDealSize)}; cycle ${team.meanCycleDays?.toFixed(1)} days (mean),` +
      ` ${team.medianCycleDays?.toFixed(0)} (median); velocity ${money(team.velocityPerDay)} a day.`,
  );
} catch (error) {
  if (!(error instanceof KpiInputError)) throw error;
  console.error(`${relative(process.cwd(), file)}: ${error.message}`);
  process.exit(1);
}
