// The Gamma-Gamma model's conditional expected spend, unvalidated: gammaGammaExpectedSpend and
// customerLifetimeValue check their inputs and call it.

import type { GammaGammaParameters } from "../fitGammaGamma.js";

/**
 * E[M | x, m] = p(γ + x m) / (p x + q − 1), or null when infinite (it may overflow to ±Infinity for
 * extreme inputs: callers check). Fader & Hardie (2013), http://brucehardie.com/notes/025/, eq. 4.
 */
export function expectedSpend(params: GammaGammaParameters, x: number, m: number): number | null {
  const { p, q, gamma } = params;
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) return null;
  return (p * (gamma + x * m)) / denominator + 0;
}
