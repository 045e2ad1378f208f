// Inputs are never mutated (conventions §1): every exported function is called with the valid
// inputs of seeds.ts — records, options, calendars (plain and made by businessCalendar), Dates and
// Decimals — deep-frozen there, so a write throws a TypeError (ES modules are strict). A snapshot
// taken before and compared after catches what freezing cannot stop (Date#setTime). Calling twice
// with the same input must give the same result: no hidden state between calls.

import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import * as salesmetrics from "../../src/index.js";
import { SEEDS } from "./seeds.js";

type AnyFunction = (...args: unknown[]) => unknown;

const functions = new Map(
  Object.entries(salesmetrics as Record<string, unknown>).filter(
    (entry): entry is [string, AnyFunction] => typeof entry[1] === "function",
  ),
);

/** A plain-data picture of a value: Dates by their time, Decimals by their digits, functions by identity. */
function snapshot(value: unknown, seen = new Map<object, number>()): unknown {
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "bigint" || typeof value === "symbol") return String(value);
  if (typeof value === "function") return `function ${value.name}`;
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return `cycle ${seen.get(value)}`;
  seen.set(value, seen.size);
  if (value instanceof Date) return { date: value.getTime() };
  if (Decimal.isDecimal(value)) return { decimal: (value as Decimal).toString() };
  const entries = Reflect.ownKeys(value)
    .filter((key) => Object.getOwnPropertyDescriptor(value, key)?.enumerable === true)
    .map((key) => [String(key), snapshot((value as Record<PropertyKey, unknown>)[key], seen)]);
  return { array: Array.isArray(value), frozen: Object.isFrozen(value), entries };
}

/** Every object reachable through enumerable properties, for the check that the seeds are frozen. */
function objectsIn(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || out.has(value)) return out;
  out.add(value);
  for (const key of Reflect.ownKeys(value)) {
    if (Object.getOwnPropertyDescriptor(value, key)?.enumerable === true)
      objectsIn((value as Record<PropertyKey, unknown>)[key], out);
  }
  return out;
}

describe("inputs are never mutated", () => {
  test("the seed inputs are deep-frozen", () => {
    for (const [name, seed] of Object.entries(SEEDS)) {
      for (const input of [...seed.calls, ...(seed.data ?? [])]) {
        for (const object of objectsIn(input)) expect(Object.isFrozen(object), name).toBe(true);
      }
    }
  });

  test.each(Object.entries(SEEDS))("%s leaves its frozen inputs as they were, and gives the same result twice", (name, seed) => {
    const fn = functions.get(name);
    expect(fn, `${name} is not an exported function`).toBeDefined();
    for (const args of seed.calls) {
      const before = snapshot(args);
      const first = (fn as AnyFunction)(...args);
      const second = (fn as AnyFunction)(...args);
      expect(snapshot(args), `${name}: the arguments changed`).toEqual(before);
      if (name.endsWith("SchemaFor")) {
        // A schema: it must validate the seed data without writing to it either.
        for (const data of seed.data ?? []) {
          const dataBefore = snapshot(data);
          (first as { safeParse(value: unknown): unknown }).safeParse(data);
          expect(snapshot(data), `${name}: the data changed`).toEqual(dataBefore);
        }
      } else {
        expect(snapshot(second), `${name}: a second call gave another result`).toEqual(snapshot(first));
      }
    }
  });
});
