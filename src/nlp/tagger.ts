// The taggers: a greedy averaged-perceptron POS tagger and a two-stage NER tagger
// (first-order Viterbi over IOB2 with hard transition constraints; the second stage sees
// the first stage's labels for the same words elsewhere in the document).
import {
  MAX_FEATURES,
  NER_TAGS,
  SentenceAttributes,
  markDocumentFlags,
  markPriorTypes,
  nerFeatures,
  nerPriorFeatures,
  posFeatures,
} from "./features.js";
import type { Lexicon } from "./lexicon.js";
import { StackedModel, type LinearModel } from "./model.js";

/** allowed[from * tags + to]: I-X may only follow B-X or I-X; from = tags means sentence start. */
export function nerTransitionAllowed(): Uint8Array {
  const count = NER_TAGS.length;
  const allowed = new Uint8Array((count + 1) * count);
  for (let from = 0; from <= count; from++) {
    for (let to = 0; to < count; to++) {
      const toInside = to > 0 && to % 2 === 0;
      const sameType = from > 0 && from < count && (from + 1) >> 1 === to >> 1;
      allowed[from * count + to] = !toInside || sameType ? 1 : 0;
    }
  }
  return allowed;
}
const ALLOWED = nerTransitionAllowed();

/** Emission scores (n × tags) of a sentence under a model. */
export function nerEmissions(model: LinearModel, s: SentenceAttributes, stageTwo: boolean, keys: Int32Array): Float32Array {
  const tags = model.tagCount;
  const scores = new Float32Array(s.n * tags);
  for (let i = 0; i < s.n; i++) {
    const count = nerFeatures(s, i, stageTwo, keys);
    for (let f = 0; f < count; f++) model.addScores(keys[f], scores, i * tags);
  }
  return scores;
}

/**
 * Best tag sequence under emission scores plus transitions[from * tags + to], with the
 * IOB2 constraints; writes tag ids into `out`.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, out: Uint8Array): void {
  const tags = NER_TAGS.length;
  if (n === 0) return;
  const score = new Float32Array(n * tags);
  const back = new Uint8Array(n * tags);
  for (let t = 0; t < tags; t++) score[t] = ALLOWED[tags * tags + t] ? emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * tags;
    const prevBase = base - tags;
    for (let to = 0; to < tags; to++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let from = 0; from < tags; from++) {
        if (!ALLOWED[from * tags + to]) continue;
        const candidate = score[prevBase + from] + transitions[from * tags + to];
        if (candidate > best) {
          best = candidate;
          bestFrom = from;
        }
      }
      score[base + to] = best + emissions[base + to];
      back[base + to] = bestFrom;
    }
  }
  let bestLast = 0;
  const lastBase = (n - 1) * tags;
  for (let t = 1; t < tags; t++) if (score[lastBase + t] > score[lastBase + bestLast]) bestLast = t;
  out[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * tags + out[i]];
}

/** Greedy left-to-right POS tagging into s.pos. */
export function tagPos(model: LinearModel, s: SentenceAttributes, keys: Int32Array, scores: Float32Array): void {
  const tags = model.tagCount;
  const start = tags; // id of the "no previous tag" context
  let prev = start;
  let prev2 = start;
  for (let i = 0; i < s.n; i++) {
    scores.fill(0, 0, tags);
    const count = posFeatures(s, i, prev, prev2, keys);
    for (let f = 0; f < count; f++) model.addScores(keys[f], scores, 0);
    let best = 0;
    for (let t = 1; t < tags; t++) if (scores[t] > scores[best]) best = t;
    s.pos[i] = best;
    prev2 = prev;
    prev = best;
  }
}

export interface TaggerModels {
  pos: LinearModel;
  nerFirst: LinearModel;
  nerSecond: LinearModel;
  lexicon: Lexicon;
}

export interface TaggedDocument {
  pos: string[][];
  ner: string[][];
}

export class Tagger {
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly posScores: Float32Array;

  private readonly nerStages: StackedModel;

  constructor(readonly models: TaggerModels) {
    this.posScores = new Float32Array(models.pos.tagCount);
    this.nerStages = new StackedModel([models.nerFirst, models.nerSecond]);
  }

  /** Token attributes with POS tags and document flags filled in. */
  prepare(sentences: string[][]): SentenceAttributes[] {
    const attributes = sentences.map((words) => new SentenceAttributes(words, this.models.lexicon));
    for (const s of attributes) tagPos(this.models.pos, s, this.keys, this.posScores);
    markDocumentFlags(attributes);
    return attributes;
  }

  /**
   * NER tag ids per sentence: first stage, document aggregation, second stage. Both stages'
   * shared features are looked up once; the second stage then adds its own few.
   */
  nerTagIds(attributes: SentenceAttributes[]): Uint8Array[] {
    const tags = NER_TAGS.length;
    const keys = this.keys;
    const secondEmissions: Float32Array[] = [];
    const first = attributes.map((s) => {
      const firstEmissions = new Float32Array(s.n * tags);
      const emissions = new Float32Array(s.n * tags);
      for (let i = 0; i < s.n; i++) {
        const count = nerFeatures(s, i, false, keys);
        for (let f = 0; f < count; f++) this.nerStages.addScores2(keys[f], firstEmissions, emissions, i * tags);
      }
      secondEmissions.push(emissions);
      const out = new Uint8Array(s.n);
      viterbi(firstEmissions, s.n, this.models.nerFirst.transitions, out);
      return out;
    });
    markPriorTypes(attributes, first);
    return attributes.map((s, k) => {
      const emissions = secondEmissions[k];
      for (let i = 0; i < s.n; i++) {
        const count = nerPriorFeatures(s, i, keys, 0);
        for (let f = 0; f < count; f++) this.models.nerSecond.addScores(keys[f], emissions, i * tags);
      }
      const out = new Uint8Array(s.n);
      viterbi(emissions, s.n, this.models.nerSecond.transitions, out);
      return out;
    });
  }

  /** Tags one document given as sentences of token strings. */
  tagDocument(sentences: string[][]): TaggedDocument {
    const attributes = this.prepare(sentences);
    const ids = this.nerTagIds(attributes);
    const posTags = this.models.pos.tags;
    return {
      pos: attributes.map((s) => Array.from(s.pos, (p) => posTags[p])),
      ner: ids.map((row) => Array.from(row, (t) => NER_TAGS[t])),
    };
  }
}
