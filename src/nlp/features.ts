// Feature extraction shared by training and tagging. Features are 32-bit keys mixed from a
// template id and attribute values. They come in two parts: a word's own features (word,
// affixes, shape, clusters, case statistics, cue words), which the tagger caches per word
// type with their summed weights, and the features of its context.
import { hashRange, hashString, mix, shapeHash } from "./hash.js";
import { Lexicon, type GazetteerToken } from "./lexicon.js";

/** Entity tags in model order; the decoder's constraints rely on B-X at 2k+1, I-X at 2k+2. */
export const NER_TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"];

const BOUNDARY = hashString("<s>");
const NO_CLUSTER = -1;

/** What the features need to know about a word on its own, whatever its context. */
export interface WordInfo extends GazetteerToken {
  wordHash: number;
  lowerHash: number;
  shape: number;
  /** Cluster ids (coarse, middle, fine), NO_CLUSTER when the word has none. */
  clusters: readonly [number, number, number];
  caseBucket: number;
  cue: number;
  /** Starts with an ASCII letter, and (if so) is written in capitals. */
  startsWithLetter: boolean;
  upperCase: boolean;
}

const NO_CLUSTERS = [NO_CLUSTER, NO_CLUSTER, NO_CLUSTER] as const;

export function describeWord(text: string, lexicon: Lexicon): WordInfo {
  const lower = text.toLowerCase();
  const first = text.charCodeAt(0);
  const startsWithLetter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  return {
    text,
    lower,
    wordHash: hashString(text),
    lowerHash: hashString(lower),
    shape: shapeHash(text),
    clusters: lexicon.clusterOf(text, lower) ?? NO_CLUSTERS,
    caseBucket: lexicon.caseBucket(lower),
    cue: lexicon.cueMask(lower),
    phrases: lexicon.phrasesStartingWith(lower),
    startsWithLetter,
    upperCase: startsWithLetter && first <= 0x5a && text !== lower && text === text.toUpperCase(),
  };
}

/** Per-sentence token attributes. */
export class SentenceAttributes {
  readonly n: number;
  readonly lowers: string[];
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  /** Middle-level cluster id per token, NO_CLUSTER when unknown (for neighbour features). */
  readonly cluster: Int32Array;
  readonly gazetteer: Int32Array;
  readonly cue: Uint8Array;
  /** Part-of-speech tag ids, filled by the POS tagger (or from gold data in training). */
  readonly pos: Uint8Array;
  /** Document-level flags per token (DOC_* bits). */
  readonly docFlags: Uint8Array;
  /** First-stage entity type per token elsewhere in the document (see markPriorTypes). */
  readonly priorType: Int32Array;
  /** The UD tagger's first-pass tags, which its second pass reads to see the words ahead. */
  readonly firstPass: Uint8Array;
  /** The whole sentence is written in capitals (a headline), so case says little. */
  readonly allCaps: boolean;

  constructor(
    readonly words: string[],
    lexicon: Lexicon,
    readonly infos: WordInfo[] = words.map((w) => describeWord(w, lexicon)),
  ) {
    const n = words.length;
    this.n = n;
    this.lowers = new Array<string>(n);
    this.lower = new Int32Array(n);
    this.shape = new Int32Array(n);
    this.cluster = new Int32Array(n);
    this.gazetteer = new Int32Array(n);
    this.cue = new Uint8Array(n);
    this.pos = new Uint8Array(n);
    this.docFlags = new Uint8Array(n);
    this.priorType = new Int32Array(n);
    this.firstPass = new Uint8Array(n);
    let letters = 0;
    let upperLetters = 0;
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      this.lowers[i] = info.lower;
      this.lower[i] = info.lowerHash;
      this.shape[i] = info.shape;
      this.cluster[i] = info.clusters[1];
      this.cue[i] = info.cue;
      if (info.startsWithLetter) letters++;
      if (info.upperCase) upperLetters++;
    }
    this.allCaps = letters >= 2 && upperLetters === letters;
    Lexicon.matchGazetteers(infos, this.gazetteer);
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
 * Second-stage evidence (Ratinov & Roth's prediction aggregation), packed per token:
 * bits 0–7, the entity type (1 + type index; 0 none) the first-stage tagger gave the same
 * capitalised word most often elsewhere in the document; bits 8–15, the type of the word's
 * first occurrence in the document; bits 16–20, the set of types it got elsewhere.
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
      let seenTypes = 0;
      for (let t = 1; t < 5; t++) {
        const others = c[t] - (t === own ? 1 : 0);
        if (others > 0) seenTypes |= 1 << t;
        if (others > bestCount) {
          best = t;
          bestCount = others;
        }
      }
      s.priorType[i] = best | ((firstType.get(s.lowers[i]) ?? 0) << 8) | (seenTypes << 16);
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
  PriorTypesSeen,
  // UD tagger only
  LowerSuffix,
  LowerPrefix,
  PosTagPrevNextWord,
  PosTagPrevSuffix,
  ClusterNext2,
  ShapeBigramPrev,
  ShapeBigramNext,
  WordTrigram,
  // UD tagger, second pass
  FirstPassOwn,
  FirstPassNext,
  FirstPassNext2,
  FirstPassNextPair,
  FirstPassNextWord,
  FirstPassPrevTagNext,
  FirstPassOwnWord,
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

/** NER features of a word on its own (the same wherever it occurs), written from out[k]. */
export function nerWordFeatures(info: WordInfo, out: Int32Array, k: number): number {
  const w = info.text;
  const length = w.length;
  out[k++] = T.Bias;
  out[k++] = mix(T.Word, info.wordHash);
  out[k++] = mix(T.Lower, info.lowerHash);
  out[k++] = mix(T.Shape, info.shape);
  for (let a = 1; a <= 4 && a <= length; a++) {
    out[k++] = mix(T.Prefix + (a << 8), hashRange(w, 0, a));
    out[k++] = mix(T.Suffix + (a << 8), hashRange(w, length - a, length));
  }
  out[k++] = mix(T.Length, length > 12 ? 12 : length);
  for (let g = 0; g < 3; g++) {
    const id = info.clusters[g];
    if (id !== NO_CLUSTER) out[k++] = mix(T.Cluster + (g << 8), id);
  }
  out[k++] = mix(T.CaseBucket, mix(info.caseBucket, info.shape));
  return pushBits(out, k, T.Cue, info.cue);
}

/** Where a neighbour stands relative to the token being scored. */
export const enum Neighbour {
  Prev2,
  Prev,
  Next,
  Next2,
}
export const NEIGHBOURS = [Neighbour.Prev2, Neighbour.Prev, Neighbour.Next, Neighbour.Next2] as const;
/** Offsets of the neighbours above, in the same order. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * NER features that a neighbouring word contributes on its own (null: beyond the sentence
 * edge). They depend only on that word, so the tagger caches their weights per word type.
 */
export function nerNeighbourFeatures(info: WordInfo | null, role: Neighbour, out: Int32Array, k: number): number {
  const lower = info === null ? BOUNDARY : info.lowerHash;
  switch (role) {
    case Neighbour.Prev2:
      out[k++] = mix(T.LowerPrev2, lower);
      return k;
    case Neighbour.Prev:
      out[k++] = mix(T.LowerPrev, lower);
      out[k++] = mix(T.ShapePrev, info === null ? BOUNDARY : info.shape);
      out[k++] = mix(T.ClusterPrev, info === null ? -2 : info.clusters[1]);
      return info === null ? k : pushBits(out, k, T.CuePrev, info.cue);
    case Neighbour.Next:
      out[k++] = mix(T.LowerNext, lower);
      out[k++] = mix(T.ShapeNext, info === null ? BOUNDARY : info.shape);
      out[k++] = mix(T.ClusterNext, info === null ? -2 : info.clusters[1]);
      return info === null ? k : pushBits(out, k, T.CueNext, info.cue);
    case Neighbour.Next2:
      out[k++] = mix(T.LowerNext2, lower);
      return info === null ? k : pushBits(out, k, T.CueNext2, info.cue);
  }
}

/** NER features over the part-of-speech tags of the token and its left neighbour (255: none). */
export function nerPosLeftFeatures(posPrev: number, pos: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.Pos, pos);
  out[k++] = mix(T.PosPrev, posPrev);
  out[k++] = mix(T.PosBigramPrev, (posPrev << 8) | pos);
  return k;
}

/** NER features over the part-of-speech tags of the token and its right neighbour (255: none). */
export function nerPosRightFeatures(pos: number, posNext: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.PosNext, posNext);
  out[k++] = mix(T.PosBigramNext, (pos << 8) | posNext);
  return k;
}

/** NER features of token i that join it with its neighbours, sentence and document. */
export function nerJointFeatures(s: SentenceAttributes, i: number, out: Int32Array, k: number): number {
  const n = s.n;
  const lower = s.lower[i];
  const shape = s.shape[i];
  const lowerPrev = i > 0 ? s.lower[i - 1] : BOUNDARY;
  const lowerNext = i + 1 < n ? s.lower[i + 1] : BOUNDARY;
  const shapePrev = i > 0 ? s.shape[i - 1] : BOUNDARY;
  const shapeNext = i + 1 < n ? s.shape[i + 1] : BOUNDARY;
  out[k++] = mix(T.BigramPrev, mix(lowerPrev, lower));
  out[k++] = mix(T.BigramNext, mix(lower, lowerNext));
  out[k++] = mix(T.ShapeTrigram, mix(mix(shapePrev, shape), shapeNext));
  if (i === 0) out[k++] = mix(T.FirstInSentence, shape);
  if (s.allCaps) {
    out[k++] = mix(T.HeadlineLower, lower);
    out[k++] = mix(T.HeadlineShape, shape);
  }
  k = pushBits(out, k, T.Gazetteer, s.gazetteer[i]);
  if (i > 0) k = pushBits(out, k, T.GazetteerPrev, s.gazetteer[i - 1]);
  if (i + 1 < n) k = pushBits(out, k, T.GazetteerNext, s.gazetteer[i + 1]);
  out[k++] = mix(T.DocFlags, mix(s.docFlags[i] | (i === 0 || s.allCaps ? 4 : 0), shape));
  return k;
}

/** NER features of token i that depend on its sentence and document, written from out[k]. */
export function nerContextFeatures(s: SentenceAttributes, i: number, out: Int32Array, k: number): number {
  const n = s.n;
  for (let r = 0; r < NEIGHBOURS.length; r++) {
    const j = i + NEIGHBOUR_OFFSETS[r];
    k = nerNeighbourFeatures(j >= 0 && j < n ? s.infos[j] : null, NEIGHBOURS[r], out, k);
  }
  const pos = s.pos[i];
  k = nerPosLeftFeatures(i > 0 ? s.pos[i - 1] : 255, pos, out, k);
  k = nerPosRightFeatures(pos, i + 1 < n ? s.pos[i + 1] : 255, out, k);
  return nerJointFeatures(s, i, out, k);
}

/**
 * All NER emission features of token i into `out`; returns how many. With `stageTwo`,
 * adds the document-level first-stage predictions (priorType).
 */
export function nerFeatures(s: SentenceAttributes, i: number, stageTwo: boolean, out: Int32Array): number {
  const k = nerContextFeatures(s, i, out, nerWordFeatures(s.infos[i], out, 0));
  return stageTwo ? nerPriorFeatures(s, i, out, k) : k;
}

/** The second stage's extra features of token i, written from out[k]; returns the new count. */
export function nerPriorFeatures(s: SentenceAttributes, i: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.PriorType, s.priorType[i] & 0xffff);
  out[k++] = mix(T.PriorTypesSeen, s.priorType[i] >>> 16);
  out[k++] = mix(T.PriorTypePrev, i > 0 ? s.priorType[i - 1] & 0xff : 9);
  out[k++] = mix(T.PriorTypeNext, i + 1 < s.n ? s.priorType[i + 1] & 0xff : 9);
  return k;
}

/** POS features of a word on its own, written from out[k]. */
export function posWordFeatures(info: WordInfo, out: Int32Array, k: number): number {
  const w = info.text;
  const length = w.length;
  out[k++] = T.Bias;
  out[k++] = mix(T.Word, info.wordHash);
  out[k++] = mix(T.Lower, info.lowerHash);
  out[k++] = mix(T.Shape, info.shape);
  for (let a = 1; a <= 3 && a <= length; a++) out[k++] = mix(T.Suffix + (a << 8), hashRange(w, length - a, length));
  out[k++] = mix(T.Prefix, hashRange(w, 0, length > 0 ? 1 : 0));
  for (let g = 1; g < 3; g++) {
    const id = info.clusters[g];
    if (id !== NO_CLUSTER) out[k++] = mix(T.Cluster + (g << 8), id);
  }
  return k;
}

/** POS features that a neighbouring word contributes on its own (null: beyond the edge). */
export function posNeighbourFeatures(info: WordInfo | null, role: Neighbour, out: Int32Array, k: number): number {
  const lower = info === null ? BOUNDARY : info.lowerHash;
  switch (role) {
    case Neighbour.Prev2:
      out[k++] = mix(T.LowerPrev2, lower);
      return k;
    case Neighbour.Prev:
      out[k++] = mix(T.LowerPrev, lower);
      if (info !== null) out[k++] = mix(T.SuffixPrev, suffix3(info.text));
      return k;
    case Neighbour.Next:
      out[k++] = mix(T.LowerNext, lower);
      if (info !== null) out[k++] = mix(T.SuffixNext, suffix3(info.text));
      return k;
    case Neighbour.Next2:
      out[k++] = mix(T.LowerNext2, lower);
      return k;
  }
}

const suffix3 = (w: string) => hashRange(w, Math.max(0, w.length - 3), w.length);

/** POS features of the two previous predicted tags alone. */
export function posTagFeatures(prevTag: number, prev2Tag: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.PosTagPrev, prevTag);
  out[k++] = mix(T.PosTagPrev2, prev2Tag);
  out[k++] = mix(T.PosTagBigram, (prevTag << 8) | prev2Tag);
  return k;
}

/** POS features joining token i with the previous tag and its sentence position. */
export function posJointFeatures(s: SentenceAttributes, i: number, prevTag: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.PosTagPrevWord, mix(prevTag, s.infos[i].wordHash));
  if (i === 0) out[k++] = mix(T.FirstInSentence, s.shape[i]);
  return k;
}

/** POS features of token i that depend on its context and the two previous predicted tags. */
export function posContextFeatures(
  s: SentenceAttributes,
  i: number,
  prevTag: number,
  prev2Tag: number,
  out: Int32Array,
  k: number,
  withTagsAlone = true,
): number {
  for (let r = 0; r < NEIGHBOURS.length; r++) {
    const j = i + NEIGHBOUR_OFFSETS[r];
    k = posNeighbourFeatures(j >= 0 && j < s.n ? s.infos[j] : null, NEIGHBOURS[r], out, k);
  }
  if (withTagsAlone) k = posTagFeatures(prevTag, prev2Tag, out, k);
  return posJointFeatures(s, i, prevTag, out, k);
}

/** All POS features of token i given the two previous predicted tags. */
export function posFeatures(s: SentenceAttributes, i: number, prevTag: number, prev2Tag: number, out: Int32Array): number {
  return posContextFeatures(s, i, prevTag, prev2Tag, out, posWordFeatures(s.infos[i], out, 0));
}

/** Signature shared by the POS feature functions (features of token i given the previous two tags). */
export type TagFeatures = (s: SentenceAttributes, i: number, prevTag: number, prev2Tag: number, out: Int32Array) => number;

/** The UD tagger's features of a word on its own: the POS ones plus longer affixes (cached per word type). */
export function udWordFeatures(info: WordInfo, out: Int32Array, k: number): number {
  k = posWordFeatures(info, out, k);
  const lower = info.lower;
  const length = lower.length;
  for (let a = 4; a <= 5 && a <= length; a++) out[k++] = mix(T.LowerSuffix + (a << 8), hashRange(lower, length - a, length));
  for (let a = 2; a <= 3 && a <= length; a++) out[k++] = mix(T.LowerPrefix + (a << 8), hashRange(lower, 0, a));
  return k;
}

/**
 * The UD tagger's features of token i in its context: the POS ones plus word bigrams and
 * trigrams, the previous tag with the next word, neighbours' clusters and shape bigrams,
 * for web text that is less regular than news. Written from out[k].
 */
export function udContextFeatures(
  s: SentenceAttributes,
  i: number,
  prevTag: number,
  prev2Tag: number,
  out: Int32Array,
  k = 0,
  withTagsAlone = true,
): number {
  k = posContextFeatures(s, i, prevTag, prev2Tag, out, k, withTagsAlone);
  const lower = s.lowers[i];
  const length = lower.length;
  const n = s.n;
  const lowerPrev = i > 0 ? s.lower[i - 1] : BOUNDARY;
  const lowerNext = i + 1 < n ? s.lower[i + 1] : BOUNDARY;
  out[k++] = mix(T.BigramPrev, mix(lowerPrev, s.lower[i]));
  out[k++] = mix(T.BigramNext, mix(s.lower[i], lowerNext));
  out[k++] = mix(T.WordTrigram, mix(mix(lowerPrev, s.lower[i]), lowerNext));
  out[k++] = mix(T.PosTagPrevNextWord, mix(prevTag, lowerNext));
  out[k++] = mix(T.PosTagPrevSuffix, mix(prevTag, hashRange(lower, Math.max(0, length - 3), length)));
  out[k++] = mix(T.ClusterPrev, i > 0 ? s.cluster[i - 1] : -2);
  out[k++] = mix(T.ClusterNext, i + 1 < n ? s.cluster[i + 1] : -2);
  out[k++] = mix(T.ClusterNext2, i + 2 < n ? s.cluster[i + 2] : -2);
  out[k++] = mix(T.ShapeBigramPrev, mix(i > 0 ? s.shape[i - 1] : BOUNDARY, s.shape[i]));
  out[k++] = mix(T.ShapeBigramNext, mix(s.shape[i], i + 1 < n ? s.shape[i + 1] : BOUNDARY));
  return k;
}

/** All first-pass features of the UD tagger (as training sees them). */
export function udTagFeatures(s: SentenceAttributes, i: number, prevTag: number, prev2Tag: number, out: Int32Array): number {
  return udContextFeatures(s, i, prevTag, prev2Tag, out, udWordFeatures(s.infos[i], out, 0));
}

/**
 * The UD tagger's second pass sees the first pass's tags of the token and the two after it,
 * so a greedy left-to-right tagger also sees what follows. Written from out[k].
 */
export function udLookaheadContextFeatures(
  s: SentenceAttributes,
  i: number,
  prevTag: number,
  prev2Tag: number,
  out: Int32Array,
  k = 0,
  withTagsAlone = true,
): number {
  k = udContextFeatures(s, i, prevTag, prev2Tag, out, k, withTagsAlone);
  const n = s.n;
  const own = s.firstPass[i];
  const next = i + 1 < n ? s.firstPass[i + 1] : NO_TAG;
  const next2 = i + 2 < n ? s.firstPass[i + 2] : NO_TAG;
  if (withTagsAlone) {
    k = firstPassOwnFeatures(own, out, k);
    k = firstPassNextFeatures(next, next2, out, k);
    k = firstPassPrevNextFeatures(prevTag, next, out, k);
  }
  out[k++] = mix(T.FirstPassOwnWord, mix(own, s.lower[i]));
  out[k++] = mix(T.FirstPassNextWord, mix(next, s.lower[i]));
  return k;
}

/** Beyond the sentence's end, for the first pass's tags ahead. */
export const NO_TAG = 255;

// The second pass's features of tags alone, in the groups the tagger tables at run time.
export function firstPassOwnFeatures(own: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.FirstPassOwn, own);
  return k;
}

export function firstPassNextFeatures(next: number, next2: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.FirstPassNext, next);
  out[k++] = mix(T.FirstPassNext2, next2);
  out[k++] = mix(T.FirstPassNextPair, (next << 8) | next2);
  return k;
}

export function firstPassPrevNextFeatures(prevTag: number, next: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.FirstPassPrevTagNext, (prevTag << 8) | next);
  return k;
}

/** All second-pass features of the UD tagger (as training sees them). */
export function udLookaheadFeatures(s: SentenceAttributes, i: number, prevTag: number, prev2Tag: number, out: Int32Array): number {
  return udLookaheadContextFeatures(s, i, prevTag, prev2Tag, out, udWordFeatures(s.infos[i], out, 0));
}
