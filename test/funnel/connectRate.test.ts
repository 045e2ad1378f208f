import { describe, expect, test } from "vitest";
import { callsPerContact, connectRate } from "../../src/index.js";
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
});

describe("callsPerContact", () => {
  test("100 dials for 7 contacts ≈ 14.3 dials per contact (research file §4)", () => {
    expect(callsPerContact({ calls: 100, contacts: 7 })).toBeCloseTo(14.2857, 4);
  });

  test("no contact → null", () => {
    expect(callsPerContact({ calls: 40, contacts: 0 })).toBeNull();
  });

  test("reports its own name in errors", () => {
    expectKpiError("callsPerContact", () => callsPerContact({ calls: -1, contacts: 0 }), ["calls"]);
  });
});

describe("connectRate and callsPerContact without an input object", () => {
  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 12, "12 calls"]) {
      expectKpiError("connectRate", () => connectRate(input as never), ["input"]);
      expectKpiError("callsPerContact", () => callsPerContact(input as never), ["input"]);
    }
  });
});
