import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { pipelineCoverage } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("pipelineCoverage", () => {
  test("contextawareanalytics: $7.5M of pipeline for a $2M quota is 3.75×; winsabove: $4.8M for $1.6M remaining is 3×", () => {
    expect(pipelineCoverage({ pipeline: 7_500_000, quota: 2_000_000 })).toBe(3.75);
    expect(pipelineCoverage({ pipeline: "4800000", quota: "1600000" })).toBe(3);
  });

  test("takes amounts as Decimals: $7.5M for $2M is 3.75× whatever the form", () => {
    expect(pipelineCoverage({ pipeline: new Decimal("7500000"), quota: new Decimal(2_000_000) })).toBe(3.75);
    expect(pipelineCoverage({ pipeline: new Decimal("4800000.00"), quota: "1600000" })).toBe(3);
  });

  test("no quota → null", () => {
    expect(pipelineCoverage({ pipeline: 5, quota: 0 })).toBeNull();
    expect(pipelineCoverage({ pipeline: new Decimal(5), quota: new Decimal(0) })).toBeNull();
  });

  test("rejects negative amounts", () => {
    expectKpiError("pipelineCoverage", () => pipelineCoverage({ pipeline: -1, quota: 5 }), ["pipeline"]);
    expectKpiError("pipelineCoverage", () => pipelineCoverage({ pipeline: 1, quota: new Decimal("-0.01") }), ["quota"]);
  });
});
