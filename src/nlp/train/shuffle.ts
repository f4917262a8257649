// Deterministic shuffling (xorshift32), so training runs are reproducible.
export function shuffled<T>(items: T[], seed: number): T[] {
  const copy = items.slice();
  const random = xorshift(seed);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random() % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A seeded generator of unsigned 32-bit integers. */
export function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
}
