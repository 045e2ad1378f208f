// npm run bench: builds the package, then measures it as a consumer would import it.
import { funnelSuite } from "./funnel.mjs";
import { sink } from "./harness.mjs";

console.log(`salesmetrics benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
await funnelSuite();
if (Number.isNaN(sink.value)) console.log("(sink)");
