import { describe, expect, test } from "vitest";
import { callsPerContact } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

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

  test("a missing or non-object input is a KpiInputError at `input`, not a TypeError", () => {
    for (const input of [null, undefined, 12, "12 calls"]) {
      expectKpiError("callsPerContact", () => callsPerContact(input as never), ["input"]);
    }
  });
});
