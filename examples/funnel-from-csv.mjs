// Prints the stage funnel of a CRM export:
//
//   node examples/funnel-from-csv.mjs [export.csv]
//
// Without an argument it reads the sample, examples/data/crm-export.csv. Your own export needs
// one row per deal with at least these columns (others are ignored):
//   stage   lead | qualified | proposal | negotiation | won: the stage the deal is in now or,
//           for a lost deal, the stage it was lost at
//   status  won | lost | open
// A deal is counted at every stage up to the one it reached, so each stage holds the deals
// that got at least that far, and the counts never grow down the funnel.

import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv, requireColumns } from "./read-csv.mjs";

const { funnel } = await import("salesmetrics").catch(() => {
  console.error('Cannot load salesmetrics: run "npm run build" first.');
  process.exit(1);
});

const STAGES = ["lead", "qualified", "proposal", "negotiation", "won"];
const STATUSES = ["won", "lost", "open"];

/** How far a deal got, as an index into STAGES. Case and surrounding spaces are ignored. */
function reached(deal, row) {
  const stage = deal.stage.trim().toLowerCase();
  const status = deal.status.trim().toLowerCase();
  const where = `data row ${row + 1}`;
  if (!STATUSES.includes(status)) {
    throw new Error(`${where}: status "${deal.status}" is not one of ${STATUSES.join(", ")}`);
  }
  if (status === "won") return STAGES.length - 1;
  const index = STAGES.indexOf(stage);
  if (index < 0 || index === STAGES.length - 1) {
    const which = status === "lost" ? "the stage it was lost at" : "the stage it is in";
    const allowed = STAGES.slice(0, -1).join(", ");
    throw new Error(`${where}: a ${status} deal needs ${which}, one of ${allowed} (got "${deal.stage}")`);
  }
  return index;
}

function main(path) {
  const deals = readCsv(path);
  requireColumns(deals, ["stage", "status"], path, "funnel-from-csv");
  const furthest = deals.map(reached);
  const result = funnel(STAGES.map((name, k) => ({ name, count: furthest.filter((index) => index >= k).length })));

  const pct = (fraction) => (fraction === null ? "n/a" : `${(fraction * 100).toFixed(1)} %`);
  const rows = [["stage", "deals", "step", "cumulative"]];
  for (const s of result.stages) rows.push([s.name, String(s.count), pct(s.stepRate), pct(s.cumulativeRate)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));

  const open = deals.filter((deal) => deal.status.trim().toLowerCase() === "open").length;
  console.log(`Funnel of ${relative(process.cwd(), path)}: ${deals.length} deals, ${open} still open\n`);
  for (const row of rows) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  }
  console.log(`\nend to end (won ÷ all deals): ${pct(result.endToEndRate)}`);
}

const arg = process.argv[2];
if (arg === "--help" || arg === "-h") {
  console.log("usage: node examples/funnel-from-csv.mjs [export.csv]   (default: the sample export)");
} else {
  try {
    main(arg ?? fileURLToPath(new URL("./data/crm-export.csv", import.meta.url)));
  } catch (error) {
    console.error(`funnel-from-csv: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
