// Issue 13: V8 caps a Map or Set at 2^24 entries and throws a bare RangeError at one more.
// LargeMap and LargeSet chain full maps instead; a small capacity makes the chaining testable
// here (the scale test crosses 2^24 for real).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LargeMap } from "../../src/_internal/largeMap.js";

describe("LargeMap", () => {
  test("agrees with a Map for any sequence of sets, at any capacity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer())),
        (capacity, sets) => {
          const large = new LargeMap<number, number>(capacity);
          const plain = new Map<number, number>();
          for (const [key, value] of sets) {
            large.set(key, value);
            plain.set(key, value);
          }
          expect([...large]).toEqual([...plain]);
          expect(large.size).toBe(plain.size);
          for (let key = -21; key <= 21; key++) {
            expect(large.get(key)).toBe(plain.get(key));
            expect(large.has(key)).toBe(plain.has(key));
          }
        },
      ),
    );
  });
});
