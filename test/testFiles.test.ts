// Where a function's tests are: test/<family>/<name>.test.ts, its fast-check laws beside it in
// <name>.properties.test.ts (the "properties" project of vitest.config.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import * as root from "../src/index.js";

const ROOT = join(import.meta.dirname, "..");

/**
 * The functions of the package root that are a file's namesake (src/<family>/<name>.ts exporting
 * `<name>`), with the test file each must have. The file's other exports are its schemas and types.
 */
function namesakeFunctions(): { name: string; testFile: string }[] {
  const index = readFileSync(join(ROOT, "src/index.ts"), "utf8");
  const found: { name: string; testFile: string }[] = [];
  for (const [, names = "", family = "", file = ""] of index.matchAll(
    /export\s*\{([^}]*)\}\s*from\s*"\.\/([^"/]+)\/([^"/]+)\.js"/g,
  )) {
    const exported = names.split(",").map((name) => name.trim());
    if (exported.includes(file) && typeof (root as Record<string, unknown>)[file] === "function") {
      found.push({ name: file, testFile: `test/${family}/${file}.test.ts` });
    }
  }
  return found;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? testFiles(join(dir, entry.name))
      : entry.name.endsWith(".test.ts")
        ? [relative(ROOT, join(dir, entry.name))]
        : [],
  );
}

describe("test files", () => {
  test("every public function has test/<family>/<name>.test.ts", () => {
    const functions = namesakeFunctions();
    expect(functions.length).toBeGreaterThan(60);
    const missing = functions.filter(({ testFile }) => !existsSync(join(ROOT, testFile)));
    expect(missing.map(({ testFile }) => testFile)).toEqual([]);
  });

  test("every <name>.properties.test.ts sits beside its <name>.test.ts", () => {
    const orphans = testFiles(join(ROOT, "test"))
      .filter((file) => file.endsWith(".properties.test.ts"))
      .filter((file) => !existsSync(join(ROOT, file.replace(/\.properties\.test\.ts$/, ".test.ts"))));
    expect(orphans).toEqual([]);
  });
});
