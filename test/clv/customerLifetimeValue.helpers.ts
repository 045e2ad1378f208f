// What the unit tests and the property tests of customerLifetimeValue share.
export const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
export const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
export const customer = { customerId: 1, frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 };
