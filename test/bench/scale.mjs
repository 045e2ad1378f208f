// The scale group (issue #13): rows per second and memory per record of five functions over N
// synthetic records (BENCH_ROWS, default 1,000,000), each function in its own child process so
// that one function's garbage, JIT state or crash cannot touch another's figures.
//
// Memory, per record (N divides every figure):
// - held: heap the records themselves take (used heap after building them, minus before, both
//   after a full GC). The records are plain objects with fresh strings, as a CSV parser makes them.
// - peak heap: the most old-generation heap above the held level while the function runs. Used
//   heap only grows between collections, so its maximum is reached just before one of them or at
//   the end; v8.GCProfiler records the heap before every collection (from V8's GC callbacks, so
//   it sees inside the synchronous call), and this takes the largest of those, the end value, and
//   the heap after a full GC that keeps the result. The young generation is left out: its garbage
//   is bounded by a semi-space (16 MiB) whatever N, so at 1M rows it would add a fixed ~16 B/rec
//   that does not grow with N. Old-generation garbage not yet collected counts, so this bounds the
//   call's need from above.
// - typed arrays: the same peak for external memory (ArrayBuffer backing stores: the typed
//   arrays some functions index rows with). They live outside the V8 heap and its limit.
// - peak RSS: the child's resident-set high-water mark (getrusage maxRSS) above its RSS before the
//   call; "≤" marks a call that did not raise the mark set while building the records.
// Max rows in the heap: 0.85 × heap_size_limit ÷ (held + peak heap), a linear estimate from N.
// The 0.85 leaves V8 the headroom it needs near its limit, as real runs on the default heap
// (4,144 MiB) found it: leadResponseTime over 30M leads (records at 86 % of the limit) and
// rfmSummary over 24M orders (records and call at 86 %) ran; rfmSummary over 26M (92 %) and
// pipelineSummary over 24M deals (95 %) ran out of heap in the call, and pipelineSummary over 28M
// while building the records.
// Check an estimate with a real run, a few minutes each: `BENCH_ROWS=20000000
// BENCH_SCALE=rfmSummary npm run bench -- scale` (a child out of heap is reported, with how many
// records it had built). NODE_OPTIONS (--max-old-space-size) reaches the children.
//
// Speed: rows per second, the median of three calls after a warm-up on 50,000 records, and the
// ratio of that time to a bare hand-written loop over the same records measured in the same
// child (no validation, floats, Map sums), as every bench group reports.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
/** A date spread over two years in row order (the rows are sorted by date, as exports usually are). */
const dateAt = (i, n) => new Date(START + Math.floor((i / n) * 730 * DAY)).toISOString();
/** Ten orders a customer on average, customers interleaved in row order. */
const customerAt = (i, n) => `c${(i * 48_271) % Math.max(1, Math.floor(n / 10))}`;
const monthKey = (iso) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));

/**
 * The five functions: how each record is built (the shape of a CRM export), the call (its result
 * is kept until measured), and the bare loop it is compared with (it returns a number).
 */
const FUNCTIONS = {
  revenueByPeriod: {
    shape: "{ date: ISO string, amount: number with cents }",
    build: (i, n) => ({ date: dateAt(i, n), amount: ((i * 7919) % 100_000) / 100 }),
    run: (lib, rows) => lib.revenueByPeriod(rows),
    bare(rows) {
      const totals = new Map();
      for (let i = 0; i < rows.length; i++) {
        const { date, amount } = rows[i];
        const month = date.slice(0, 7);
        totals.set(month, (totals.get(month) ?? 0) + amount);
      }
      return totals.size;
    },
  },
  pipelineSummary: {
    shape: "{ status, amount: decimal string or null, createdAt, closedAt?, owner }",
    build(i) {
      const created = START + (i % 700) * DAY;
      const kind = i % 10;
      const createdAt = new Date(created).toISOString();
      const owner = `rep${i % 40}`;
      if (kind < 3) return { status: "open", amount: kind === 0 ? null : `${(i % 90_000) + 1000}.50`, createdAt, owner };
      const closedAt = new Date(created + ((i % 120) + 1) * DAY).toISOString();
      if (kind < 6) return { status: "won", amount: `${(i % 90_000) + 1000}.25`, createdAt, closedAt, owner };
      return { status: "lost", createdAt, closedAt, owner };
    },
    run: (lib, rows) => lib.pipelineSummary(rows),
    bare(rows) {
      let openValue = 0;
      let wonValue = 0;
      let won = 0;
      let cycleMs = 0;
      for (let i = 0; i < rows.length; i++) {
        const deal = rows[i];
        if (deal.status === "open") {
          if (deal.amount) openValue += parseFloat(deal.amount);
        } else if (deal.status === "won") {
          won++;
          wonValue += parseFloat(deal.amount);
          cycleMs += Date.parse(deal.closedAt) - Date.parse(deal.createdAt);
        }
      }
      return openValue + wonValue / won + cycleMs / won;
    },
  },
  cohortRetention: {
    shape: "{ customerId: string, date: ISO string }, N/10 customers, monthly",
    build: (i, n) => ({ customerId: customerAt(i, n), date: dateAt(i, n) }),
    run: (lib, rows) => lib.cohortRetention(rows),
    // Rows are sorted by date, so each customer's first order comes first.
    bare(rows) {
      const first = new Map();
      const seen = new Map(); // customer → bitmask of month offsets (24 months fit in 32 bits)
      const counts = new Map();
      for (let i = 0; i < rows.length; i++) {
        const { customerId, date } = rows[i];
        const month = monthKey(date);
        let cohort = first.get(customerId);
        if (cohort === undefined) {
          cohort = month;
          first.set(customerId, month);
          seen.set(customerId, 0);
        }
        const bit = 1 << (month - cohort);
        const mask = seen.get(customerId);
        if ((mask & bit) === 0) {
          seen.set(customerId, mask | bit);
          const cell = cohort * 100 + (month - cohort);
          counts.set(cell, (counts.get(cell) ?? 0) + 1);
        }
      }
      return counts.size;
    },
  },
  rfmSummary: {
    shape: "{ customerId: string, date: ISO string, amount: number }, N/10 customers, weeks",
    build: (i, n) => ({ customerId: customerAt(i, n), date: dateAt(i, n), amount: ((i * 7919) % 100_000) / 100 }),
    run: (lib, rows) => lib.rfmSummary(rows),
    // Frequency (distinct days − 1), first and last day, and the amount sum per customer; rows sorted by date.
    bare(rows) {
      const byCustomer = new Map();
      for (let i = 0; i < rows.length; i++) {
        const { customerId, date, amount } = rows[i];
        const day = Math.floor(Date.parse(date) / DAY);
        const entry = byCustomer.get(customerId);
        if (entry === undefined) byCustomer.set(customerId, { first: day, last: day, days: 0, total: 0 });
        else {
          if (day !== entry.last) entry.days++;
          entry.last = day;
          entry.total += amount;
        }
      }
      return byCustomer.size;
    },
  },
  leadResponseTime: {
    shape: "{ createdAt: ISO string, firstResponseAt: ISO string or null (1 in 10) }",
    build(i, n) {
      const created = START + Math.floor((i / n) * 730 * DAY);
      const firstResponseAt = i % 10 === 0 ? null : new Date(created + ((i * 7919) % 600) * 60_000).toISOString();
      return { createdAt: new Date(created).toISOString(), firstResponseAt };
    },
    run: (lib, rows) => lib.leadResponseTime(rows),
    // Mean minutes and the share within 60 minutes (no median: that needs the sorted sample).
    bare(rows) {
      let responded = 0;
      let within = 0;
      let minutes = 0;
      for (let i = 0; i < rows.length; i++) {
        const { createdAt, firstResponseAt } = rows[i];
        if (firstResponseAt === null) continue;
        const m = (Date.parse(firstResponseAt) - Date.parse(createdAt)) / 60_000;
        responded++;
        minutes += m;
        if (m <= 60) within++;
      }
      return minutes / responded + within;
    },
  },
};

const WARM_UP_ROWS = 50_000;
/** The share of the heap limit the records and the call can use (see the top of this file). */
const HEAP_HEADROOM = 0.85;
const TIMED_CALLS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function warmUp(spec, lib) {
  const warm = [];
  for (let i = 0; i < WARM_UP_ROWS; i++) warm.push(spec.build(i, WARM_UP_ROWS));
  let sink = 0;
  for (let k = 0; k < 5; k++) sink += (spec.run(lib, warm) ? 1 : 0) + spec.bare(warm);
  return sink;
}

/** The child: builds the records, measures one function, prints one JSON line per phase. */
async function child(name, n) {
  const spec = FUNCTIONS[name];
  const lib = await import("salesmetrics");
  const gc = () => {
    globalThis.gc();
    globalThis.gc();
  };
  const heap = () => v8.getHeapStatistics();
  const emit = (record) => process.stdout.write(`${JSON.stringify({ name, ...record })}\n`);
  let sink = 0;

  // Warm-up on a small set, so the timed calls measure compiled code. In a function of its own:
  // a block's array could stay in this frame's registers and be counted, then freed, as held heap.
  sink += warmUp(spec, lib);

  gc();
  const empty = heap();
  const buildStart = performance.now();
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push(spec.build(i, n));
    if ((i + 1) % 1_000_000 === 0) emit({ phase: "building", rows: i + 1 }); // how far it got, should the heap run out
  }
  const buildMs = performance.now() - buildStart;
  gc();
  const built = heap();
  const heldBytes = built.used_heap_size - empty.used_heap_size;
  emit({ phase: "built", n, buildMs, heldBytes, heapLimit: built.heap_size_limit });

  // The measured call: the old generation's used heap and external memory before every GC, at
  // the end, and the whole used heap after a full GC that keeps the result. The young generation
  // (short-lived garbage, at most a semi-space of 16 MiB whatever N) is left out.
  const oldGen = (spaces) =>
    spaces.reduce((sum, s) => (/^new/.test(s.spaceName ?? s.space_name) ? sum : sum + (s.spaceUsedSize ?? s.space_used_size)), 0);
  gc();
  const before = heap();
  const oldBefore = oldGen(v8.getHeapSpaceStatistics());
  const rssBefore = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  const profiler = new v8.GCProfiler();
  let result;
  let error;
  profiler.start();
  const callStart = performance.now();
  try {
    result = spec.run(lib, rows);
  } catch (caught) {
    error = caught;
  }
  const firstCallMs = performance.now() - callStart;
  const end = heap();
  const oldEnd = oldGen(v8.getHeapSpaceStatistics());
  const { statistics } = profiler.stop();
  const maxRssAfter = process.resourceUsage().maxRSS * 1024;
  if (error !== undefined) {
    emit({ phase: "error", error: `${error?.constructor?.name ?? typeof error}: ${error?.message ?? String(error)}` });
    return;
  }
  gc(); // what stays alive after the call: the records and the result (young objects promoted)
  const retained = heap().used_heap_size;
  sink += result ? 1 : 0;
  result = undefined;
  let peakOld = Math.max(oldEnd, retained);
  let peakExternal = end.external_memory;
  for (const { beforeGC } of statistics) {
    peakOld = Math.max(peakOld, oldGen(beforeGC.heapSpaceStatistics));
    peakExternal = Math.max(peakExternal, beforeGC.heapStatistics.externalMemory);
  }

  // Speed: the median of the timed calls (the measured call among them), and of the bare loop.
  const callMs = [firstCallMs];
  const bareMs = [];
  for (let k = 1; k < TIMED_CALLS; k++) {
    gc();
    const t = performance.now();
    sink += spec.run(lib, rows) ? 1 : 0;
    callMs.push(performance.now() - t);
  }
  for (let k = 0; k < TIMED_CALLS; k++) {
    gc();
    const t = performance.now();
    sink += spec.bare(rows);
    bareMs.push(performance.now() - t);
  }
  emit({
    phase: "measured",
    callMs: median(callMs),
    bareMs: median(bareMs),
    peakHeapBytes: peakOld - oldBefore,
    peakExternalBytes: peakExternal - before.external_memory,
    peakRssBytes: maxRssAfter - rssBefore,
    rssRaised: maxRssAfter > maxRssBefore,
    gcs: statistics.length,
    sink: Number.isNaN(sink) ? 0 : 1,
  });
}

/** Runs one child and collects its JSON lines; a child that dies (out of heap) says so in `died`. */
function runChild(name, n) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--child", name, String(n)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk) => (out += chunk));
    proc.stderr.on("data", (chunk) => (err += chunk));
    proc.on("close", (code, signal) => {
      const phases = Object.fromEntries(
        out
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line))
          .map((record) => [record.phase, record]),
      );
      const failed = code !== 0 || signal !== null;
      const outOfHeap = /heap out of memory|Reached heap limit/.test(err);
      const died = failed
        ? outOfHeap
          ? "out of heap"
          : `exit ${code ?? signal}: ${err.trim().split("\n").slice(-3).join(" | ")}`
        : undefined;
      resolve({ ...phases.built, ...phases.measured, builtRows: phases.building?.rows ?? 0, error: phases.error?.error, died });
    });
  });
}

const fmt = (x, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** Rows, rounded to two significant figures, in millions. */
const millions = (rows) => `${(Number((rows / 1e6).toPrecision(2)) || 0).toLocaleString("en-US")} M`;

export async function scaleSuite() {
  const n = Number(process.env.BENCH_ROWS ?? 1_000_000);
  if (!Number.isInteger(n) || n < WARM_UP_ROWS)
    throw new Error(`BENCH_ROWS must be an integer ≥ ${WARM_UP_ROWS}, got ${process.env.BENCH_ROWS}`);
  const chosen = process.env.BENCH_SCALE ? process.env.BENCH_SCALE.split(",") : Object.keys(FUNCTIONS);
  const unknown = chosen.filter((name) => !(name in FUNCTIONS));
  if (unknown.length > 0)
    throw new Error(`BENCH_SCALE: unknown ${unknown.join(", ")}; the functions are ${Object.keys(FUNCTIONS).join(", ")}`);

  const results = [];
  for (const name of chosen) results.push({ name, ...(await runChild(name, n)) });
  const limit = results.find((r) => r.heapLimit !== undefined)?.heapLimit ?? v8.getHeapStatistics().heap_size_limit;
  console.log(
    `\nscale: ${fmt(n)} records per function, each function in its own child process` +
      ` (heap limit ${fmt(limit / 2 ** 20)} MiB${process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ", the default"})`,
  );
  const head = ["function", "rows/s", "vs bare", "held", "peak heap", "typed arr.", "peak RSS", "max rows"];
  const widths = [18, 11, 8, 6, 10, 11, 9, 10];
  const line = (cells) => `  ${cells.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join(" ")}`;
  console.log(line(head));
  console.log(line(["", "", "(time)", "B/rec", "B/rec", "B/rec", "B/rec", "in heap"]));
  for (const r of results) {
    if (r.heldBytes === undefined) {
      console.log(
        `  ${r.name.padEnd(widths[0])} ${r.died ?? r.error ?? "no result"} while building the records, after ${fmt(r.builtRows)} of ${fmt(n)}`,
      );
      continue;
    }
    const held = r.heldBytes / n;
    if (r.callMs === undefined) {
      console.log(`${line([r.name, "", "", fmt(held)])}  the call failed: ${r.error ?? r.died}`);
      continue;
    }
    const peak = r.peakHeapBytes / n;
    console.log(
      line([
        r.name,
        fmt(n / (r.callMs / 1000)),
        `${fmt(r.callMs / r.bareMs, 1)}×`,
        fmt(held),
        fmt(peak),
        fmt(r.peakExternalBytes / n),
        `${r.rssRaised ? "" : "≤ "}${fmt(Math.max(0, r.peakRssBytes) / n)}`,
        `≈ ${millions((HEAP_HEADROOM * limit) / (held + peak))}`,
      ]),
    );
  }
  console.log(
    "  held: the records' own heap; peak heap: the most old-generation heap above that during the call (see scale.mjs);" +
      `\n  typed arr.: peak typed-array memory, outside the heap limit; max rows: ${HEAP_HEADROOM} × heap limit ÷ (held + peak heap)`,
  );
  console.log(`  record shapes: ${chosen.map((name) => `${name} ${FUNCTIONS[name].shape}`).join("; ")}`);
  return results;
}

if (process.argv[2] === "--child") await child(process.argv[3], Number(process.argv[4]));
