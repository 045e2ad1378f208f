import { describe, expect, test } from "vitest";
import { upsellRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("upsellRate", () => {
  test("shno.co: 250 of the 500 customers offered a membership upgrade took it → 50 %", () => {
    // https://www.shno.co/startup-metrics/upsell-rate-cross-sell-rate
    expect(upsellRate({ accepted: 250, offered: 500 })).toBe(0.5);
  });

  test("insia's denominator, every customer: 30 of 100 bought more → 30 %", () => {
    expect(upsellRate({ accepted: 30, offered: 100 })).toBe(0.3);
  });

  test("nothing offered is undefined", () => {
    expect(upsellRate({ accepted: 0, offered: 0 })).toBeNull();
  });

  test.each([
    [{ accepted: 6, offered: 5 }, ["accepted"]],
    [{ accepted: -1, offered: 5 }, ["accepted"]],
    [{ accepted: 1 }, ["offered"]],
    ["0.5", ["input"]],
  ])("rejects %o at %o", (input, paths) => {
    expectKpiError("upsellRate", () => upsellRate(input as never), paths);
  });
});
