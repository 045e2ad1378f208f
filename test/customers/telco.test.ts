import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { churnRate, groupKpi, retentionRate, revenueChurn } from "../../src/index.js";

/** The IBM Telco churn file (test/fixtures/telco, Apache-2.0); no quoted fields contain commas. */
function telco(): Record<string, string>[] {
  const [header = "", ...lines] = readFileSync(new URL("../fixtures/telco/Telco-Customer-Churn.csv", import.meta.url), "utf8")
    .trim()
    .split("\n");
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i], cell])));
}

// Reference figures computed independently of the library: Python 3.11's csv module over the
// same file, counting Churn == "Yes" overall and per Contract, and summing MonthlyCharges with
// decimal.Decimal (456,116.60 in all, 139,130.85 from customers who churned).
describe("churn on the IBM Telco data (7,043 customers)", () => {
  const customers = telco();
  const churned = (rows: Record<string, string>[]) => rows.filter((row) => row.Churn === "Yes").length;

  test("overall: 1,869 of 7,043 churned, 26.54 %; retention is its complement", () => {
    expect(customers).toHaveLength(7043);
    const rate = churnRate({ lost: churned(customers), start: customers.length });
    expect(rate).toBe(1869 / 7043);
    expect(rate).toBeCloseTo(0.2654, 4);
    expect(retentionRate({ start: 7043, end: 7043 - 1869, acquired: 0 })).toBeCloseTo(1 - (rate as number), 15);
  });

  test("by contract: month-to-month 42.71 %, one year 11.27 %, two year 2.83 %", () => {
    const byContract = groupKpi(customers, "Contract", (rows) => churnRate({ lost: churned(rows), start: rows.length }));
    expect(byContract).toEqual([
      { group: "Month-to-month", value: 1655 / 3875 },
      { group: "One year", value: 166 / 1473 },
      { group: "Two year", value: 48 / 1695 },
    ]);
  });

  test("revenue churn: the churned customers' monthly charges are 30.50 % of all", () => {
    const churnedMrr = customers
      .filter((row) => row.Churn === "Yes")
      .reduce((cents, row) => cents + Math.round(Number(row.MonthlyCharges) * 100), 0);
    expect(churnedMrr).toBe(13_913_085);
    const result = revenueChurn({ startMrr: "456116.60", churned: "139130.85", contraction: 0, expansion: 0 });
    expect(result?.gross).toBeCloseTo(0.3050335155528214, 14);
  });
});
