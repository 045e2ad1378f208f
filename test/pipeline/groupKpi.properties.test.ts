import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { groupKpi } from "../../src/index.js";

describe("groupKpi", () => {
  test("counts over the groups add up to the whole, whatever the order of the records", () => {
    const record = fc.record({ owner: fc.constantFrom("a", "b", "c", "d"), won: fc.boolean() });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 100 }), (rows) => {
        const table = groupKpi(rows, "owner", (group) => group.length);
        expect(table.reduce((sum, row) => sum + row.value, 0)).toBe(rows.length);
        expect(groupKpi([...rows].reverse(), "owner", (group) => group.length)).toEqual(table);
      }),
    );
  });
});
