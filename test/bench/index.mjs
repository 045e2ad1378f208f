// npm run bench: builds the package, then measures it as a consumer would import it.
// Every figure is a ratio to a baseline measured in the same run (see harness.mjs).
// `npm run bench -- errors pipeline` runs only the named groups (each module builds its data on import).
import { sink } from "./harness.mjs";

const groups = {
  funnel: async () => (await import("./funnel.mjs")).funnelSuite(),
  time: async () => (await import("./time.mjs")).timeSuite(),
  periods: async () => (await import("./periods.mjs")).periodsSuite(),
  cohorts: async () => (await import("./cohorts.mjs")).cohortsSuite(),
  pipeline: async () => (await import("./pipeline.mjs")).pipelineSuite(),
  clv: async () => (await import("./clv.mjs")).clvSuite(),
  errors: async () => (await import("./errors.mjs")).errorsSuite(),
  scale: async () => (await import("./scale.mjs")).scaleSuite(),
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown bench group ${unknown.join(", ")}; the groups are ${Object.keys(groups).join(", ")}`);
  process.exit(1);
}
console.log(`salesmetrics benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const [name, run] of Object.entries(groups)) if (chosen.length === 0 || chosen.includes(name)) await run();
if (Number.isNaN(sink.value)) console.log("(sink)");
