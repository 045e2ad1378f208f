#!/usr/bin/env node
// Consumer test: packs the package as npm would publish it, from a fresh copy of the repository
// (the files git tracks or would track, so no dist/: `npm pack` must build it, by `prepack`),
// checks that the tarball holds the build, installs it into a scratch project in a temporary
// directory (its dependencies come from the npm registry), and uses it
//   - from ESM (`import`) and from CommonJS (`require`), run by node, and
//   - from TypeScript, type-checked with `tsc --noEmit` under moduleResolution node16 (an ES
//     module and a CommonJS module) and bundler, with skipLibCheck off so the shipped
//     declarations are checked too.
// Any failure stops it with the failing step and its output. KEEP_CONSUMER_DIR=1 keeps the
// scratch project.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(step, command, args, cwd) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error !== undefined || result.status !== 0) {
    console.error(`test-consumers: FAILED: ${step} (${command} ${args.join(" ")}, in ${cwd})`);
    if (result.error !== undefined) console.error(String(result.error));
    console.error([result.stdout, result.stderr].filter(Boolean).join("\n"));
    throw new Error(`${step} failed`);
  }
  console.log(`test-consumers: ok  ${step} (${seconds} s)`);
  return result.stdout;
}

function write(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), `${text.trim()}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// The scratch project

const ESM = `
import assert from "node:assert/strict";
import * as salesmetrics from "salesmetrics";
import { businessCalendar, KpiInputError, leadResponseTime, revenueByPeriod, winRate, winRateInputSchema } from "salesmetrics";

assert.equal(winRate({ won: 20, lost: 30 }), 0.4);
assert.equal(winRate({ won: 0, lost: 0 }), null);
assert.throws(() => winRate({ won: -1, lost: 3 }), (error) => error instanceof KpiInputError && error.fn === "winRate" && error.issues[0].path === "won");
assert.equal(winRateInputSchema.safeParse({ won: 1, lost: 2 }).success, true);
const calendar = businessCalendar({ timeZone: "America/New_York", hours: { fri: [["09:00", "17:00"]], mon: [["09:00", "17:00"]] } });
assert.equal(leadResponseTime([{ createdAt: "2024-03-08T16:30", firstResponseAt: "2024-03-11T09:30" }], { calendar }).medianMinutes, 60);
assert.deepEqual(revenueByPeriod([{ date: "2017-01-15", amount: "1200.50" }]).map((row) => row.total), [1200.5]);
assert.ok(Object.keys(salesmetrics).length > 100);
console.log("esm ok");
`;

const CJS = `
const assert = require("node:assert/strict");
const { KpiInputError, backsolveFunnel, rateInterval, winRate } = require("salesmetrics");
const manifest = require("salesmetrics/package.json");

assert.equal(winRate({ won: 20, lost: 30 }), 0.4);
assert.deepEqual(backsolveFunnel({ target: 21, rates: [0.7] }), { required: [30, 21] });
assert.equal(rateInterval({ successes: 0, trials: 0 }), null);
assert.throws(() => winRate({ won: 1.5, lost: 0 }), KpiInputError);
assert.equal(manifest.name, "salesmetrics");
console.log("cjs ok");
`;

/** Type-checked, not run: calls, result types, input types, and inputs the types must reject. */
const TYPED = `
import {
  businessCalendar,
  cohortRetention,
  KpiInputError,
  leadResponseTime,
  pipelineSummary,
  winRate,
  winRateInputSchema,
  type BusinessCalendar,
  type LeadResponseTime,
  type Money,
  type PipelineDeal,
  type PipelineSummary,
  type RetentionCohort,
  type WinRateInput,
} from "salesmetrics";

const input: WinRateInput = { won: 20, lost: 30 };
const rate: number | null = winRate(input);
// @ts-expect-error -- a win rate may be null: no deal decided
const notNull: number = winRate(input);
// @ts-expect-error -- won is a count, not a string
winRate({ won: "20", lost: 30 });
// @ts-expect-error -- named inputs: lost is required
winRate({ won: 20 });

const calendar: BusinessCalendar = businessCalendar({ timeZone: "Europe/Berlin", hours: { mon: [["09:00", "17:00"]] } });
const response: LeadResponseTime = leadResponseTime([{ createdAt: new Date(), firstResponseAt: null }], { calendar, slaMinutes: 30 });
const median: number | null = response.medianMinutes;

const amount: Money = "1234.56";
const deals: PipelineDeal[] = [{ status: "won", amount, createdAt: "2024-01-02", closedAt: "2024-02-01" }];
const summary: PipelineSummary = pipelineSummary(deals, { timeZone: "UTC" });
// @ts-expect-error -- an unknown deal status
pipelineSummary([{ status: "maybe" }]);

const cohorts: RetentionCohort[] = cohortRetention([{ customerId: "a", date: "2024-01-05" }]).cohorts;
const parsed = winRateInputSchema.safeParse({ won: 1, lost: 2 });
if (parsed.success) {
  const won: number = parsed.data.won;
  void won;
}
try {
  winRate({ won: -1, lost: 0 });
} catch (error) {
  if (error instanceof KpiInputError) {
    const paths: string[] = error.issues.map((issue) => issue.path);
    const fn: string = error.fn;
    void paths, fn;
  }
}
void rate, notNull, median, summary, cohorts;
`;

function tsconfig(module, moduleResolution, files) {
  return JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        // DOM: zod's declarations use URL, which a browser project has (a Node one has it from @types/node).
        lib: ["ES2022", "DOM"],
        module,
        moduleResolution,
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files,
    },
    null,
    2,
  );
}

/**
 * A fresh clone of the working tree in `dir`: every file git tracks or would track (so uncommitted
 * work is tested too, and nothing git ignores, such as dist/, comes along), with the installed
 * node_modules linked in rather than installed again.
 */
function freshCopy(dir) {
  const listed = run(
    "list the repository's files",
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    ROOT,
  );
  for (const file of listed.split("\0")) {
    if (file === "" || !existsSync(join(ROOT, file))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), "salesmetrics-consumers-"));
  let ok = false;
  try {
    const clone = join(dir, "clone");
    freshCopy(clone);
    if (existsSync(join(clone, "dist"))) throw new Error("the fresh copy has a dist/ already");
    run(
      "npm pack from a fresh copy, without building first (prepack builds)",
      NPM,
      ["pack", "--silent", "--pack-destination", dir],
      clone,
    );
    const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
    if (tarball === undefined) throw new Error("npm pack made no tarball");
    const packed = run("list the tarball", "tar", ["-tzf", join(dir, tarball)], dir).split("\n");
    for (const built of [
      "package/dist/index.js",
      "package/dist/index.cjs",
      "package/dist/index.d.ts",
      "package/dist/index.d.cts",
    ]) {
      if (!packed.includes(built)) throw new Error(`the tarball lacks ${built}: it holds ${packed.length - 1} files`);
    }
    console.log(
      `test-consumers: ok  the tarball holds the build (${packed.filter((name) => name.startsWith("package/dist/")).length} files in dist/)`,
    );

    const project = join(dir, "project");
    write(project, {
      "package.json": JSON.stringify(
        { name: "salesmetrics-consumer", version: "1.0.0", private: true, type: "commonjs" },
        null,
        2,
      ),
      "esm.mjs": ESM,
      "cjs.cjs": CJS,
      "node16/esm.mts": TYPED,
      "node16/cjs.cts": TYPED,
      "bundler/index.ts": TYPED,
      "tsconfig.node16.json": tsconfig("Node16", "Node16", ["node16/esm.mts", "node16/cjs.cts"]),
      "tsconfig.bundler.json": tsconfig("ESNext", "Bundler", ["bundler/index.ts"]),
    });
    run(
      "npm install of the tarball",
      NPM,
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock", join(dir, tarball)],
      project,
    );

    run("ESM import, run by node", process.execPath, ["esm.mjs"], project);
    run("CommonJS require, run by node", process.execPath, ["cjs.cjs"], project);
    run("TypeScript, moduleResolution node16 (ESM and CommonJS)", process.execPath, [TSC, "-p", "tsconfig.node16.json"], project);
    run("TypeScript, moduleResolution bundler", process.execPath, [TSC, "-p", "tsconfig.bundler.json"], project);
    ok = true;
    console.log("test-consumers: the packed package works from ESM, CommonJS and TypeScript (node16, bundler).");
  } catch (error) {
    console.error(`test-consumers: ${error instanceof Error ? error.message : String(error)}; scratch project kept in ${dir}`);
    process.exitCode = 1;
  } finally {
    if (ok && process.env.KEEP_CONSUMER_DIR === undefined) rmSync(dir, { recursive: true, force: true });
    else if (ok) console.log(`test-consumers: scratch project kept in ${dir}`);
  }
}

main();
