// Kept only for test/clv, which imports "../helpers.js": the shared test code is in test/_helpers/.
// Delete this file once test/clv imports from "../_helpers/index.js" (issue 14).
export * from "./_helpers/index.js";
