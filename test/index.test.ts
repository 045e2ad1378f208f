import { describe, expect, test } from "vitest";
import { toJSONSchema } from "zod/v4/core";
import * as salesmetrics from "../src/index.js";

const exports = Object.entries(salesmetrics);

describe("the package root", () => {
  test("exports only functions, schemas, the error class and constants", () => {
    for (const [name, value] of exports) {
      if (name.endsWith("Schema")) expect(value, name).toHaveProperty("~standard");
      else if (name === "KpiInputError") expect(typeof value).toBe("function");
      else if (/^[A-Z0-9_]+$/.test(name)) expect(["number", "object"], name).toContain(typeof value);
      else expect(typeof value, name).toBe("function");
    }
  });

  test.each(exports.filter(([name]) => name.endsWith("Schema")))("%s converts to JSON Schema", (_, schema) => {
    // A Decimal (in money) has no JSON Schema form; it becomes {} there.
    const json = toJSONSchema(schema as never, { unrepresentable: "any", io: "input" });
    expect(json).toBeTypeOf("object");
  });
});
