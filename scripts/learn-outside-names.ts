// Learns the table that tells names outside the schema (products, works, software, events, awards)
// from the names of people, organisations and places, by their words and context
// (src/resolve/outside.ts defines the features). Examples:
//   CoNLL-2003 (--conll FILE): MISC spans against PER/ORG/LOC spans; nationalities, peoples and other
//     adjectives ("German", "Kurds", "Western") are left out, since resolution reads them as their country
//     or group, or as the start of an organisation's name;
//     sentences that are mostly figures (results tables) are left out;
//   Re-DocRED (--redocred FILE, repeatable): MISC mentions (works, products, events, awards) against PER/ORG/LOC;
//   ECB+ (--ecb DIR --topics A-B): NON_HUMAN_PART and HUMAN_PART_VEH markables (products, works,
//     vehicles) against named human participants and places. Use the development topics only.
// A naive-Bayes table: each feature's log-odds of P(feature | outside) over P(feature | entity),
// kept when seen often enough and telling enough.
//
//   npx tsx scripts/learn-outside-names.ts --conll ../shared/data/conll2003/train.txt \
//     --redocred ../shared/data/redocred/dev_revised.json --redocred ../shared/data/redocred/test_revised.json \
//     --ecb ../shared/data/ecbplus --topics 1-22 --out src/resolve/data/outside-names.json \
//     [--held-out-conll ../shared/data/conll2003/dev.txt --held-out-topics 23-35]
// The held-out options score the table, one occurrence at a time (prior plus its evidence above zero),
// on names it did not learn from: CoNLL-2003 dev's MISC against PER/ORG/LOC, ECB+ development topics.
import { readFileSync, writeFileSync } from "node:fs";
import { countryNamed, countryOfDemonym, groupNamed } from "../src/resolve/lexicon.js";
import { readEcbTopics } from "../src/resolve/train/ecbplus.js";
import { outsideScore, spanFeatures, type OutsideModel } from "../src/resolve/outside.js";

interface Example {
  words: string[];
  start: number;
  end: number;
  outside: boolean;
}

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((arg, index) => (arg === name ? [args[index + 1]] : []));
const value = (name: string) => values(name)[0];

/** Settings of the learner. */
const MIN_COUNT = 8;
const MIN_LOG_ODDS = 0.4;

/** A nationality, people or country is read by the gazetteers, not by this table. */
const isGazetteerName = (text: string) => Boolean(countryOfDemonym(text) ?? countryOfDemonym(text.replace(/s$/, "")) ?? groupNamed(text) ?? countryNamed(text));

function conllExamples(file: string): Example[] {
  const examples: Example[] = [];
  const sentences = readFileSync(file, "utf8").split(/\n\s*\n/);
  for (const block of sentences) {
    const rows = block.split("\n").filter((line) => line && !line.startsWith("-DOCSTART-")).map((line) => line.split(" "));
    if (rows.length === 0) continue;
    const words = rows.map((row) => row[0]);
    if (words.filter((w) => /\d/.test(w)).length > 0.2 * words.length) continue;
    let start = -1;
    let type = "";
    const close = (end: number) => {
      if (start < 0) return;
      const text = words.slice(start, end).join(" ");
      // Adjectives ("Western", "Moslem", "Chechen") are read as places or groups, or start organisations' names.
      const adjectives = rows.slice(start, end).every((row) => /^(JJ|NNPS|NNS)$/.test(row[1]));
      if (type !== "MISC" || (!isGazetteerName(text) && !adjectives)) examples.push({ words, start, end, outside: type === "MISC" });
      start = -1;
    };
    rows.forEach((row, index) => {
      const tag = row[row.length - 1];
      const [prefix, tagType] = tag === "O" ? ["O", ""] : tag.split("-");
      if (prefix === "O" || prefix === "B" || tagType !== type) close(index);
      if (prefix !== "O" && start < 0) {
        start = index;
        type = tagType;
      }
    });
    close(rows.length);
  }
  return examples;
}

interface ReDocRed {
  sents: string[][];
  vertexSet: Array<Array<{ type: string; pos: [number, number]; sent_id: number; name: string }>>;
}
function redocredExamples(file: string): Example[] {
  const examples: Example[] = [];
  for (const doc of JSON.parse(readFileSync(file, "utf8")) as ReDocRed[]) {
    for (const mention of doc.vertexSet.flat()) {
      if (!["PER", "ORG", "LOC", "MISC"].includes(mention.type) || !/^\p{Lu}/u.test(mention.name)) continue;
      if (mention.type === "MISC" && isGazetteerName(mention.name)) continue;
      examples.push({ words: doc.sents[mention.sent_id], start: mention.pos[0], end: mention.pos[1], outside: mention.type === "MISC" });
    }
  }
  return examples;
}

const ECB_INSIDE = /^(HUMAN_PART_(PER|ORG|GPE|MET|FAC|GENERIC)|LOC_(GEO|FAC|OTHER))$/;
const ECB_OUTSIDE = /^(NON_HUMAN_PART|HUMAN_PART_VEH)$/;
function ecbExamples(dir: string, topics: string): Example[] {
  const examples: Example[] = [];
  for (const article of readEcbTopics(dir, topics)) {
    const where = new Map<string, [number, number]>();
    const sentences = new Map<number, string[]>();
    for (const token of article.tokens) {
      const words = sentences.get(token.sentence) ?? sentences.set(token.sentence, []).get(token.sentence)!;
      where.set(token.id, [token.sentence, words.length]);
      words.push(token.text);
    }
    for (const { tag, tokenIds } of article.markables.values()) {
      const outside = ECB_OUTSIDE.test(tag);
      if (!outside && !ECB_INSIDE.test(tag)) continue;
      const positions = tokenIds.map((id) => where.get(id)).filter((p): p is [number, number] => Boolean(p));
      if (positions.length === 0) continue;
      const words = sentences.get(positions[0][0])!;
      // The capitalised name inside the markable: "the new Toyota Camry" → "Toyota Camry".
      let start = Math.min(...positions.map((p) => p[1]));
      let end = Math.max(...positions.map((p) => p[1])) + 1;
      while (start < end && !/^\p{Lu}/u.test(words[start])) start++;
      while (end > start && !/^\p{Lu}/u.test(words[end - 1])) end--;
      if (start >= end || (!outside && isGazetteerName(words.slice(start, end).join(" ")))) continue;
      examples.push({ words, start, end, outside });
    }
  }
  return examples;
}

/** The tagger leaves a trailing number out of a name ("Windows" 95, "Internet Explorer" 8): so do the examples. */
function asTagged(example: Example): Example {
  let end = example.end;
  while (end > example.start + 1 && /^[\d.]+$/.test(example.words[end - 1])) end--;
  return { ...example, end };
}

const examples = [
  ...values("--conll").flatMap(conllExamples),
  ...values("--redocred").flatMap(redocredExamples),
  ...(value("--ecb") ? ecbExamples(value("--ecb")!, value("--topics") ?? "1-22") : []),
].map(asTagged);
const counts = new Map<string, [number, number]>();
let outside = 0;
for (const example of examples) {
  if (example.outside) outside++;
  for (const feature of new Set(spanFeatures(example.words, example.start, example.end))) {
    const count = counts.get(feature) ?? counts.set(feature, [0, 0]).get(feature)!;
    count[example.outside ? 0 : 1]++;
  }
}
const inside = examples.length - outside;
const weights: Record<string, number> = {};
for (const [feature, [out, ins]] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (out + ins < MIN_COUNT) continue;
  const logOdds = Math.log((out + 1) / (outside + 2)) - Math.log((ins + 1) / (inside + 2));
  if (Math.abs(logOdds) >= MIN_LOG_ODDS) weights[feature] = Math.round(logOdds * 100) / 100;
}
const model: OutsideModel = { prior: Math.round(Math.log(outside / inside) * 100) / 100, weights };
writeFileSync(value("--out") ?? "src/resolve/data/outside-names.json", JSON.stringify(model, null, 0) + "\n");
console.log(`${examples.length} examples (${outside} outside the schema), ${Object.keys(weights).length} features kept`);

// Names the table did not learn from: how well one occurrence's evidence alone tells those outside the schema from entities.
const heldOut = [...values("--held-out-conll").flatMap(conllExamples), ...(value("--held-out-topics") ? ecbExamples(value("--ecb")!, value("--held-out-topics")!) : [])].map(asTagged);
if (heldOut.length > 0) {
  let right = 0, wrong = 0, missed = 0;
  for (const example of heldOut) {
    const outsideByTable = outsideScore(model, example.words, example.start, example.end) > 0;
    if (outsideByTable && example.outside) right++;
    else if (outsideByTable) wrong++;
    else if (example.outside) missed++;
  }
  const precision = right / Math.max(1, right + wrong), recall = right / Math.max(1, right + missed);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`held out: ${heldOut.length} names, ${right + missed} outside the schema: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; entities taken for outside ${wrong}`);
}
