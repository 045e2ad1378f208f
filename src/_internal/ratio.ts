/**
 * `numerator ÷ denominator` for KPIs, with the library's two promises:
 * a zero denominator is an undefined KPI (`null`, never NaN or Infinity), and the
 * result is never `-0` (adding `+0` turns `-0` into `0` and leaves every other number alone).
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator + 0;
}
