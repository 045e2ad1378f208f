// Every export of the package (functions, schemas, constants, classes and types alike) carries an
// `@example` in its doc comment; examples.test.ts runs and type-checks them all. The exports are
// read from src/index.ts by the TypeScript checker, so a new export cannot be forgotten.

import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** "name (src/family/file.ts)" for each export of src/index.ts whose declaration has no `@example`. */
function exportsWithoutExample(): string[] {
  const program = ts.createProgram([`${ROOT}src/index.ts`], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(`${ROOT}src/index.ts`);
  const moduleSymbol = index === undefined ? undefined : checker.getSymbolAtLocation(index);
  if (moduleSymbol === undefined) throw new Error("src/index.ts could not be read");
  const exports = checker.getExportsOfModule(moduleSymbol);
  expect(exports.length).toBeGreaterThan(100);
  return exports.flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (symbol.getJsDocTags(checker).some((tag) => tag.name === "example")) return [];
    const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? "?";
    return [`${exported.name} (${relative(ROOT, file).split(sep).join("/")})`];
  });
}

test("every export has an @example", () => {
  expect(exportsWithoutExample()).toEqual([]);
}, 60_000);
