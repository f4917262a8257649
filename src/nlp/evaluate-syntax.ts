// Scores predicted syntax against gold over the same words (gold tokenisation), counting
// every word, punctuation included. The rules follow the CoNLL 2018 shared task's scorer
// (conll18_ud_eval.py) where it has one: a gold lemma "_" accepts any predicted lemma, and its
// LAS compares the universal relation only; the LAS with subtypes is reported beside it.
import type { ConlluSentence } from "./conllu.js";
import type { SentenceSyntax } from "./syntax.js";

/** Attachment and label scores for one relation (subtypes included), over all sentences. */
export interface RelationScore {
  deprel: string;
  /** Gold words with this relation. */
  gold: number;
  /** Predicted words with this relation. */
  predicted: number;
  /** Predicted with this relation and the gold head and relation. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SyntaxScores {
  sentences: number;
  words: number;
  /** Accuracies in [0, 1]. */
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  /** Head and full relation ("nsubj:pass" is wrong for "nsubj"). */
  las: number;
  /** Head and universal relation (the part before ':'): what CoNLL 2018 reports as LAS. */
  universalLas: number;
  /** Every relation in gold or prediction, most frequent in gold first. */
  relations: RelationScore[];
}

const universal = (deprel: string): string => {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
};

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** The gold columns of a CoNLL-U sentence, with heads made 0-based (-1 for the root) as the analyser gives them. */
export function syntaxOfConllu(sentence: ConlluSentence): SentenceSyntax {
  const words = sentence.words;
  return {
    upos: words.map((w) => w.upos),
    xpos: words.map((w) => w.xpos),
    lemma: words.map((w) => w.lemma),
    head: Int32Array.from(words, (w) => w.head - 1),
    deprel: words.map((w) => w.deprel),
  };
}

/** Scores `predicted` against `gold`, sentence by sentence; both must have the same words. */
export function scoreSyntax(gold: SentenceSyntax[], predicted: SentenceSyntax[]): SyntaxScores {
  if (gold.length !== predicted.length) throw new Error(`scoreSyntax: ${gold.length} gold sentences but ${predicted.length} predicted`);
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let attached = 0;
  let labelled = 0;
  let universalLabelled = 0;
  const relations = new Map<string, { gold: number; predicted: number; correct: number }>();
  const relation = (deprel: string) => {
    let counts = relations.get(deprel);
    if (!counts) relations.set(deprel, (counts = { gold: 0, predicted: 0, correct: 0 }));
    return counts;
  };
  gold.forEach((g, s) => {
    const p = predicted[s];
    if (p.head.length !== g.head.length) throw new Error(`scoreSyntax: sentence ${s + 1} has ${g.head.length} gold words but ${p.head.length} predicted`);
    for (let w = 0; w < g.head.length; w++) {
      words++;
      if (p.upos[w] === g.upos[w]) upos++;
      if (p.xpos[w] === g.xpos[w]) xpos++;
      if (g.lemma[w] === "_" || p.lemma[w] === g.lemma[w]) lemma++;
      relation(g.deprel[w]).gold++;
      relation(p.deprel[w]).predicted++;
      if (p.head[w] !== g.head[w]) continue;
      attached++;
      if (universal(p.deprel[w]) === universal(g.deprel[w])) universalLabelled++;
      if (p.deprel[w] === g.deprel[w]) {
        labelled++;
        relation(g.deprel[w]).correct++;
      }
    }
  });
  const relationScores = [...relations].map(([deprel, counts]): RelationScore => {
    const precision = ratio(counts.correct, counts.predicted);
    const recall = ratio(counts.correct, counts.gold);
    return { deprel, ...counts, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  });
  relationScores.sort((a, b) => b.gold - a.gold || b.predicted - a.predicted || (a.deprel < b.deprel ? -1 : 1));
  return {
    sentences: gold.length,
    words,
    upos: ratio(upos, words),
    xpos: ratio(xpos, words),
    lemma: ratio(lemma, words),
    uas: ratio(attached, words),
    las: ratio(labelled, words),
    universalLas: ratio(universalLabelled, words),
    relations: relationScores,
  };
}
