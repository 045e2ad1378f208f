// A plain-text KPI report from the sample CRM export: `npm run demo` (it builds dist/ first).
//
// Every figure comes from a salesmetrics function; this script only reads the CSV, counts,
// and formats. The library returns rates as fractions (0.4), so turning them into "40.0 %"
// happens here, in pct().

import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv } from "./read-csv.mjs";

// The examples import the built package; say so plainly if dist/ is missing.
const {
  activityPlan,
  backsolveFunnel,
  callsPerContact,
  closeRatio,
  connectRate,
  followUpStats,
  funnel,
  rateInterval,
  requiredNewCustomers,
  winRate,
} = await import("salesmetrics").catch(() => {
  console.error('Cannot load salesmetrics: run "npm run build" first (or "npm run demo").');
  process.exit(1);
});

const CSV = fileURLToPath(new URL("./data/crm-export.csv", import.meta.url));
const STAGES = ["lead", "qualified", "proposal", "negotiation", "won"];

// The plan: a customer goal for the next six months, with an assumed monthly churn rate
// (the export holds no churn data), and the working days of next month.
const GOAL = { customers: 110, months: 6, churnRate: 0.02 };
const WORKING_DAYS = 20;

// ---- formatting -------------------------------------------------------------------------------

const pct = (fraction, digits = 1) => (fraction === null ? "n/a" : `${(fraction * 100).toFixed(digits)} %`);
const num = (value) => (value === null ? "n/a" : Number.isInteger(value) ? String(value) : value.toFixed(1));
const ordinal = (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

/**
 * Prints rows as aligned columns. `align` has one letter per column: "l" pads on the right,
 * "r" on the left. Pass `header: null` for a table without a header row.
 */
function table(align, header, rows, indent = "  ") {
  const all = (header === null ? rows : [header, ...rows]).map((row) => row.map(String));
  const widths = [...align].map((_, c) => Math.max(...all.map((row) => row[c].length)));
  for (const row of all) {
    const cells = row.map((cell, c) => (align[c] === "r" ? cell.padStart(widths[c]) : cell.padEnd(widths[c])));
    console.log(indent + cells.join("  ").trimEnd());
  }
}

/** A section title, underlined, with the salesmetrics functions behind it. */
function heading(title, functions) {
  const line = `${title}  [${functions}]`;
  console.log(`\n${line}\n${"-".repeat(line.length)}`);
}

// ---- the data ---------------------------------------------------------------------------------

/** How far a deal got: 0 = lead … 3 = negotiation, 4 = won. A lost deal's stage is where it was lost. */
function reached(deal, row) {
  if (deal.status === "won") return STAGES.length - 1;
  const index = STAGES.indexOf(deal.stage);
  if (index < 0 || index === STAGES.length - 1 || !["lost", "open"].includes(deal.status)) {
    const what = `stage "${deal.stage}" with status "${deal.status}"`;
    throw new Error(`row ${row + 1} (${deal.deal_id}): ${what} is not understood`);
  }
  return index;
}

function loadDeals(path) {
  return readCsv(path).map((deal, row) => ({
    ...deal,
    reached: reached(deal, row),
    calls: Number(deal.calls),
    contacts: Number(deal.contacts),
    touches: Number(deal.touches),
  }));
}

/** Funnel stages for a set of deals: a deal is counted at every stage up to the one it reached. */
function stageCounts(deals) {
  return STAGES.map((name, k) => ({ name, count: deals.filter((deal) => deal.reached >= k).length }));
}

const count = (deals, status) => deals.filter((deal) => deal.status === status).length;
const sum = (deals, field) => deals.reduce((total, deal) => total + deal[field], 0);

// ---- the report -------------------------------------------------------------------------------

function report(deals, path) {
  const owners = [...new Set(deals.map((deal) => deal.owner))].sort();
  const dates = deals.map((deal) => deal.created_at).sort();
  console.log(`Sales KPI report: ${path}`);
  console.log(`${deals.length} deals, ${owners.length} reps, created ${dates[0]} to ${dates.at(-1)}`);

  // Funnel
  heading("Funnel: each deal counted at every stage it reached", "funnel");
  const stages = funnel(stageCounts(deals)).stages;
  table(
    "lrrr",
    ["stage", "deals", "step", "cumulative"],
    stages.map((s) => [s.name, s.count, pct(s.stepRate), pct(s.cumulativeRate)]),
  );
  console.log(`  ${count(deals, "open")} deals are still open, so the later stages will still fill up.`);

  // Win rate and close ratio
  const won = count(deals, "won");
  const lost = count(deals, "lost");
  const open = count(deals, "open");
  heading("Win rate and close ratio", "winRate, closeRatio");
  const all = deals.length;
  table("lrl", null, [
    ["win rate", pct(winRate({ won, lost })), `won ÷ (won + lost) = ${won} ÷ ${won + lost}: decided deals only`],
    [
      "close ratio",
      pct(closeRatio({ won, opportunities: all })),
      `won ÷ all deals = ${won} ÷ ${all}: the ${open} open deals count as not won`,
    ],
  ]);

  // Win rate per rep, ranked by the lower bound of the 95 % Wilson interval
  heading("Win rate by rep, ranked by the lower bound of its 95 % interval", "rateInterval");
  const reps = owners.map((owner) => {
    const mine = deals.filter((deal) => deal.owner === owner);
    const repWon = count(mine, "won");
    const decided = repWon + count(mine, "lost");
    return { owner, won: repWon, decided, interval: rateInterval({ successes: repWon, trials: decided }) };
  });
  // Highest first; reps with no decided deal (interval null) last; ties go to the longer record.
  const rankBy = (field) =>
    [...reps].sort((a, b) => (b.interval?.[field] ?? -1) - (a.interval?.[field] ?? -1) || b.decided - a.decided);
  const byLower = rankBy("lower");
  const byRate = rankBy("rate");
  table(
    "rlrrrrr",
    ["#", "rep", "won", "decided", "win rate", "95 % interval", "# by raw rate"],
    byLower.map((rep, i) => [
      String(i + 1),
      rep.owner,
      rep.won,
      rep.decided,
      pct(rep.interval?.rate ?? null),
      rep.interval === null ? "n/a" : `${pct(rep.interval.lower)} – ${pct(rep.interval.upper)}`,
      String(byRate.indexOf(rep) + 1),
    ]),
  );
  const top = byRate[0];
  if (top !== byLower[0] && top.interval !== null) {
    console.log(
      `  By raw win rate ${top.owner} would come first (${top.won} of ${top.decided} won), but so few decided deals\n` +
        `  leave the interval wide; its lower bound, ${pct(top.interval.lower)}, ranks ${top.owner.split(" ")[0]} ` +
        `${ordinal(byLower.indexOf(top) + 1)}.`,
    );
  } else if (byRate.some((rep, i) => rep !== byLower[i])) {
    console.log("  Ranking by raw win rate would give a different order.");
  }

  // Calls
  heading("Calls", "connectRate, callsPerContact");
  const callRow = (label, mine) => {
    const calls = sum(mine, "calls");
    const contacts = sum(mine, "contacts");
    return [label, calls, contacts, pct(connectRate({ calls, contacts })), num(callsPerContact({ calls, contacts }))];
  };
  table(
    "lrrrr",
    ["rep", "calls", "contacts", "connect rate", "calls per contact"],
    [
      ...owners.map((owner) =>
        callRow(
          owner,
          deals.filter((deal) => deal.owner === owner),
        ),
      ),
      callRow("all reps", deals),
    ],
  );

  // Follow-up
  const decided = deals.filter((deal) => deal.status !== "open");
  const touches = followUpStats(decided.map((deal) => ({ touches: deal.touches, won: deal.status === "won" })));
  const lostTouches = followUpStats(decided.filter((deal) => deal.status === "lost"));
  heading(`Follow-up on the ${touches.count} decided deals`, "followUpStats");
  const buckets = [
    [1, 4],
    [5, 8],
    [9, 12],
    [13, Infinity],
  ].map(([from, to]) => {
    const inRange = touches.winsByTouch.filter((w) => w.touches >= from && w.touches <= to);
    const wins = inRange.reduce((n, w) => n + w.wins, 0);
    const share = inRange.reduce((total, w) => total + w.share, 0);
    return `${to === Infinity ? `${from}+` : `${from}–${to}`}: ${wins} (${pct(share)})`;
  });
  const lostEarly = lostTouches.reachedMinTouchesRate === null ? null : 1 - lostTouches.reachedMinTouchesRate;
  table("ll", null, [
    ["touches per deal", `mean ${num(touches.meanTouches)}, median ${num(touches.medianTouches)}`],
    [`${touches.minTouches} or more touches`, `${touches.reachedMinTouches} deals (${pct(touches.reachedMinTouchesRate)})`],
    [
      `lost before touch ${lostTouches.minTouches}`,
      `${lostTouches.count - lostTouches.reachedMinTouches} of ${lostTouches.count} lost deals (${pct(lostEarly)})`,
    ],
    ["wins by touch number", buckets.join("   ")],
  ]);

  // Plan
  heading("Plan for next month", "requiredNewCustomers, backsolveFunnel, activityPlan");
  const customers = new Set(deals.filter((deal) => deal.status === "won").map((deal) => deal.account)).size;
  const newPerMonth = requiredNewCustomers({
    current: customers,
    target: GOAL.customers,
    periods: GOAL.months,
    churnRate: GOAL.churnRate,
  });
  const months = new Set(deals.filter((deal) => deal.status === "won").map((deal) => deal.closed_at.slice(0, 7))).size;
  console.log(
    `  Goal: ${GOAL.customers} customers in ${GOAL.months} months, from ${customers} today (accounts with a won deal),\n` +
      `  losing an assumed ${pct(GOAL.churnRate)} of them a month. That takes ${newPerMonth} new customers a month;\n` +
      `  so far the team has won ${num(won / months)} deals a month (${won} in ${months} months).`,
  );

  // Observed step rates, from decided deals only: an open deal has not had its chance to convert yet.
  const observed = funnel(stageCounts(decided)).stages;
  const rates = observed.slice(1).map((stage) => stage.stepRate);
  if (rates.some((rate) => rate === null || rate === 0)) {
    console.log("  A stage converted no decided deal, so the plan cannot be back-solved from these rates.");
    return;
  }
  const plan = backsolveFunnel({ target: newPerMonth, rates });
  const onceAtTop = backsolveFunnel({ target: newPerMonth, rates }, { rounding: "top" });
  console.log(`\n  To win ${newPerMonth} deals next month at the observed rates you need:`);
  table(
    "lrr",
    ["stage", "converts to next", "needed"],
    STAGES.map((name, k) => [name, k < rates.length ? pct(rates[k]) : "", plan.required[k]]),
    "    ",
  );
  console.log(
    `  Rates are from the ${decided.length} decided deals. Rounded up at every stage, as whole deals must be;\n` +
      `  rounding once at the top instead asks for ${onceAtTop.required[0]} leads.`,
  );

  const leads = plan.required[0];
  const daily = activityPlan({ required: leads, workingDays: WORKING_DAYS });
  const checkpoints = [5, 10, 15, 20].filter((day) => day <= WORKING_DAYS);
  console.log(`\n  Daily plan for the ${leads} new leads over ${WORKING_DAYS} working days:`);
  table(
    `l${"r".repeat(checkpoints.length)}`,
    ["", ...checkpoints.map((day) => `day ${day}`)],
    [["on pace: leads by the end of", ...checkpoints.map((day) => daily.onPaceBy[day - 1])]],
    "    ",
  );
  console.log(
    `  A flat quota of ${daily.perDay} a day adds up to ${daily.plannedTotal} (${daily.surplus} to spare).\n` +
      "  Leads take a sales cycle to turn into wins, so next month's wins need these leads a cycle earlier.",
  );
}

try {
  report(loadDeals(CSV), relative(process.cwd(), CSV));
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
