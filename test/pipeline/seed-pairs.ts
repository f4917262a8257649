// A small corpus for the build tests: different articles made of pairs of the seed's sentences.
import { readFileSync } from "node:fs";
import type { IngestItem } from "../../src/ingest/index.js";

/** `steps.length` × (sentences in the seed) articles, the one made with step s pairing each sentence with the one s further on. */
export function seedPairs(steps: number[]): IngestItem[] {
  const sentences = readFileSync("seeds/hazara-miners-2021.txt", "utf8").replace(/^date \S+\s*/, "").split(/(?<=\.)\s+/).filter((sentence) => sentence.length > 20);
  return steps.flatMap((step) =>
    sentences.map((sentence, index) => ({
      article: { id: `pair-${step}-${index}`, text: `${sentence} ${sentences[(index + step) % sentences.length]}`, date: "2021-01-06", source: `pair-${step}-${index}` },
    })),
  );
}
