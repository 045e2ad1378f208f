import { describe, expect, test } from "vitest";
import { LargeMap, LargeSet, MAX_DISTINCT_KEYS } from "../../src/_internal/largeMap.js";

describe("LargeMap", () => {
  test("by default each chained map holds V8's maximum, 2^24 keys", () => {
    expect(MAX_DISTINCT_KEYS).toBe(16_777_216);
  });

  test("behaves as a Map across full maps: get, has, set, size, order", () => {
    const map = new LargeMap<string | number, number>(3);
    for (let i = 0; i < 10; i++) map.set(`k${i}`, i);
    expect(map.size).toBe(10);
    expect(map.get("k0")).toBe(0);
    expect(map.get("k9")).toBe(9);
    expect(map.has("k4")).toBe(true);
    expect(map.has("nope")).toBe(false);
    expect(map.get("nope")).toBeUndefined();
    map.set("k1", 100); // a key in a full map is updated in place, not added again
    expect(map.size).toBe(10);
    expect(map.get("k1")).toBe(100);
    expect([...map.keys()]).toEqual(Array.from({ length: 10 }, (_, i) => `k${i}`));
    expect([...map.values()][1]).toBe(100);
    expect([...map][9]).toEqual(["k9", 9]);
  });

  test("keys compare as in a Map: -0 and 0 are one key", () => {
    const map = new LargeMap<number, string>(1);
    map.set(0, "zero");
    map.set(1, "one");
    map.set(-0, "minus zero");
    expect(map.size).toBe(2);
    expect(map.get(0)).toBe("minus zero");
  });
});

describe("LargeSet", () => {
  test("behaves as a Set across full maps", () => {
    const set = new LargeSet(["a", "b", "a", "c", "d"], 2);
    expect(set.size).toBe(4);
    expect(set.has("d")).toBe(true);
    expect(set.has("e")).toBe(false);
    set.add("e").add("a");
    expect([...set]).toEqual(["a", "b", "c", "d", "e"]);
    expect([...set.values()]).toHaveLength(5);
  });
});
