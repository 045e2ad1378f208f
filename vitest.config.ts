import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The scale tests (minutes, gigabytes) run on their own: npm run test:scale, vitest.scale.config.ts.
    exclude: [...configDefaults.exclude, "test/scale/**"],
    // fast-check's seed: random locally, fixed in CI (see the file).
    setupFiles: ["test/setup.ts"],
    // The JSON report is what .ci/run reads to print "N passed, N failed".
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    // Collected with --coverage (npm test runs `vitest run --coverage`); below the thresholds the run fails.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reportsDirectory: "coverage",
      // The summary, and the files not fully covered with their uncovered lines.
      reporter: ["text-summary", ["text", { skipFull: true }], "json-summary"],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
