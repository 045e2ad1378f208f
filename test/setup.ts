import fc from "fast-check";
import { vi } from "vitest";
import { UNDER_MUTATION_TESTING } from "./_helpers/mutationTesting.js";

// Property tests explore new random inputs on every local run. In CI (CI=true) they use one
// fixed seed, so a submission is judged on a reproducible run; FC_SEED=n picks another seed
// anywhere, e.g. to replay a counterexample that a local run reported.
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI ? 20261123 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

// Under Stryker, instrumented code runs several times slower (see the file).
if (UNDER_MUTATION_TESTING) vi.setConfig({ testTimeout: 600_000 });
