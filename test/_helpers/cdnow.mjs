// The one loader of the CDNOW and lifetimes data sets (test/fixtures/), for the tests and the bench.
// Plain JavaScript, so that the bench's .mjs modules import it too; its types are in cdnow.d.mts.
import { readFileSync } from "node:fs";

const fixture = (path) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8")
    .trim()
    .split("\n");
/** yyyymmdd → yyyy-mm-dd */
const isoDate = (yyyymmdd) => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

/** CDNOW_master.txt (test/fixtures/cdnow, MIT via lifetimes): 69,659 purchases of 23,570 customers, dates made ISO. */
export function cdnowMaster() {
  return fixture("cdnow/CDNOW_master.txt")
    .slice(1)
    .map((line) => {
      const [customerId = "", date = "", , amount = ""] = line.trim().split(/\s+/);
      return { customerId, date: isoDate(date), amount };
    });
}

/** CDNOW_sample.txt (test/fixtures/cdnow): 6,919 purchases of the 2,357 sampled customers, by sample id. */
export function cdnowSampleTransactions() {
  return fixture("cdnow/CDNOW_sample.txt").map((line) => {
    const [, id = "", date = "", , amount = ""] = line.trim().split(/\s+/);
    return { customerId: Number(id), date: isoDate(date), amount };
  });
}

/** The numeric columns of one of lifetimes' CSV summaries, header dropped. */
const csv = (name) =>
  fixture(`cdnow/${name}`)
    .slice(1)
    .map((line) => line.split(",").map(Number));

/** lifetimes' cdnow_customers_summary.csv (test/fixtures/cdnow, MIT): 2,357 customers, weeks, calibration to 1997-09-30. */
export function cdnowSummary() {
  return csv("cdnow_customers_summary.csv").map(([customerId, frequency, recency, age]) => ({
    customerId,
    frequency,
    recency,
    age,
  }));
}

/** lifetimes' cdnow_customers_summary_with_transactions.csv: the same with zbar, the mean repeat spend. */
export function cdnowSummaryWithSpend() {
  return csv("cdnow_customers_summary_with_transactions.csv").map(([customerId, frequency, recency, age, zbar]) => ({
    customerId,
    frequency,
    recency,
    age,
    monetaryValue: zbar,
  }));
}

/**
 * lifetimes' example_transactions.csv (test/fixtures/lifetimes, MIT; synthetic, from lifetimes' simulator):
 * 15,273 purchase dates of 5,000 customers, ids 0–4999.
 */
export function lifetimesExampleTransactions() {
  return fixture("lifetimes/example_transactions.csv")
    .slice(1)
    .map((line) => {
      const [date = "", id = ""] = line.split(",");
      return { customerId: Number(id), date: date.slice(0, 10) };
    });
}
