import { defineConfig } from "tsup";

// `npm run build` empties dist/ first (scripts/clean-dist.mjs): the two builds below run at the
// same time, so neither may clean it itself.
const shared = { sourcemap: true, target: "es2022", clean: false } as const;

export default defineConfig([
  // ESM, the build bundlers read: one module per source file, as written (imports already end in
  // .js), so with "sideEffects": false a bundler keeps only the modules an import reaches. As one
  // bundled file, every module-level schema definition was a call the bundler had to keep, and
  // `winRate` alone weighed 93 kB minified.
  {
    ...shared,
    entry: ["src/**/*.ts"],
    format: ["esm"],
    bundle: false,
    dts: { entry: "src/index.ts" },
  },
  // CommonJS, for require(): one bundled file (Node does not tree-shake).
  {
    ...shared,
    entry: ["src/index.ts"],
    format: ["cjs"],
    dts: { entry: "src/index.ts" },
    treeshake: true,
  },
]);
