import { cohortRetention } from "salesmetrics";
import { cdnowMaster } from "../_helpers/cdnow.mjs";
import { runSuite, sink } from "./harness.mjs";

/** The CDNOW master transactions, as the tests read them (69,659 rows), without the amounts. */
const cdnow = cdnowMaster().map(({ customerId, date }) => ({ customerId, date }));

/** A million synthetic orders from 100,000 customers over two years, sorted by date. */
const N = 1_000_000;
const start = Date.UTC(2023, 0, 1);
const synthetic = Array.from({ length: N }, (_, i) => ({
  customerId: `c${(i * 48_271) % 100_000}`,
  date: new Date(start + Math.floor((i / N) * 730 * 86_400_000)).toISOString(),
}));

/**
 * The loop an analyst would write: one pass, a Map of first months, a Set of (customer, offset)
 * seen, a Map of counts. Correct only when each customer's first order comes first (true of
 * both data sets here: CDNOW is sorted by customer and date, the synthetic set by date).
 */
function handWritten(rows) {
  const first = new Map();
  const seen = new Set();
  const counts = new Map();
  for (let i = 0; i < rows.length; i++) {
    const { customerId, date } = rows[i];
    const month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    let cohort = first.get(customerId);
    if (cohort === undefined) {
      cohort = month;
      first.set(customerId, month);
    }
    const mark = `${customerId}:${month - cohort}`;
    if (!seen.has(mark)) {
      seen.add(mark);
      const cell = cohort * 10_000 + (month - cohort);
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
  }
  return counts.size;
}

/** cohortRetention against the hand-written loop (issue #4: at most 3×). */
export async function cohortsSuite() {
  for (const [title, rows] of [
    ["CDNOW_master", cdnow],
    ["1,000,000 synthetic orders", synthetic],
  ]) {
    await runSuite(
      `cohortRetention, ${title} (${rows.length.toLocaleString("en-US")} rows per task)`,
      { name: "hand-written single-pass Map loop", run: () => (sink.value += handWritten(rows)) },
      [
        {
          name: "cohortRetention (validated, any row order)",
          target: 3,
          run: () => (sink.value += cohortRetention(rows).cohorts.length),
        },
      ],
      { opsPerTask: rows.length, time: 2000 },
    );
  }
}
