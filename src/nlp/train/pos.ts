// Training a greedy averaged-perceptron part-of-speech tagger (the features of
// src/nlp/features.ts, decoded by tagPos): shared by the Penn tagger behind NER and the
// Universal Dependencies tagger behind the parser.
import { MAX_FEATURES, posFeatures, type SentenceAttributes, type TagFeatures } from "../features.js";
import type { LinearModel } from "../model.js";
import { PerceptronWeights } from "./perceptron.js";
import { shuffled } from "./shuffle.js";

/**
 * Words seen at least `minCount` times with one tag at least `minShare` of the time take
 * that tag without scoring (and without training on them): faster, and as accurate.
 */
export function buildTagDictionary(tagged: Iterable<[word: string, tag: string]>, minCount = 20, minShare = 0.97): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [word, tag] of tagged) {
    const tags = counts.get(word) ?? new Map<string, number>();
    tags.set(tag, (tags.get(tag) ?? 0) + 1);
    counts.set(word, tags);
  }
  const dictionary: Record<string, string> = {};
  for (const [word, tags] of counts) {
    const total = [...tags.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...tags].sort((a, b) => b[1] - a[1])[0];
    if (total >= minCount && count / total >= minShare) dictionary[word] = tag;
  }
  return dictionary;
}

export interface TaggerTraining {
  sentences: SentenceAttributes[];
  gold: Uint8Array[];
  tags: string[];
  tagDictionary: Record<string, string>;
  epochs: number;
  features?: TagFeatures;
  /** Scores a model after each epoch (higher is better); the best epoch's model is kept. */
  evaluate?: (model: LinearModel) => number;
  log?: (message: string) => void;
}

export function trainGreedyTagger(options: TaggerTraining): { model: LinearModel; score: number; epoch: number } {
  const { sentences, gold, tags, tagDictionary, epochs, evaluate, log, features = posFeatures } = options;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const dictionary = new Map(Object.entries(tagDictionary).map(([word, tag]) => [word, tagIndex.get(tag)!]));
  const weights = new PerceptronWeights(tags);
  const keys = new Int32Array(MAX_FEATURES);
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(tags.length);
  let best: { model: LinearModel; score: number; epoch: number } | null = null;
  const order = sentences.map((_, k) => k);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const k of shuffled(order, epoch)) {
      const s = sentences[k];
      let prev = tags.length;
      let prev2 = tags.length;
      for (let i = 0; i < s.n; i++) {
        const known = dictionary.get(s.words[i]);
        if (known !== undefined) {
          prev2 = prev;
          prev = known;
          continue;
        }
        const count = features(s, i, prev, prev2, keys);
        for (let f = 0; f < count; f++) rows[f] = weights.row(keys[f], true);
        scores.fill(0);
        weights.addRowScores(rows, 0, count, scores, 0);
        let guess = 0;
        for (let t = 1; t < tags.length; t++) if (scores[t] > scores[guess]) guess = t;
        const truth = gold[k][i];
        if (guess !== truth) {
          for (let f = 0; f < count; f++) {
            weights.update(rows[f], truth, 1);
            weights.update(rows[f], guess, -1);
          }
        }
        weights.step++;
        prev2 = prev;
        prev = guess;
      }
    }
    if (evaluate) {
      const model = weights.toModel(1e-6, { epoch, tagDictionary });
      const score = evaluate(model);
      log?.(`tagger epoch ${epoch}: dev accuracy ${(score * 100).toFixed(2)}%`);
      if (!best || score > best.score) best = { model, score, epoch };
    }
  }
  return best ?? { model: weights.toModel(1e-6, { epochs, tagDictionary }), score: NaN, epoch: epochs };
}
