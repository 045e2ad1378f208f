import { configDefaults, defineConfig } from "vitest/config";

// The suite in five projects, one per kind of test; `vitest run` (npm test, npm run test:unit) runs them
// all, and `vitest run --project <name>` one of them (npm run test:unit-only, test:properties, test:fuzz,
// test:docs, test:types):
//   unit        examples, fixtures (published worked examples, real data sets), errors: test/**/<name>.test.ts
//   properties  the fast-check laws, each function's in test/<family>/<name>.properties.test.ts beside
//               its <name>.test.ts (a project selects files, and vitest's tag filter is a root-only
//               option, so the kind is in the file name)
//   fuzz        every export of the package root against junk and nearly valid arguments: test/fuzz/
//   docs        every `@example` of the TSDoc runs, and every export has one: test/docs/
//   types       type tests, test/**/*.test-d.ts, checked by tsc (vitest's typecheck mode); nothing runs
const properties = "test/**/*.properties.test.ts";
const fuzz = "test/fuzz/**";
const docs = "test/docs/**";
// The scale tests (minutes, gigabytes) run on their own: npm run test:scale, vitest.scale.config.ts.
const scale = "test/scale/**";

// Under Stryker (npm run mutation) the type tests are left out: they run no code, so they kill no mutant;
// and each test file gets fresh modules, as Stryker's per-test coverage has always had them.
const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;

export default defineConfig({
  test: {
    // fast-check's seed: random locally, fixed in CI (see the file). Every project extends this.
    setupFiles: ["test/setup.ts"],
    // A worker keeps the modules it has loaded from one test file to the next: the library is pure, and
    // loading src/ afresh for each of ~140 files was a third of the run (unit tests: 68 s isolated, 18 s not).
    isolate: underStryker,
    // The JSON report is what .ci/run reads to print "N passed, N failed": one report over every project.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    // Collected with --coverage (npm test runs `vitest run --coverage`), over every project that runs code;
    // below the thresholds the run fails.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reportsDirectory: "coverage",
      // The summary, and the files not fully covered with their uncovered lines.
      reporter: ["text-summary", ["text", { skipFull: true }], "json-summary"],
      thresholds: { lines: 95, branches: 95 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, properties, fuzz, docs, scale],
        },
      },
      { extends: true, test: { name: "properties", include: [properties], exclude: [...configDefaults.exclude, scale] } },
      { extends: true, test: { name: "fuzz", include: [`${fuzz}/*.test.ts`] } },
      { extends: true, test: { name: "docs", include: [`${docs}/*.test.ts`] } },
      ...(underStryker
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: "types",
                include: [],
                typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
              },
            },
          ]),
    ],
  },
});
