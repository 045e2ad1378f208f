import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatValue } from "../../src/_internal/validate.js";

describe("formatValue", () => {
  test("shows the same prefix as the whole value's JSON, for any JSON value", () => {
    const whole = (value: unknown): string => {
      const json = JSON.stringify(value);
      return json.length <= 60 ? json : `${json.slice(0, 59)}…`;
    };
    const big = fc.oneof(
      fc.jsonValue(),
      fc.string({ maxLength: 200 }),
      fc.array(fc.integer(), { maxLength: 200 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.boolean(), { maxKeys: 120 }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), big, { maxKeys: 80 }), (value) => {
        expect(formatValue(value)).toBe(whole(value));
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        expect(formatValue(value)).toBe(whole(value));
      }),
    );
  });
});
