import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arpa, arpaInputSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward, moneyOrAwkward, near } from "../_helpers/index.js";

describe("arpa", () => {
  test("scales with revenue; unchanged when revenue and customers scale together", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 100 }),
        (revenue, customers, k) => {
          const base = arpa({ revenue, customers }) as number;
          expect(near(arpa({ revenue: revenue * k, customers }), base * k)).toBe(true);
          expect(near(arpa({ revenue: revenue * k, customers: customers * k }), base)).toBe(true);
        },
      ),
    );
  });

  test("fast check agrees with the schema", () => {
    assertAgreesWithSchema(
      fc.oneof(fc.record({ revenue: moneyOrAwkward, customers: countOrAwkward }), fc.anything()),
      (input) => arpa(input as never),
      (input) => arpaInputSchema.safeParse(input).success,
    );
  });
});
