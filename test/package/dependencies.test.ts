import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

// A runtime dependency is weight on every consumer: each one must be imported by the library
// itself (issue 12: date-fns and @date-fns/tz were listed, and nothing in src/ used them).

const ROOT = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** The packages src/ imports: `zod` for `zod/mini`, `@scope/name` for `@scope/name/sub`. */
function importedPackages(): Set<string> {
  const imported = new Set<string>();
  for (const file of sourceFiles(join(ROOT, "src"))) {
    // Import and export statements at the start of a line: not the examples in doc comments (` * import …`).
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)) {
      if (specifier === undefined || specifier.startsWith(".")) continue;
      const parts = specifier.split("/");
      imported.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string));
    }
  }
  return imported;
}

test("every runtime dependency is imported by src/, and src/ imports no package it does not declare", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const declared = Object.keys(manifest.dependencies ?? {}).sort();
  const imported = [...importedPackages()].sort();
  expect(declared).toEqual(imported);
});
