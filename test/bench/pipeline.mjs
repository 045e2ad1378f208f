import { pipelineSummary } from "salesmetrics";
import { runSuite, sink } from "./harness.mjs";

const N = 1_000_000;
const DAY = 86_400_000;
const start = Date.UTC(2023, 0, 1);
// A CRM export's shape: ISO dates, decimal-string amounts, open deals partly without amount.
export const deals = Array.from({ length: N }, (_, i) => {
  const created = start + (i % 700) * DAY;
  const kind = i % 10;
  if (kind < 3)
    return {
      status: "open",
      amount: kind === 0 ? null : `${(i % 90_000) + 1000}.50`,
      createdAt: new Date(created).toISOString(),
      owner: `rep${i % 40}`,
    };
  const closedAt = new Date(created + ((i % 120) + 1) * DAY).toISOString();
  if (kind < 6)
    return {
      status: "won",
      amount: `${(i % 90_000) + 1000}.25`,
      createdAt: new Date(created).toISOString(),
      closedAt,
      owner: `rep${i % 40}`,
    };
  return { status: "lost", createdAt: new Date(created).toISOString(), closedAt, owner: `rep${i % 40}` };
});

/** The loop an analyst would write: one pass, Date.parse, parseFloat, no validation, mean cycle only. */
function handWritten(rows) {
  let open = 0;
  let openValue = 0;
  let won = 0;
  let wonValue = 0;
  let lost = 0;
  let cycleMs = 0;
  for (let i = 0; i < rows.length; i++) {
    const deal = rows[i];
    if (deal.status === "open") {
      open++;
      if (deal.amount) openValue += parseFloat(deal.amount);
    } else if (deal.status === "won") {
      won++;
      wonValue += parseFloat(deal.amount);
      cycleMs += Date.parse(deal.closedAt) - Date.parse(deal.createdAt);
    } else lost++;
  }
  const winRate = won / (won + lost);
  return (open * winRate * (wonValue / won)) / (cycleMs / won / DAY) + openValue;
}

/** pipelineSummary over a million deals against the hand-written loop (issue #5: at most 3×), and its memory. */
export async function pipelineSuite() {
  await runSuite(
    `pipelineSummary, ${N.toLocaleString("en-US")} deals per task`,
    { name: "hand-written loop (Date.parse, parseFloat, unchecked)", run: () => (sink.value += handWritten(deals)) },
    [
      {
        name: "pipelineSummary (validated, exact, with median)",
        target: 3,
        run: () => (sink.value += pipelineSummary(deals).won.count),
      },
    ],
    { opsPerTask: N, time: 3000 },
  );
  if (typeof globalThis.gc === "function") {
    const used = () => {
      const memory = process.memoryUsage();
      return memory.heapUsed + memory.arrayBuffers; // typed arrays live outside the heap
    };
    globalThis.gc();
    const before = used();
    const summary = pipelineSummary(deals);
    const after = used();
    sink.value += summary.open.count;
    console.log(
      `  memory: ${((after - before) / 1e6).toFixed(1)} MB allocated during one call over ${N.toLocaleString("en-US")} deals` +
        ` (${((after - before) / N).toFixed(1)} bytes a deal, against ~${(before / N).toFixed(0)} bytes a deal of heap holding the records: they are not copied)`,
    );
  }
}
