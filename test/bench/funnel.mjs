import { winRate, winRateInputSchema } from "salesmetrics";
import { runSuite, sink } from "./harness.mjs";

const N = 1000;
const inputs = Array.from({ length: N }, (_, i) => ({ won: (i * 7) % 50, lost: (i * 13) % 70 }));

/** Validated scalar call against the bare formula: issue #2 targets at most 5×. */
export function funnelSuite() {
  return runSuite(
    `winRate over ${N} inputs per task`,
    {
      name: "bare formula won / (won + lost)",
      run() {
        let acc = 0;
        for (let i = 0; i < N; i++) {
          const { won, lost } = inputs[i];
          const decided = won + lost;
          acc += decided === 0 ? 0 : won / decided;
        }
        sink.value += acc;
      },
    },
    [
      {
        name: "winRate (fast check, schema only on error)",
        target: 5,
        run() {
          let acc = 0;
          for (let i = 0; i < N; i++) acc += winRate(inputs[i]) ?? 0;
          sink.value += acc;
        },
      },
      {
        name: "zod/mini parse, then the formula",
        run() {
          let acc = 0;
          for (let i = 0; i < N; i++) {
            const { won, lost } = winRateInputSchema.parse(inputs[i]);
            const decided = won + lost;
            acc += decided === 0 ? 0 : won / decided;
          }
          sink.value += acc;
        },
      },
    ],
    { opsPerTask: N },
  );
}
