// The lemmatiser: the lemma of a word from its form and tag, by tables learned from a
// treebank (train/lemmas.ts). A word gets the edit script ("drop n final characters, append
// s") of the longest word ending the tables have a rule for, and a casing (keep, lowercase,
// title case) chosen the same way by the word's shape and ending; seen words the rules get
// wrong have entries of their own.

/** How a form's letter case is changed before its edit script applies. */
export const enum Casing {
  Keep = 0,
  Lower = 1,
  Title = 2,
}

/** Capitals-only forms this long or longer share one shape: short ones are mostly acronyms. */
const LONGEST_UPPER_SHAPE = 6;

export interface LemmatizerData {
  format: "newsgraph-lemmas-1";
  /** Longest word ending (in characters) that the rules look at. */
  maxEnding: number;
  /** Edit scripts as "n,s": drop n final characters, then append s. */
  scripts: string[];
  /** UPOS → the Penn tag to use when the given one is unknown to the tables. */
  tagOfUpos: Record<string, string>;
  /** Lemmas seen in lowercase: an ending rule that makes one is preferred. */
  knownLemmas: string[];
  /** tag → lowercase word ending ("" for the tag's default) → index into scripts. */
  endings: Record<string, Record<string, number>>;
  /** tag → shape (see shapeOf) → lowercase word ending ("" for the default) → Casing. */
  casings: Record<string, Record<string, Record<string, number>>>;
  /** tag → lowercase form → index into scripts, for seen words the ending rules get wrong. */
  words: Record<string, Record<string, number>>;
  /** tag → exact form → lemma, for seen words whose lemma the rules above still miss. */
  exceptions: Record<string, Record<string, string>>;
}

interface EditScript {
  strip: number;
  append: string;
}

interface TagTables {
  endings: Map<string, EditScript>;
  casings: Map<string, Map<string, Casing>>;
  words: Map<string, EditScript>;
  exceptions: Map<string, string>;
  /** form → lemma, filled as words are seen. */
  cache: Map<string, string>;
}

/** Past this many cached forms a tag's cache starts again, so memory stays bounded. */
const CACHE_LIMIT = 50_000;
/** Longer forms (URLs, runs of symbols) are rare enough not to be worth caching. */
const CACHE_MAX_LENGTH = 40;

export function parseScript(encoded: string): EditScript {
  const comma = encoded.indexOf(",");
  return { strip: Number(encoded.slice(0, comma)), append: encoded.slice(comma + 1) };
}

/**
 * The shape of a form that casing rules are learned for: "l" no capitals (or no letters),
 * "t" one leading capital, "u1" … "u6" capitals only (by length, up to 6 or more), "m" mixed.
 */
export function shapeOf(form: string, lower: string): string {
  if (form === lower) return "l";
  if (form === form.toUpperCase()) return `u${Math.min(form.length, LONGEST_UPPER_SHAPE)}`;
  return form.slice(1) === lower.slice(1) ? "t" : "m";
}

export function applyCasing(form: string, lower: string, casing: Casing): string {
  if (casing === Casing.Lower) return lower;
  if (casing === Casing.Title) return form.charAt(0).toUpperCase() + form.slice(1).toLowerCase();
  return form;
}

/** The edit script applied to a form; the form itself where the cut would split a character. */
export function applyScript(cased: string, script: EditScript): string {
  if (script.strip === 0 && script.append === "") return cased;
  const kept = Math.max(0, cased.length - script.strip);
  if (kept > 0 && isHighSurrogate(cased.charCodeAt(kept - 1))) return cased;
  return cased.slice(0, kept) + script.append;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The rule of the longest ending of `lower` (up to maxEnding characters) that `rules` has. */
function longestEndingRule<T>(rules: Map<string, T>, lower: string, maxEnding: number): T | undefined {
  for (let length = Math.min(maxEnding, lower.length); length > 0; length--) {
    const rule = rules.get(lower.slice(lower.length - length));
    if (rule !== undefined) return rule;
  }
  return rules.get("");
}

/**
 * The edit script for a word the tables do not list: the rule of its longest ending, unless
 * that makes no known lemma and the rule of a shorter ending does ("bombed": "bom" no, "bomb"
 * yes). A rule that would rewrite the whole word is for listed words only.
 */
export function endingScript(
  rules: Map<string, EditScript>,
  lower: string,
  maxEnding: number,
  knownLemmas: ReadonlySet<string>,
): EditScript | undefined {
  let longest: EditScript | undefined;
  for (let length = Math.min(maxEnding, lower.length); length >= 0; length--) {
    const rule = rules.get(lower.slice(lower.length - length));
    if (rule === undefined || rule.strip >= lower.length) continue;
    if (knownLemmas.has(applyScript(lower, rule))) return rule;
    longest ??= rule;
  }
  return longest;
}

/**
 * How often a lexicon's texts use a lemma as a noun or a verb (WordNet's sense-tagged counts: "hope" 120 times, "hop"
 * 9), or undefined where it knows no such word.
 */
export type LemmaLexicon = (lemma: string, partOfSpeech: "NOUN" | "VERB") => number | undefined;

/** The inflected tags whose lemma a lexicon checks, with the part of speech it is checked as. */
const CHECKED_TAGS: ReadonlyMap<string, "NOUN" | "VERB"> = new Map([["NNS", "NOUN"], ["VBD", "VERB"], ["VBN", "VERB"], ["VBG", "VERB"], ["VBZ", "VERB"]]);

/**
 * Regular inflections undone as WordNet's morphy undoes them, in its order ([ending, replacement]); a stem left
 * with a doubled consonant is tried undoubled too ("modelling" → "model").
 */
const DETACHMENTS: Readonly<Record<"NOUN" | "VERB", ReadonlyArray<readonly [string, string]>>> = {
  NOUN: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"], ["ves", "f"], ["ves", "fe"]],
  VERB: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
};

/**
 * A verb's later regular lemma wins over an earlier one only where the lexicon's texts use it this many times as
 * often, and by more than USE_MARGIN: "hoped" is "hope" (120) and not "hop" (9), "singing" "sing" and not "singe".
 */
const USE_RATIO = 4;
const USE_MARGIN = 2;

/** The regular lemmas of a form that the lexicon knows, in morphy's order, each with its uses. */
function regularLemmas(cased: string, partOfSpeech: "NOUN" | "VERB", lexicon: LemmaLexicon): Array<{ lemma: string; uses: number }> {
  const lower = cased.toLowerCase();
  const found: Array<{ lemma: string; uses: number }> = [];
  for (const [ending, replacement] of DETACHMENTS[partOfSpeech]) {
    if (!lower.endsWith(ending) || lower.length <= ending.length + 1) continue;
    const stem = cased.slice(0, cased.length - ending.length);
    const candidates = [stem + replacement];
    if (replacement === "" && stem.length > 2 && /([b-df-hj-np-tv-z])\1$/i.test(stem)) candidates.push(stem.slice(0, -1));
    for (const candidate of candidates) {
      const uses = lexicon(candidate.toLowerCase(), partOfSpeech);
      if (uses !== undefined && !found.some((other) => other.lemma === candidate)) found.push({ lemma: candidate, uses });
    }
  }
  return found;
}

/** The first of some regular lemmas, unless a later one is used far more often. */
function mostLikely(lemmas: ReadonlyArray<{ lemma: string; uses: number }>): { lemma: string; uses: number } | undefined {
  return lemmas.reduce<{ lemma: string; uses: number } | undefined>((best, next) => (!best || next.uses > USE_RATIO * best.uses + USE_MARGIN ? next : best), undefined);
}

export class Lemmatizer {
  private readonly maxEnding: number;
  private readonly tags = new Map<string, TagTables>();
  private readonly tagOfUpos: Map<string, string>;
  private readonly knownLemmas: Set<string>;

  /**
   * `lexicon`, where given, checks the tables' lemma of a plural noun or an inflected verb: one that is no word of
   * the lexicon nor a lemma of the training data gives way to the first regular lemma the lexicon knows
   * ("ruled": "rul" → "rule"; "thieves": "thieve" → "thief"), and a verb's regular lemma to another the lexicon's
   * texts use far more often ("hoped": "hop" → "hope"). A lemma no rule makes stays ("went": "go").
   */
  constructor(
    data: LemmatizerData,
    private readonly lexicon?: LemmaLexicon,
  ) {
    this.maxEnding = data.maxEnding;
    this.tagOfUpos = new Map(Object.entries(data.tagOfUpos));
    this.knownLemmas = new Set(data.knownLemmas);
    const scripts = data.scripts.map(parseScript);
    const scriptMap = (table: Record<string, number> | undefined) =>
      new Map(Object.entries(table ?? {}).map(([key, index]) => [key, scripts[index]]));
    const tagNames = new Set([...Object.keys(data.endings), ...Object.keys(data.words), ...Object.keys(data.exceptions)]);
    for (const tag of tagNames) {
      const casings = new Map<string, Map<string, Casing>>();
      for (const [shape, table] of Object.entries(data.casings[tag] ?? {})) {
        casings.set(shape, new Map(Object.entries(table).map(([ending, casing]) => [ending, casing as Casing])));
      }
      this.tags.set(tag, {
        endings: scriptMap(data.endings[tag]),
        casings,
        words: scriptMap(data.words[tag]),
        exceptions: new Map(Object.entries(data.exceptions[tag] ?? {})),
        cache: new Map(),
      });
    }
  }

  /** Lemma of a word form given its predicted UPOS and Penn XPOS tag. */
  lemma(form: string, upos: string, xpos: string): string {
    const tables = this.tags.get(xpos) ?? this.tags.get(this.tagOfUpos.get(upos) ?? "");
    if (tables === undefined || form === "") return form;
    const cached = tables.cache.get(form);
    if (cached !== undefined) return cached;
    const lemma = this.checked(form, this.compute(tables, form), upos, xpos);
    if (form.length <= CACHE_MAX_LENGTH) {
      if (tables.cache.size >= CACHE_LIMIT) tables.cache.clear();
      tables.cache.set(form, lemma);
    }
    return lemma;
  }

  private checked(form: string, lemma: string, upos: string, xpos: string): string {
    const partOfSpeech = CHECKED_TAGS.get(xpos);
    if (!this.lexicon || !partOfSpeech || upos !== partOfSpeech) return lemma;
    const lower = lemma.toLowerCase();
    const known = this.knownLemmas.has(lower) || this.lexicon(lower, partOfSpeech) !== undefined;
    if (known && partOfSpeech !== "VERB") return lemma;
    // The form's regular lemmas, cased as the tables cased theirs.
    const regular = regularLemmas(lemma === lower ? form.toLowerCase() : form, partOfSpeech, this.lexicon);
    if (!known) return regular[0]?.lemma ?? lemma;
    if (!regular.some((candidate) => candidate.lemma.toLowerCase() === lower)) return lemma;
    return mostLikely(regular)?.lemma ?? lemma;
  }

  private compute(tables: TagTables, form: string): string {
    const exception = tables.exceptions.get(form);
    if (exception !== undefined) return exception;
    const lower = form.toLowerCase();
    const script = tables.words.get(lower) ?? endingScript(tables.endings, lower, this.maxEnding, this.knownLemmas);
    const shape = shapeOf(form, lower);
    const casingRules = tables.casings.get(shape);
    const casing = casingRules === undefined ? Casing.Keep : (longestEndingRule(casingRules, lower, this.maxEnding) ?? Casing.Keep);
    const cased = applyCasing(form, lower, casing);
    const lemma = script === undefined ? cased : applyScript(cased, script);
    // A rule learned on longer words must not erase a short one.
    return lemma === "" ? cased : lemma;
  }
}
