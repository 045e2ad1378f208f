import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { funnel, funnelStagesSchema } from "../../src/index.js";
import { assertAgreesWithSchema, countOrAwkward } from "../_helpers/index.js";

describe("funnel", () => {
  const nonIncreasing = fc
    .array(fc.nat(1e6), { minLength: 1, maxLength: 8 })
    .map((counts) => counts.sort((a, b) => b - a).map((count, i) => ({ name: `s${i}`, count })));

  test("every rate lies in [0, 1]; the last cumulative rate is the end-to-end rate", () => {
    fc.assert(
      fc.property(nonIncreasing, (stages) => {
        const result = funnel(stages);
        for (const stage of result.stages) {
          for (const rate of [stage.stepRate, stage.cumulativeRate]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
        }
        expect(result.endToEndRate).toBe(result.stages.at(-1)?.cumulativeRate);
      }),
    );
  });

  test("the product of the step rates is the end-to-end rate", () => {
    fc.assert(
      fc.property(nonIncreasing, (stages) => {
        fc.pre(stages.every((s) => s.count > 0));
        const result = funnel(stages);
        const product = result.stages.reduce((p, s) => p * (s.stepRate as number), 1);
        expect(product).toBeCloseTo(result.endToEndRate as number, 12);
      }),
    );
  });

  test("fast check agrees with the schema", () => {
    const stage = fc.oneof(
      { weight: 5, arbitrary: fc.record({ name: fc.oneof(fc.string(), fc.anything()), count: countOrAwkward }) },
      { weight: 1, arbitrary: fc.anything() },
    );
    assertAgreesWithSchema(
      fc.oneof(fc.array(stage, { maxLength: 5 }), fc.anything()),
      (stages) => funnel(stages as never),
      (stages) => funnelStagesSchema.safeParse(stages).success,
    );
  });
});
