// Type tests of KpiInputError (the "types" project: checked by tsc, never run).
import { describe, expectTypeOf, test } from "vitest";
import { KpiInputError, MAX_ISSUES, type KpiIssue } from "../../src/index.js";

describe("KpiInputError", () => {
  test("is an Error whose code is the one literal, so a caller can narrow on it", () => {
    expectTypeOf<KpiInputError>().toExtend<Error>();
    expectTypeOf<KpiInputError["code"]>().toEqualTypeOf<"ERR_KPI_INPUT">();
  });

  test("names the function and carries read-only issues of path and message", () => {
    expectTypeOf<KpiInputError["fn"]>().toEqualTypeOf<string>();
    expectTypeOf<KpiInputError["issues"]>().toEqualTypeOf<readonly KpiIssue[]>();
    expectTypeOf<KpiIssue>().toEqualTypeOf<{ readonly path: string; readonly message: string }>();
    expectTypeOf<KpiInputError["unlistedIssues"]>().toEqualTypeOf<number>();
    expectTypeOf<KpiInputError["unlistedRows"]>().toEqualTypeOf<number>();
    expectTypeOf(MAX_ISSUES).toEqualTypeOf<number>();
  });

  test("is built from a function name and issues; what was left out is optional", () => {
    expectTypeOf(KpiInputError).constructorParameters.toEqualTypeOf<
      [fn: string, issues: readonly KpiIssue[], unlisted?: { readonly issues?: number; readonly rows?: number }]
    >();
    // @ts-expect-error: the issues are required
    new KpiInputError("winRate");
  });

  test("the fields are read-only", () => {
    const error = new KpiInputError("winRate", [{ path: "won", message: "must be a non-negative integer (got -1)" }]);
    // @ts-expect-error: fn is read-only
    error.fn = "lossRate";
    // @ts-expect-error: issues is read-only
    error.issues.push({ path: "lost", message: "" });
  });
});
