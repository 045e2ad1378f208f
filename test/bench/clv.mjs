// CLV benchmark: BG/NBD fits on CDNOW and on simulated customer bases of growing size.
// Registered in test/bench/index.mjs by whoever owns it: `await clvSuite()`.
import { fitBgNbd, fitGammaGamma, rfmSummary } from "salesmetrics";
import { cdnowMaster, cdnowSummaryWithSpend } from "../_helpers/cdnow.mjs";
import { simulateBgNbd } from "../clv/simulate.mjs";
import { sink } from "./harness.mjs";

/** lifetimes' CDNOW summary (2,357 customers, weeks). */
const cdnow = cdnowSummaryWithSpend().map(({ frequency, recency, age, monetaryValue }) => ({
  frequency,
  recency,
  age,
  monetaryValue: frequency > 0 ? monetaryValue : null,
}));

/** CDNOW_master.txt as transactions (69,659 rows, 23,570 customers). */
const master = cdnowMaster();

/** Median wall time of `runs` calls, in ms. */
function time(run, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink.value += run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function clvSuite() {
  console.log("\nCLV model fits (median wall time; the fit groups identical (x, t_x, T) rows first)");
  console.log(`  ${"task".padEnd(58)} ${"ms".padStart(9)}  notes`);
  const row = (name, ms, notes = "") => console.log(`  ${name.padEnd(58)} ${ms.toFixed(1).padStart(9)}  ${notes}`);

  time(() => fitBgNbd(cdnow).iterations, 3); // warm-up
  const cdnowFit = fitBgNbd(cdnow);
  row(
    "fitBgNbd, CDNOW (2,357 customers, weeks)",
    time(() => fitBgNbd(cdnow).iterations, 15),
    `converged ${cdnowFit.converged}, ${cdnowFit.iterations} iterations (target: well under 1 s)`,
  );
  row(
    "fitGammaGamma, CDNOW (946 repeat buyers)",
    time(() => fitGammaGamma(cdnow).iterations, 15),
  );
  row(
    "rfmSummary, CDNOW_master (69,659 rows)",
    time(() => rfmSummary(master, { calibrationEnd: "1997-09-30", timeUnit: "day" }).length, 9),
  );

  // Simulated bases, recorded in whole days like real data: CDNOW's parameters with α in days,
  // first purchases spread over 12 weeks, observed for 39 weeks after the last of them.
  const params = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };
  const results = [];
  for (const customers of [10_000, 100_000, 1_000_000]) {
    const rows = simulateBgNbd(params, { customers, minAge: 273, maxAge: 357, seed: 42, days: true });
    const fit = fitBgNbd(rows);
    const groups = new Set(rows.map((r) => `${r.frequency}|${r.recency}|${r.age}`)).size;
    const ms = time(() => fitBgNbd(rows).iterations, customers >= 1_000_000 ? 3 : 5);
    results.push({ customers, ms });
    const { r, alpha, a, b } = fit.params;
    row(
      `fitBgNbd, ${customers.toLocaleString("en-US")} simulated customers (days)`,
      ms,
      `${groups.toLocaleString("en-US")} distinct rows; r ${r.toFixed(3)}, α ${(alpha / 7).toFixed(3)}/wk, a ${a.toFixed(3)}, b ${b.toFixed(3)}; converged ${fit.converged}`,
    );
  }
  const [small, , large] = results;
  const growth = Math.log(large.ms / small.ms) / Math.log(large.customers / small.customers);
  console.log(`  growth: time ∝ customers^${growth.toFixed(2)} from 10,000 to 1,000,000 (1 would be linear)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await clvSuite();
