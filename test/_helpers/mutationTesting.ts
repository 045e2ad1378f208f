/**
 * True in a test run of Stryker's (`npm run mutation`). Its instrumented code counts every
 * statement it runs and checks which mutant is active, so a long loop that takes a few ms here
 * (a series of 2 million terms: shiftedBetaGeometricResidualLifetime gives up on a discount rate
 * near 0 after 11 ms) takes seconds there. Time limits stretch for it (test/setup.ts and the fuzz
 * suite's watchdog); Stryker's own timeout still catches a mutant that loops forever.
 */
export const UNDER_MUTATION_TESTING = process.env.STRYKER_MUTATOR_WORKER !== undefined || "__stryker__" in globalThis;
