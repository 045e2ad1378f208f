export function random(seed: number): () => number;
export function simulateBgNbd(
  params: { r: number; alpha: number; a: number; b: number },
  options: { customers: number; minAge: number; maxAge: number; seed?: number; days?: boolean },
): { frequency: number; recency: number; age: number }[];
