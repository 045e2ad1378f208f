// A published table that the tests of annualizeChurn and periodicChurn read.
// Churnkey, "Convert Annual To Monthly Churn" (https://churnkey.co/blog/convert-annual-churn-to-monthly-churn),
// monthly → annual, as the table prints them (two decimals of a percent).
export const CHURNKEY: [number, number][] = [
  [0.01, 0.1136],
  [0.02, 0.2153],
  [0.03, 0.3062],
  [0.04, 0.3873],
  [0.05, 0.4596],
  [0.1, 0.7176],
  [0.2, 0.9313],
];
