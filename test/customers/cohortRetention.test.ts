import { describe, expect, test } from "vitest";
import { cohortRetention, customerIdSchema } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";
import { cdnowMaster } from "../_helpers/cdnow.mjs";

describe("cohortRetention on CDNOW_master", () => {
  // Reference figures computed independently of the library: Python 3.11 over the same file,
  // first month per customer as year × 12 + month, then the set of customers of each cohort
  // with a purchase at each month offset (len of the set), printed.
  const expected = [
    ["1997-01", 7846, [7846, 1157, 964, 810, 679, 736, 720, 582, 559, 594, 673, 634, 528, 511, 664, 472, 497, 498]],
    ["1997-02", 8476, [8476, 1312, 980, 783, 847, 786, 626, 619, 666, 721, 661, 545, 568, 718, 545, 548, 551]],
    ["1997-03", 7248, [7248, 1032, 752, 756, 674, 564, 561, 579, 634, 569, 464, 472, 678, 420, 443, 457]],
  ] as const;

  test("the three monthly cohorts of the first quarter of 1997: sizes and retention by month", () => {
    const { cohorts } = cohortRetention(cdnowMaster());
    expect(cohorts.map((c) => c.cohort)).toEqual(["1997-01", "1997-02", "1997-03"]);
    cohorts.forEach((cohort, i) => {
      const [label, size, active] = expected[i]!;
      expect(cohort.cohort).toBe(label);
      expect(cohort.size).toBe(size);
      expect(cohort.retention).toEqual(active.map((customers) => customers / size));
    });
    expect(cohorts.reduce((sum, c) => sum + c.size, 0)).toBe(23_570);
  });
});

describe("cohortRetention", () => {
  test("counts a customer once per period, however many orders", () => {
    const { cohorts } = cohortRetention([
      { customerId: 1, date: "2024-01-01" },
      { customerId: 1, date: "2024-01-02" },
      { customerId: 1, date: "2024-02-01" },
      { customerId: 1, date: "2024-02-02" },
      { customerId: 2, date: "2024-01-31" },
    ]);
    expect(cohorts).toEqual([{ cohort: "2024-01", size: 2, retention: [1, 0.5] }]);
  });

  test("a customer who skips a period counts again on return", () => {
    const { cohorts } = cohortRetention([
      { customerId: "a", date: "2024-01-10" },
      { customerId: "a", date: "2024-03-10" },
    ]);
    expect(cohorts[0]?.retention).toEqual([1, 0, 1]);
  });

  test("periods follow the time zone; weeks and quarters too", () => {
    const rows = [
      { customerId: "a", date: "2024-01-31T23:30:00-05:00" }, // February in UTC
      { customerId: "a", date: "2024-02-15T12:00:00Z" },
    ];
    expect(cohortRetention(rows, { timeZone: "America/New_York" }).cohorts[0]).toEqual({
      cohort: "2024-01",
      size: 1,
      retention: [1, 1],
    });
    expect(cohortRetention(rows).cohorts[0]).toEqual({ cohort: "2024-02", size: 1, retention: [1] });
    expect(cohortRetention(rows, { period: "quarter" }).cohorts[0]?.cohort).toBe("2024-Q1");
    expect(cohortRetention(rows, { period: "week" }).cohorts[0]?.cohort).toBe("2024-W05");
  });

  test("no transaction, no cohort; string and number ids are different customers", () => {
    expect(cohortRetention([])).toEqual({ cohorts: [] });
    expect(
      cohortRetention([
        { customerId: 1, date: "2024-01-01" },
        { customerId: "1", date: "2024-01-01" },
      ]).cohorts[0]?.size,
    ).toBe(2);
  });

  test.each([
    [[{ customerId: "", date: "2024-01-01" }], undefined, ["transactions[0].customerId"]],
    [[{ customerId: "a", date: "yesterday" }], undefined, ["transactions[0].date"]],
    [[{ customerId: NaN, date: "2024-01-01" }], undefined, ["transactions[0].customerId"]],
    [null, undefined, ["transactions"]],
    [[], { period: "hour" }, ["options.period"]],
  ])("rejects %o with options %o at %o", (rows, options, paths) => {
    expectKpiError("cohortRetention", () => cohortRetention(rows as never, options as never), paths);
  });

  test("rejects dates spanning more periods than a cohort table may have (a million), naming the transactions", () => {
    const rows = [
      { customerId: "a", date: "0001-01-01" },
      { customerId: "b", date: "9999-12-31" },
    ];
    const error = expectKpiError("cohortRetention", () => cohortRetention(rows, { period: "day" }), ["transactions"]);
    expect(error.message).toBe(
      "cohortRetention: transactions span 3652059 days, more than the 1000000 a cohort table may have: check the dates",
    );
    expect(cohortRetention(rows, { period: "year" }).cohorts).toHaveLength(2);
  });
});

// Found while writing the schemas' examples: an empty string got zod/mini's "Invalid input".
test("customerIdSchema says what a customer id is for an empty string too", () => {
  expect(customerIdSchema.safeParse("").error?.issues[0]?.message).toBe(
    "must be a customer id: a non-empty string or a finite number",
  );
});
