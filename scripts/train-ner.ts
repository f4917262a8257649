// Trains the POS tagger and the two-stage NER tagger on CoNLL-2003 and writes the models.
//
//   npm run train:ner -- --data ../shared/data/conll2003 [--names ../shared/data] [--extra ../shared/data/conll04/train.json] [--epochs 20] [--pos-epochs 8] [--out src/nlp/models]
//
// --extra adds CoNLL04 train's news sentences (AP, WSJ) to the NER's training data, with their
// entities mapped onto CoNLL-2003's types (src/nlp/conll.ts, conll04Document); the POS tagger
// still learns from CoNLL-2003 alone, and tags them as it will tag new text.
// --names reads Re-DocRED (redocred/) and CoNLL04 train (conll04/train.json) under it for the
// gazetteers' given names and surnames (src/nlp/train/person-names.ts); without it they are empty.
// Trains on train.txt, picks the epoch count on dev.txt (PER/ORG/LOC F1), prints dev scores
// per type. Word clusters and case statistics come from models/clusters.json.gz
// (npm run learn:clusters) when present.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { conll04Document, parseConll, wordsLeftOutside, type ConllDocument, type TaggedSentence } from "../src/nlp/conll.js";
import {
  ENTITY_TYPES,
  MAX_FEATURES,
  NER_TAGS,
  SentenceAttributes,
  markDocumentFlags,
  markPriorTypes,
  nerFeatures,
} from "../src/nlp/features.js";
import { Lexicon, type LexiconData } from "../src/nlp/lexicon.js";
import { LinearModel } from "../src/nlp/model.js";
import { Tagger, constrainTransitions, nerEmissions, tagPos, viterbi } from "../src/nlp/tagger.js";
import { scoreEntities } from "../src/nlp/train/evaluate.js";
import { buildGazetteers } from "../src/nlp/train/gazetteers.js";
import { learnPersonNames, type NamedEntityDocument } from "../src/nlp/train/person-names.js";
import { PerceptronWeights } from "../src/nlp/train/perceptron.js";
import { buildTagDictionary, trainGreedyTagger } from "../src/nlp/train/pos.js";
import { shuffled } from "../src/nlp/train/shuffle.js";

const { values: options } = parseArgs({
  options: {
    data: { type: "string" },
    names: { type: "string" },
    extra: { type: "string" },
    epochs: { type: "string", default: "20" },
    "pos-epochs": { type: "string", default: "8" },
    folds: { type: "string", default: "4" },
    "min-weight": { type: "string", default: "0.05" },
    out: { type: "string", default: "src/nlp/models" },
  },
});
if (!options.data) {
  console.error("usage: npm run train:ner -- --data DIR_WITH_train.txt_AND_dev.txt [--epochs N] [--out DIR]");
  process.exit(2);
}
const maxEpochs = Number(options.epochs);
const posEpochs = Number(options["pos-epochs"]);
const folds = Number(options.folds);
const minWeight = Number(options["min-weight"]);
const outDir = options.out!;
const SCORED_TYPES = ["PER", "ORG", "LOC"];

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

interface Corpus {
  documents: SentenceAttributes[][];
  posGold: Uint8Array[][];
  nerGold: Uint8Array[][];
}

const trainDocs = parseConll(readFileSync(join(options.data, "train.txt"), "utf8"));
const devDocs = parseConll(readFileSync(join(options.data, "dev.txt"), "utf8"));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const outside = wordsLeftOutside(trainDocs);
const extraDocs = options.extra ? readJson<TaggedSentence[]>(options.extra).map((sentence) => conll04Document(sentence, outside)) : [];

// Lexicon: clusters and case statistics from unlabelled news, plus gazetteers.
const clusterPath = join(outDir, "clusters.json.gz");
const clusterData: Pick<LexiconData, "clusters" | "caseBuckets"> = existsSync(clusterPath)
  ? JSON.parse(gunzipSync(readFileSync(clusterPath)).toString("utf8"))
  : { clusters: {}, caseBuckets: {} };
const personNames = options.names
  ? learnPersonNames(
      ["dev_revised.json", "test_revised.json"].flatMap((file) => readJson<NamedEntityDocument[]>(join(options.names!, "redocred", file))),
      readJson<TaggedSentence[]>(join(options.names, "conll04", "train.json")),
    )
  : undefined;
if (personNames) log(`person names: ${personNames.givenNames.length} given names, ${personNames.surnames.length} surnames`);
const lexiconData: LexiconData = { ...clusterData, ...buildGazetteers(personNames) };
const lexiconFile = gzipSync(JSON.stringify({ gazetteers: lexiconData.gazetteers, cues: lexiconData.cues }), { level: 9 });
writeFileSync(join(outDir, "gazetteers.json.gz"), lexiconFile);
const lexicon = new Lexicon(lexiconData);
log(`lexicon: ${Object.keys(clusterData.clusters).length} clustered words, gazetteers written`);

const posTags = [...new Set(trainDocs.flatMap((d) => d.sentences.flatMap((s) => s.columns.map((c) => c[0]))))].sort();
const posIndex = new Map(posTags.map((t, i) => [t, i]));
const nerIndex = new Map(NER_TAGS.map((t, i) => [t, i]));

function toCorpus(docs: ConllDocument[]): Corpus {
  return {
    documents: docs.map((d) => d.sentences.map((s) => new SentenceAttributes(s.words, lexicon))),
    posGold: docs.map((d) => d.sentences.map((s) => Uint8Array.from(s.columns, (c) => posIndex.get(c[0]) ?? 0))),
    nerGold: docs.map((d) => d.sentences.map((s) => Uint8Array.from(s.columns, (c) => nerIndex.get(c[c.length - 1]) ?? 0))),
  };
}
const train = toCorpus(trainDocs);
const dev = toCorpus(devDocs);
const extra = toCorpus(extraDocs);
log(`train: ${trainDocs.length} documents; dev: ${devDocs.length} documents; extra NER training: ${extraDocs.length} documents`);

// ---- POS: greedy averaged perceptron with a tag dictionary ----
const tagDictionary = buildTagDictionary(trainDocs.flatMap((d) => d.sentences.flatMap((s) => s.words.map((w, i): [string, string] => [w, s.columns[i][0]]))));
const dictionary = new Map(Object.entries(tagDictionary).map(([word, tag]) => [word, posIndex.get(tag)!]));

const trainPos = (sentences: SentenceAttributes[], gold: Uint8Array[], epochs: number, evaluate?: (m: LinearModel) => number) =>
  trainGreedyTagger({ sentences, gold, tags: posTags, tagDictionary, epochs, evaluate, log: (m) => log(`pos: ${m}`) });

const keys = new Int32Array(MAX_FEATURES);
const posScores = new Float32Array(posTags.length);
function posAccuracy(model: LinearModel): number {
  let right = 0;
  let total = 0;
  dev.documents.forEach((doc, d) =>
    doc.forEach((s, k) => {
      tagPos(model, dictionary, s, keys, posScores);
      for (let i = 0; i < s.n; i++) {
        total++;
        if (s.pos[i] === dev.posGold[d][k][i]) right++;
      }
    }),
  );
  return right / total;
}

const pos = trainPos(train.documents.flat(), train.posGold.flat(), posEpochs, posAccuracy);
log(`pos: best dev accuracy ${(pos.score * 100).toFixed(2)}% after ${pos.epoch} epochs`);

// NER is trained on predicted POS tags, as it will see them. Training sentences get tags
// from models that did not see them (jackknifing), so they are as noisy as at run time.
const foldOf = (documentIndex: number) => documentIndex % folds;
for (let fold = 0; fold < folds; fold++) {
  const inFold = (d: number) => foldOf(d) === fold;
  const held = train.documents.flatMap((doc, d) => (inFold(d) ? doc : []));
  const rest = train.documents.flatMap((doc, d) => (inFold(d) ? [] : doc));
  const restGold = train.posGold.flatMap((doc, d) => (inFold(d) ? [] : doc));
  const foldModel = trainPos(rest, restGold, pos.epoch).model;
  for (const s of held) tagPos(foldModel, dictionary, s, keys, posScores);
}
for (const doc of [...dev.documents, ...extra.documents]) for (const s of doc) tagPos(pos.model, dictionary, s, keys, posScores);
// From here on the NER trains on CoNLL-2003 train and the extra documents together.
train.documents.push(...extra.documents);
train.nerGold.push(...extra.nerGold);
for (const doc of [...train.documents, ...dev.documents]) markDocumentFlags(doc);
log("pos: jackknifed tags on train, predicted tags on dev and the extra documents");

// ---- NER: structured perceptron with Viterbi ----
const tagCount = NER_TAGS.length;

/** Feature rows of every token of every sentence, computed once (emissions never see tags). */
function featureRows(weights: PerceptronWeights, sentences: SentenceAttributes[], stageTwo: boolean) {
  return sentences.map((s) => {
    const starts = new Int32Array(s.n + 1);
    const all: number[] = [];
    for (let i = 0; i < s.n; i++) {
      const count = nerFeatures(s, i, stageTwo, keys);
      for (let f = 0; f < count; f++) all.push(weights.row(keys[f], true));
      starts[i + 1] = all.length;
    }
    return { starts, rows: Int32Array.from(all) };
  });
}

function decodeCorpus(model: LinearModel, documents: SentenceAttributes[][], stageTwo: boolean): Uint8Array[][] {
  const transitions = constrainTransitions(model.transitions);
  return documents.map((doc) =>
    doc.map((s) => {
      const out = new Uint8Array(s.n);
      viterbi(nerEmissions(model, s, stageTwo, keys), s.n, transitions, out);
      return out;
    }),
  );
}

const asTags = (ids: Uint8Array[][]) => ids.flat().map((row) => Array.from(row, (t) => NER_TAGS[t]));
const devGoldTags = asTags(dev.nerGold);

function trainNer(
  sentences: SentenceAttributes[],
  gold: Uint8Array[],
  stageTwo: boolean,
  epochs: number,
  evaluate?: (m: LinearModel) => number,
) {
  const weights = new PerceptronWeights(NER_TAGS, tagCount * tagCount);
  const features = featureRows(weights, sentences, stageTwo);
  const order = sentences.map((_, k) => k);
  let best: { model: LinearModel; score: number; epoch: number } | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let mistakes = 0;
    for (const k of shuffled(order, 1000 + epoch)) {
      const s = sentences[k];
      const { starts, rows } = features[k];
      const emissions = new Float32Array(s.n * tagCount);
      for (let i = 0; i < s.n; i++) weights.addRowScores(rows, starts[i], starts[i + 1], emissions, i * tagCount);
      const guess = new Uint8Array(s.n);
      viterbi(emissions, s.n, constrainTransitions(weights.transitions), guess);
      const truth = gold[k];
      for (let i = 0; i < s.n; i++) {
        if (guess[i] !== truth[i]) {
          mistakes++;
          for (let f = starts[i]; f < starts[i + 1]; f++) {
            weights.update(rows[f], truth[i], 1);
            weights.update(rows[f], guess[i], -1);
          }
        }
        if (i > 0 && (guess[i] !== truth[i] || guess[i - 1] !== truth[i - 1])) {
          weights.updateTransition(truth[i - 1] * tagCount + truth[i], 1);
          weights.updateTransition(guess[i - 1] * tagCount + guess[i], -1);
        }
      }
      weights.step++;
    }
    if (evaluate) {
      const model = weights.toModel(1e-6, { epoch });
      const score = evaluate(model);
      log(`ner ${stageTwo ? "stage 2" : "stage 1"} epoch ${epoch}: ${mistakes} token errors, dev PER/ORG/LOC F1 ${(score * 100).toFixed(2)}`);
      if (!best || score > best.score) best = { model, score, epoch };
    }
  }
  return best ?? { model: weights.toModel(1e-6, { epochs }), score: NaN, epoch: epochs };
}

const devF1 = (stageTwo: boolean) => (model: LinearModel) =>
  scoreEntities(devGoldTags, asTags(decodeCorpus(model, dev.documents, stageTwo)), SCORED_TYPES).overall.f1;

const trainSentences = train.documents.flat();
const trainNerGold = train.nerGold.flat();
const first = trainNer(trainSentences, trainNerGold, false, maxEpochs, devF1(false));
log(`ner stage 1: best dev F1 ${(first.score * 100).toFixed(2)} after ${first.epoch} epochs`);

// Stage-two features on train come from stage-one models that did not see the document.
const firstStageTrain: Uint8Array[][] = train.documents.map(() => []);
for (let fold = 0; fold < folds; fold++) {
  const inFold = (d: number) => foldOf(d) === fold;
  const rest = train.documents.flatMap((doc, d) => (inFold(d) ? [] : doc));
  const restGold = train.nerGold.flatMap((doc, d) => (inFold(d) ? [] : doc));
  const foldModel = trainNer(rest, restGold, false, first.epoch).model;
  train.documents.forEach((doc, d) => {
    if (inFold(d)) firstStageTrain[d] = decodeCorpus(foldModel, [doc], false)[0];
  });
  log(`ner stage 1: fold ${fold + 1}/${folds} done`);
}
train.documents.forEach((doc, d) => markPriorTypes(doc, firstStageTrain[d]));
const firstStageDev = decodeCorpus(first.model, dev.documents, false);
dev.documents.forEach((doc, d) => markPriorTypes(doc, firstStageDev[d]));
const second = trainNer(trainSentences, trainNerGold, true, maxEpochs, devF1(true));
log(`ner stage 2: best dev F1 ${(second.score * 100).toFixed(2)} after ${second.epoch} epochs`);

// ---- write, reload and score exactly as the tagger will run ----
const prune = (model: LinearModel, meta: Record<string, unknown>) =>
  new LinearModel({ ...pruned(model, minWeight), meta: { ...model.meta, ...meta } });
function pruned(model: LinearModel, threshold: number) {
  const { keys: rowKeys, rowStart, entryTag, entryWeight } = model.parts;
  const keptKeys: number[] = [];
  const keptStart: number[] = [0];
  const keptTag: number[] = [];
  const keptWeight: number[] = [];
  for (let r = 0; r < rowKeys.length; r++) {
    const before = keptTag.length;
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      if (Math.abs(entryWeight[e]) < threshold) continue;
      keptTag.push(entryTag[e]);
      keptWeight.push(entryWeight[e]);
    }
    if (keptTag.length > before) {
      keptKeys.push(rowKeys[r]);
      keptStart.push(keptTag.length);
    }
  }
  return {
    tags: model.tags,
    keys: Int32Array.from(keptKeys),
    rowStart: Uint32Array.from(keptStart),
    entryTag: Uint8Array.from(keptTag),
    entryWeight: Float32Array.from(keptWeight),
    transitions: model.transitions,
  };
}

const trainedOn = { data: options.extra ? "CoNLL-2003 train, CoNLL04 train (NER)" : "CoNLL-2003 train", trainedAt: new Date().toISOString() };
const files: Array<[string, LinearModel]> = [
  ["pos.bin.gz", prune(pos.model, { ...trainedOn, devAccuracy: pos.score, epochs: pos.epoch })],
  ["ner-stage1.bin.gz", prune(first.model, { ...trainedOn, devF1: first.score, epochs: first.epoch })],
  ["ner-stage2.bin.gz", prune(second.model, { ...trainedOn, devF1: second.score, epochs: second.epoch })],
];
for (const [name, model] of files) {
  const bytes = model.serialize();
  writeFileSync(join(outDir, name), bytes);
  log(`wrote ${name}: ${model.rowCount} feature rows, ${(bytes.length / 1e6).toFixed(2)} MB`);
}

const reloaded = new Tagger({
  pos: LinearModel.deserialize(readFileSync(join(outDir, "pos.bin.gz"))),
  nerFirst: LinearModel.deserialize(readFileSync(join(outDir, "ner-stage1.bin.gz"))),
  nerSecond: LinearModel.deserialize(readFileSync(join(outDir, "ner-stage2.bin.gz"))),
  lexicon,
});
const predicted = devDocs.flatMap((d) => reloaded.tagDocument(d.sentences.map((s) => s.words)).ner);
const gold = devDocs.flatMap((d) => d.sentences.map((s) => s.columns.map((c) => c[c.length - 1])));
const scores = scoreEntities(gold, predicted, [...ENTITY_TYPES]);
const scored = scoreEntities(gold, predicted, SCORED_TYPES);
for (const type of ENTITY_TYPES) {
  const s = scores[type];
  console.log(`dev ${type.padEnd(4)} P ${(s.precision * 100).toFixed(2)} R ${(s.recall * 100).toFixed(2)} F1 ${(s.f1 * 100).toFixed(2)}`);
}
console.log(`dev PER/ORG/LOC F1 ${(scored.overall.f1 * 100).toFixed(2)}; all four types F1 ${(scores.overall.f1 * 100).toFixed(2)}`);
