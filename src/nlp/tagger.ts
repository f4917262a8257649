// The taggers: a greedy averaged-perceptron POS tagger and a two-stage NER tagger
// (first-order Viterbi over IOB2 with hard transition constraints; the second stage sees
// the first stage's labels for the same words elsewhere in the document).
import {
  MAX_FEATURES,
  NEIGHBOURS,
  NER_TAGS,
  SentenceAttributes,
  describeWord,
  markDocumentFlags,
  markPriorTypes,
  nerFeatures,
  nerJointFeatures,
  nerNeighbourFeatures,
  nerPosLeftFeatures,
  nerPosRightFeatures,
  nerPriorFeatures,
  nerWordFeatures,
  posFeatures,
  posJointFeatures,
  posNeighbourFeatures,
  posTagFeatures,
  posWordFeatures,
  type TagFeatures,
  type WordInfo,
} from "./features.js";
import type { Lexicon } from "./lexicon.js";
import { StackedModel, type LinearModel } from "./model.js";
import { bestAllowed } from "./tag-constraints.js";

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

/** Transition weights with the IOB2 constraints folded in: forbidden moves weigh -Infinity. */
export function constrainTransitions(transitions: Float32Array): Float32Array {
  const constrained = new Float32Array(transitions.length);
  for (let i = 0; i < transitions.length; i++) constrained[i] = ALLOWED[i] ? transitions[i] : -Infinity;
  return constrained;
}

/** Emission scores (n × tags) of a sentence under a model. */
export function nerEmissions(model: LinearModel, s: SentenceAttributes, stageTwo: boolean, keys: Int32Array): Float32Array {
  const tags = model.tagCount;
  const scores = new Float32Array(s.n * tags);
  for (let i = 0; i < s.n; i++) {
    const count = nerFeatures(s, i, stageTwo, keys);
    model.addAllScores(keys, count, scores, i * tags);
  }
  return scores;
}

/** For each tag, the tags allowed before it (I-X only after B-X or I-X). */
const ALLOWED_FROM: Uint8Array[] = NER_TAGS.map((_, to) =>
  Uint8Array.from(NER_TAGS.map((__, from) => from).filter((from) => ALLOWED[from * NER_TAGS.length + to])),
);

// Reused between calls: the decoder runs once per sentence and stage.
let scoreBuffer = new Float32Array(0);
let backBuffer = new Uint8Array(0);

/**
 * Best tag sequence under emission scores plus transitions[from * tags + to] (from
 * constrainTransitions), starting with no I- tag; writes tag ids into `out`.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, out: Uint8Array): void {
  const tags = NER_TAGS.length;
  if (n === 0) return;
  if (scoreBuffer.length < n * tags) {
    scoreBuffer = new Float32Array(n * tags * 2);
    backBuffer = new Uint8Array(n * tags * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  for (let t = 0; t < tags; t++) score[t] = ALLOWED[tags * tags + t] ? emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * tags;
    const prevBase = base - tags;
    for (let to = 0; to < tags; to++) {
      const froms = ALLOWED_FROM[to];
      let bestFrom = froms[0];
      let best = score[prevBase + bestFrom] + transitions[bestFrom * tags + to];
      for (let k = 1; k < froms.length; k++) {
        const from = froms[k];
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

/**
 * The POS model's tag dictionary: frequent words seen (nearly) always with one tag in
 * training take that tag without scoring (word → tag id).
 */
export function posDictionary(model: LinearModel): Map<string, number> {
  const entries = (model.meta.tagDictionary ?? {}) as Record<string, string>;
  const tagIndex = new Map(model.tags.map((tag, i) => [tag, i]));
  return new Map(Object.entries(entries).map(([word, tag]) => [word, tagIndex.get(tag) ?? 0]));
}

/**
 * Greedy left-to-right POS tagging into s.pos. With `startScores`, each token's scores start
 * from what it fills in (cached or tabled weights) and `features` gives only the rest; with
 * `allowed`, each token takes the best of the tags its word may take (tag-constraints.ts).
 */
export function tagPos(
  model: LinearModel,
  dictionary: Map<string, number>,
  s: SentenceAttributes,
  keys: Int32Array,
  scores: Float32Array,
  features: TagFeatures = posFeatures,
  startScores?: (i: number, prevTag: number, prev2Tag: number, scores: Float32Array) => void,
  allowed?: (i: number) => Uint8Array | undefined,
): void {
  const tags = model.tagCount;
  const start = tags; // id of the "no previous tag" context
  let prev = start;
  let prev2 = start;
  for (let i = 0; i < s.n; i++) {
    let best = dictionary.get(s.words[i]) ?? -1;
    if (best < 0) {
      if (startScores) startScores(i, prev, prev2, scores);
      else scores.fill(0, 0, tags);
      model.addAllScores(keys, features(s, i, prev, prev2, keys), scores, 0);
      best = bestAllowed(scores, tags, allowed?.(i));
    }
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

/**
 * A word type's description with the summed weights of every feature it alone decides:
 * its own features and those it lends its neighbours at each relative position. Layout of
 * `scores`: POS self, POS as Prev2/Prev/Next/Next2 (posTags each), then NER self and as
 * Prev2/Prev/Next/Next2 (2 × nerTags each: first stage, then second stage).
 */
interface CachedWord extends WordInfo {
  scores: Float32Array;
  /** The word's tag from the POS tag dictionary, or -1. */
  fixedPosTag: number;
}

/** Word types kept in the cache before it starts afresh (about 70 MB at most). */
const WORD_CACHE_LIMIT = 50_000;
const NER_TAG_COUNT = NER_TAGS.length;
const NER_WIDTH = 2 * NER_TAG_COUNT;

export class Tagger {
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly posTagCount: number;
  private readonly posScores: Float32Array;
  private readonly nerStages: StackedModel;
  private readonly firstTransitions: Float32Array;
  private readonly secondTransitions: Float32Array;
  private readonly wordCache = new Map<string, CachedWord>();
  private readonly posDictionary: Map<string, number>;
  /** Weights lent by "no word here" (beyond the sentence edge), laid out as CachedWord.scores. */
  private readonly edgeScores: Float32Array;
  /** POS weights of the previous two tags: [(prev × (tags+1) + prev2) × tags + tag]. */
  private readonly posTagTable: Float32Array;
  /** NER weights of (previous POS, POS) and (POS, next POS); index posTags stands for "none". */
  private readonly nerPosLeftTable: Float32Array;
  private readonly nerPosRightTable: Float32Array;

  constructor(readonly models: TaggerModels) {
    const posTags = models.pos.tagCount;
    this.posTagCount = posTags;
    this.posScores = new Float32Array(posTags);
    this.posDictionary = posDictionary(models.pos);
    this.nerStages = new StackedModel([models.nerFirst, models.nerSecond]);
    this.firstTransitions = constrainTransitions(models.nerFirst.transitions);
    this.secondTransitions = constrainTransitions(models.nerSecond.transitions);
    this.edgeScores = this.neighbourScores(null);
    const keys = this.keys;
    const span = posTags + 1;
    const posValue = (index: number) => (index === posTags ? 255 : index);
    this.posTagTable = new Float32Array(span * span * posTags);
    this.nerPosLeftTable = new Float32Array(span * span * NER_WIDTH);
    this.nerPosRightTable = new Float32Array(span * span * NER_WIDTH);
    for (let a = 0; a < span; a++) {
      for (let b = 0; b < span; b++) {
        const cell = a * span + b;
        let count = posTagFeatures(a, b, keys, 0);
        models.pos.addAllScores(keys, count, this.posTagTable, cell * posTags);
        count = nerPosLeftFeatures(posValue(a), posValue(b), keys, 0);
        this.addNer(count, this.nerPosLeftTable, cell * NER_WIDTH);
        count = nerPosRightFeatures(posValue(a), posValue(b), keys, 0);
        this.addNer(count, this.nerPosRightTable, cell * NER_WIDTH);
      }
    }
  }

  /** Adds both NER stages' weights of keys[0 … count) to vector[offset …] (first, then second stage). */
  private addNer(count: number, vector: Float32Array, offset: number): void {
    this.nerStages.addAllScores2(this.keys, count, vector, offset, vector, offset + NER_TAG_COUNT);
  }

  /** Scores (CachedWord layout) that a word, or the sentence edge (null), lends its neighbours. */
  private neighbourScores(info: WordInfo | null): Float32Array {
    const posTags = this.models.pos.tagCount;
    const scores = new Float32Array(5 * posTags + 5 * NER_WIDTH);
    const keys = this.keys;
    for (let r = 0; r < NEIGHBOURS.length; r++) {
      const count = posNeighbourFeatures(info, NEIGHBOURS[r], keys, 0);
      this.models.pos.addAllScores(keys, count, scores, (1 + r) * posTags);
      this.addNer(nerNeighbourFeatures(info, NEIGHBOURS[r], keys, 0), scores, 5 * posTags + (1 + r) * NER_WIDTH);
    }
    return scores;
  }

  /** Looks up a word type, scoring its context-free features the first time it is seen. */
  private describe(text: string): CachedWord {
    const cached = this.wordCache.get(text);
    if (cached !== undefined) return cached;
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    const info = describeWord(text, this.models.lexicon);
    const scores = this.neighbourScores(info);
    const keys = this.keys;
    const count = posWordFeatures(info, keys, 0);
    this.models.pos.addAllScores(keys, count, scores, 0);
    this.addNer(nerWordFeatures(info, keys, 0), scores, 5 * this.posTagCount);
    const entry: CachedWord = Object.assign(info, { scores, fixedPosTag: this.posDictionary.get(text) ?? -1 });
    this.wordCache.set(text, entry);
    return entry;
  }

  /** The cached scores of the word at j, or the edge's when j is outside the sentence. */
  private scoresAt(s: SentenceAttributes, j: number): Float32Array {
    return j >= 0 && j < s.n ? (s.infos[j] as CachedWord).scores : this.edgeScores;
  }

  /** Token attributes with POS tags and document flags filled in. */
  private prepare(sentences: string[][]): SentenceAttributes[] {
    const attributes = sentences.map((words) => {
      const infos = new Array<CachedWord>(words.length);
      for (let i = 0; i < words.length; i++) infos[i] = this.describe(words[i]);
      return new SentenceAttributes(words, this.models.lexicon, infos);
    });
    for (const s of attributes) this.tagPos(s);
    markDocumentFlags(attributes);
    return attributes;
  }

  /** Greedy left-to-right POS tagging into s.pos; the same scores as tagPos, mostly from caches. */
  private tagPos(s: SentenceAttributes): void {
    const model = this.models.pos;
    const tags = this.posTagCount;
    const span = tags + 1;
    const scores = this.posScores;
    const tagTable = this.posTagTable;
    const keys = this.keys;
    const [prev2Base, prevBase, nextBase, next2Base] = [1, 2, 3, 4].map((r) => r * tags);
    let prev = tags;
    let prev2 = tags;
    for (let i = 0; i < s.n; i++) {
      const word = s.infos[i] as CachedWord;
      if (word.fixedPosTag >= 0) {
        s.pos[i] = word.fixedPosTag;
        prev2 = prev;
        prev = word.fixedPosTag;
        continue;
      }
      const own = word.scores;
      const before2 = this.scoresAt(s, i - 2);
      const before = this.scoresAt(s, i - 1);
      const after = this.scoresAt(s, i + 1);
      const after2 = this.scoresAt(s, i + 2);
      const tagBase = (prev * span + prev2) * tags;
      for (let t = 0; t < tags; t++) {
        scores[t] =
          own[t] + before2[prev2Base + t] + before[prevBase + t] + after[nextBase + t] + after2[next2Base + t] + tagTable[tagBase + t];
      }
      const count = posJointFeatures(s, i, prev, keys, 0);
      model.addAllScores(keys, count, scores, 0);
      let best = 0;
      for (let t = 1; t < tags; t++) if (scores[t] > scores[best]) best = t;
      s.pos[i] = best;
      prev2 = prev;
      prev = best;
    }
  }

  /**
   * NER tag ids per sentence: first stage, document aggregation, second stage. Both stages
   * are scored together (they share nearly all features); the second then adds its own few.
   */
  private nerTagIds(attributes: SentenceAttributes[]): Uint8Array[] {
    const keys = this.keys;
    const posTags = this.posTagCount;
    const span = posTags + 1;
    const nerBase = 5 * posTags;
    const [prev2Base, prevBase, nextBase, next2Base] = [1, 2, 3, 4].map((r) => nerBase + r * NER_WIDTH);
    const leftTable = this.nerPosLeftTable;
    const rightTable = this.nerPosRightTable;
    const secondEmissions: Float32Array[] = [];
    const first = attributes.map((s) => {
      const firstEmissions = new Float32Array(s.n * NER_TAG_COUNT);
      const emissions = new Float32Array(s.n * NER_TAG_COUNT);
      for (let i = 0; i < s.n; i++) {
        const offset = i * NER_TAG_COUNT;
        const own = (s.infos[i] as CachedWord).scores;
        const before2 = this.scoresAt(s, i - 2);
        const before = this.scoresAt(s, i - 1);
        const after = this.scoresAt(s, i + 1);
        const after2 = this.scoresAt(s, i + 2);
        const pos = s.pos[i];
        const left = ((i > 0 ? s.pos[i - 1] : posTags) * span + pos) * NER_WIDTH;
        const right = (pos * span + (i + 1 < s.n ? s.pos[i + 1] : posTags)) * NER_WIDTH;
        // Each vector holds the first stage's weights, then the second's.
        for (let t = 0; t < NER_WIDTH; t++) {
          const sum =
            own[nerBase + t] +
            before2[prev2Base + t] +
            before[prevBase + t] +
            after[nextBase + t] +
            after2[next2Base + t] +
            leftTable[left + t] +
            rightTable[right + t];
          if (t < NER_TAG_COUNT) firstEmissions[offset + t] = sum;
          else emissions[offset + t - NER_TAG_COUNT] = sum;
        }
        const count = nerJointFeatures(s, i, keys, 0);
        this.nerStages.addAllScores2(keys, count, firstEmissions, offset, emissions, offset);
      }
      secondEmissions.push(emissions);
      const out = new Uint8Array(s.n);
      viterbi(firstEmissions, s.n, this.firstTransitions, out);
      return out;
    });
    markPriorTypes(attributes, first);
    return attributes.map((s, k) => {
      const emissions = secondEmissions[k];
      for (let i = 0; i < s.n; i++) {
        const count = nerPriorFeatures(s, i, keys, 0);
        this.models.nerSecond.addAllScores(keys, count, emissions, i * NER_TAG_COUNT);
      }
      const out = new Uint8Array(s.n);
      viterbi(emissions, s.n, this.secondTransitions, out);
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
