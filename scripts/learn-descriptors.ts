// Learns the common nouns that introduce an organisation's name in news ("medical technology firm
// Guidant", "budget airline Ryanair", "Premiership side Liverpool"): the lower-case word right
// before a name, counted by the kind of the name it introduces, kept when it introduced
// organisations often enough and almost only them. Resolution (src/resolve/index.ts) makes a name
// so introduced an organisation whatever the tagger said.
//
//   npm run learn:descriptors -- --conll ../shared/data/conll2003/train.txt \
//     --redocred ../shared/data/redocred/dev_revised.json --redocred ../shared/data/redocred/test_revised.json \
//     --out src/resolve/data/organisation-descriptors.json
//
// CoNLL-2003 gives the word's part of speech (only nouns count); Re-DocRED has none, so resolution
// checks that the word is a noun where it reads it.
import { readFileSync, writeFileSync } from "node:fs";
import { bilouSpans, parseConll } from "../src/nlp/conll.js";

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((arg, index) => (arg === name ? [args[index + 1]] : []));

/** Settings of the learner: how many names a word must introduce, and which share of them organisations. */
const MIN_NAMES = 2;
const MIN_ORGANISATION_SHARE = 0.8;

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
      if (before >= 0) count(doc.sents[mention.sent_id][before], ["PER", "ORG", "LOC"].includes(mention.type) ? mention.type : "MISC");
    }
  }
}

const descriptors: Record<string, { organisations: number; names: number }> = {};
for (const [word, byKind] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  const names = [...byKind.values()].reduce((sum, value) => sum + value, 0);
  const organisations = byKind.get("ORG") ?? 0;
  if (names >= MIN_NAMES && organisations / names >= MIN_ORGANISATION_SHARE) descriptors[word] = { organisations, names };
}
const out = values("--out")[0] ?? "src/resolve/data/organisation-descriptors.json";
writeFileSync(out, `${JSON.stringify({ learnedFrom: "CoNLL-2003 train, Re-DocRED", minNames: MIN_NAMES, minOrganisationShare: MIN_ORGANISATION_SHARE, descriptors }, null, 1)}\n`);
console.log(`${Object.keys(descriptors).length} words: ${Object.keys(descriptors).join(", ")}; wrote ${out}`);
