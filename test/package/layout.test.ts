import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, sep } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

// The line between public and internal code (issue 14), read from the import and export statements
// of src/ with the TypeScript parser (syntax only: no type checking, well under a second).
//
//   src/index.ts              re-exports only, in "// <folder>" sections that follow the folders
//   src/core/*.ts             public building blocks
//   src/_internal/**          private code shared by several families; never exported
//   src/<family>/*.ts         public: every export is re-exported by src/index.ts
//   src/<family>/_internal/** private to that family
//
// Imports: core/* and _internal/** import only core/* and _internal/**; a family imports core/*,
// _internal/**, its own family and other families' public files; index.ts imports only public files;
// nothing imports index.ts.

const ROOT = join(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** Every .ts file under src/, as a path relative to src/ with forward slashes. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
    )
    .map((file) => (file.startsWith(SRC) ? relative(SRC, file).split(sep).join("/") : file));
}

type Place =
  | { kind: "index" }
  | { kind: "core" }
  | { kind: "internal" }
  | { kind: "family"; family: string; internal: boolean }
  | { kind: "misplaced" };

/** Where a file (relative to src/) sits in the layout. */
function placeOf(file: string): Place {
  const parts = file.split("/");
  if (file === "index.ts") return { kind: "index" };
  if (parts[0] === "_internal") return { kind: "internal" };
  if (parts[0] === "core") return parts.length === 2 ? { kind: "core" } : { kind: "misplaced" };
  if (parts.length === 2) return { kind: "family", family: parts[0] as string, internal: false };
  if (parts.length >= 3 && parts[1] === "_internal") return { kind: "family", family: parts[0] as string, internal: true };
  return { kind: "misplaced" };
}

function isPublic(place: Place): boolean {
  return place.kind === "core" || (place.kind === "family" && !place.internal);
}

interface Statement {
  /** The module, relative to src/ ("core/money.ts"), or the package name. */
  target: string;
  relativeImport: boolean;
  /** True when the statement imports types only (erased from the build: no load at run time). */
  typeOnly: boolean;
  /** The names an `export … from` statement re-exports; `*` for `export * from`. */
  reexported: string[] | null;
  /** The "// section" comment above the statement (index.ts only). */
  section: string | null;
  line: number;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(SRC, file), "utf8"), ts.ScriptTarget.ES2022, true);
}

/** The module a relative specifier names, as a path relative to src/ ("./x.js" from "core/a.ts" → "core/x.ts"). */
function resolve(from: string, specifier: string): string {
  return posix.join(posix.dirname(from), specifier).replace(/\.js$/, ".ts");
}

/** The import and export-from statements of a file, with dynamic `import()` and `import("…")` types too. */
function moduleStatements(file: string): Statement[] {
  const source = parse(file);
  const text = source.getFullText();
  const found: Statement[] = [];
  let section: string | null = null;
  const add = (specifier: string, node: ts.Node, reexported: string[] | null, typeOnly = false) => {
    const relativeImport = specifier.startsWith(".");
    found.push({
      target: relativeImport ? resolve(file, specifier) : specifier,
      relativeImport,
      typeOnly,
      reexported,
      section,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier.text, node, null, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const names =
        clause === undefined ? ["*"] : ts.isNamedExports(clause) ? clause.elements.map((element) => element.name.text) : ["*"];
      add(node.moduleSpecifier.text, node, names);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteral(argument)) add(argument.text, node, null);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, node, null, true);
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    // The last line comment above the statement names its section: "// funnel".
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    for (const comment of comments) {
      const match = /^\/\/\s*(\S.*?)\s*$/.exec(text.slice(comment.pos, comment.end));
      if (match !== null && comment.kind === ts.SyntaxKind.SingleLineCommentTrivia && !/\s/.test(match[1] as string)) {
        section = match[1] as string;
      }
    }
    visit(statement);
  }
  return found;
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** The names a file exports: its own declarations, `export { … }` lists and `export … from` statements. */
function exportedNames(file: string): string[] {
  const names: string[] = [];
  for (const statement of parse(file).statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (clause === undefined) names.push("*");
      else if (ts.isNamedExports(clause)) names.push(...clause.elements.map((element) => element.name.text));
      else names.push(clause.name.text);
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    } else if (hasExportModifier(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
          else names.push(declaration.name.getText());
        }
      } else {
        const name = (statement as ts.DeclarationStatement).name;
        names.push(name !== undefined && ts.isIdentifier(name) ? name.text : "default");
      }
    }
  }
  return names;
}

/** "file:line imports target (reason)" for every import that crosses the lines above. */
function boundaryViolations(files: readonly string[] = sourceFiles()): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const from = placeOf(file);
    for (const { target, relativeImport, typeOnly, line } of moduleStatements(file)) {
      if (!relativeImport) continue;
      const to = placeOf(target);
      const where = `${file}:${line} imports ${target}`;
      if (to.kind === "index") {
        violations.push(`${where}: nothing imports index.ts`);
        continue;
      }
      if (to.kind === "misplaced" || target.startsWith("..")) {
        violations.push(`${where}: not a file of the layout`);
        continue;
      }
      switch (from.kind) {
        case "index":
          if (!isPublic(to)) violations.push(`${where}: index.ts re-exports public files only`);
          break;
        case "core":
        case "internal":
          if (to.kind === "family") violations.push(`${where}: core/ and _internal/ import only core/ and _internal/`);
          break;
        case "family":
          if (to.kind === "family" && to.family !== from.family && to.internal) {
            violations.push(`${where}: another family's _internal/ (move what both need to src/_internal/)`);
          }
          if (from.internal && to.kind === "family" && !to.internal && !typeOnly) {
            violations.push(`${where}: internal code imports no KPI file at run time (its types only; pass a schema in)`);
          }
          break;
        case "misplaced":
          break;
      }
    }
  }
  return violations;
}

/** Files that sit outside the layout (a folder inside core/, a folder in a family other than _internal/, ...). */
function misplacedFiles(files: readonly string[] = sourceFiles()): string[] {
  return files.filter((file) => placeOf(file).kind === "misplaced");
}

/** "file: name" for each export of a public file that src/index.ts does not re-export from it. */
function unexportedPublicNames(files: readonly string[] = sourceFiles()): string[] {
  const reexported = new Map<string, Set<string>>();
  for (const { target, reexported: names } of moduleStatements("index.ts")) {
    const set = reexported.get(target) ?? new Set<string>();
    for (const name of names ?? []) set.add(name);
    reexported.set(target, set);
  }
  return files.flatMap((file) => {
    if (!isPublic(placeOf(file))) return [];
    const names = reexported.get(file) ?? new Set<string>();
    if (names.has("*")) return [];
    return exportedNames(file)
      .filter((name) => !names.has(name))
      .map((name) => `${file}: ${name}`);
  });
}

/** "index.ts:line: …" for each statement of index.ts out of its folder's section, and anything but a re-export. */
function indexSectionProblems(): string[] {
  const problems: string[] = [];
  for (const { target, reexported, section, line } of moduleStatements("index.ts")) {
    const folder = target.split("/")[0];
    if (reexported === null) problems.push(`index.ts:${line}: imports ${target} (index.ts only re-exports)`);
    else if (section !== folder)
      problems.push(`index.ts:${line}: ${target} sits under "// ${section ?? "(none)"}", not "// ${folder}"`);
  }
  // Every statement of index.ts is a re-export from a file: nothing is defined there.
  for (const statement of parse("index.ts").statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined) {
      const line = parse("index.ts").getLineAndCharacterOfPosition(statement.getStart()).line + 1;
      problems.push(`index.ts:${line}: not a re-export (${statement.getText().slice(0, 40)}…)`);
    }
  }
  return problems;
}

test("every file of src/ sits in the layout", () => {
  expect(misplacedFiles()).toEqual([]);
  // The folders the layout reads: src/index.ts, core/, _internal/ and at least the five families.
  const folders = new Set(sourceFiles().map((file) => dirname(file).split("/")[0]));
  expect([...folders].sort()).toEqual(
    expect.arrayContaining([".", "_internal", "core", "funnel", "time", "customers", "pipeline", "clv"]),
  );
});

test("no file imports across the line between public and internal code", () => {
  expect(boundaryViolations()).toEqual([]);
});

test("a public file (directly in core/ or a family folder) exports only what src/index.ts re-exports", () => {
  expect(unexportedPublicNames()).toEqual([]);
});

test('src/index.ts only re-exports, each file under the "// <folder>" section of its own folder', () => {
  expect(indexSectionProblems()).toEqual([]);
});
