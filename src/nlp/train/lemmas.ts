// Learning the lemmatiser's tables from lemmatised words (a treebank's FORM, LEMMA, UPOS,
// XPOS). Each word is reduced to a casing and an edit script; per tag, the word endings that
// predict them are counted over word types (unseen words resemble rare types, not frequent
// tokens), and the seen words the ending rules get wrong are kept as entries of their own.
import {
  Casing,
  Lemmatizer,
  applyCasing,
  applyScript,
  endingScript,
  parseScript,
  shapeOf,
  type LemmatizerData,
} from "../lemmatizer.js";

export interface LemmaExample {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
}

/** Longest word ending a rule may look at (5 to 10 score alike on held-out EWT). */
const MAX_ENDING = 7;
/** How many examples' weight an ending's shorter ending adds to its estimate (tuned on held-out EWT). */
const SMOOTHING = 2;

const CASINGS = [Casing.Keep, Casing.Lower, Casing.Title];

/** Counts of values; the best is the most frequent, the first seen on a tie. */
class Tally<T> {
  private readonly counts = new Map<T, number>();
  total = 0;

  add(value: T, count = 1): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    this.total += count;
  }

  entries(): IterableIterator<[T, number]> {
    return this.counts.entries();
  }

  best(): T {
    let best: T | undefined;
    let bestCount = -1;
    for (const [value, count] of this.counts) {
      if (count > bestCount) {
        best = value;
        bestCount = count;
      }
    }
    return best as T;
  }
}

function tallyOf<K, T>(map: Map<K, Tally<T>>, key: K): Tally<T> {
  let tally = map.get(key);
  if (tally === undefined) map.set(key, (tally = new Tally<T>()));
  return tally;
}

/**
 * The casing and edit script that turn a form into its lemma with the fewest characters
 * rewritten; `tied` when another casing does as well (the casing then says nothing).
 */
function editOf(form: string, lemma: string): { casing: Casing; script: string; tied: boolean } {
  const lower = form.toLowerCase();
  let best = { casing: Casing.Keep, script: "", tied: false };
  let bestStrip = Infinity;
  const tried = new Set<string>();
  for (const casing of CASINGS) {
    const cased = applyCasing(form, lower, casing);
    // A casing that changes nothing another has not already changed is no alternative.
    if (tried.has(cased)) continue;
    tried.add(cased);
    let shared = 0;
    while (shared < cased.length && shared < lemma.length && cased[shared] === lemma[shared]) shared++;
    const strip = cased.length - shared;
    if (strip < bestStrip) {
      bestStrip = strip;
      best = { casing, script: `${strip},${lemma.slice(shared)}`, tied: false };
    } else if (strip === bestStrip) best.tied = true;
  }
  return best;
}

/**
 * Rules by word ending for one tag. An ending's estimate of each value is its count, smoothed
 * towards the estimate of the ending one character shorter (a few examples of a long ending
 * do not outweigh many of a short one); the most likely value is its rule, stored only where
 * it differs from what a shorter ending already says.
 */
function endingRules<T>(counts: Map<string, Tally<T>>): Map<string, T> {
  const rules = new Map<string, T>();
  const estimates = new Map<string, Map<T, number>>();
  const predictions = new Map<string, T>();
  for (let length = 0; length <= MAX_ENDING; length++) {
    for (const [ending, tally] of counts) {
      if (ending.length !== length) continue;
      const shorter = ending.slice(1);
      const parent = length === 0 ? undefined : estimates.get(shorter);
      if (length > 0 && parent === undefined) continue;
      const estimate = new Map<T, number>();
      for (const [value, count] of tally.entries()) {
        estimate.set(value, (count + SMOOTHING * (parent?.get(value) ?? 0)) / (tally.total + (parent === undefined ? 0 : SMOOTHING)));
      }
      estimates.set(ending, estimate);
      let prediction = length === 0 ? undefined : predictions.get(shorter);
      let best = prediction === undefined ? -1 : (estimate.get(prediction) ?? (SMOOTHING * (parent?.get(prediction) ?? 0)) / (tally.total + SMOOTHING));
      for (const [value, probability] of estimate) {
        if (probability > best) {
          prediction = value;
          best = probability;
        }
      }
      predictions.set(ending, prediction as T);
      if (length === 0 || prediction !== predictions.get(shorter)) rules.set(ending, prediction as T);
    }
  }
  return rules;
}

function countEndings<T>(counts: Map<string, Tally<T>>, lower: string, value: T): void {
  tallyOf(counts, "").add(value);
  for (let length = 1; length <= Math.min(MAX_ENDING, lower.length); length++) tallyOf(counts, lower.slice(lower.length - length)).add(value);
}

/** The lemmatiser's tables from lemmatised words; tags are XPOS (UPOS where XPOS is empty or "_"). */
export function learnLemmatizer(words: Iterable<LemmaExample>): LemmatizerData {
  const tagKey = (word: LemmaExample) => (word.xpos === "" || word.xpos === "_" ? word.upos : word.xpos);

  // tag → form → lemma counts; upos → tag counts.
  const lemmasOf = new Map<string, Map<string, Tally<string>>>();
  const tagsOfUpos = new Map<string, Tally<string>>();
  const knownLemmas = new Set<string>();
  for (const word of words) {
    if (word.form === "" || word.lemma === "" || word.lemma === "_") continue;
    const tag = tagKey(word);
    let forms = lemmasOf.get(tag);
    if (forms === undefined) lemmasOf.set(tag, (forms = new Map()));
    tallyOf(forms, word.form).add(word.lemma);
    tallyOf(tagsOfUpos, word.upos).add(tag);
    if (word.lemma === word.lemma.toLowerCase()) knownLemmas.add(word.lemma);
  }

  const scripts: string[] = [];
  const scriptIndex = new Map<string, number>();
  const indexOf = (script: string) => {
    let index = scriptIndex.get(script);
    if (index === undefined) {
      scriptIndex.set(script, (index = scripts.length));
      scripts.push(script);
    }
    return index;
  };

  const data: LemmatizerData = {
    format: "newsgraph-lemmas-1",
    maxEnding: MAX_ENDING,
    scripts,
    tagOfUpos: Object.fromEntries([...tagsOfUpos].map(([upos, tally]) => [upos, tally.best()])),
    knownLemmas: [...knownLemmas].sort(),
    endings: {},
    casings: {},
    words: {},
    exceptions: {},
  };

  for (const [tag, forms] of lemmasOf) {
    // Each seen form once, with its usual lemma: rules generalise from types, not tokens.
    const scriptCounts = new Map<string, Tally<string>>();
    const casingCounts = new Map<string, Map<string, Tally<Casing>>>();
    const scriptOfLower = new Map<string, Tally<string>>();
    for (const [form, lemmas] of forms) {
      const lower = form.toLowerCase();
      const edit = editOf(form, lemmas.best());
      tallyOf(scriptOfLower, lower).add(edit.script, lemmas.total);
      if (edit.tied) continue;
      const shape = shapeOf(form, lower);
      let counts = casingCounts.get(shape);
      if (counts === undefined) casingCounts.set(shape, (counts = new Map()));
      countEndings(counts, lower, edit.casing);
    }

    for (const [lower, tally] of scriptOfLower) countEndings(scriptCounts, lower, tally.best());
    const scriptRules = endingRules(scriptCounts);
    data.endings[tag] = Object.fromEntries([...scriptRules].map(([ending, script]) => [ending, indexOf(script)]));
    for (const [shape, counts] of casingCounts) {
      (data.casings[tag] ??= {})[shape] = Object.fromEntries(endingRules(counts));
    }

    // Seen words whose script the ending rules miss keep their own, for any casing of the word.
    const parsedRules = new Map([...scriptRules].map(([ending, script]) => [ending, parseScript(script)]));
    const wordScripts = new Map<string, string>();
    for (const [lower, tally] of scriptOfLower) {
      const script = tally.best();
      const byRule = endingScript(parsedRules, lower, MAX_ENDING, knownLemmas) ?? { strip: 0, append: "" };
      if (applyScript(lower, parseScript(script)) !== applyScript(lower, byRule)) wordScripts.set(lower, script);
    }
    if (wordScripts.size > 0) data.words[tag] = Object.fromEntries([...wordScripts].map(([lower, script]) => [lower, indexOf(script)]));
  }

  // Whatever the tables above still get wrong is kept whole.
  const lemmatizer = new Lemmatizer(data);
  for (const [tag, forms] of lemmasOf) {
    const exceptions: Record<string, string> = {};
    for (const [form, lemmas] of forms) {
      const lemma = lemmas.best();
      if (lemmatizer.lemma(form, "", tag) !== lemma) exceptions[form] = lemma;
    }
    if (Object.keys(exceptions).length > 0) data.exceptions[tag] = exceptions;
  }
  return data;
}
