// Trains the syntax models on Universal Dependencies English EWT and writes them: the UD
// tagger's two passes (joint UPOS|XPOS tags), the lemmatiser and the dependency parser.
//
//   npm run train:parser -- --data ../shared/data/ud-ewt [--out src/nlp/models]
//       [--tagger-epochs 9] [--parser-epochs 20] [--folds 5] [--min-weight 1] [--beam 1] [--tag-min-count 3]
//
// The defaults reproduce the committed models (5–15 minutes on one core). Epoch counts
// are chosen on the dev split (the best epoch up to the given number). Each tagger pass and
// the parser train on tags predicted by taggers that did not see the sentence (jackknifing),
// so their input is as noisy as at run time; those predictions give the tagger's
// cross-validated figures. --beam N (N > 1) trains the parser globally for beam search
// (more accurate, about 2.5 times slower to parse; see docs/syntax.md). The taggers are written
// with the tags each lower-case word may take (tag-constraints.ts; 0 for none), which they
// decode with at run time; training, the jackknifed tags and the parser do without them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { parseConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import { MAX_FEATURES, SentenceAttributes, udLookaheadFeatures, udTagFeatures, type TagFeatures } from "../src/nlp/features.js";
import { loadLexicon } from "../src/nlp/model-files.js";
import { Lemmatizer } from "../src/nlp/lemmatizer.js";
import type { LinearModel } from "../src/nlp/model.js";
import { ROOT_LABEL, type ParserInput, type ParserModels } from "../src/nlp/parser.js";
import { parserInput, udTagSet } from "../src/nlp/syntax.js";
import { DEFAULT_MIN_COUNT, learnTagConstraints, tagConstraintsOf } from "../src/nlp/tag-constraints.js";
import { posDictionary, tagPos } from "../src/nlp/tagger.js";
import { learnLemmatizer } from "../src/nlp/train/lemmas.js";
import { parseAll, projectivize, trainParser, type ParserExample } from "../src/nlp/train/parser.js";
import { buildTagDictionary, trainGreedyTagger } from "../src/nlp/train/pos.js";

const { values: options } = parseArgs({
  options: {
    data: { type: "string" },
    "tagger-epochs": { type: "string", default: "9" },
    "parser-epochs": { type: "string", default: "20" },
    folds: { type: "string", default: "5" },
    "min-weight": { type: "string", default: "1" },
    beam: { type: "string", default: "1" },
    "tag-min-count": { type: "string", default: String(DEFAULT_MIN_COUNT) },
    out: { type: "string", default: "src/nlp/models" },
  },
});
if (!options.data) {
  console.error("usage: npm run train:parser -- --data DIR_WITH_en_ewt-ud-{train,dev}.conllu [--out DIR]");
  process.exit(2);
}
const outDir = options.out!;
const folds = Number(options.folds);
const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const read = (split: string) => parseConllu(readFileSync(join(options.data!, `en_ewt-ud-${split}.conllu`), "utf8"));
const trainSentences = read("train");
const devSentences = read("dev");
log(`train: ${trainSentences.length} sentences; dev: ${devSentences.length} sentences`);

const lexicon = loadLexicon();
const jointTag = (w: { upos: string; xpos: string }) => `${w.upos}|${w.xpos}`;

// ---- Tagger: one greedy perceptron over joint UPOS|XPOS tags ----
const tags = [...new Set(trainSentences.flatMap((s) => s.words.map(jointTag)))].sort();
const tagIndex = new Map(tags.map((t, i) => [t, i]));
const tagDictionary = buildTagDictionary(trainSentences.flatMap((s) => s.words.map((w): [string, string] => [w.form, jointTag(w)])));
const attributesOf = (s: ConlluSentence) => new SentenceAttributes(s.words.map((w) => w.form), lexicon);
const goldTagsOf = (s: ConlluSentence) => Uint8Array.from(s.words, (w) => tagIndex.get(jointTag(w)) ?? 0);
const train = trainSentences.map(attributesOf);
const trainGold = trainSentences.map(goldTagsOf);
const dev = devSentences.map(attributesOf);
const devGold = devSentences.map(goldTagsOf);
const tagSet = udTagSet(tags);
log(`tagger: ${tags.length} joint tags, ${Object.keys(tagDictionary).length} words in the tag dictionary`);

const keys = new Int32Array(MAX_FEATURES);
const tagScores = new Float32Array(tags.length);
function tagAll(model: LinearModel, sentences: SentenceAttributes[], features: TagFeatures): void {
  const dictionary = posDictionary(model);
  const constraints = tagConstraintsOf(model);
  for (const s of sentences) tagPos(model, dictionary, s, keys, tagScores, features, undefined, constraints && ((i) => constraints.allowed(s.words[i])));
}
function tagAccuracy(sentences: SentenceAttributes[], gold: Uint8Array[]): { joint: number; upos: number } {
  let joint = 0;
  let upos = 0;
  let total = 0;
  sentences.forEach((s, k) => {
    for (let i = 0; i < s.n; i++) {
      total++;
      if (s.pos[i] === gold[k][i]) joint++;
      if (tagSet.upos[s.pos[i]] === tagSet.upos[gold[k][i]]) upos++;
    }
  });
  return { joint: joint / total, upos: upos / total };
}
const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/**
 * Trains one tagger pass on train (epochs chosen on dev), then tags every fold of train
 * with a model trained on the other folds (jackknifing) and dev with the full model.
 */
function trainPass(name: string, features: TagFeatures) {
  const tagger = trainGreedyTagger({
    sentences: train,
    gold: trainGold,
    tags,
    tagDictionary,
    features,
    epochs: Number(options["tagger-epochs"]),
    evaluate: (model) => {
      tagAll(model, dev, features);
      return tagAccuracy(dev, devGold).joint;
    },
    log: (message) => log(`${name}: ${message}`),
  });
  const inFold = (k: number, fold: number) => k % folds === fold;
  for (let fold = 0; fold < folds; fold++) {
    const model = trainGreedyTagger({
      sentences: train.filter((_, k) => !inFold(k, fold)),
      gold: trainGold.filter((_, k) => !inFold(k, fold)),
      tags,
      tagDictionary,
      features,
      epochs: tagger.epoch,
    }).model;
    tagAll(
      model,
      train.filter((_, k) => inFold(k, fold)),
      features,
    );
  }
  const crossValidated = tagAccuracy(train, trainGold);
  tagAll(tagger.model, dev, features);
  const onDev = tagAccuracy(dev, devGold);
  log(
    `${name}: ${tagger.epoch} epochs; dev UPOS ${percent(onDev.upos)}, UPOS|XPOS ${percent(onDev.joint)}; ` +
      `${folds}-fold cross-validated on train: UPOS ${percent(crossValidated.upos)}, UPOS|XPOS ${percent(crossValidated.joint)}`,
  );
  return { model: tagger.model, onDev, crossValidated };
}

// The second pass reads the first pass's tags; both are jackknifed on train, so each pass
// and the parser train on tags as noisy as they will see.
const firstPass = trainPass("tagger, first pass", udTagFeatures);
for (const s of [...train, ...dev]) s.firstPass.set(s.pos);
const secondPass = trainPass("tagger, second pass", udLookaheadFeatures);

// ---- Lemmatiser: exceptions and suffix edit scripts learned from train ----
const lemmaData = learnLemmatizer(trainSentences.flatMap((s) => s.words));
const lemmatizer = new Lemmatizer(lemmaData);
{
  let right = 0;
  let total = 0;
  devSentences.forEach((s, k) =>
    s.words.forEach((w, i) => {
      const tag = dev[k].pos[i];
      total++;
      if (lemmatizer.lemma(w.form, tagSet.upos[tag], tagSet.xpos[tag]) === w.lemma) right++;
    }),
  );
  log(`lemmatiser: dev accuracy ${((100 * right) / total).toFixed(2)}% (predicted tags)`);
}

// ---- Parser: arc-eager, dynamic oracle, trained on jackknifed tags ----
const labels = [...new Set(trainSentences.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
const labelIndex = new Map(labels.map((l, i) => [l, i]));
if (!labelIndex.has(ROOT_LABEL)) throw new Error("train data has no root relation");
const headsOf = (s: ConlluSentence) => Int32Array.from(s.words, (w) => (w.head === 0 ? s.words.length : w.head - 1));
const inputOf = (s: SentenceAttributes): ParserInput => parserInput(s, tagSet);
let nonProjective = 0;
const examples: ParserExample[] = trainSentences.map((s, k) => {
  const gold = headsOf(s);
  const head = projectivize(gold);
  if (head.some((h, i) => h !== gold[i])) nonProjective++;
  return { input: inputOf(train[k]), head, label: Int32Array.from(s.words, (w) => labelIndex.get(w.deprel)!) };
});
log(`parser: ${labels.length} relations; ${nonProjective} non-projective train trees lifted`);

const devInputs = dev.map(inputOf);
const devHeads = devSentences.map(headsOf);
function attachmentScores(models: ParserModels, inputs = devInputs): { uas: number; las: number } {
  const parses = parseAll(models, inputs);
  let uas = 0;
  let las = 0;
  let total = 0;
  parses.forEach((parse, k) => {
    const words = devSentences[k].words;
    for (let i = 0; i < words.length; i++) {
      total++;
      const head = parse.head[i] < 0 ? words.length : parse.head[i];
      if (head !== devHeads[k][i]) continue;
      uas++;
      if (labels[parse.label[i]] === words[i].deprel) las++;
    }
  });
  return { uas: uas / total, las: las / total };
}

const parser = trainParser({
  examples,
  labels,
  epochs: Number(options["parser-epochs"]),
  minWeight: Number(options["min-weight"]),
  beamWidth: Number(options.beam),
  evaluate: (models) => {
    const { uas, las } = attachmentScores(models);
    log(`  dev UAS ${(uas * 100).toFixed(2)}%, LAS ${(las * 100).toFixed(2)}%`);
    return las;
  },
  log,
});
const final = attachmentScores(parser.models);
log(`parser: ${parser.epoch} epochs; dev UAS ${(final.uas * 100).toFixed(2)}%, LAS ${(final.las * 100).toFixed(2)}%`);

// ---- Tag constraints: learned from train, used by the written taggers at run time ----
const tagMinCount = Number(options["tag-min-count"]);
if (tagMinCount > 0) {
  const tagConstraints = learnTagConstraints(trainSentences.flatMap((s) => s.words.map((w): [string, string, string] => [w.form, jointTag(w), w.lemma])), tags, tagMinCount);
  for (const trained of [firstPass, secondPass]) Object.assign(trained.model.meta, { tagConstraints });
  tagAll(firstPass.model, dev, udTagFeatures);
  for (const s of dev) s.firstPass.set(s.pos);
  tagAll(secondPass.model, dev, udLookaheadFeatures);
  const constrained = tagAccuracy(dev, devGold);
  log(`tag constraints: ${tagConstraints.openOnly.length} words only in open classes, ${tagConstraints.neverVerbs.length} never verbs, ${Object.keys(tagConstraints.pastTenses).length} irregular past tenses; dev UPOS ${percent(constrained.upos)}, UPOS|XPOS ${percent(constrained.joint)}`);
  parser.models.transitions.meta.devUasUnconstrainedTags = final.uas;
  Object.assign(final, attachmentScores(parser.models, dev.map(inputOf)));
  log(`parser on the constrained tags: dev UAS ${(final.uas * 100).toFixed(2)}%, LAS ${(final.las * 100).toFixed(2)}%`);
}

// ---- Write the models ----
const meta = { trainedOn: "UD English EWT (CC BY-SA 4.0)", date: new Date().toISOString().slice(0, 10) };
const write = (name: string, bytes: Buffer) => {
  writeFileSync(join(outDir, name), bytes);
  log(`wrote ${name}: ${(bytes.length / 1024).toFixed(0)} kB`);
};
for (const [pass, trained] of [["pass1", firstPass], ["pass2", secondPass]] as const) {
  Object.assign(trained.model.meta, meta, { devUpos: trained.onDev.upos, crossValidatedUpos: trained.crossValidated.upos });
  write(`ud-tagger-${pass}.bin.gz`, trained.model.serialize());
}
write("lemmas.json.gz", gzipSync(JSON.stringify(lemmaData), { level: 9 }));
Object.assign(parser.models.transitions.meta, meta, { devUas: final.uas, devLas: final.las });
write("parser.bin.gz", parser.models.transitions.serialize());
write("labels.bin.gz", parser.models.labels.serialize());
