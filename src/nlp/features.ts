// Feature extraction shared by training and tagging. Each token's attributes (hashes of
// word, lowercase, shape, clusters, gazetteer bits, cue words) are computed once per
// sentence; features are 32-bit keys mixed from a template id and attribute values.
import { hashRange, hashString, mix, shapeHash } from "./hash.js";
import type { Lexicon } from "./lexicon.js";

/** Entity tags in model order; the decoder's constraints rely on B-X at 2k+1, I-X at 2k+2. */
export const NER_TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"];

const BOUNDARY = hashString("<s>");
const NO_CLUSTER = -1;

/** Per-sentence token attributes. */
export class SentenceAttributes {
  readonly n: number;
  readonly lowers: string[];
  readonly word: Int32Array;
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  /** Three cluster ids per token (coarse, middle, fine), NO_CLUSTER when unknown. */
  readonly cluster: Int32Array;
  readonly caseBucket: Uint8Array;
  readonly gazetteer: Int32Array;
  readonly cue: Uint8Array;
  /** Part-of-speech tag ids, filled by the POS tagger (or from gold data in training). */
  readonly pos: Uint8Array;
  /** Document-level flags per token (DOC_* bits). */
  readonly docFlags: Uint8Array;
  /** First-stage entity type per token elsewhere in the document (see NerFeatures.stageTwo). */
  readonly priorType: Int32Array;
  /** The whole sentence is written in capitals (a headline), so case says little. */
  readonly allCaps: boolean;

  constructor(
    readonly words: string[],
    lexicon: Lexicon,
  ) {
    const n = words.length;
    this.n = n;
    this.lowers = new Array<string>(n);
    this.word = new Int32Array(n);
    this.lower = new Int32Array(n);
    this.shape = new Int32Array(n);
    this.cluster = new Int32Array(3 * n);
    this.caseBucket = new Uint8Array(n);
    this.gazetteer = new Int32Array(n);
    this.cue = new Uint8Array(n);
    this.pos = new Uint8Array(n);
    this.docFlags = new Uint8Array(n);
    this.priorType = new Int32Array(n);
    let letters = 0;
    let upperLetters = 0;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const lower = w.toLowerCase();
      this.lowers[i] = lower;
      this.word[i] = hashString(w);
      this.lower[i] = hashString(lower);
      this.shape[i] = shapeHash(w);
      const ids = lexicon.clusterOf(w, lower);
      this.cluster[3 * i] = ids === undefined ? NO_CLUSTER : ids[0];
      this.cluster[3 * i + 1] = ids === undefined ? NO_CLUSTER : ids[1];
      this.cluster[3 * i + 2] = ids === undefined ? NO_CLUSTER : ids[2];
      this.caseBucket[i] = lexicon.caseBucket(lower);
      this.cue[i] = lexicon.cueMask(lower);
      const first = w.charCodeAt(0);
      if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) {
        letters++;
        if (first <= 0x5a && w !== lower && w === w.toUpperCase()) upperLetters++;
      }
    }
    this.allCaps = letters >= 2 && upperLetters === letters;
    lexicon.matchGazetteers(words, this.lowers, this.gazetteer);
  }
}

/** Document flags: the word appears capitalised mid-sentence elsewhere / in lowercase elsewhere. */
export const DOC_CAPITALISED_ELSEWHERE = 1;
export const DOC_LOWERCASE_ELSEWHERE = 2;

const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c > 0x7f && w[0] !== w[0].toLowerCase());
};

/**
 * Non-local evidence from the rest of the document: a sentence-initial or headline word
 * is more likely a name when the same word is capitalised mid-sentence elsewhere.
 */
export function markDocumentFlags(sentences: SentenceAttributes[]): void {
  const capitalisedMidSentence = new Set<string>();
  const lowercase = new Set<string>();
  for (const s of sentences) {
    if (s.allCaps) continue;
    for (let i = 0; i < s.n; i++) {
      const w = s.words[i];
      if (i > 0 && isCapitalised(w)) capitalisedMidSentence.add(s.lowers[i]);
      else if (w === s.lowers[i]) lowercase.add(w);
    }
  }
  for (const s of sentences) {
    for (let i = 0; i < s.n; i++) {
      let flags = 0;
      if (capitalisedMidSentence.has(s.lowers[i])) flags |= DOC_CAPITALISED_ELSEWHERE;
      if (lowercase.has(s.lowers[i])) flags |= DOC_LOWERCASE_ELSEWHERE;
      s.docFlags[i] = flags;
    }
  }
}

/**
 * Second-stage evidence (Ratinov & Roth's prediction aggregation): for each token, the
 * entity type the first-stage tagger gave the same word most often elsewhere in the
 * document (1 + type index; 0 when it was never part of an entity), and whether the
 * word's first occurrence in the document was tagged (bit 8 + type).
 */
export function markPriorTypes(sentences: SentenceAttributes[], firstStage: Uint8Array[]): void {
  const counts = new Map<string, number[]>();
  const firstType = new Map<string, number>();
  sentences.forEach((s, k) => {
    const tags = firstStage[k];
    for (let i = 0; i < s.n; i++) {
      if (!isCapitalised(s.words[i])) continue;
      const type = tags[i] === 0 ? 0 : 1 + ((tags[i] - 1) >> 1);
      const lower = s.lowers[i];
      let c = counts.get(lower);
      if (c === undefined) {
        c = [0, 0, 0, 0, 0];
        counts.set(lower, c);
        firstType.set(lower, type);
      }
      c[type]++;
    }
  });
  sentences.forEach((s, k) => {
    const tags = firstStage[k];
    for (let i = 0; i < s.n; i++) {
      const c = counts.get(s.lowers[i]);
      if (c === undefined || !isCapitalised(s.words[i])) {
        s.priorType[i] = 0;
        continue;
      }
      const own = tags[i] === 0 ? 0 : 1 + ((tags[i] - 1) >> 1);
      let best = 0;
      let bestCount = 0;
      for (let t = 1; t < 5; t++) {
        const others = c[t] - (t === own ? 1 : 0);
        if (others > bestCount) {
          best = t;
          bestCount = others;
        }
      }
      s.priorType[i] = best | ((firstType.get(s.lowers[i]) ?? 0) << 8);
    }
  });
}

// Template ids. Changing them invalidates trained models.
const enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Prefix,
  Suffix,
  LowerPrev,
  LowerNext,
  LowerPrev2,
  LowerNext2,
  ShapePrev,
  ShapeNext,
  BigramPrev,
  BigramNext,
  ShapeTrigram,
  Pos,
  PosPrev,
  PosNext,
  PosBigramPrev,
  PosBigramNext,
  Cluster,
  ClusterPrev,
  ClusterNext,
  FirstInSentence,
  HeadlineLower,
  HeadlineShape,
  CaseBucket,
  Gazetteer,
  GazetteerPrev,
  GazetteerNext,
  Cue,
  CuePrev,
  CueNext,
  CueNext2,
  DocFlags,
  PriorType,
  PriorTypePrev,
  PriorTypeNext,
  Length,
  // POS-only
  PosTagPrev,
  PosTagPrev2,
  PosTagBigram,
  PosTagPrevWord,
  SuffixPrev,
  SuffixNext,
}

function pushBits(out: Int32Array, count: number, template: number, bits: number): number {
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits);
    out[count++] = mix(template, bit);
    bits &= ~(1 << bit);
  }
  return count;
}

/** Largest number of feature keys one token can produce. */
export const MAX_FEATURES = 128;

/**
 * Writes the NER emission features of token i into `out`, returns how many. With
 * `stageTwo`, adds the document-level first-stage predictions (priorType).
 */
export function nerFeatures(s: SentenceAttributes, i: number, stageTwo: boolean, out: Int32Array): number {
  const n = s.n;
  const w = s.words[i];
  const lower = s.lower[i];
  const shape = s.shape[i];
  const lowerPrev = i > 0 ? s.lower[i - 1] : BOUNDARY;
  const lowerNext = i + 1 < n ? s.lower[i + 1] : BOUNDARY;
  const shapePrev = i > 0 ? s.shape[i - 1] : BOUNDARY;
  const shapeNext = i + 1 < n ? s.shape[i + 1] : BOUNDARY;
  const posPrev = i > 0 ? s.pos[i - 1] : 255;
  const posNext = i + 1 < n ? s.pos[i + 1] : 255;
  let k = 0;
  out[k++] = T.Bias;
  out[k++] = mix(T.Word, s.word[i]);
  out[k++] = mix(T.Lower, lower);
  out[k++] = mix(T.Shape, shape);
  const length = w.length;
  for (let a = 1; a <= 4 && a <= length; a++) {
    out[k++] = mix(T.Prefix + (a << 8), hashRange(w, 0, a));
    out[k++] = mix(T.Suffix + (a << 8), hashRange(w, length - a, length));
  }
  out[k++] = mix(T.Length, length > 12 ? 12 : length);
  out[k++] = mix(T.LowerPrev, lowerPrev);
  out[k++] = mix(T.LowerNext, lowerNext);
  out[k++] = mix(T.LowerPrev2, i > 1 ? s.lower[i - 2] : BOUNDARY);
  out[k++] = mix(T.LowerNext2, i + 2 < n ? s.lower[i + 2] : BOUNDARY);
  out[k++] = mix(T.ShapePrev, shapePrev);
  out[k++] = mix(T.ShapeNext, shapeNext);
  out[k++] = mix(T.BigramPrev, mix(lowerPrev, lower));
  out[k++] = mix(T.BigramNext, mix(lower, lowerNext));
  out[k++] = mix(T.ShapeTrigram, mix(mix(shapePrev, shape), shapeNext));
  const pos = s.pos[i];
  out[k++] = mix(T.Pos, pos);
  out[k++] = mix(T.PosPrev, posPrev);
  out[k++] = mix(T.PosNext, posNext);
  out[k++] = mix(T.PosBigramPrev, (posPrev << 8) | pos);
  out[k++] = mix(T.PosBigramNext, (pos << 8) | posNext);
  for (let g = 0; g < 3; g++) {
    const id = s.cluster[3 * i + g];
    if (id !== NO_CLUSTER) out[k++] = mix(T.Cluster + (g << 8), id);
  }
  out[k++] = mix(T.ClusterPrev, i > 0 ? s.cluster[3 * i - 2] : -2);
  out[k++] = mix(T.ClusterNext, i + 1 < n ? s.cluster[3 * i + 4] : -2);
  if (i === 0) out[k++] = mix(T.FirstInSentence, shape);
  if (s.allCaps) {
    out[k++] = mix(T.HeadlineLower, lower);
    out[k++] = mix(T.HeadlineShape, shape);
  }
  out[k++] = mix(T.CaseBucket, mix(s.caseBucket[i], shape));
  k = pushBits(out, k, T.Gazetteer, s.gazetteer[i]);
  if (i > 0) k = pushBits(out, k, T.GazetteerPrev, s.gazetteer[i - 1]);
  if (i + 1 < n) k = pushBits(out, k, T.GazetteerNext, s.gazetteer[i + 1]);
  k = pushBits(out, k, T.Cue, s.cue[i]);
  if (i > 0) k = pushBits(out, k, T.CuePrev, s.cue[i - 1]);
  if (i + 1 < n) k = pushBits(out, k, T.CueNext, s.cue[i + 1]);
  if (i + 2 < n) k = pushBits(out, k, T.CueNext2, s.cue[i + 2]);
  out[k++] = mix(T.DocFlags, mix(s.docFlags[i] | (i === 0 || s.allCaps ? 4 : 0), shape));
  return stageTwo ? nerPriorFeatures(s, i, out, k) : k;
}

/** The second stage's extra features of token i, written from out[k]; returns the new count. */
export function nerPriorFeatures(s: SentenceAttributes, i: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.PriorType, s.priorType[i]);
  out[k++] = mix(T.PriorTypePrev, i > 0 ? s.priorType[i - 1] & 0xff : 9);
  out[k++] = mix(T.PriorTypeNext, i + 1 < s.n ? s.priorType[i + 1] & 0xff : 9);
  return k;
}

/** Writes the POS features of token i given the two previous predicted tags. */
export function posFeatures(s: SentenceAttributes, i: number, prevTag: number, prev2Tag: number, out: Int32Array): number {
  const n = s.n;
  const w = s.words[i];
  const length = w.length;
  let k = 0;
  out[k++] = T.Bias;
  out[k++] = mix(T.Word, s.word[i]);
  out[k++] = mix(T.Lower, s.lower[i]);
  out[k++] = mix(T.Shape, s.shape[i]);
  for (let a = 1; a <= 3 && a <= length; a++) out[k++] = mix(T.Suffix + (a << 8), hashRange(w, length - a, length));
  out[k++] = mix(T.Prefix, hashRange(w, 0, length > 0 ? 1 : 0));
  out[k++] = mix(T.PosTagPrev, prevTag);
  out[k++] = mix(T.PosTagPrev2, prev2Tag);
  out[k++] = mix(T.PosTagBigram, (prevTag << 8) | prev2Tag);
  out[k++] = mix(T.PosTagPrevWord, mix(prevTag, s.word[i]));
  out[k++] = mix(T.LowerPrev, i > 0 ? s.lower[i - 1] : BOUNDARY);
  out[k++] = mix(T.LowerNext, i + 1 < n ? s.lower[i + 1] : BOUNDARY);
  out[k++] = mix(T.LowerPrev2, i > 1 ? s.lower[i - 2] : BOUNDARY);
  out[k++] = mix(T.LowerNext2, i + 2 < n ? s.lower[i + 2] : BOUNDARY);
  if (i > 0) {
    const p = s.words[i - 1];
    out[k++] = mix(T.SuffixPrev, hashRange(p, Math.max(0, p.length - 3), p.length));
  }
  if (i + 1 < n) {
    const q = s.words[i + 1];
    out[k++] = mix(T.SuffixNext, hashRange(q, Math.max(0, q.length - 3), q.length));
  }
  for (let g = 1; g < 3; g++) {
    const id = s.cluster[3 * i + g];
    if (id !== NO_CLUSTER) out[k++] = mix(T.Cluster + (g << 8), id);
  }
  if (i === 0) out[k++] = mix(T.FirstInSentence, s.shape[i]);
  return k;
}
