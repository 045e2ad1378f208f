import { defineConfig } from "vitest/config";

// npm run test:scale: the scale tests, inputs of tens of millions of rows that cross the engine's
// own limits (2^24 entries in a Set or Map). Minutes and gigabytes, so not part of `npm test`;
// the npm script gives the heap room with NODE_OPTIONS=--max-old-space-size.
export default defineConfig({
  test: {
    include: ["test/scale/**/*.scale.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // One file at a time: each test holds gigabytes.
    fileParallelism: false,
  },
});
