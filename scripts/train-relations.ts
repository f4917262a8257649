// Trains the relation classifier and writes src/extract/models/relations.json.gz.
//
//   npm run train:relations -- --data ../shared/data --gold ../shared/eval/gold
//       [--epochs 8] [--learning-rate 0.01] [--folds 5] [--redocred-weight 0.2] [--gold-weight 1] [--out src/extract/models]
//       [--prior-min-matches 3] [--prior-min-probability 0.6] [--folds-out DIR]
//
// Training data: CoNLL04 train, Re-DocRED (both splits; Wikipedia; no person-place pairs), and the gold news graphs.
// CoNLL04 dev is never trained on: it is where the threshold and the figures come from, with
// the gold graphs scored by k-fold cross-validation (each fold's articles predicted by a model
// trained without them). Pattern priors (relation-model.ts) come from the gold news pairs a model
// is trained on. Prints pair-level precision, recall and F1 per relation, and the
// calibration table (of the relations given confidence p, how many are right). --folds-out
// writes each fold's model and the list of its articles, to score the folds with score-graph
// (see docs/extraction.md). About a minute on one core.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { labelRelation, likeliestRelation, patternLabel, RELATION_LABELS } from "../src/extract/relation-candidates.js";
import { calibrate, calibrationKeyOf, fitCalibration, patternPriors, RelationModel, serializeRelationModel, trainRelationModel, type Calibrations, type TrainingExample } from "../src/extract/relation-model.js";
import { conll04Examples, goldExamples, reDocRedExamples, type Conll04Sentence, type GoldGraph, type LabelledCandidate, type ReDocRedDocument } from "../src/extract/train/relation-data.js";
import { shuffled, xorshift } from "../src/nlp/train/shuffle.js";

const { values: options } = parseArgs({
  options: {
    data: { type: "string" },
    gold: { type: "string" },
    epochs: { type: "string", default: "8" },
    folds: { type: "string", default: "5" },
    "redocred-weight": { type: "string", default: "0.2" },
    "gold-weight": { type: "string", default: "1" },
    "learning-rate": { type: "string", default: "0.01" },
    l2: { type: "string", default: "0.0001" },
    "prior-min-matches": { type: "string", default: "3" },
    "prior-min-probability": { type: "string", default: "0.6" },
    out: { type: "string", default: "src/extract/models" },
    "folds-out": { type: "string" },
  },
});
if (!options.data || !options.gold) {
  console.error("usage: npm run train:relations -- --data ../shared/data --gold ../shared/eval/gold");
  process.exit(2);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const time = (label: string) => console.error(`${label} (${Math.round(process.uptime())} s)`);

const conll04Train = conll04Examples(readJson<Conll04Sentence[]>(join(options.data, "conll04/train.json")), 1);
const conll04Dev = conll04Examples(readJson<Conll04Sentence[]>(join(options.data, "conll04/dev.json")), 1);
time(`CoNLL04: ${conll04Train.length} training pairs, ${conll04Dev.length} dev pairs`);
const redocredWeight = Number(options["redocred-weight"]);
const redocred = redocredWeight > 0
  ? ["dev_revised.json", "test_revised.json"].flatMap((file) => reDocRedExamples(readJson<ReDocRedDocument[]>(join(options.data!, "redocred", file)), redocredWeight))
  : [];
time(`Re-DocRED: ${redocred.length} pairs`);
const goldFiles = readdirSync(options.gold).filter((file) => file.endsWith(".json")).sort();
const goldByArticle = goldFiles.map((file) => goldExamples(readJson<GoldGraph>(join(options.gold!, file)), Number(options["gold-weight"])));
time(`gold: ${goldByArticle.flat().length} pairs in ${goldFiles.length} articles`);

/** A model trained on CoNLL04 train, Re-DocRED when weighted, and these gold news pairs, whose pattern priors it takes. */
const train = (news: LabelledCandidate[]): RelationModel => {
  const random = xorshift(7);
  const examples = [...conll04Train, ...redocred, ...news];
  const priors = patternPriors(news.map((labelled) => labelled.example), patternLabel, {
    minMatches: Number(options["prior-min-matches"]),
    minProbability: Number(options["prior-min-probability"]),
  });
  const model = trainRelationModel(examples.map((labelled) => labelled.example), {
    epochs: Number(options.epochs),
    learningRate: Number(options["learning-rate"]),
    l2: Number(options.l2),
    shuffle: (order) => {
      for (let i = order.length - 1; i > 0; i--) {
        const j = random() % (i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
    },
  });
  return new RelationModel(model.weights, model.threshold, model.calibration, model.meta, priors);
};

interface Prediction {
  label: number;
  probability: number;
  gold: number;
  source: string;
  /** What the relation is calibrated as: its type and the kind of its source ("LOCATED_IN:Person"). */
  calibrationKey: string;
}

const predict = (model: RelationModel, examples: LabelledCandidate[], source: string): Prediction[] =>
  examples.map(({ example, candidate }) => {
    const { label, probability } = likeliestRelation(model.probabilities(example.features, example.allowed));
    const read = labelRelation(RELATION_LABELS[label])!;
    const calibrationKey = calibrationKeyOf(read.relation, (read.forward ? candidate.first : candidate.second).kind);
    return { label, probability, gold: example.label, source, calibrationKey };
  });

// Cross-validation over the gold articles, in folds of whole articles.
const folds = Number(options.folds);
const order = shuffled(goldFiles.map((_, index) => index), 11);
const foldOf = new Map(order.map((article, position) => [article, position % folds]));
const heldOut: Prediction[] = [];
const foldModels: RelationModel[] = [];
for (let fold = 0; fold < folds; fold++) {
  const inFold = (article: number) => foldOf.get(article) === fold;
  const model = train(goldByArticle.filter((_, article) => !inFold(article)).flat());
  heldOut.push(...predict(model, goldByArticle.filter((_, article) => inFold(article)).flat(), "gold"));
  foldModels.push(model);
  time(`fold ${fold + 1} of ${folds}`);
}
const final = train(goldByArticle.flat());
heldOut.push(...predict(final, conll04Dev, "conll04-dev"));

// Confidences are the winning label's probability, Platt-scaled to how often such relations are right held out.
// One fit per relation and kind of source where there are enough held-out predictions (a person
// "in" a place is far less often where they live than an organisation is where it sits), else
// one per relation, else the pooled fit.
const outcome = (prediction: Prediction) => ({ probability: prediction.probability, right: prediction.label === prediction.gold });
const MIN_CALIBRATION_PREDICTIONS = 50;
const pooled = fitCalibration(heldOut.map(outcome));
const calibration: Calibrations = {};
const fitted = (predicted: Prediction[]) => (predicted.length >= MIN_CALIBRATION_PREDICTIONS ? fitCalibration(predicted.map(outcome)) : undefined);
for (const relation of ["AFFILIATED_WITH", "LOCATED_IN", "PART_OF"] as const) {
  const predicted = heldOut.filter((prediction) => labelRelation(RELATION_LABELS[prediction.label])?.relation === relation);
  calibration[relation] = fitted(predicted) ?? pooled;
  for (const key of new Set(predicted.map((prediction) => prediction.calibrationKey))) {
    const fit = fitted(predicted.filter((prediction) => prediction.calibrationKey === key));
    if (fit) calibration[key] = fit;
  }
}
for (const prediction of heldOut) prediction.probability = calibrate(prediction.probability, calibration[prediction.calibrationKey] ?? calibration[labelRelation(RELATION_LABELS[prediction.label])!.relation]!);

// The threshold that gives the best F1 over both held-out sets together. Calibration lets a reader
// tell the doubtful edges from the sure ones (`--min-confidence` drops the doubtful).
const scoreAt = (predictions: Prediction[], threshold: number) => {
  let tp = 0, predicted = 0, gold = 0;
  for (const prediction of predictions) {
    const kept = prediction.probability >= threshold;
    if (prediction.gold !== 0) gold++;
    if (kept) predicted++;
    if (kept && prediction.label === prediction.gold) tp++;
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, predicted, gold };
};
let threshold = 0.5;
for (let candidate = 0.3; candidate <= 0.9; candidate += 0.05) if (scoreAt(heldOut, candidate).f1 > scoreAt(heldOut, threshold).f1) threshold = Math.round(candidate * 100) / 100;

const fixed = (value: number) => value.toFixed(3);
const report: Record<string, unknown> = { threshold };
console.log(`calibration ${JSON.stringify(calibration)}, threshold ${threshold}\n\nheld-out pairs       P      R      F1     (tp / predicted / gold)`);
for (const source of ["gold", "conll04-dev"]) {
  const predictions = heldOut.filter((prediction) => prediction.source === source);
  for (let label = 1; label < RELATION_LABELS.length; label += 2) {
    const kept = predictions.filter((prediction) => prediction.probability >= threshold && relationIndex(prediction.label) === label);
    const tp = kept.filter((prediction) => prediction.label === prediction.gold).length;
    const gold = predictions.filter((prediction) => relationIndex(prediction.gold) === label).length;
    const [precision, recall] = [kept.length ? tp / kept.length : 0, gold ? tp / gold : 0];
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    console.log(`${source.padEnd(12)} ${RELATION_LABELS[label].slice(0, -1).padEnd(22)} ${fixed(precision)}  ${fixed(recall)}  ${fixed(f1)}  (${tp} / ${kept.length} / ${gold})`);
  }
  const all = scoreAt(predictions, threshold);
  report[source] = { p: +fixed(all.precision), r: +fixed(all.recall), f1: +fixed(all.f1) };
  console.log(`${source.padEnd(12)} ${"all (typed, directed)".padEnd(22)} ${fixed(all.precision)}  ${fixed(all.recall)}  ${fixed(all.f1)}  (${all.tp} / ${all.predicted} / ${all.gold})`);
}

/** The relation of a label, both directions folded onto the forward label. */
function relationIndex(label: number): number {
  return label === 0 ? 0 : label % 2 === 1 ? label : label - 1;
}

// Calibration: of the relations kept with confidence in each band, how many are right.
console.log("\nconfidence band   kept   right   share right");
const calibrationTable: Array<{ band: string; kept: number; right: number }> = [];
for (let low = 0.3; low < 0.95; low += 0.1) {
  const band = heldOut.filter((prediction) => prediction.probability >= low && prediction.probability < low + 0.1);
  const right = band.filter((prediction) => prediction.label === prediction.gold).length;
  calibrationTable.push({ band: `${low.toFixed(1)}–${(low + 0.1).toFixed(1)}`, kept: band.length, right });
  console.log(`${low.toFixed(1)}–${(low + 0.1).toFixed(1)}         ${String(band.length).padStart(5)}  ${String(right).padStart(6)}   ${band.length ? fixed(right / band.length) : "-"}`);
}

if (options["folds-out"]) {
  mkdirSync(options["folds-out"], { recursive: true });
  foldModels.forEach((foldModel, fold) => {
    writeFileSync(join(options["folds-out"]!, `fold-${fold}.json.gz`), serializeRelationModel(new RelationModel(foldModel.weights, threshold, calibration, {}, foldModel.patternPriors)));
    writeFileSync(join(options["folds-out"]!, `fold-${fold}.txt`), goldFiles.filter((_, article) => foldOf.get(article) === fold).join("\n") + "\n");
  });
}

const model = new RelationModel(final.weights, threshold, calibration, {
  trainedOn: "CoNLL04 train, Re-DocRED dev+test (Wikipedia), the gold news graphs",
  options,
  heldOut: report,
  calibration: calibrationTable,
}, final.patternPriors);
mkdirSync(options.out, { recursive: true });
const bytes = serializeRelationModel(model);
writeFileSync(join(options.out, "relations.json.gz"), bytes);
time(`wrote ${join(options.out, "relations.json.gz")} (${Math.round(bytes.length / 1024)} KiB)`);
