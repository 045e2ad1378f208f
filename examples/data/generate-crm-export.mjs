// Writes examples/data/crm-export.csv: a small synthetic CRM export (300 deals) for the examples.
//
//   node examples/data/generate-crm-export.mjs
//
// The output is deterministic: a fixed seed drives a small PRNG (mulberry32), and no clock or
// locale is read, so running this again reproduces the committed CSV byte for byte.
//
// One row per deal, as exported on 2026-09-30:
//   deal_id     D-0001 … in order of creation
//   owner       the rep who owns the deal
//   account     the customer company (some names contain commas or quotes, so the CSV quotes them)
//   stage       lead | qualified | proposal | negotiation | won: the stage the deal is in now or,
//               for a lost deal, the stage it was lost at
//   status      won | lost | open
//   amount      decimal string with cents ("12345.60"); empty for open deals not yet priced
//               (the CRM requires an amount to close a deal)
//   created_at  ISO date, 2026
//   closed_at   ISO date of the win or loss; empty for open deals
//   calls       dials made on the deal; contacts: live conversations among them (≤ calls)
//   touches     all attempts to reach the buyer (calls, emails, meetings; ≥ calls); for a won
//               deal, up to and including the touch that won it
//
// The reps differ in skill and volume. Finn Walsh joined in July and has only a handful of deals:
// a lucky streak gives him the highest raw win rate, which the demo's interval ranking puts in context.

import { writeFileSync } from "node:fs";

const SEED = 602;
const EXPORTED_ON = "2026-09-30";
const STAGES = ["lead", "qualified", "proposal", "negotiation"];

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for sample data, not for anything secret. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const chance = (p) => random() < p;
const integer = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (items) => items[Math.floor(random() * items.length)];

// Days are counted from 2026-01-01 (day 0) and turned into ISO dates in UTC, so no time zone matters.
const dayOf = (iso) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(2026, 0, 1)) / 86_400_000;
const isoDate = (day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
const LAST_DAY = dayOf(EXPORTED_ON);

// advance[k]: the chance a deal in stage k moves on (the last entry: negotiation → won).
const REPS = [
  { owner: "Avery Chen", deals: 66, from: "2026-01-05", advance: [0.85, 0.78, 0.82, 0.72], connect: 0.3 },
  { owner: "Bruno Silva", deals: 62, from: "2026-01-05", advance: [0.78, 0.7, 0.75, 0.62], connect: 0.24 },
  { owner: "Chiara Rossi", deals: 58, from: "2026-01-05", advance: [0.82, 0.75, 0.8, 0.68], connect: 0.27 },
  { owner: "Dmitri Volkov", deals: 73, from: "2026-01-05", advance: [0.72, 0.62, 0.7, 0.55], connect: 0.2 },
  { owner: "Esther Okafor", deals: 34, from: "2026-01-05", advance: [0.8, 0.72, 0.78, 0.66], connect: 0.33 },
  { owner: "Finn Walsh", deals: 7, from: "2026-06-01", advance: [0.8, 0.72, 0.78, 0.66], connect: 0.25 },
];

// Days a deal spends in each stage before it moves on or is lost.
const DAYS_IN_STAGE = [
  [3, 14],
  [7, 25],
  [7, 30],
  [7, 35],
];

// Touches per stage, and the share of them that are calls (the rest are emails and meetings).
const TOUCHES_IN_STAGE = [
  [1, 4],
  [1, 3],
  [1, 3],
  [1, 4],
];
const CALL_SHARE = [0.8, 0.6, 0.5, 0.5];

// Per-seat yearly list prices in cents, and discounts in per mille.
const SEAT_PRICES = [34_800, 58_800, 95_400];
const DISCOUNTS = [0, 0, 0, 50, 100, 125, 150];

function accountNames() {
  const first = [
    "Northwind",
    "Blue Harbor",
    "Kestrel",
    "Alder",
    "Copperline",
    "Meridian",
    "Fernhill",
    "Granite Peak",
    "Lumen",
    "Oakridge",
    "Pinecrest",
    "Quayside",
    "Redwood",
    "Silverleaf",
    "Tidewater",
    "Juniper",
    "Brightwater",
    "Cedar & Stone",
    "Driftwood",
    "Evergreen",
    "Foxglove",
    "Harbourside",
    "Ironbridge",
    "Larkspur",
    "Millbrook",
    "Nightingale",
    "Orchard",
    "Riverbend",
    "Saltmarsh",
    "Westfield",
  ];
  const second = [
    "Logistics",
    "Foods",
    "Dental",
    "Analytics",
    "Builders",
    "Textiles",
    "Health",
    "Legal",
    "Energy",
    "Print",
    "Outdoor",
    "Labs",
  ];
  const suffixes = ["GmbH", "Ltd", "Inc.", "LLC", "S.A.", "B.V.", "AG", ", Inc.", "& Co., Ltd."];
  const names = [];
  for (const a of first) for (const b of second) names.push(`${a} ${b}`);
  // Shuffle (Fisher–Yates), then give each name a legal-form suffix.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const withSuffix = names.map((name) => {
    const suffix = pick(suffixes);
    return suffix.startsWith(",") ? `${name}${suffix}` : `${name} ${suffix}`;
  });
  // Two names a CSV writer has to quote with care.
  withSuffix.splice(7, 0, 'The "Blue Door" Bakery');
  withSuffix.splice(41, 0, "Smith, Jones & Partners");
  return withSuffix;
}

function money(cents) {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

function priceInCents() {
  const list = integer(5, 120) * pick(SEAT_PRICES);
  const discount = pick(DISCOUNTS);
  return Math.floor((list * (1000 - discount) + 500) / 1000); // integers: exact to the cent
}

/** Walks one deal through the stages until it is won, lost, or still open on the export date. */
function simulateDeal(rep, created) {
  let day = created;
  let calls = 0;
  let contacts = 0;
  let touches = 0;
  for (let k = 0; k < STAGES.length; k++) {
    const stageTouches = integer(...TOUCHES_IN_STAGE[k]);
    for (let t = 0; t < stageTouches; t++) {
      touches++;
      if (chance(CALL_SHARE[k])) {
        calls++;
        if (chance(rep.connect)) contacts++;
      }
    }
    const advances = chance(rep.advance[k]);
    const leaves = day + integer(...DAYS_IN_STAGE[k]);
    const activity = { calls, contacts, touches };
    if (leaves > LAST_DAY) return { stage: STAGES[k], status: "open", closed: null, ...activity };
    if (!advances) return { stage: STAGES[k], status: "lost", closed: leaves, ...activity };
    if (k === STAGES.length - 1) return { stage: "won", status: "won", closed: leaves, ...activity };
    day = leaves;
  }
  throw new Error("unreachable");
}

const names = accountNames();
let nextName = 0;
const deals = [];
for (const rep of REPS) {
  const first = dayOf(rep.from);
  const accounts = [];
  for (let i = 0; i < rep.deals; i++) {
    // A quarter of deals are repeat business with one of the rep's earlier accounts.
    const account = accounts.length > 0 && chance(0.25) ? pick(accounts) : names[nextName++];
    accounts.push(account);
    const created = integer(first, LAST_DAY - 1);
    const outcome = simulateDeal(rep, created);
    // Open deals get an amount once they are quoted; some qualified ones have an estimate.
    const { status, stage } = outcome;
    const priced = status !== "open" || stage === "proposal" || stage === "negotiation" || (stage === "qualified" && chance(0.5));
    deals.push({ owner: rep.owner, account, created, amount: priced ? money(priceInCents()) : "", ...outcome });
  }
}

// Number the deals in order of creation (ties keep generation order: Array.prototype.sort is stable).
deals.sort((a, b) => a.created - b.created);

const quote = (value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const header = "deal_id,owner,account,stage,status,amount,created_at,closed_at,calls,contacts,touches";
const rows = deals.map((deal, i) =>
  [
    `D-${String(i + 1).padStart(4, "0")}`,
    deal.owner,
    deal.account,
    deal.stage,
    deal.status,
    deal.amount,
    isoDate(deal.created),
    deal.closed === null ? "" : isoDate(deal.closed),
    String(deal.calls),
    String(deal.contacts),
    String(deal.touches),
  ]
    .map(quote)
    .join(","),
);

const target = new URL("./crm-export.csv", import.meta.url);
writeFileSync(target, `${header}\n${rows.join("\n")}\n`);
console.log(`wrote ${deals.length} deals to ${target.pathname}`);
