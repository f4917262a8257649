// Learns the common nouns that introduce a name in news, by the kind of name: an organisation's
// ("medical technology firm Guidant", "budget airline Ryanair", "Premiership side Liverpool") and a
// work's, product's or named event's, which the corpora tag MISC ("the film Sideways", "his album
// Elephunk"). The lower-case word right before a name is counted by the kind of the name it
// introduces, and kept when it introduced names of the kind often enough and almost only them.
// Resolution (src/resolve/index.ts) makes a name so introduced an organisation, or a work outside
// the schema, whatever the tagger said.
//
//   npm run learn:descriptors -- --conll ../shared/data/conll2003/train.txt \
//     --redocred ../shared/data/redocred/dev_revised.json --redocred ../shared/data/redocred/test_revised.json \
//     --out src/resolve/data/organisation-descriptors.json --out-works src/resolve/data/work-descriptors.json
//
// CoNLL-2003 gives the word's part of speech (only nouns count); Re-DocRED has none, so resolution
// checks that the word is a noun where it reads it (and, for works, that it names no being).
import { readFileSync, writeFileSync } from "node:fs";
import { bilouSpans, parseConll } from "../src/nlp/conll.js";

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((arg, index) => (arg === name ? [args[index + 1]] : []));

/** Settings of the learner: how many names a word must introduce, and which share of them of the kind. */
const MIN_NAMES = 2;
const MIN_SHARE = 0.8;

/** For each word, how many names of each kind it came right before. */
const counts = new Map<string, Map<string, number>>();
function count(word: string, kind: string): void {
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(word)) return;
  const byKind = counts.get(word) ?? counts.set(word, new Map()).get(word)!;
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
}

for (const file of values("--conll")) {
  for (const document of parseConll(readFileSync(file, "utf8"))) {
    for (const sentence of document.sentences) {
      const tags = sentence.columns.map((columns) => columns[columns.length - 1]);
      for (const span of bilouSpans(tags)) {
        const before = span.start - 1;
        if (before >= 0 && sentence.columns[before][0].startsWith("NN") && !sentence.columns[before][0].startsWith("NNP")) count(sentence.words[before], span.type);
      }
    }
  }
}

interface ReDocRed {
  sents: string[][];
  vertexSet: Array<Array<{ type: string; pos: [number, number]; sent_id: number }>>;
}
for (const file of values("--redocred")) {
  for (const doc of JSON.parse(readFileSync(file, "utf8")) as ReDocRed[]) {
    for (const mention of doc.vertexSet.flat()) {
      const before = mention.pos[0] - 1;
      if (before >= 0) count(doc.sents[mention.sent_id][before], mention.type);
    }
  }
}

/** The words that introduced at least MIN_NAMES names, at least MIN_SHARE of them of `kind`. */
function descriptorsOf(kind: string): Record<string, { ofKind: number; names: number }> {
  const descriptors: Record<string, { ofKind: number; names: number }> = {};
  for (const [word, byKind] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const names = [...byKind.values()].reduce((sum, value) => sum + value, 0);
    const ofKind = byKind.get(kind) ?? 0;
    if (names >= MIN_NAMES && ofKind / names >= MIN_SHARE) descriptors[word] = { ofKind, names };
  }
  return descriptors;
}

// Organisations ("budget airline Ryanair"), and works, products and events, which Re-DocRED and CoNLL-2003 tag MISC ("the film Sideways").
for (const [kind, option, fallback] of [["ORG", "--out", "src/resolve/data/organisation-descriptors.json"], ["MISC", "--out-works", "src/resolve/data/work-descriptors.json"]]) {
  const descriptors = descriptorsOf(kind);
  const out = values(option)[0] ?? fallback;
  writeFileSync(out, `${JSON.stringify({ learnedFrom: "CoNLL-2003 train, Re-DocRED", kind, minNames: MIN_NAMES, minShare: MIN_SHARE, descriptors }, null, 1)}\n`);
  console.log(`${kind}: ${Object.keys(descriptors).length} words: ${Object.keys(descriptors).join(", ")}; wrote ${out}`);
}
