import { describe, expect, test } from "vitest";
import { crossSellRate } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

describe("crossSellRate", () => {
  test("shno.co: 50 of the 200 blow-dryer buyers offered a straightener bought it → 25 %", () => {
    // https://www.shno.co/startup-metrics/upsell-rate-cross-sell-rate
    expect(crossSellRate({ accepted: 50, offered: 200 })).toBe(0.25);
  });

  test("nothing offered is undefined; errors name crossSellRate", () => {
    expect(crossSellRate({ accepted: 0, offered: 0 })).toBeNull();
    const error = expectKpiError("crossSellRate", () => crossSellRate({ accepted: 3, offered: 2 }), ["accepted"]);
    expect(error.message).toBe("crossSellRate: accepted must not exceed offered, 2 (got 3)");
  });
});
