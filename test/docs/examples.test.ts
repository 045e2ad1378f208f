// Runs every `@example` block in the TSDoc comments under src/, and every ```ts block of README.md
// and docs/*.md, so documented results cannot drift from what the code returns. An example:
//
//   @example
//   ```ts
//   import { winRate } from "salesmetrics";
//
//   winRate({ won: 20, lost: 30 });
//   //=> 0.4
//   ```
//
// A `//=> EXPECTED` line asserts the value of the expression statement right above it. EXPECTED
// is a literal (number, string, boolean, null, undefined, arrays and objects of these). A number
// written with d decimals matches a value that rounds to it at d decimals (0.6667 matches 2/3);
// one written without a decimal point must match exactly (0 does not match -0). Objects must
// have exactly the expected keys, arrays exactly the expected length.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import * as decimalModule from "decimal.js";
import * as zodModule from "zod";
import * as zodMiniModule from "zod/mini";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import * as salesmetrics from "../../src/index.js";
import { UNDER_MUTATION_TESTING } from "../_helpers/mutationTesting.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// The only modules an example may import, as the CommonJS output of `ts.transpileModule` wants them.
const MODULES: Record<string, unknown> = {
  salesmetrics: { __esModule: true, ...salesmetrics },
  "decimal.js": { __esModule: true, ...decimalModule },
  zod: { __esModule: true, ...zodModule },
  "zod/mini": { __esModule: true, ...zodMiniModule },
};

/** One fenced ```ts block of an `@example`, or the reason it could not be read. */
interface Example {
  /** Path from the repository root, with "/" separators. */
  file: string;
  /** 1-based position among the file's examples. */
  index: number;
  /** 1-based line, in `file`, of the block's first code line. */
  line: number;
  /** The code, without the comment's " * " prefixes. */
  code: string;
  /** Set when the `@example` has no readable ```ts block; the test then fails with it. */
  problem?: string;
}

// ---------------------------------------------------------------------------------------------
// Finding the examples

/** Every `.ts` file under `dir`, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.isFile() && entry.name.endsWith(".ts") ? [path] : [];
    });
}

/** The `/** ... *\/` comments of a file, with their positions. Found through the parser, so a
 * string or template that happens to contain "/**" is never taken for a comment. */
function docComments(text: string): { pos: number; text: string }[] {
  const source = ts.createSourceFile("file.ts", text, ts.ScriptTarget.Latest, true);
  const found = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      const comment = text.slice(range.pos, range.end);
      if (comment.startsWith("/**") && comment !== "/**/") found.set(range.pos, comment);
    }
  };
  const visit = (node: ts.Node): void => {
    // JSDoc nodes lie inside the comments themselves: nothing to find there.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    // Every comment is leading trivia of some token, or trailing trivia on the line of one.
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return [...found].sort(([a], [b]) => a - b).map(([pos, comment]) => ({ pos, text: comment }));
}

/** The ```ts blocks of the `@example` sections of one file. */
function examplesIn(text: string, file: string): Example[] {
  const examples: Example[] = [];
  const add = (line: number, code: string, problem?: string): void => {
    const example: Example = { file, index: examples.length + 1, line, code };
    if (problem !== undefined) example.problem = problem;
    examples.push(example);
  };

  for (const comment of docComments(text)) {
    const firstLine = text.slice(0, comment.pos).split("\n").length;
    // The comment's lines without "/**", "*/" and the leading " * ".
    const lines = comment.text
      .slice(3, -2)
      .split(/\r?\n/)
      .map((line, i) => (i === 0 ? line.trimStart() : line.replace(/^\s*\* ?/, "")));

    // The `@example` section being read, and how many ```ts blocks it held so far.
    let section: { line: number; blocks: number } | undefined;
    const endSection = (): void => {
      if (section?.blocks === 0) add(section.line, "", "@example has no ```ts block");
      section = undefined;
    };

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const fence = /^\s*```(\S*)\s*$/.exec(line);
      if (fence) {
        // Skip to the closing fence, so a fenced line starting with "@" is not read as a tag.
        let end = i + 1;
        while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
        if (section && /^(ts|typescript)$/.test(fence[1]!)) {
          section.blocks++;
          const code = lines.slice(i + 1, end).join("\n");
          add(firstLine + i + 1, code, end < lines.length ? undefined : "the ```ts block is never closed");
        }
        i = end;
      } else if (/^@\w/.test(line)) {
        // A new tag ends the current section.
        endSection();
        if (/^@example\b/.test(line)) section = { line: firstLine + i, blocks: 0 };
      }
    }
    endSection();
  }
  return examples;
}

// ---------------------------------------------------------------------------------------------
// Expected values: a `//=>` literal becomes a Pattern, read from its syntax tree (not evaluated)
// so that the number of decimals written is known.

type Pattern =
  | { kind: "number"; text: string; value: number; decimals: number | null }
  | { kind: "same"; value: string | boolean | null | undefined }
  | { kind: "array"; items: Pattern[] }
  | { kind: "object"; entries: [string, Pattern][] };

/** Transpiles example code to CommonJS; throws on syntax errors. */
function transpile(code: string, where: (line: number) => string): string {
  const output = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const error = output.diagnostics?.[0];
  if (error) {
    const line = error.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start).line : 0;
    throw new Error(`${where(line)}: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`);
  }
  return output.outputText;
}

/** Parses the text after `//=>` into a Pattern; throws when it is not a supported literal. */
function parseExpected(text: string, where: string): Pattern {
  // Parenthesised, so that "{ ... }" is read as an object literal rather than a block.
  const code = `(${text}\n)`;
  transpile(code, () => `${where}: //=> ${text}`);
  const statement = ts.createSourceFile("expected.ts", code, ts.ScriptTarget.Latest, true).statements[0];
  if (!statement || !ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression)) {
    throw new Error(`${where}: //=> must be followed by one literal, not "${text}"`);
  }
  return toPattern(statement.expression.expression, where);
}

function toPattern(node: ts.Expression, where: string): Pattern {
  const unsupported = (): Error =>
    new Error(`${where}: //=> supports numbers, strings, booleans, null, undefined, arrays and objects, not "${node.getText()}"`);

  if (ts.isParenthesizedExpression(node)) return toPattern(node.expression, where);

  // A number, possibly negative. Its decimals are counted as written: "0.2130" has 4.
  const negative = ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken;
  const literal = negative ? node.operand : node;
  if (ts.isNumericLiteral(literal)) {
    const digits = literal.getText().replaceAll("_", "");
    const decimals = /^\d*\.(\d+)$/.exec(digits)?.[1]?.length ?? null;
    const value = Number(digits);
    return { kind: "number", text: node.getText(), value: negative ? -value : value, decimals };
  }

  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: "same", value: node.text };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: "same", value: null };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: "same", value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: "same", value: false };
  if (ts.isIdentifier(node) && node.text === "undefined") return { kind: "same", value: undefined };

  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((element) => {
      if (ts.isSpreadElement(element) || ts.isOmittedExpression(element)) throw unsupported();
      return toPattern(element, where);
    });
    return { kind: "array", items };
  }

  if (ts.isObjectLiteralExpression(node)) {
    const entries: [string, Pattern][] = [];
    for (const property of node.properties) {
      if (
        !ts.isPropertyAssignment(property) ||
        ts.isComputedPropertyName(property.name) ||
        ts.isPrivateIdentifier(property.name)
      ) {
        throw unsupported();
      }
      const key = property.name.text;
      if (entries.some(([seen]) => seen === key)) throw new Error(`${where}: //=> has the key "${key}" twice`);
      entries.push([key, toPattern(property.initializer, where)]);
    }
    return { kind: "object", entries };
  }

  throw unsupported();
}

/** Why `actual` does not match `pattern`, or undefined when it does. `path` names the value. */
function mismatch(pattern: Pattern, actual: unknown, path: string): string | undefined {
  const expected = (what: string): string => `${path}: expected ${what}, got ${inspect(actual)}`;
  switch (pattern.kind) {
    case "number":
      if (pattern.decimals === null) return Object.is(actual, pattern.value) ? undefined : expected(pattern.text);
      // toFixed rounds the exact binary value, so 16.666666666666668 gives "16.67".
      return typeof actual === "number" && Number(actual.toFixed(pattern.decimals)) === pattern.value
        ? undefined
        : expected(`${pattern.text} (at ${pattern.decimals} decimals)`);
    case "same":
      return actual === pattern.value ? undefined : expected(inspect(pattern.value));
    case "array": {
      if (!Array.isArray(actual)) return expected("an array");
      if (actual.length !== pattern.items.length) return expected(`an array of ${pattern.items.length} items`);
      for (const [i, item] of pattern.items.entries()) {
        const problem = mismatch(item, actual[i], `${path}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return expected("an object");
      const record = actual as Record<string, unknown>;
      const keys = pattern.entries.map(([key]) => key);
      const missing = keys.filter((key) => !Object.hasOwn(record, key));
      const extra = Object.keys(record).filter((key) => !keys.includes(key));
      if (missing.length > 0 || extra.length > 0) {
        return expected(`keys [${keys.join(", ")}] (missing: [${missing.join(", ")}], extra: [${extra.join(", ")}])`);
      }
      for (const [key, value] of pattern.entries) {
        const problem = mismatch(
          value,
          record[key],
          /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`,
        );
        if (problem) return problem;
      }
      return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Running an example

interface Expectation {
  pattern: Pattern;
  /** The `//=>` line, e.g. `src/funnel/winRate.ts:30: //=> 0.4`, for messages. */
  label: string;
}

/**
 * Rewrites each expression statement followed by a `//=>` line into `__expect(i, (expression));`
 * so its value reaches the checker. Only statements directly in a block or at the top level
 * qualify, so the one assertion always belongs to one statement that runs in sequence.
 */
function instrument(code: string, where: (line: number) => string): { code: string; expectations: Expectation[] } {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statementsByEnd = new Map<number, ts.ExpressionStatement>();
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) && (ts.isSourceFile(node.parent) || ts.isBlock(node.parent))) {
      statementsByEnd.set(node.end, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  const expectations: Expectation[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const match of code.matchAll(/^[ \t]*\/\/=>(.*)$/gm)) {
    const lineIndex = code.slice(0, match.index).split("\n").length - 1;
    const text = match[1]!.trim();
    const label = `${where(lineIndex)}: //=> ${text}`;
    // The statement must end on the line just above, with nothing but whitespace after it.
    const end = code.slice(0, match.index).trimEnd().length;
    const statement = statementsByEnd.get(end);
    if (!statement || code.slice(end, match.index).split("\n").length !== 2) {
      throw new Error(`${label}: must be on the line right after an expression statement`);
    }
    edits.push({
      start: statement.getStart(source),
      end: statement.end,
      text: `__expect(${expectations.length}, (${statement.expression.getText(source)}));`,
    });
    expectations.push({ pattern: parseExpected(text, where(lineIndex)), label });
  }

  // Apply the edits from the last, so earlier positions stay valid. Line breaks are kept.
  let rewritten = code;
  for (const edit of edits.reverse()) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  return { code: rewritten, expectations };
}

const AsyncFunction = (async () => {}).constructor as new (...parameters: string[]) => (...args: unknown[]) => Promise<void>;

// Examples may log for the reader; the test output should stay clean.
const silentConsole = new Proxy({}, { get: () => () => {} });

/** Runs one example; rejects when it throws, imports another module or a `//=>` does not match. */
async function runExample(example: Example): Promise<void> {
  if (example.problem !== undefined) throw new Error(`${example.file}:${example.line}: ${example.problem}`);
  const where = (line: number): string => `${example.file}:${example.line + line}`;
  const { code, expectations } = instrument(example.code, where);
  const js = transpile(code, where);

  const reached = new Set<number>();
  // Failures are kept as well as thrown, so a try/catch in the example cannot hide them.
  const failures: Error[] = [];
  const check = (index: number, actual: unknown): void => {
    const { pattern, label } = expectations[index]!;
    reached.add(index);
    const problem = mismatch(pattern, actual, "value");
    if (problem === undefined) return;
    const failure = new Error(`${label}\n${problem}`);
    failures.push(failure);
    throw failure;
  };
  const requireModule = (name: string): unknown => {
    if (Object.hasOwn(MODULES, name)) return MODULES[name];
    throw new Error(`examples may import only ${Object.keys(MODULES).join(" and ")}, not "${name}"`);
  };

  const module = { exports: {} };
  let thrown: unknown;
  try {
    const run = new AsyncFunction("require", "module", "exports", "console", "__expect", js);
    await run(requireModule, module, module.exports, silentConsole, check);
  } catch (error) {
    thrown = error;
  }
  if (failures[0]) throw failures[0];
  if (thrown !== undefined) throw new Error(`${where(0)}: the example threw: ${String(thrown)}`, { cause: thrown });
  const missed = expectations.find((_, i) => !reached.has(i));
  if (missed) throw new Error(`${missed.label}: the statement before it never ran`);
}

// ---------------------------------------------------------------------------------------------
// The tests

/** Every ```ts block of a Markdown page (README.md, docs/): the prose examples are checked too. */
function markdownExamples(text: string, file: string): Example[] {
  const lines = text.split(/\r?\n/);
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    const example: Example = { file, index: examples.length + 1, line: i + 2, code: lines.slice(i + 1, end).join("\n") };
    if (end === lines.length) example.problem = "the ```ts block is never closed";
    examples.push(example);
    i = end;
  }
  return examples;
}

const relativePath = (path: string): string => relative(ROOT, path).split(sep).join("/");

const examples = sourceFiles(join(ROOT, "src")).flatMap((path) => examplesIn(readFileSync(path, "utf8"), relativePath(path)));

const markdownPages = [
  join(ROOT, "README.md"),
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(ROOT, "docs", name)),
];
const pageExamples = markdownPages.flatMap((path) => markdownExamples(readFileSync(path, "utf8"), relativePath(path)));

test("the @example blocks in src/ are found", () => {
  expect(examples.length).toBeGreaterThanOrEqual(10);
});

test("the ```ts blocks of README.md and docs/ are found", () => {
  expect(pageExamples.length).toBeGreaterThanOrEqual(10);
});

for (const example of [...examples, ...pageExamples]) {
  test(`${example.file}: example ${example.index}`, () => runExample(example));
}

// ---------------------------------------------------------------------------------------------
// Type-checking the examples: each is a module of one program, with "salesmetrics" resolved to
// src/index.ts and the project's strict compiler options, so an example that passes an input the
// types reject (or misnames a field) fails here even when it runs. An example that means to pass
// a wrongly typed value says so with `// @ts-expect-error` on the line above.

/** The type errors of every example, one message per error, with the example's file and line. */
function typeErrors(all: readonly Example[]): string[] {
  const virtual = new Map<string, Example>();
  for (const [i, example] of all.entries()) {
    if (example.problem === undefined) virtual.set(join(ROOT, `.examples/example-${i}.ts`), example);
  }
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ["node"],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    baseUrl: ROOT,
    paths: { salesmetrics: ["src/index.ts"] },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  // `export {}` makes every example a module of its own, whatever it imports.
  const textOf = (path: string): string | undefined => {
    const example = virtual.get(path);
    return example === undefined ? undefined : `${example.code}\nexport {};\n`;
  };
  host.fileExists = (path) => virtual.has(path) || fileExists.call(host, path);
  host.readFile = (path) => textOf(path) ?? readFile.call(host, path);
  host.getSourceFile = (path, language, onError, create) => {
    const text = textOf(path);
    return text === undefined
      ? getSourceFile.call(host, path, language, onError, create)
      : ts.createSourceFile(path, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const example = diagnostic.file === undefined ? undefined : virtual.get(diagnostic.file.fileName);
    if (example === undefined || diagnostic.start === undefined) return `${diagnostic.file?.fileName ?? "(program)"}: ${message}`;
    const line = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start).line;
    return `${example.file}:${example.line + line}: ${message}`;
  });
}

// Skipped under Stryker: its instrumented copy of src/ is not type-correct (nor meant to be).
test.skipIf(UNDER_MUTATION_TESTING)(
  "every example type-checks",
  () => {
    expect(typeErrors([...examples, ...pageExamples])).toEqual([]);
  },
  60_000,
);

describe("the example harness", () => {
  const run = (...lines: string[]): Promise<void> => runExample({ file: "inline.ts", index: 1, line: 1, code: lines.join("\n") });

  test("extracts ```ts blocks from @example sections only", () => {
    const found = examplesIn(
      [
        "/**",
        " * ```ts",
        " * notAnExample();",
        " * ```",
        " * @example",
        " * ```ts",
        " * if (true) {",
        " *   run();",
        " * }",
        " * ```",
        " * @example",
        " * Prose only.",
        " */",
        "const s = '/** @example ```ts fake() ``` */';",
      ].join("\n"),
      "a.ts",
    );
    expect(found).toEqual([
      { file: "a.ts", index: 1, line: 7, code: "if (true) {\n  run();\n}" },
      { file: "a.ts", index: 2, line: 11, code: "", problem: "@example has no ```ts block" },
    ]);
  });

  test("passes an example whose values match", async () => {
    await run(
      'import { winRate, rateInterval } from "salesmetrics";',
      'import Decimal from "decimal.js";',
      "",
      "console.log('silenced');",
      "winRate({ won: 2, lost: 1 });",
      "//=> 0.6667",
      "winRate({ won: 2, lost: 2 });",
      "//=> 0.5",
      "rateInterval(",
      "  { successes: 0, trials: 10 },",
      "  { confidence: 0.9 },",
      ");",
      "//=> { rate: 0, lower: 0, upper: 0.2129 }",
      "const data = { list: [1, -2.5, null, true, 'x'], nested: { n: 16.666666666666668 } };",
      "data;",
      '//=> { list: [1, -2.5, null, true, "x"], nested: { n: 16.67 } }',
      "new Decimal('0.1').plus('0.2').toNumber();",
      "//=> 0.3",
      "await Promise.resolve(-0);",
      "//=> -0",
    );
  });

  test.each([
    ["a wrong number", ["1 / 3;", "//=> 0.3334"], /value: expected 0\.3334 \(at 4 decimals\), got 0\.333/],
    ["wrong decimals", ["2 / 3;", "//=> 0.6666"], /expected 0\.6666 \(at 4 decimals\)/],
    ["a rounded value where an exact one is written", ["2 / 3;", "//=> 1"], /value: expected 1, got 0\.66/],
    ["-0 where 0 is written", ["-0;", "//=> 0"], /expected 0, got -0/],
    ["an extra key", ["({ a: 1, b: 2 });", "//=> { a: 1 }"], /extra: \[b\]/],
    ["a missing key", ["({ a: 1 });", "//=> { a: 1, b: 2 }"], /missing: \[b\]/],
    ["a nested mismatch", ["({ a: [1, { b: 2 }] });", "//=> { a: [1, { b: 3 }] }"], /value\.a\[1\]\.b: expected 3, got 2/],
    ["a wrong array length", ["[1, 2];", "//=> [1]"], /expected an array of 1 items/],
    ["null for a number", ["0;", "//=> null"], /expected null, got 0/],
    ["a mismatch caught by the example", ["try {", "  1;", "  //=> 2", "} catch {}"], /inline\.ts:3: \/\/=> 2/],
    ["an assertion that never runs", ["function f() {", "  1;", "  //=> 1", "}"], /never ran/],
    ["an example that throws", ["JSON.parse('{');"], /inline\.ts:1: the example threw: SyntaxError/],
    ["another module", ['import { readFileSync } from "node:fs";', "readFileSync;"], /not "node:fs"/],
    ["//=> after a declaration", ["const x = 1;", "//=> 1"], /right after an expression statement/],
    ["//=> after a blank line", ["1;", "", "//=> 1"], /right after an expression statement/],
    ["an expression that is not a literal", ["1;", "//=> 1 + 0"], /not "1 \+ 0"/],
    ["a syntax error", ["winRate(;"], /inline\.ts:1: /],
  ])("fails on %s", async (_name, lines, message) => {
    await expect(run(...lines)).rejects.toThrow(message);
  });
});
