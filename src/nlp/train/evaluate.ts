// Entity-level precision, recall and F1 counted as conlleval counts them (exact span and type).

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** "TYPE:start:end" for each entity in an IOB1/IOB2 tag sequence. */
export function entitySpans(tags: string[]): string[] {
  const spans: string[] = [];
  let type: string | null = null;
  let start = 0;
  tags.forEach((tag, i) => {
    const tagType = tag === "O" ? null : tag.slice(2);
    if (tagType === null || tag[0] === "B" || tagType !== type) {
      if (type !== null) spans.push(`${type}:${start}:${i}`);
      type = tagType;
      start = i;
    }
  });
  if (type !== null) spans.push(`${type}:${start}:${tags.length}`);
  return spans;
}

/** Scores per type and over `types` together. */
export function scoreEntities(gold: string[][], predicted: string[][], types: string[]): Record<string, Score> {
  const counts: Record<string, { tp: number; predicted: number; gold: number }> = {};
  for (const type of [...types, "overall"]) counts[type] = { tp: 0, predicted: 0, gold: 0 };
  gold.forEach((goldTags, k) => {
    const goldSpans = new Set(entitySpans(goldTags));
    for (const span of goldSpans) {
      const type = span.split(":")[0];
      if (!types.includes(type)) continue;
      counts[type].gold++;
      counts.overall.gold++;
    }
    for (const span of entitySpans(predicted[k])) {
      const type = span.split(":")[0];
      if (!types.includes(type)) continue;
      counts[type].predicted++;
      counts.overall.predicted++;
      if (goldSpans.has(span)) {
        counts[type].tp++;
        counts.overall.tp++;
      }
    }
  });
  const scores: Record<string, Score> = {};
  for (const [type, c] of Object.entries(counts)) {
    const precision = c.predicted ? c.tp / c.predicted : 0;
    const recall = c.gold ? c.tp / c.gold : 0;
    scores[type] = { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return scores;
}
