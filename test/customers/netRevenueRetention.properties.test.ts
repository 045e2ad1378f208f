import fc from "fast-check";
import { describe, test } from "vitest";
import { netRevenueRetention, netRevenueRetentionInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, moneyOrAwkward } from "../_helpers/index.js";

describe("netRevenueRetention", () => {
  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(
        fc.record(
          { startMrr: moneyOrAwkward, expansion: moneyOrAwkward, contraction: moneyOrAwkward, churned: moneyOrAwkward },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      (input) => netRevenueRetention(input as never),
      (input) => netRevenueRetentionInputSchema.safeParse(input).success,
      { numRuns: 2000, isResultRangeError: (error) => error.issues[0]?.message.includes("beyond the range") === true },
    );
  });
});
