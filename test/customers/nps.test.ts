import { describe, expect, test } from "vitest";
import { nps } from "../../src/index.js";
import { expectKpiError } from "../_helpers/index.js";

const Z95 = 1.959963984540054;
const answers = (promoters: number, passives: number, detractors: number): number[] => [
  ...Array<number>(promoters).fill(10),
  ...Array<number>(passives).fill(8),
  ...Array<number>(detractors).fill(3),
];

describe("nps", () => {
  test("Cross Validated (whuber): ½ promoters, ⅓ passives, ⅙ detractors → NPS ⅓, variance 5/9 per answer", () => {
    // https://stats.stackexchange.com/questions/18603 ; SE = √(5/9) ÷ √n, here in NPS points (× 100)
    for (const n of [6, 600]) {
      const result = nps(answers(n / 2, n / 3, n / 6));
      expect(result.score).toBeCloseTo(100 / 3, 12);
      expect(result.marginOfError).toBeCloseTo(Z95 * 100 * Math.sqrt(5 / 9 / n), 12);
      expect((result.marginOfError! / (Z95 * 100)) ** 2 * n).toBeCloseTo(5 / 9, 12);
    }
    expect(nps(answers(300, 200, 100)).marginOfError).toBeCloseTo(5.964, 3);
  });

  test("cybaea: with a third in each group the 95 % interval is about 320 ÷ √n wide, so ±5 takes about 1,024 answers", () => {
    // http://www.cybaea.net/Journal/2016/01/14/NPS-confidence-intervals-stats/
    const third = nps(answers(1, 1, 1));
    // 2 × z × 100 × √(2/3): 320.07 with z rounded to 1.96, 320.06 with z = 1.95996…
    expect(2 * third.marginOfError! * Math.sqrt(3)).toBeCloseTo(320.06, 2);
    expect(2 * nps(answers(342, 342, 342)).marginOfError!).toBeCloseTo(9.99, 2);
  });

  test("DELA annual report: 30 % promoters and 20 % detractors is +10", () => {
    expect(nps(answers(3, 5, 2)).score).toBeCloseTo(10, 12);
  });

  test("MeasuringU's plain Wald interval: 50 promoters, 20 detractors of 100 → 30, from 14.7 to 45.3", () => {
    const { score, marginOfError } = nps(answers(50, 30, 20));
    expect(score).toBe(30);
    expect(score! - marginOfError!).toBeCloseTo(14.7, 1);
    expect(score! + marginOfError!).toBeCloseTo(45.3, 1);
  });

  test("9 and 10 promote, 7 and 8 are passive, 0 to 6 detract", () => {
    expect(nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toMatchObject({ promoters: 2, passives: 2, detractors: 7, count: 11 });
    expect(nps([10, 10]).score).toBe(100);
    expect(nps([6]).score).toBe(-100);
    expect(Object.is(nps([7, 8]).score, 0)).toBe(true);
  });

  test("one group only: margin 0; no answers: score and margin null", () => {
    expect(nps([9, 9, 9])).toEqual({ score: 100, promoters: 3, passives: 0, detractors: 0, count: 3, marginOfError: 0 });
    expect(nps([])).toEqual({ score: null, promoters: 0, passives: 0, detractors: 0, count: 0, marginOfError: null });
  });

  test("a higher confidence widens the margin (99 %: z = 2.5758)", () => {
    const result = nps(answers(3, 2, 1), { confidence: 0.99 });
    expect(result.marginOfError).toBeCloseTo(2.5758293035489 * 100 * Math.sqrt(5 / 9 / 6), 10);
  });

  test.each([
    [[9, 10, 11], undefined, ["scores[2]"]],
    [[9, 7.5], undefined, ["scores[1]"]],
    [["9"], undefined, ["scores[0]"]],
    [[-1, 3, NaN], undefined, ["scores[0]", "scores[2]"]],
    [{ 0: 9, length: 1 }, undefined, ["scores"]],
    [[9], { confidence: 95 }, ["options.confidence"]],
    [[9], "0.95", ["options"]],
  ])("rejects %o with options %o at %o", (scores, options, paths) => {
    expectKpiError("nps", () => nps(scores as never, options as never), paths);
  });

  test("names the answer out of range", () => {
    expect(expectKpiError("nps", () => nps([9, 10, 11]), ["scores[2]"]).message).toBe(
      "nps: scores[2] must be an integer from 0 to 10 (got 11)",
    );
  });
});
