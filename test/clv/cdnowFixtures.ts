import { readFileSync } from "node:fs";

function csv(name: string): number[][] {
  return readFileSync(new URL(`../fixtures/cdnow/${name}`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number));
}

/** lifetimes' cdnow_customers_summary.csv (test/fixtures/cdnow, MIT): 2,357 customers, weeks, calibration to 1997-09-30. */
export function cdnowSummary(): { customerId: number; frequency: number; recency: number; age: number }[] {
  return csv("cdnow_customers_summary.csv").map(([id, frequency, recency, age]) => ({
    customerId: id as number,
    frequency: frequency as number,
    recency: recency as number,
    age: age as number,
  }));
}

/** lifetimes' cdnow_customers_summary_with_transactions.csv: the same with zbar, the mean repeat spend. */
export function cdnowSummaryWithSpend(): { customerId: number; frequency: number; recency: number; age: number; monetaryValue: number }[] {
  return csv("cdnow_customers_summary_with_transactions.csv").map(([id, frequency, recency, age, zbar]) => ({
    customerId: id as number,
    frequency: frequency as number,
    recency: recency as number,
    age: age as number,
    monetaryValue: zbar as number,
  }));
}

/** CDNOW_sample.txt (test/fixtures/cdnow): 6,919 purchases of the 2,357 sampled customers, by sample id. */
export function cdnowSampleTransactions(): { customerId: number; date: string; amount: string }[] {
  return readFileSync(new URL("../fixtures/cdnow/CDNOW_sample.txt", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [, id = "", date = "", , amount = ""] = line.trim().split(/\s+/);
      return { customerId: Number(id), date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, amount };
    });
}

/**
 * lifetimes' example_transactions.csv (test/fixtures/lifetimes, MIT; synthetic, from lifetimes' simulator):
 * 15,273 purchase dates of 5,000 customers, ids 0–4999.
 */
export function lifetimesExampleTransactions(): { customerId: number; date: string }[] {
  return readFileSync(new URL("../fixtures/lifetimes/example_transactions.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [date = "", id = ""] = line.split(",");
      return { customerId: Number(id), date: date.slice(0, 10) };
    });
}
