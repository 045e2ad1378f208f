// Draws customers from the BG/NBD model, for parameter-recovery tests and the benchmark.
// Plain JavaScript so that test/bench/clv.mjs can import it too; types in simulate.d.mts.

/** mulberry32: a small seeded PRNG with uniform output in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(uniform) {
  let u = 0;
  while (u === 0) u = uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}

/** Gamma(shape, rate 1) by Marsaglia & Tsang (2000), with the boost for shape < 1. */
function gamma(shape, uniform) {
  if (shape < 1) return gamma(shape + 1, uniform) * uniform() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(uniform);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Customers of the BG/NBD model: λ ~ Gamma(r, α), p ~ Beta(a, b); purchases arrive at rate λ, and
 * after each repeat purchase the customer leaves with probability p. Ages are drawn uniformly
 * from [minAge, maxAge]; with `days`, times are whole days (as real data are recorded) and the
 * rates are per day, so identical rows repeat and aggregate.
 */
export function simulateBgNbd({ r, alpha, a, b }, { customers, minAge, maxAge, seed = 1, days = false }) {
  const uniform = random(seed);
  const rows = new Array(customers);
  for (let i = 0; i < customers; i++) {
    const lambda = gamma(r, uniform) / alpha;
    const ga = gamma(a, uniform);
    const p = ga / (ga + gamma(b, uniform));
    let age = minAge + (maxAge - minAge) * uniform();
    if (days) age = Math.round(age);
    let t = 0;
    let frequency = 0;
    let recency = 0;
    for (;;) {
      t += -Math.log(1 - uniform()) / lambda;
      if (!(t <= age)) break;
      const time = days ? Math.ceil(t) : t;
      if (time > age) break;
      if (!days || time > recency) frequency++; // one purchase a day counts once
      recency = time;
      if (uniform() < p) break;
    }
    rows[i] = { frequency, recency: frequency === 0 ? 0 : recency, age };
  }
  return rows;
}
