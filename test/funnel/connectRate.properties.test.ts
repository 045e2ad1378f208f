import fc from "fast-check";
import { describe, test } from "vitest";
import { callContactsInputSchema, connectRate } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("connectRate", () => {
  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ calls: countOrAwkward, contacts: countOrAwkward }),
      (input) => connectRate(input as never),
      (input) => callContactsInputSchema.safeParse(input).success,
    );
  });
});
