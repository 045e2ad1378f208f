import { describe, expect, test } from "vitest";
import { connectRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("connectRate", () => {
  test("Uservox docs: 500 calls, 180 connected → 36 %", () => {
    expect(connectRate({ calls: 500, contacts: 180 })).toBe(0.36);
  });

  test("getgangly glossary: 100 dials, 7 conversations → 7 %", () => {
    expect(connectRate({ calls: 100, contacts: 7 })).toBe(0.07);
  });

  test("no call → null", () => {
    expect(connectRate({ calls: 0, contacts: 0 })).toBeNull();
  });

  test("rejects more contacts than calls", () => {
    const error = expectKpiError("connectRate", () => connectRate({ calls: 3, contacts: 4 }), ["contacts"]);
    expect(error.message).toBe("connectRate: contacts must not exceed calls, 3 (got 4)");
  });

  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 12, "12 calls"]) {
      expectKpiError("connectRate", () => connectRate(input as never), ["input"]);
    }
  });
});
