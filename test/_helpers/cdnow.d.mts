export function cdnowMaster(): { customerId: string; date: string; amount: string }[];
export function cdnowSampleTransactions(): { customerId: number; date: string; amount: string }[];
export function cdnowSummary(): { customerId: number; frequency: number; recency: number; age: number }[];
export function cdnowSummaryWithSpend(): {
  customerId: number;
  frequency: number;
  recency: number;
  age: number;
  monetaryValue: number;
}[];
export function lifetimesExampleTransactions(): { customerId: number; date: string }[];
