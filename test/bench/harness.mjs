// Shared bench harness: each suite has a baseline and candidates measured in the same run;
// every figure is reported as a ratio to that baseline (steadier across machines than times).
import { Bench } from "tinybench";

/**
 * Runs one suite and prints its table.
 * @param {string} title
 * @param {{ name: string, run: () => unknown }} baseline
 * @param {{ name: string, run: () => unknown, target?: number }[]} candidates - `target`: the largest acceptable ratio.
 * @param {{ opsPerTask: number, time?: number, iterations?: number }} options - calls of the measured function per
 *   task run; `time` (ms) and `iterations` are the minimum each task runs (tinybench: both must be met).
 */
export async function runSuite(title, baseline, candidates, { opsPerTask, time = 1000, iterations = 64 }) {
  const bench = new Bench({ time, iterations, warmupTime: 200, warmupIterations: Math.min(16, iterations) });
  for (const task of [baseline, ...candidates]) bench.add(task.name, task.run);
  await bench.run();

  const nsPerOp = (name) => (bench.getTask(name).result.latency.mean * 1e6) / opsPerTask;
  const base = nsPerOp(baseline.name);
  console.log(`\n${title}`);
  console.log(`  ${"task".padEnd(56)} ${"ns/op".padStart(10)} ${"ratio".padStart(8)}  target`);
  const rows = [];
  for (const task of [baseline, ...candidates]) {
    const ns = nsPerOp(task.name);
    const ratio = ns / base;
    const verdict = task.target === undefined ? "" : ratio <= task.target ? `≤ ${task.target}× ok` : `≤ ${task.target}× MISSED`;
    console.log(`  ${task.name.padEnd(56)} ${ns.toFixed(2).padStart(10)} ${ratio.toFixed(2).padStart(7)}×  ${verdict}`);
    rows.push({ name: task.name, nsPerOp: ns, ratio });
  }
  return rows;
}

/** Keeps results alive so the JIT cannot drop the work being measured. */
export const sink = { value: 0 };
