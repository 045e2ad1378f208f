import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { callContactsInputSchema, callsPerContact, connectRate } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("callsPerContact", () => {
  test("is the inverse of the connect rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        const [contacts, calls] = a <= b ? [a, b] : [b, a];
        expect((callsPerContact({ calls, contacts }) as number) * (connectRate({ calls, contacts }) as number)).toBeCloseTo(
          1,
          12,
        );
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.record({ calls: countOrAwkward, contacts: countOrAwkward }),
      (input) => callsPerContact(input as never),
      (input) => callContactsInputSchema.safeParse(input).success,
    );
  });
});
