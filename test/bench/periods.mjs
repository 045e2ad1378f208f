import { revenueByPeriod } from "salesmetrics";
import { runSuite, sink } from "./harness.mjs";

const N = 1_000_000;
// A CRM export's shape: ISO timestamps with an offset, amounts with cents, sorted by date.
const start = Date.UTC(2023, 0, 1);
const records = Array.from({ length: N }, (_, i) => ({
  date: new Date(start + Math.floor((i / N) * 730 * 86_400_000)).toISOString(),
  amount: ((i * 7919) % 100_000) / 100,
}));

/** revenueByPeriod over a million records against a hand-written Map loop (issue #3: at most 5×). */
export function periodsSuite() {
  return runSuite(
    `revenueByPeriod, ${N.toLocaleString("en-US")} records per task`,
    {
      name: "hand-written loop: month = date.slice(0, 7), Map sum",
      run() {
        const totals = new Map();
        for (let i = 0; i < N; i++) {
          const { date, amount } = records[i];
          const month = date.slice(0, 7);
          totals.set(month, (totals.get(month) ?? 0) + amount);
        }
        sink.value += totals.size;
      },
    },
    [
      {
        name: "revenueByPeriod, month, UTC (validated, exact)",
        target: 5,
        run() {
          sink.value += revenueByPeriod(records).length;
        },
      },
      {
        name: "revenueByPeriod, month, America/New_York",
        run() {
          sink.value += revenueByPeriod(records, { timeZone: "America/New_York" }).length;
        },
      },
      {
        name: "revenueByPeriod, ISO week, Europe/Berlin",
        run() {
          sink.value += revenueByPeriod(records, { period: "week", timeZone: "Europe/Berlin" }).length;
        },
      },
    ],
    { opsPerTask: N, time: 3000 },
  );
}
