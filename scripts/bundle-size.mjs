#!/usr/bin/env node
// What salesmetrics costs a browser bundle: esbuild bundles, minifies and tree-shakes
//   - `export { winRate } from "salesmetrics"` (one function from the package root), and
//   - `export * from "salesmetrics"` (the whole package),
// resolving "salesmetrics" as a consumer's bundler would (the package's "exports", "import"
// condition, "sideEffects": false), with its dependencies. Prints the bytes, minified and
// gzipped, and the inputs that weigh most in the single-function bundle.
// Needs a build: `npm run size` builds, then runs this.
//
// With --check (as `npm test` runs it) it fails when one function stops tree-shaking: when
// `winRate alone` outgrows its budget or pulls in decimal.js, which only the money functions need.

import { existsSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const ENTRIES = [
  { name: "winRate alone", code: 'export { winRate } from "salesmetrics";' },
  { name: "whole package", code: 'export * from "salesmetrics";' },
];

async function measure(code) {
  const result = await build({
    // resolveDir is the package's own directory: "salesmetrics" resolves through its "exports" as a self-reference.
    stdin: { contents: code, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { minified: output.length, gzipped: gzipSync(output, { level: 9 }).length, inputs };
}

/** Bytes of minified output per package (or the package itself), largest first. */
function byPackage(inputs) {
  const totals = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = match ? match[1] : relative(ROOT, path).startsWith("dist/") ? "salesmetrics (dist)" : path;
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

// winRate alone measured 16.5 kB minified (zod/mini's core is 14.5 kB of it); the budget leaves
// room for zod's own growth, not for a bundle that keeps the whole package (149 kB).
const SINGLE_FUNCTION_BUDGET = 25_000;

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  if (!existsSync(`${ROOT}dist/index.js`)) {
    console.error("bundle-size: dist/ is missing: run `npm run build` first (or `npm run size`).");
    process.exit(1);
  }
  console.log("Browser bundle (esbuild, minified, ES2022), bytes:");
  const results = [];
  for (const entry of ENTRIES) {
    const result = await measure(entry.code);
    results.push({ ...entry, ...result });
    console.log(
      `  ${entry.name.padEnd(14)} ${String(result.minified).padStart(8)} minified  ${String(result.gzipped).padStart(7)} gzipped   (${kB(result.minified)} / ${kB(result.gzipped)})`,
    );
  }
  console.log("\nWhere the bytes of `winRate alone` come from (minified):");
  const single = byPackage(results[0].inputs);
  for (const [name, bytes] of single) console.log(`  ${name.padEnd(22)} ${String(bytes).padStart(8)}`);

  if (process.argv.includes("--check")) {
    const problems = [];
    if (results[0].minified > SINGLE_FUNCTION_BUDGET) {
      problems.push(`winRate alone is ${kB(results[0].minified)} minified, over its budget of ${kB(SINGLE_FUNCTION_BUDGET)}`);
    }
    if (single.some(([name]) => name === "decimal.js")) problems.push("winRate alone pulls in decimal.js");
    if (problems.length > 0) {
      console.error(`\nbundle-size: FAILED: one function no longer tree-shakes: ${problems.join("; ")}.`);
      process.exit(1);
    }
    console.log(
      `\nbundle-size: ok, winRate alone is within its budget of ${kB(SINGLE_FUNCTION_BUDGET)} and leaves decimal.js out.`,
    );
  }
}

await main();
