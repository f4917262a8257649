// Sentences, tokens, part-of-speech and named-entity tags for an article's story spans.
// The models load once, lazily, on first use.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { Sentence, Span, Token } from "../doc.js";
import { Lexicon, type LexiconData } from "./lexicon.js";
import { LinearModel } from "./model.js";
import { splitSentences } from "./sentences.js";
import { Tagger } from "./tagger.js";

export { tokenize, tokenizeRange, type TextToken } from "./tokenize.js";
export { splitSentences, type SentenceSpan } from "./sentences.js";
export { Tagger, type TaggedDocument } from "./tagger.js";
export { NER_TAGS, ENTITY_TYPES } from "./features.js";

/**
 * The models live in src/nlp/models (tsc does not copy them to dist/): found next to this
 * module when run from source, or at the package root's src/nlp/models from dist/src/nlp.
 */
export function modelDirectory(): string {
  const candidates = [new URL("./models/", import.meta.url), new URL("../../../src/nlp/models/", import.meta.url)];
  for (const candidate of candidates) {
    const path = fileURLToPath(candidate);
    if (existsSync(`${path}pos.bin.gz`)) return path;
  }
  throw new Error(`newsgraph nlp: models not found (looked in ${candidates.map((c) => fileURLToPath(c)).join(", ")})`);
}

const readGzipJson = <T>(path: string): T => JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as T;

/** Loads the taggers from a model directory (default: the committed models). */
export function loadTagger(directory = modelDirectory()): Tagger {
  const clusterPath = `${directory}clusters.json.gz`;
  const clusterData = existsSync(clusterPath)
    ? readGzipJson<Pick<LexiconData, "clusters" | "caseBuckets">>(clusterPath)
    : { clusters: {}, caseBuckets: {} };
  const gazetteerData = readGzipJson<Pick<LexiconData, "gazetteers" | "cues">>(`${directory}gazetteers.json.gz`);
  return new Tagger({
    pos: LinearModel.deserialize(readFileSync(`${directory}pos.bin.gz`)),
    nerFirst: LinearModel.deserialize(readFileSync(`${directory}ner-stage1.bin.gz`)),
    nerSecond: LinearModel.deserialize(readFileSync(`${directory}ner-stage2.bin.gz`)),
    lexicon: new Lexicon({ ...clusterData, ...gazetteerData }),
  });
}

let sharedTagger: Tagger | undefined;

/** The tagger over the committed models, loaded on first call. */
export function defaultTagger(): Tagger {
  sharedTagger ??= loadTagger();
  return sharedTagger;
}

/**
 * Splits the story spans of `text` into sentences, tokenises them with exact offsets and
 * tags every token with a Penn Treebank POS tag and an IOB2 entity tag (PER, ORG, LOC,
 * MISC). The article is one document for the tagger's document-level features.
 */
export function annotate(text: string, storySpans: Span[]): Sentence[] {
  const spans = splitSentences(text, storySpans);
  const words = spans.map((span) => {
    const offsets = span.tokenOffsets;
    const list = new Array<string>(offsets.length / 2);
    for (let k = 0; k < offsets.length; k += 2) list[k / 2] = text.slice(offsets[k], offsets[k + 1]);
    return list;
  });
  const tagged = defaultTagger().tagDocument(words);
  return spans.map((span, s) => {
    const offsets = span.tokenOffsets;
    const tokens: Token[] = new Array(words[s].length);
    for (let t = 0; t < tokens.length; t++) {
      tokens[t] = { text: words[s][t], start: offsets[2 * t], end: offsets[2 * t + 1], pos: tagged.pos[s][t], ner: tagged.ner[s][t] };
    }
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), tokens };
  });
}
