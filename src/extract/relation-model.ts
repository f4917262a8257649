// The relation classifier: multinomial logistic regression over hashed string features,
// restricted for each candidate to the labels the schema allows. Its probability is the
// confidence of the relation it gives. Trained by scripts/train-relations.ts; the weights
// ship gzipped in src/extract/models/relations.json.gz.
import { gzipSync } from "node:zlib";
import { committedFile } from "../committed-file.js";
import { hashString } from "../nlp/hash.js";
import { readGzipJson } from "../nlp/model-files.js";
import { RELATION_LABELS, type ClassifiedRelation } from "./relation-candidates.js";

export interface RelationModelFile {
  labels: readonly string[];
  /** A relation is kept when its calibrated confidence reaches this. */
  threshold: number;
  /** Platt scaling of the winning label's probability by relation, fitted on held-out predictions. */
  calibration: Calibrations;
  /** Feature hash (base 36) → one weight per label, scaled by 1000. */
  weights: Record<string, number[]>;
  /** How often each pattern's pair carries the pattern's relation in the news gold (absent in older files). */
  patternPriors?: PatternPriors;
  /** How the model was trained and how it scored, for the record. */
  meta: Record<string, unknown>;
}

export interface Calibration {
  scale: number;
  shift: number;
}

export const UNCALIBRATED: Calibration = { scale: 1, shift: 0 };

/**
 * A calibration per relation, and per relation and kind of source where held-out data allowed
 * ("LOCATED_IN:Person"): how far a probability can be trusted differs between them.
 */
export type Calibrations = Partial<Record<string, Calibration>>;

export function calibrationKeyOf(relation: ClassifiedRelation, sourceKind: string): string {
  return `${relation}:${sourceKind}`;
}

/**
 * A pattern feature ("pattern=title-before-name>") → the label it proposes and the share of the
 * training news pairs it matched that carry that label (smoothed). A pattern the news gold shows
 * precise keeps at least that probability, however the rest of the features vote: CoNLL04, most of
 * the training pairs, annotates too few of the relations such patterns state in news.
 */
export type PatternPriors = Record<string, { label: number; probability: number }>;

/**
 * The weights of each feature hash, one row of a weight per label, all rows in one array: a typed
 * array per row made 166,000 heap objects, each with its own buffer, slower to load (about 1.1 s
 * against 0.8 s) and for the collector to track.
 */
export class WeightRows {
  private constructor(
    readonly labelCount: number,
    private readonly rowOf: Map<number, number>,
    private readonly table: Float32Array,
  ) {}

  /** The rows of `entries`, each weight multiplied by `scale`. */
  static fromEntries(labelCount: number, entries: ReadonlyArray<readonly [number, ArrayLike<number>]>, scale = 1): WeightRows {
    const rowOf = new Map<number, number>();
    const table = new Float32Array(entries.length * labelCount);
    for (const [hash, row] of entries) {
      const start = rowOf.size * labelCount;
      rowOf.set(hash, rowOf.size);
      for (let label = 0; label < labelCount; label++) table[start + label] = (row[label] ?? 0) * scale;
    }
    return new WeightRows(labelCount, rowOf, table);
  }

  /** Adds the row of `hash`, if there is one, to `scores`. */
  addTo(scores: number[], hash: number): void {
    const row = this.rowOf.get(hash);
    if (row === undefined) return;
    const start = row * this.labelCount;
    for (let label = 0; label < this.labelCount; label++) scores[label] += this.table[start + label];
  }

  *entries(): Generator<[number, Float32Array]> {
    for (const [hash, row] of this.rowOf) yield [hash, this.table.subarray(row * this.labelCount, (row + 1) * this.labelCount)];
  }
}

export class RelationModel {
  constructor(
    readonly weights: WeightRows,
    readonly threshold: number,
    readonly calibration: Calibrations = {},
    readonly meta: Record<string, unknown> = {},
    readonly patternPriors: PatternPriors = {},
  ) {
    this.priorOf = new Map(Object.entries(patternPriors));
  }

  /** The pattern priors by feature, read for every feature of every candidate. */
  private readonly priorOf: Map<string, { label: number; probability: number }>;

  /** How often a relation of this type from this kind of source given this probability is right, as fitted on held-out data. */
  calibrated(probability: number, relation: ClassifiedRelation, sourceKind: string): number {
    return calibrate(probability, this.calibration[calibrationKeyOf(relation, sourceKind)] ?? this.calibration[relation] ?? UNCALIBRATED);
  }

  /** The probability of each label, zero for labels not allowed. */
  probabilities(features: readonly string[], allowed: readonly boolean[]): number[] {
    const scores = new Array<number>(RELATION_LABELS.length).fill(0);
    for (const feature of features) this.weights.addTo(scores, hashString(feature));
    const probabilities = softmax(scores, allowed);
    // Made only for the few candidates a prior raises: this runs for every pair of names.
    let raised: Set<number> | undefined;
    for (const feature of features) {
      const prior = this.priorOf.get(feature);
      if (prior && allowed[prior.label] && prior.probability > probabilities[prior.label]) {
        probabilities[prior.label] = prior.probability;
        (raised ??= new Set()).add(prior.label);
      }
    }
    if (!raised) return probabilities;
    const held = raised;
    // The other labels share what the raised ones leave, so that the labels still sum to one: a relation pooled with its
    // sibling ("US actor Jamie Foxx": affiliated with or located in) is never surer than certain.
    let kept = 0;
    let rest = 0;
    probabilities.forEach((probability, label) => (held.has(label) ? (kept += probability) : (rest += probability)));
    return probabilities.map((probability, label) => (held.has(label) ? probability / Math.max(1, kept) : rest > 0 ? (probability * Math.max(0, 1 - kept)) / rest : 0));
  }

  toFile(): RelationModelFile {
    const weights: Record<string, number[]> = {};
    for (const [hash, row] of this.weights.entries()) {
      const scaled = [...row].map((weight) => Math.round(weight * 1000));
      if (scaled.some((weight) => weight !== 0)) weights[(hash >>> 0).toString(36)] = scaled;
    }
    return { labels: RELATION_LABELS, threshold: this.threshold, calibration: this.calibration, weights, patternPriors: this.patternPriors, meta: this.meta };
  }

  static fromFile(file: RelationModelFile): RelationModel {
    if (file.labels.join() !== RELATION_LABELS.join()) throw new Error(`relation model labels ${file.labels.join()} differ from ${RELATION_LABELS.join()}`);
    const rows = Object.entries(file.weights).map(([key, row]) => [parseInt(key, 36) | 0, row] as const);
    return new RelationModel(WeightRows.fromEntries(file.labels.length, rows, 1 / 1000), file.threshold, file.calibration, file.meta, file.patternPriors);
  }
}

const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));

export function calibrate(probability: number, { scale, shift }: Calibration): number {
  return 1 / (1 + Math.exp(-(scale * logit(probability) + shift)));
}

/** Fits Platt scaling to (probability, was it right) pairs by gradient descent on the log loss. */
export function fitCalibration(outcomes: Array<{ probability: number; right: boolean }>): Calibration {
  let { scale, shift } = UNCALIBRATED;
  for (let step = 0; step < 2000; step++) {
    let gradScale = 0;
    let gradShift = 0;
    for (const { probability, right } of outcomes) {
      const error = calibrate(probability, { scale, shift }) - (right ? 1 : 0);
      gradScale += error * logit(probability);
      gradShift += error;
    }
    scale -= (0.5 * gradScale) / outcomes.length;
    shift -= (0.5 * gradShift) / outcomes.length;
  }
  return { scale, shift };
}

export function softmax(scores: number[], allowed: readonly boolean[]): number[] {
  let max = -Infinity;
  scores.forEach((score, label) => {
    if (allowed[label]) max = Math.max(max, score);
  });
  const exps = scores.map((score, label) => (allowed[label] ? Math.exp(score - max) : 0));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** The committed model, src/extract/models/relations.json.gz. */
export function committedModelPath(): string {
  const { path, lookedIn } = committedFile(import.meta.url, "models/relations.json.gz");
  if (!path) throw new Error(`newsgraph extract: relation model not found (looked in ${lookedIn.join(", ")})`);
  return path;
}

export function loadRelationModel(path = committedModelPath()): RelationModel {
  return RelationModel.fromFile(readGzipJson<RelationModelFile>(path));
}

export function serializeRelationModel(model: RelationModel): Buffer {
  return gzipSync(JSON.stringify(model.toFile()), { level: 9 });
}

let cached: RelationModel | undefined;
/** The committed model, or the one NEWSGRAPH_RELATION_MODEL names (to score a cross-validation fold), loaded once. */
export function defaultRelationModel(): RelationModel {
  cached ??= loadRelationModel(process.env.NEWSGRAPH_RELATION_MODEL || committedModelPath());
  return cached;
}

/** Settings of `patternPriors`. */
export interface PriorSettings {
  /** A pattern needs this many matched pairs to get a prior ... */
  minMatches: number;
  /** ... and this smoothed share of them right. */
  minProbability: number;
}

/**
 * The prior of each pattern feature: of the examples it marks, the share whose label is the one the
 * pattern proposes, smoothed ((right + 1) / (matched + 2)); kept where `settings` allow.
 */
export function patternPriors(examples: readonly TrainingExample[], proposed: (feature: string) => number | undefined, settings: PriorSettings): PatternPriors {
  const counts = new Map<string, { label: number; right: number; matched: number }>();
  for (const example of examples) {
    for (const feature of example.features) {
      const label = proposed(feature);
      if (label === undefined) continue;
      const count = counts.get(feature) ?? { label, right: 0, matched: 0 };
      count.matched++;
      if (example.label === label) count.right++;
      counts.set(feature, count);
    }
  }
  const priors: PatternPriors = {};
  for (const [feature, { label, right, matched }] of counts) {
    const probability = (right + 1) / (matched + 2);
    if (matched >= settings.minMatches && probability >= settings.minProbability) priors[feature] = { label, probability: Math.round(probability * 1000) / 1000 };
  }
  return priors;
}

export interface TrainingExample {
  features: string[];
  allowed: boolean[];
  label: number;
  /** How much the example counts: data from other genres may count less than news. */
  weight: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Shuffles the example order in place, seeded, before each epoch. */
  shuffle: (order: number[]) => void;
}

/**
 * Trains by AdaGrad on the weighted log loss. The weights returned are the average of those
 * at the end of each epoch, which varies much less with the order of the examples than the
 * last epoch's. The model keeps every relation above 0.5, uncalibrated.
 */
export function trainRelationModel(examples: TrainingExample[], options: TrainingOptions): RelationModel {
  const labels = RELATION_LABELS.length;
  const weights = new Map<number, Float32Array>();
  const squares = new Map<number, Float32Array>();
  const rows = (feature: number) => {
    let row = weights.get(feature);
    if (!row) {
      row = new Float32Array(labels);
      weights.set(feature, row);
      squares.set(feature, new Float32Array(labels).fill(1e-6));
    }
    return [row, squares.get(feature)!] as const;
  };
  const hashed = examples.map((example) => [...new Set(example.features.map(hashString))]);
  const order = examples.map((_, index) => index);
  const sums = new Map<number, Float32Array>();
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    options.shuffle(order);
    for (const index of order) {
      const example = examples[index];
      const features = hashed[index];
      const scores = new Array<number>(labels).fill(0);
      for (const feature of features) {
        const row = weights.get(feature);
        if (row) for (let label = 0; label < labels; label++) scores[label] += row[label];
      }
      const probabilities = softmax(scores, example.allowed);
      for (const feature of features) {
        const [row, square] = rows(feature);
        for (let label = 0; label < labels; label++) {
          if (!example.allowed[label]) continue;
          const gradient = example.weight * (probabilities[label] - (label === example.label ? 1 : 0)) + options.l2 * row[label];
          square[label] += gradient * gradient;
          row[label] -= (options.learningRate * gradient) / Math.sqrt(square[label]);
        }
      }
    }
    for (const [feature, row] of weights) {
      const sum = sums.get(feature) ?? sums.set(feature, new Float32Array(labels)).get(feature)!;
      for (let label = 0; label < labels; label++) sum[label] += row[label];
    }
  }
  for (const sum of sums.values()) for (let label = 0; label < labels; label++) sum[label] /= options.epochs;
  return new RelationModel(WeightRows.fromEntries(labels, [...sums]), 0.5);
}
