// npm run bench: builds the package, then measures it as a consumer would import it.
// Every figure is a ratio to a baseline measured in the same run (see harness.mjs).
import { clvSuite } from "./clv.mjs";
import { cohortsSuite } from "./cohorts.mjs";
import { funnelSuite } from "./funnel.mjs";
import { sink } from "./harness.mjs";
import { periodsSuite } from "./periods.mjs";
import { pipelineSuite } from "./pipeline.mjs";
import { timeSuite } from "./time.mjs";

console.log(`salesmetrics benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
await funnelSuite();
await timeSuite();
await periodsSuite();
await cohortsSuite();
await pipelineSuite();
await clvSuite();
if (Number.isNaN(sink.value)) console.log("(sink)");
