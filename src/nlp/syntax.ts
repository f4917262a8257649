// Syntax for tokenised sentences: Universal Dependencies tags (UPOS and Penn XPOS), lemmas
// and a dependency tree, from the models trained on UD English EWT (npm run train:parser).
import { existsSync, readFileSync } from "node:fs";
import {
  MAX_FEATURES,
  NO_TAG,
  SentenceAttributes,
  describeWord,
  firstPassNextFeatures,
  firstPassOwnFeatures,
  firstPassPrevNextFeatures,
  posTagFeatures,
  udContextFeatures,
  udLookaheadContextFeatures,
  udWordFeatures,
  type TagFeatures,
  type WordInfo,
} from "./features.js";
import { interposedTimePhrases, type InterposedTimePhrase } from "./interposed-time.js";
import { Lemmatizer, type LemmatizerData } from "./lemmatizer.js";
import { nounFile, wordNetUses } from "./wordnet.js";
import type { Lexicon } from "./lexicon.js";
import { lexiconFor, modelDirectory, readGzipJson } from "./model-files.js";
import { LinearModel } from "./model.js";
import { DependencyParser, type ParserInput, type ParserModels } from "./parser.js";
import { tagConstraintsOf, uposOf, xposOf, type TagConstraints } from "./tag-constraints.js";
import { posDictionary, tagPos } from "./tagger.js";

export interface SentenceSyntax {
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** Index of each token's head within the sentence; -1 for the root. */
  head: Int32Array;
  /** Universal Dependencies relation of each token to its head, with subtypes ("nsubj:pass"). */
  deprel: string[];
}

export interface SyntaxAnalyser {
  /** Tags, lemmatises and parses one tokenised sentence; any input gives one well-formed tree. */
  analyse(words: string[]): SentenceSyntax;
}

/** The UD tagger's joint tags ("VERB|VBD") split into their parts, by tag id. */
export interface UdTagSet {
  upos: string[];
  xpos: string[];
  /** UPOS id of each joint tag, for the parser's coarse features. */
  coarse: Uint8Array;
}

export function udTagSet(jointTags: string[]): UdTagSet {
  const upos = jointTags.map(uposOf);
  const xpos = jointTags.map(xposOf);
  const uposNames = [...new Set(upos)].sort();
  return { upos, xpos, coarse: Uint8Array.from(upos, (u) => uposNames.indexOf(u)) };
}

/** A word type's description, the summed weights of its own features in each pass, and the tags it may take. */
interface CachedWord {
  info: WordInfo;
  firstPass: Float32Array;
  secondPass: Float32Array;
  allowed: Record<TaggerPass, Uint8Array | undefined>;
}

/** Word types kept in the cache before it starts afresh (about 16 MB at most). */
const WORD_CACHE_LIMIT = 20_000;

type TaggerPass = "firstPass" | "secondPass";

/** Summed weights of the features of tags alone, for every combination of their tags. */
interface TagTables {
  /** The two previous tags: [(prev × (T+1) + prev2) × T + tag], T standing for "none". */
  previous: Float32Array;
  /** Second pass only: the first pass's own tag ([own × T + tag]), its next two, and the previous tag with the next one. */
  own?: Float32Array;
  next?: Float32Array;
  previousNext?: Float32Array;
}

/**
 * The UD tagger's two greedy passes over joint UPOS|XPOS tags: the second also sees the
 * first's tags ahead. A word type's own features are scored once and cached, and features
 * of tags alone come from tables summed at load; the scores are those of the training
 * features (udTagFeatures, udLookaheadFeatures).
 */
export class UdTagger {
  private readonly cache = new Map<string, CachedWord>();
  private readonly dictionaries: Record<TaggerPass, Map<string, number>>;
  private readonly constraints: Record<TaggerPass, TagConstraints | undefined>;
  private readonly tables: Record<TaggerPass, TagTables>;
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly scores: Float32Array;

  constructor(
    readonly models: Record<TaggerPass, LinearModel>,
    private readonly lexicon: Lexicon,
  ) {
    this.dictionaries = { firstPass: posDictionary(models.firstPass), secondPass: posDictionary(models.secondPass) };
    this.constraints = { firstPass: tagConstraintsOf(models.firstPass), secondPass: tagConstraintsOf(models.secondPass) };
    this.scores = new Float32Array(models.secondPass.tagCount);
    this.tables = {
      firstPass: { previous: this.table("firstPass", (a, b, out) => posTagFeatures(a, b, out, 0)) },
      secondPass: {
        previous: this.table("secondPass", (a, b, out) => posTagFeatures(a, b, out, 0)),
        own: this.table("secondPass", (a, _, out) => firstPassOwnFeatures(a, out, 0), 1),
        next: this.table("secondPass", (a, b, out) => firstPassNextFeatures(this.aheadTag(a), this.aheadTag(b), out, 0)),
        previousNext: this.table("secondPass", (a, b, out) => firstPassPrevNextFeatures(a, this.aheadTag(b), out, 0)),
      },
    };
  }

  /** A first-pass tag ahead as the features see it: T (beyond the sentence) is NO_TAG. */
  private aheadTag(tag: number): number {
    return tag === this.models.secondPass.tagCount ? NO_TAG : tag;
  }

  /** Scores of features(a, b) for every a in 0 … T and b below `bSpan`: [(a × bSpan + b) × T + tag]. */
  private table(pass: TaggerPass, features: (a: number, b: number, out: Int32Array) => number, bSpan = this.models[pass].tagCount + 1): Float32Array {
    const model = this.models[pass];
    const tags = model.tagCount;
    const table = new Float32Array((tags + 1) * bSpan * tags);
    for (let a = 0; a <= tags; a++) {
      for (let b = 0; b < bSpan; b++) {
        const count = features(a, b, this.keys);
        model.addAllScores(this.keys, count, table, (a * bSpan + b) * tags);
      }
    }
    return table;
  }

  /** The words' attributes with their tag ids in `pos` (the first pass's in `firstPass`). */
  tag(words: string[]): SentenceAttributes {
    const cached = words.map((word) => this.describe(word));
    const s = new SentenceAttributes(
      words,
      this.lexicon,
      cached.map((c) => c.info),
    );
    this.pass("firstPass", s, cached, udContextFeatures);
    s.firstPass.set(s.pos);
    this.pass("secondPass", s, cached, udLookaheadContextFeatures);
    return s;
  }

  private describe(word: string): CachedWord {
    const known = this.cache.get(word);
    if (known !== undefined) return known;
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    const info = describeWord(word, this.lexicon);
    const count = udWordFeatures(info, this.keys, 0);
    const own = (pass: TaggerPass) => {
      const scores = new Float32Array(this.models[pass].tagCount);
      this.models[pass].addAllScores(this.keys, count, scores, 0);
      return scores;
    };
    const allowed = { firstPass: this.constraints.firstPass?.allowed(word), secondPass: this.constraints.secondPass?.allowed(word) };
    const entry = { info, firstPass: own("firstPass"), secondPass: own("secondPass"), allowed };
    this.cache.set(word, entry);
    return entry;
  }

  private pass(pass: TaggerPass, s: SentenceAttributes, cached: CachedWord[], context: typeof udContextFeatures): void {
    const tags = this.models[pass].tagCount;
    const span = tags + 1;
    const { previous, own, next, previousNext } = this.tables[pass];
    // The word's cached weights plus each table's row, summed in one loop over the tags; each
    // partial sum is rounded to float32 as a store into `scores` would round it, so the scores
    // are those of adding the rows one after another.
    const startScores = (i: number, prevTag: number, prev2Tag: number, scores: Float32Array) => {
      const word = cached[i][pass];
      const previousRow = (prevTag * span + prev2Tag) * tags;
      if (own && next && previousNext) {
        const ahead = i + 1 < s.n ? s.firstPass[i + 1] : tags;
        const ahead2 = i + 2 < s.n ? s.firstPass[i + 2] : tags;
        const ownRow = s.firstPass[i] * tags;
        const nextRow = (ahead * span + ahead2) * tags;
        const previousNextRow = (prevTag * span + ahead) * tags;
        for (let t = 0; t < tags; t++) {
          let sum = Math.fround(word[t] + previous[previousRow + t]);
          sum = Math.fround(sum + own[ownRow + t]);
          sum = Math.fround(sum + next[nextRow + t]);
          scores[t] = sum + previousNext[previousNextRow + t];
        }
      } else {
        for (let t = 0; t < tags; t++) scores[t] = word[t] + previous[previousRow + t];
      }
    };
    const rest: TagFeatures = (sentence, i, prevTag, prev2Tag, out) => context(sentence, i, prevTag, prev2Tag, out, 0, false);
    tagPos(this.models[pass], this.dictionaries[pass], s, this.keys, this.scores, rest, startScores, (i) => cached[i].allowed[pass]);
  }
}

/** What the parser reads of a tagged sentence. */
export function parserInput(s: SentenceAttributes, tagSet: UdTagSet): ParserInput {
  const coarse = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) coarse[i] = tagSet.coarse[s.pos[i]];
  return { n: s.n, word: s.lower, tag: s.pos, coarse, cluster: s.cluster };
}

export interface SyntaxModels {
  /** Greedy tagger over joint UPOS|XPOS tags: a first pass, then a second that sees the first's tags ahead. */
  tagger: { firstPass: LinearModel; secondPass: LinearModel };
  parser: ParserModels;
  lemmatizer: Lemmatizer;
  /** Word clusters and case statistics, shared with the NER tagger. */
  lexicon: Lexicon;
}

export class Syntax implements SyntaxAnalyser {
  private readonly tagSet: UdTagSet;
  private readonly tagger: UdTagger;
  private readonly parser: DependencyParser;

  constructor(readonly models: SyntaxModels) {
    this.tagSet = udTagSet(models.tagger.secondPass.tags);
    this.tagger = new UdTagger(models.tagger, models.lexicon);
    this.parser = new DependencyParser(models.parser);
  }

  analyse(words: string[]): SentenceSyntax {
    const parsed = this.tagAndParse(words);
    const phrases = interposedTimePhrases(words, parsed.upos, parsed.xpos, parsed.head, parsed.deprel);
    return phrases.length > 0 ? this.parsedWithout(words, parsed, phrases) : parsed;
  }

  /** The sentence parsed once more without the time phrases that stood in the parser's way, each then hung on its verb. */
  private parsedWithout(words: string[], parsed: SentenceSyntax, phrases: readonly InterposedTimePhrase[]): SentenceSyntax {
    const phraseAt = new Array<InterposedTimePhrase | undefined>(words.length);
    for (const phrase of phrases) phraseAt.fill(phrase, phrase.start, phrase.end);
    const original = words.flatMap((_, at) => (phraseAt[at] ? [] : [at]));
    const rest = this.tagAndParse(original.map((at) => words[at]));
    const { upos, xpos, lemma } = parsed;
    const head = new Int32Array(words.length);
    const deprel = new Array<string>(words.length);
    original.forEach((at, token) => {
      upos[at] = rest.upos[token];
      xpos[at] = rest.xpos[token];
      lemma[at] = rest.lemma[token];
      head[at] = rest.head[token] < 0 ? -1 : original[rest.head[token]];
      deprel[at] = rest.deprel[token];
    });
    const root = original.find((at) => head[at] === -1)!;
    for (const phrase of phrases) {
      const phraseHead = phrase.start + phrase.relations.indexOf("head");
      phrase.relations.forEach((relation, offset) => {
        const at = phrase.start + offset;
        head[at] = at === phraseHead ? (phrase.verb >= 0 ? phrase.verb : root) : phraseHead;
        deprel[at] = at === phraseHead ? phrase.relation : relation;
      });
    }
    return { upos, xpos, lemma, head, deprel };
  }

  private tagAndParse(words: string[]): SentenceSyntax {
    const s = this.tagger.tag(words);
    const { head, label } = this.parser.parse(parserInput(s, this.tagSet));
    const upos = new Array<string>(s.n);
    const xpos = new Array<string>(s.n);
    const lemma = new Array<string>(s.n);
    const deprel = new Array<string>(s.n);
    for (let i = 0; i < s.n; i++) {
      upos[i] = this.tagSet.upos[s.pos[i]];
      xpos[i] = this.tagSet.xpos[s.pos[i]];
      lemma[i] = this.models.lemmatizer.lemma(words[i], upos[i], xpos[i]);
      deprel[i] = this.parser.labels[label[i]];
    }
    rootAtWord(head, deprel, upos);
    subjectsHungOnPunctuation(head, deprel, upos, lemma);
    coordinatedSubjects(head, deprel, upos, words);
    subjectsHungOnOpeners(head, deprel, upos);
    clausesReadAsPhrases(head, deprel, upos, xpos, words);
    appositiveSubjects(head, deprel, upos, xpos, words);
    participlesReadAsPredicates(head, deprel, upos, xpos, words);
    namesReadAsObjectsOfNouns(head, deprel, upos);
    possessorsReadApart(head, deprel, upos, words);
    namesReadApartFromTheirNoun(head, deprel, upos, words, lemma);
    return { upos, xpos, lemma, head, deprel };
  }
}

/**
 * A punctuation mark is never the root of a sentence that has a word. Where the parser chose one
 * ("On Nov. 22, 1963, the building gained notoriety …" rooted on its full stop, with the verb as its
 * dependent), the mark's dependent verb (else word) with the most dependents becomes the root and
 * takes the mark's other dependents; the mark hangs on it as punctuation.
 */
export function rootAtWord(head: Int32Array, deprel: string[], upos: readonly string[]): void {
  const root = head.indexOf(-1);
  if (root < 0 || upos[root] !== "PUNCT") return;
  const dependents = new Array<number>(head.length).fill(0);
  for (const parent of head) if (parent >= 0) dependents[parent]++;
  const children = [...head.keys()].filter((i) => head[i] === root);
  const words = children.filter((i) => upos[i] !== "PUNCT");
  if (words.length === 0) return;
  // A verb heads a clause; a date phrase before it ("On Nov. 22, 1963,") may have more dependents.
  const verbs = words.filter((i) => upos[i] === "VERB");
  const newRoot = (verbs.length > 0 ? verbs : words).reduce((best, i) => (dependents[i] > dependents[best] ? i : best));
  for (const child of children) head[child] = newRoot;
  head[newRoot] = -1;
  deprel[newRoot] = "root";
  head[root] = newRoot;
  deprel[root] = "punct";
}

/** Reporting verbs whose object or complement is what is said, not who it is aimed at: "said the figure", "announced a deal". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say", "add", "report", "claim", "announce", "state", "reveal", "admit", "confirm", "warn", "express", "insist", "argue",
  "explain", "write", "continue", "reply", "note",
]);

/** Verbs of saying, which news sets before their subject after a quotation or a reported clause ("…, said Ms Rellie", "…, he told AFP"). */
const QUOTATIVE_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, "tell", "ask", "comment", "conclude"]);

/**
 * "…, said Alfredo Perez, a spokesman for the U.S. Marshals Service.": a subject after its verb of saying, which the parser
 * may hang on the closing punctuation (no UD mark heads a word), leaving the verb without one. Such a subject is the
 * subject of the nearest verb before it where that is a verb of saying with no subject of its own; other words hung on
 * a mark stay where they are ("Also arrested were Anne Maguire and …", "accused Ms King of …"), and so does a subject that
 * is no name or noun for a person.
 */
export function subjectsHungOnPunctuation(head: Int32Array, deprel: readonly string[], upos: readonly string[], lemma: readonly string[]): void {
  let subjectless: boolean[] | undefined;
  for (let token = 0; token < head.length; token++) {
    if (head[token] < 0 || upos[head[token]] !== "PUNCT" || !deprel[token].startsWith("nsubj")) continue;
    if (!subjectless) {
      subjectless = upos.map((tag) => tag === "VERB");
      head.forEach((parent, child) => {
        if (parent >= 0 && deprel[child].startsWith("nsubj")) subjectless![parent] = false;
      });
    }
    let verb = token - 1;
    while (verb >= Math.max(0, token - PHRASE_WINDOW) && upos[verb] !== "VERB") verb--;
    if (verb < 0 || upos[verb] !== "VERB" || !subjectless[verb] || !QUOTATIVE_VERBS.has(lemma[verb].toLowerCase()) || !reachesRootWithout(head, verb, token)) continue;
    // A speaker: a name or a noun for a person, not the subject of what was said ("said the plans \"stink\"").
    if (upos[token] !== "PROPN" && !(upos[token] === "NOUN" && nounFile(lemma[token].toLowerCase()) === "person")) continue;
    head[token] = verb;
    subjectless[verb] = false;
  }
}

/** Whether the heads above `from` reach the root within `PHRASE_WINDOW` steps without passing `token`. */
function reachesRootWithout(head: Int32Array, from: number, token: number): boolean {
  let at = from;
  for (let steps = 0; at >= 0 && at !== token && steps < PHRASE_WINDOW; steps++) at = head[at];
  return at === -1;
}

/** Parts of speech of a word that can be a subject: nouns, names, pronouns. */
const NOMINAL_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON"]);

/** Words that join two subjects into one ("Labour and the Tories"). */
const SUBJECT_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or"]);
/** The words of a noun phrase that may stand between the conjunction and the second subject ("and the Tories"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["det", "amod", "compound", "nmod:poss", "punct"]);

/**
 * "Labour and the Tories have attacked his policies": the parser may give the verb two subjects with the
 * conjunction between them, where English has one subject of two conjuncts. Where nothing but the
 * conjunction and the second noun's own openers stands between two nominal subjects of one verb, the
 * second becomes a conjunct of the first and the conjunction its `cc`, as UD annotates it. (Two clauses,
 * "…, etc) and you can get off", have a verb or more between them.)
 */
export function coordinatedSubjects(head: Int32Array, deprel: string[], upos: readonly string[], words: readonly string[]): void {
  const isSubject = (i: number) => deprel[i] === "nsubj" || deprel[i] === "nsubj:pass";
  const isNominal = (i: number) => NOMINAL_TAGS.has(upos[i]);
  for (let second = 0; second < head.length; second++) {
    if (!isSubject(second) || !isNominal(second)) continue;
    let first = second - 1;
    while (first >= 0 && !(isSubject(first) && head[first] === head[second])) first--;
    if (first < 0 || !isNominal(first)) continue;
    const between = Array.from({ length: second - first - 1 }, (_, k) => first + 1 + k);
    const conjunctions = between.filter((i) => SUBJECT_CONJUNCTIONS.has(words[i].toLowerCase()) && deprel[i] === "cc");
    if (conjunctions.length !== 1 || !between.every((i) => i === conjunctions[0] || (head[i] === second && NOUN_PHRASE_OPENERS.has(deprel[i])))) continue;
    head[second] = first;
    deprel[second] = "conj";
    head[conjunctions[0]] = second;
  }
}

/**
 * "The man, Eric Allen Kirkpatrick, 61, opened fire": the parser may give a verb two subjects parted by a comma, where
 * the second, a name, names the first, a common noun (an apposition), and take a finite verb's subject for a passive one. The second becomes
 * an `appos` of the first; a verb with no passive auxiliary that is finite or has a direct object has an active subject.
 */
export function appositiveSubjects(head: Int32Array, deprel: string[], upos: readonly string[], xpos: readonly string[], words: readonly string[]): void {
  const children = dependentLists(head);
  for (let verb = 0; verb < head.length; verb++) {
    const subjects = children[verb].filter((i) => deprel[i].startsWith("nsubj"));
    // A name set beside a common noun ("The man, Eric …"); two names side by side are two readings of the parser's.
    if (subjects.length === 2 && upos[subjects[0]] === "NOUN" && upos[subjects[1]] === "PROPN" && subjects[1] - subjects[0] <= PHRASE_WINDOW) {
      const [first, second] = subjects;
      // Only the first subject's own words and one comma between them: "The man, Eric …".
      const between = Array.from({ length: second - first - 1 }, (_, k) => first + 1 + k);
      const commas = between.filter((i) => words[i] === ",");
      if (commas.length === 1 && between.every((i) => i === commas[0] || head[i] === first)) reattach(head, children, second, first, deprel, "appos");
    }
    // Without a passive auxiliary, a finite verb or one with a direct object is active ("opened fire").
    const passive = children[verb].some((i) => deprel[i] === "aux:pass");
    const active = FINITE_VERB_TAGS.has(xpos[verb]) || children[verb].some((i) => deprel[i] === "obj");
    if (!passive && active) for (const i of children[verb]) if (deprel[i] === "nsubj:pass") deprel[i] = "nsubj";
  }
}

/**
 * "business lobby group the CBI says", "said Chief of Detectives Charlie Beck", "Beer magnate Vijay Mallya set up …": the
 * parser may hang a name on the noun before it as that noun's direct object, which no noun has. Where a name follows a
 * noun or name as its `obj` and every word between them is the name's own, the name is an apposition of it (`appos`), or
 * a modifier (`nmod`) where a preposition follows a common noun ("shareholder in Deutsche Boerse").
 */
export function namesReadAsObjectsOfNouns(head: Int32Array, deprel: string[], upos: readonly string[]): void {
  for (let name = 0; name < head.length; name++) {
    const noun = head[name];
    if (deprel[name] !== "obj" || upos[name] !== "PROPN" || noun < 0 || noun >= name || name - noun > PHRASE_WINDOW) continue;
    if (upos[noun] !== "NOUN" && upos[noun] !== "PROPN") continue;
    const between = Array.from({ length: name - noun - 1 }, (_, k) => noun + 1 + k);
    if (!between.every((i) => inPhraseOf(head, i, name))) continue;
    // A common noun's preposition opens a modifier; a capitalised title runs on through its own ("Chief of Detectives").
    deprel[name] = upos[noun] === "NOUN" && deprel[noun + 1] === "case" ? "nmod" : "appos";
  }
}

/** The possessive endings that mark a noun phrase as the possessor of the one after it. */
const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", "'", "\u2019s", "\u2019"]);
/** How a modifier the parser hung on the verb hangs on the possessed noun instead, by its part of speech. */
const MODIFIER_RELATION: Readonly<Record<string, string>> = { ADJ: "amod", VERB: "amod", NOUN: "compound", PROPN: "compound", NUM: "nummod", ADV: "advmod" };

/** Relations of a list member's own words before it ("and", a comma, "such as"), which go with the member. */
const LIST_OPENERS: ReadonlySet<string> = new Set(["cc", "punct", "case"]);

/**
 * "The ERAA's Mr Clarke also said", "firms such as France's Dassault Aviation", "between Rosneft and China's National
 * Petroleum Corporation": the parser may read a possessor and the noun it owns as two phrases, where English has one. For
 * each possessive ending, in turn:
 * - an ending hung outside the phrase of the word before it, or on a list the word is a later member of ("… and France's
 *   Arcleor", hung on the list's first member), hangs on that word's name;
 * - a noun after the ending hung on the possessor (as a conjunct, an apposition, a compound) takes the possessor's place
 *   in the sentence, with the list and the openers the possessor held;
 * - a noun after the ending that shares the possessor's head (two subjects of one verb: "The ERAA's Mr Clarke also
 *   said", "The UK's jobless total rose") takes the possessor and the modifiers between them hung on that head.
 * The possessor becomes the noun's `nmod:poss`.
 */
export function possessorsReadApart(head: Int32Array, deprel: string[], upos: readonly string[], words: readonly string[]): void {
  // Most sentences have no possessive ending: only a word that opens with an apostrophe is looked up.
  if (!words.some((word) => (word[0] === "'" || word[0] === "\u2019") && POSSESSIVE_ENDINGS.has(word.toLowerCase()))) return;
  const isNominal = (i: number) => NOMINAL_TAGS.has(upos[i]) && upos[i] !== "PRON";
  const children = dependentLists(head);
  const movable = (i: number, from: number, to: number) => inPhraseOf(head, i, to) || head[i] === from;
  // Whether `token` lies in the phrase of `top` through no list: "Russia" of "France and Russia" is not France's own.
  const ownPhraseOf = (token: number, top: number) => {
    let at = token;
    for (let steps = 0; at >= 0 && at !== top && steps < PHRASE_WINDOW; steps++) {
      if (deprel[at] === "conj") return false;
      at = head[at];
    }
    return at === top;
  };
  for (let ending = 1; ending < head.length; ending++) {
    if (!POSSESSIVE_ENDINGS.has(words[ending].toLowerCase()) || deprel[ending] !== "case") continue;
    // The name the word before the ending belongs to: "Mr Greenspan's" hangs on "Mr".
    let named = ending - 1;
    while (deprel[named] === "flat" && head[named] >= 0 && head[named] < named) named = head[named];
    if (isNominal(named) && head[ending] !== named && !ownPhraseOf(ending - 1, head[ending])) reattach(head, children, ending, named, deprel, "case");
    const owner = head[ending];
    if (owner < 0 || owner >= ending || deprel[owner] === "nmod:poss" || !isNominal(owner)) continue;
    const parent = head[owner];
    let owned = -1;
    for (let i = ending + 1; i < head.length && i <= ending + PHRASE_WINDOW && owned < 0; i++) {
      if (head[i] !== parent && head[i] !== owner) continue;
      if (isNominal(i)) owned = i;
      else if (head[i] === owner || !(upos[i] in MODIFIER_RELATION) || children[i].length > 0) break;
    }
    // A noun with a preposition of its own is no possessed noun: "the head of Lloyd's of London".
    if (owned < 0 || children[owned].some((child) => deprel[child] === "case")) continue;
    const between = Array.from({ length: owned - ending - 1 }, (_, k) => ending + 1 + k);
    if (!between.every((i) => movable(i, parent, owned))) continue;
    for (const i of between) if (head[i] === parent) reattach(head, children, i, owned, deprel, MODIFIER_RELATION[upos[i]]);
    if (head[owned] === owner) {
      // The owned noun takes the possessor's place, and the members listed after it.
      reattach(head, children, owned, parent, deprel, deprel[owner]);
      for (const child of children[owner].filter((child) => child > owned)) reattach(head, children, child, owned, deprel, deprel[child]);
    }
    for (const child of children[owner].filter((child) => child < owner && LIST_OPENERS.has(deprel[child]))) reattach(head, children, child, owned, deprel, deprel[child]);
    reattach(head, children, owner, owned, deprel, "nmod:poss");
  }
}

/** Prepositions whose object a name describes without being its doer: "Shares in …", "the chief financial officer at …". */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "in"]);

/**
 * "US aircraft firm Boeing has unveiled …", "The former chief financial officer at US telecoms firm WorldCom has admitted
 * …", "Profits at Chinese computer firm Lenovo have stood still", "Russian oil firm Yukos lied", "withdrawn its offer for
 * rival bank UFJ Holdings": the parser may end a noun phrase at the noun that describes a name and make the name another
 * argument of the verb (WorldCom admitting what its officer did, UFJ Holdings an object of "withdrawn" with no
 * preposition). Where a name with no preposition of its own hangs on a word as subject, object or oblique, and its phrase
 * starts right after a noun of an earlier such argument of that word, the two are one phrase, as the treebank annotates
 * them: a noun with an article or an owner takes the name as its apposition ("their top reporter Ahmed Mansour"); a bare
 * noun describes the name (`nmod:desc`: "rebel negotiator Anton Balasingham"), which is the argument where the noun was,
 * and otherwise takes the noun's place, with its preposition, in the earlier argument's phrase. Not a time ("Last month
 * Marsh agreed"), a phrase with its own preposition before another argument ("During shareholder meetings Mr Ebbers
 * passed …"), nor a list ("Parma ham and French Champagne").
 */
export function namesReadApartFromTheirNoun(head: Int32Array, deprel: string[], upos: readonly string[], words: readonly string[], lemma: readonly string[]): void {
  let children: number[][] | undefined;
  for (let name = 0; name < head.length; name++) {
    const verb = head[name];
    if (upos[name] !== "PROPN" || verb < 0 || !ARGUMENT_RELATIONS.has(deprel[name])) continue;
    children ??= dependentLists(head);
    if (children[name].some((child) => deprel[child] === "case")) continue;
    let start = name;
    while (start - 1 >= 0 && head[start - 1] !== -1 && inPhraseOf(head, start - 1, name)) start--;
    const noun = start - 1;
    if (upos[noun] !== "NOUN" || nounFile(lemma[noun]) === "time" || nounFile(lemma[name]) === "time") continue;
    // A subject's noun is another subject or a bare oblique ("Russian oil firm Yukos lied"); an object or a quantified
    // phrase before it opens a relative clause ("Every move Google makes").
    const subject = deprel[name].startsWith("nsubj");
    const bare = (word: number) => !children![word].some((child) => deprel[child] === "det" || deprel[child] === "nmod:poss");
    const first = children[verb].find((child) => child < noun + 1 && ARGUMENT_RELATIONS.has(deprel[child]) && NOMINAL_TAGS.has(upos[child]) && inPhraseOf(head, noun, child) &&
      (!subject || deprel[child].startsWith("nsubj") || (deprel[child].startsWith("obl") && bare(child))));
    if (first === undefined) continue;
    if (Array.from({ length: name - start }, (_, k) => start + k).some((i) => deprel[i] === "cc" || (deprel[i] === "punct" && !QUOTATION_MARKS.has(words[i])))) continue;
    const openers = (word: number) => children![word].filter((child) => child < word && LIST_OPENERS.has(deprel[child]));
    if (noun === first && openers(noun).some((child) => deprel[child] === "case") && deprel[first] !== deprel[name]) continue;
    if (noun !== first) {
      // Only a common noun's phrase "at" or "in" a firm ("Profits at Chinese computer firm Lenovo"): "of" and "from" may
      // hang a title's field or a speaker there ("head of research Peter Kim", "a statement from … Universal").
      const preposition = children[noun].find((child) => child < noun && deprel[child] === "case");
      if (upos[first] !== "NOUN" || preposition === undefined || !PHRASE_PREPOSITIONS.has(words[preposition].toLowerCase())) continue;
    }
    // A noun with its own article or owner takes the name as its apposition ("The Palestinian militant organisation Hamas").
    if (!bare(noun)) {
      reattach(head, children, name, noun, deprel, "appos");
      continue;
    }
    // "Wales coach Mike Ruddock", where "coach" already describes the name: the first noun qualifies that one.
    if (noun === first && start !== name && upos[start] === "NOUN" && deprel[start] === "nmod:desc") {
      reattach(head, children, noun, start, deprel, "compound");
      continue;
    }
    // The name takes the noun's place, or where the noun was its own word's argument, its relation: a subject's stays,
    // another argument's hung with no preposition was the parser's guess ("prompted association president Sir Stanley
    // Odell to resign", with "Stanley" an oblique).
    if (noun !== first) reattach(head, children, name, head[noun], deprel, deprel[noun]);
    else if (!subject) deprel[name] = deprel[noun];
    for (const child of openers(noun)) reattach(head, children, child, name, deprel, deprel[child]);
    reattach(head, children, noun, name, deprel, "nmod:desc");
  }
}

/** Quotation marks, which may open a name's phrase ("The term \"Aggregate Transporter Imbalance\""). */
const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "``", "''", "'", "‘", "’"]);

/** Relations of a word's arguments, which a name split from its noun may have been given. */
const ARGUMENT_RELATIONS: ReadonlySet<string> = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:unmarked", "obl:agent"]);

/** How far apart the words of a subject's phrase, or of a short clause's opening, may lie: the repairs look no further. */
const PHRASE_WINDOW = 24;

/** Each token's dependents, in order. */
function dependentLists(head: Int32Array): number[][] {
  const children = Array.from({ length: head.length }, (): number[] => []);
  head.forEach((parent, i) => {
    if (parent >= 0) children[parent].push(i);
  });
  return children;
}

/**
 * "Stevanin, arrested in 1994 and jailed for three years, is accused of murdering five women": the parser may read a
 * past participle set off after a name as the name's predicate (and the tagger as a past tense), and the sentence's
 * finite verb as its conjunct. Where a past form with no auxiliary has a nominal subject right before its comma, and a
 * later conjunct or parataxis of it is a verb with no subject of its own that is finite or has an auxiliary, that verb
 * is the predicate: it takes the participle's place and the subject (passive where its auxiliary is), and the
 * participle describes the subject (`acl`), keeping its own conjuncts; what followed the verb moves with it.
 */
export function participlesReadAsPredicates(head: Int32Array, deprel: string[], upos: readonly string[], xpos: readonly string[], words: readonly string[]): void {
  // The tagger may read the participle as a past tense ("Stevanin, arrested": VBD).
  const afterComma = (i: number) => (xpos[i] === "VBN" || xpos[i] === "VBD") && words[i - 1] === ",";
  if (!xpos.some((_, i) => i > 0 && afterComma(i))) return;
  const children = dependentLists(head);
  const ownSubject = (verb: number) => children[verb].some((i) => deprel[i].startsWith("nsubj") || deprel[i].startsWith("csubj"));
  const finite = (verb: number) => FINITE_VERB_TAGS.has(xpos[verb]) || children[verb].some((i) => deprel[i].startsWith("aux"));
  for (let participle = 1; participle < head.length; participle++) {
    if (!afterComma(participle) || children[participle].some((i) => deprel[i].startsWith("aux"))) continue;
    const subject = children[participle].find((i) => i < participle && deprel[i] === "nsubj" && NOMINAL_TAGS.has(upos[i]));
    if (subject === undefined) continue;
    // The participle follows the subject's own words and one comma ("Stevanin, arrested"); not a verb after an
    // aside of its own ("Ms. Calico, then 19, disappeared").
    const between = Array.from({ length: participle - 2 - subject }, (_, k) => subject + 1 + k);
    if (between.some((i) => upos[i] === "PUNCT" || !inPhraseOf(head, i, subject))) continue;
    const predicate = children[participle].find((i) => i > participle && (deprel[i] === "conj" || deprel[i] === "parataxis") && upos[i] === "VERB" && words[i - 1] !== "and" &&
      !children[i].some((child) => deprel[child] === "cc") && !ownSubject(i) && finite(i));
    if (predicate === undefined) continue;
    const passive = children[predicate].some((i) => deprel[i] === "aux:pass");
    const [top, relation] = [head[participle], deprel[participle]];
    reattach(head, children, predicate, top, deprel, relation);
    for (const later of children[participle].filter((i) => i > predicate)) reattach(head, children, later, predicate, deprel, deprel[later]);
    reattach(head, children, subject, predicate, deprel, passive ? "nsubj:pass" : "nsubj");
    reattach(head, children, participle, subject, deprel, "acl");
  }
}

/** Hangs `token` on `parent` by `relation`, keeping the dependent lists right. */
function reattach(head: Int32Array, children: number[][], token: number, parent: number, deprel: string[], relation: string): void {
  if (head[token] >= 0) children[head[token]] = children[head[token]].filter((child) => child !== token);
  if (parent >= 0) children[parent] = [...children[parent], token].sort((a, b) => a - b);
  head[token] = parent;
  deprel[token] = relation;
}

/** Whether `token` lies in the phrase of `top`, looking up at most `PHRASE_WINDOW` heads. */
function inPhraseOf(head: Int32Array, token: number, top: number): boolean {
  let ancestor = token;
  for (let steps = 0; ancestor >= 0 && ancestor !== top && steps < PHRASE_WINDOW; steps++) ancestor = head[ancestor];
  return ancestor === top;
}

/** Relations by which the parser hangs a subject on the phrase that opens the sentence before it. */
const HUNG_ON_OPENER: ReadonlySet<string> = new Set(["appos", "flat", "vocative", "conj"]);
/** Relations of a phrase that opens a clause before its subject: "In a speech on Monday, …", "Meanwhile in Italy, …". */
const OPENER_RELATIONS: ReadonlySet<string> = new Set(["obl", "obl:unmarked", "obl:tmod", "advmod", "nmod:tmod", "advcl"]);
/** Words that may stand between a subject and its verb: "Mr Morchio subsequently resigned". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(["advmod", "aux", "aux:pass"]);

/**
 * "In a speech on Monday, Mr Prettejohn urged the FSA …", "Meanwhile in Italy, consumer confidence rose …": the parser
 * may read the subject after an opening phrase as an apposition (or a conjunct, or part of a name) of the phrase's last
 * noun, and leave the verb with no subject. Where a verb without subject has such a phrase hung before it, and the
 * word so hung is a noun whose own phrase runs up to the verb (but for adverbs and auxiliaries), that word is the
 * verb's subject.
 */
export function subjectsHungOnOpeners(head: Int32Array, deprel: string[], upos: readonly string[]): void {
  const isNominal = (i: number) => NOMINAL_TAGS.has(upos[i]);
  const children = dependentLists(head);
  for (let verb = 0; verb < head.length; verb++) {
    if (upos[verb] !== "VERB") continue;
    const dependents = children[verb];
    if (dependents.some((i) => deprel[i].startsWith("nsubj") || deprel[i].startsWith("csubj") || deprel[i] === "expl")) continue;
    // The last word hung by such a relation in an opening phrase, the one nearest the verb first: "However, on Monday
    // Mr Sullivan named …" ("Monday", not "However"); "Speaking in London, Mr Brown later denied …" ("Speaking", not "later").
    let opener = -1;
    let hung = -1;
    for (const candidate of dependents.filter((i) => i < verb && OPENER_RELATIONS.has(deprel[i])).reverse()) {
      for (let i = verb - 1; i > candidate && i >= verb - PHRASE_WINDOW && hung < 0; i--) {
        if (HUNG_ON_OPENER.has(deprel[i]) && isNominal(i) && head[i] < i && inPhraseOf(head, i, candidate)) [opener, hung] = [candidate, i];
      }
      if (hung >= 0) break;
    }
    if (hung < 0) continue;
    // Up to the top of what hangs so: "Mr" of "Mr Prettejohn", not "Prettejohn".
    while (HUNG_ON_OPENER.has(deprel[head[hung]]) && isNominal(head[hung]) && head[hung] > opener) hung = head[hung];
    // Its own words run up to the verb, but for the verb's adverbs and auxiliaries.
    let end = hung;
    for (let i = hung + 1; i < verb; i++) if (inPhraseOf(head, i, hung)) end = i;
    if (!Array.from({ length: verb - end - 1 }, (_, k) => end + 1 + k).every((i) => head[i] === verb && BETWEEN_SUBJECT_AND_VERB.has(deprel[i]))) continue;
    reattach(head, children, hung, verb, deprel, dependents.some((i) => deprel[i] === "aux:pass") ? "nsubj:pass" : "nsubj");
  }
}

/** Words that open a clause of time or reason, which the parser may read as prepositions: "as", "after", "before". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["as", "after", "before", "when", "while", "until", "since", "because", "once", "if", "though", "although"]);

/**
 * "The deal came as the group announced that …", "sentenced one day after an online campaign highlighted his case",
 * "held for 71 days before relatives paid a ransom": the parser may read the word that opens a clause as a preposition
 * of the noun after it, and the clause's verb as a loose parataxis with no subject. Where a finite verb with no subject
 * follows straight after such a noun's phrase, the noun is its subject, the opening word its marker, and the clause an
 * adverbial one (`advcl`) of the predicate the noun's phrase hung in.
 */
export function clausesReadAsPhrases(head: Int32Array, deprel: string[], upos: readonly string[], xpos: readonly string[], words: readonly string[]): void {
  const isNominal = (i: number) => NOMINAL_TAGS.has(upos[i]);
  const children = dependentLists(head);
  for (let verb = 1; verb < head.length; verb++) {
    if (upos[verb] !== "VERB" || !FINITE_VERB_TAGS.has(xpos[verb]) || !["parataxis", "conj", "ccomp", "dep"].includes(deprel[verb])) continue;
    if (children[verb].some((i) => deprel[i].startsWith("nsubj") || deprel[i].startsWith("csubj") || deprel[i] === "expl")) continue;
    // The noun whose phrase ends right before the verb, hung by a preposition that opens clauses: up from the word
    // before the verb, through the nouns that hold it ("an inspection team from the International Olympic committee").
    let noun = -1;
    let marker = -1;
    for (let at = verb - 1, steps = 0; at >= 0 && at < verb && noun < 0 && steps < PHRASE_WINDOW; at = head[at], steps++) {
      const opener = children[at].find((i) => deprel[i] === "case");
      if (isNominal(at) && ["obl", "nmod"].includes(deprel[at]) && opener !== undefined && CLAUSE_OPENERS.has(words[opener].toLowerCase())) [noun, marker] = [at, opener];
    }
    // Everything between the marker and the verb is the noun's own phrase.
    if (noun < 0 || verb - marker > PHRASE_WINDOW || !Array.from({ length: verb - marker - 1 }, (_, k) => marker + 1 + k).every((i) => inPhraseOf(head, i, noun))) continue;
    // The clause modifies the predicate the noun's phrase was hung in: "held for 71 days before relatives paid".
    // (Where the noun already hangs on the verb, the verb keeps its own head: "took place on Friday as Mr Kilroy-Silk
    // and Ms Kelly, …, arrived".)
    let predicate = head[noun] === verb ? head[verb] : head[noun];
    for (let steps = 0; head[predicate] >= 0 && !["VERB", "AUX", "ADJ"].includes(upos[predicate]) && steps < PHRASE_WINDOW; steps++) predicate = head[predicate];
    // Never under the verb itself: the tree stays a tree.
    if (predicate < 0 || predicate === verb || inPhraseOf(head, predicate, verb)) continue;
    reattach(head, children, marker, verb, deprel, "mark");
    reattach(head, children, verb, predicate, deprel, "advcl");
    reattach(head, children, noun, verb, deprel, "nsubj");
  }
}

/**
 * A sentence's only verb is its predicate, not a word of the noun phrase before it. Where the parser
 * rooted a sentence on a noun with neither subject nor copula, and a verb after it hangs in that
 * noun's phrase with no subject, auxiliary or marker of its own, the verb was the predicate misread:
 * a finite form ("Gross domestic product fell by 0.1%", "Deutsche Bank said documents had been
 * backdated"), which no reduced relative or adjective is, or a past participle with an object
 * ("Dan Jewell of the police department described Phan as cooperative", the tagger having read
 * the past tense as a participle; "the man given a book" is rare, and rarer as a sentence's only
 * verb). The verb becomes the root, the noun its subject; what follows the verb but hung before
 * it, and what the noun held at clause level ("But", the full stop), hang on the verb. Which words are
 * finite verbs the news tagger's Penn tags (`newsPos`) decide where they read a finite verb or no verb
 * at all ("prices fell": VBD where the treebank tagger reads VBN; "on hopes of": NNS, not VBZ), the
 * treebank tagger's (`treebankPos`) elsewhere.
 */
export function verbForNominalRoot(head: Int32Array, deprel: string[], upos: readonly string[], treebankPos: readonly string[], newsPos: readonly string[]): void {
  const root = head.indexOf(-1);
  if (root < 0 || (upos[root] !== "NOUN" && upos[root] !== "PROPN")) return;
  const dependentsOf = (token: number) => deprel.filter((_, i) => head[i] === token);
  if (dependentsOf(root).some((relation) => relation === "cop" || relation.startsWith("nsubj") || relation.startsWith("csubj"))) return;
  const hasCase = new Set(deprel.flatMap((relation, i) => (relation === "case" ? [head[i]] : [])));
  const agentsWithoutBy = (token: number) => deprel.flatMap((relation, i) => (head[i] === token && relation === "obl:agent" && !hasCase.has(i) ? [i] : []));
  const xpos = treebankPos.map((tag, i) => (FINITE_VERB_TAGS.has(newsPos[i]) || !newsPos[i].startsWith("VB") ? newsPos[i] : tag));
  const verb = upos.findIndex((tag, i) => {
    if (tag !== "VERB" || i < root || !NOUN_PHRASE_RELATIONS.has(deprel[i])) return false;
    const own = dependentsOf(i);
    if (own.some((relation) => relation.startsWith("nsubj") || relation.startsWith("aux") || relation === "mark" || relation === "cop")) return false;
    // A participle with an object describes a noun inside a phrase with a preposition: "in a bar called Underground".
    // The object may be read as a "by" agent that has no "by" ("A Hamburg court sentenced U.S. neo-Nazi leader Gary Lauck").
    const hasObject = own.includes("obj") || agentsWithoutBy(i).length > 0;
    return FINITE_VERB_TAGS.has(xpos[i]) || (xpos[i] === "VBN" && deprel[i] === "acl" && hasObject && !dependentsOf(head[i]).includes("case"));
  });
  if (verb < 0) return;
  for (const object of agentsWithoutBy(verb)) deprel[object] = "obj";
  const inVerbPhrase = (token: number) => {
    for (let at = token; at >= 0; at = head[at]) if (at === verb) return true;
    return false;
  };
  // Another finite verb or auxiliary outside a subordinate clause may be the predicate the parser missed.
  const mayPredicate = (i: number) => FINITE_VERB_TAGS.has(xpos[i]) || xpos[i] === "MD";
  if (upos.some((_, i) => mayPredicate(i) && !inVerbPhrase(i) && !isInsideClause(head, deprel, i, root))) return;
  for (let i = verb + 1; i < head.length; i++) if (head[i] < verb && !inVerbPhrase(i)) head[i] = verb;
  // "But the vote prompted …": what the noun's phrase held at clause level belongs to the verb.
  for (let i = 0; i < root; i++) if (head[i] === root && CLAUSE_LEVEL.has(deprel[i])) head[i] = verb;
  head[verb] = -1;
  deprel[verb] = "root";
  head[root] = verb;
  deprel[root] = "nsubj";
}

/** Penn tags of a finite verb: past tense and present, which a noun phrase cannot hold without a subject. */
export const FINITE_VERB_TAGS: ReadonlySet<string> = new Set(["VBD", "VBZ", "VBP"]);

/** Where the parser hangs a misread predicate in the noun phrase before it. */
const NOUN_PHRASE_RELATIONS = new Set(["acl", "amod", "nmod", "appos", "compound", "parataxis"]);

/** Relations that attach to a clause, not to a noun. */
const CLAUSE_LEVEL = new Set(["cc", "advmod", "advcl", "obl", "obl:unmarked", "punct", "discourse", "parataxis", "mark"]);

/** Relations that make a clause subordinate to a word, or set it beside the sentence. */
const SUBORDINATE = new Set(["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "amod", "parataxis"]);

/** Whether a token heads or lies in a subordinate clause, short of the root: "…, which Yukos claims". */
function isInsideClause(head: Int32Array, deprel: readonly string[], token: number, root: number): boolean {
  for (let at = token; at >= 0 && at !== root; at = head[at]) if (SUBORDINATE.has(deprel[at])) return true;
  return false;
}

/** Loads the syntax models from a model directory (default: the committed models). */
export function loadSyntax(directory = modelDirectory(), lexicon = lexiconFor(directory)): Syntax {
  const required = (name: string) => {
    const path = `${directory}${name}`;
    if (!existsSync(path)) throw new Error(`newsgraph nlp: syntax model ${path} is missing (npm run train:parser builds it)`);
    return path;
  };
  const model = (name: string) => LinearModel.deserialize(readFileSync(required(name)));
  return new Syntax({
    tagger: { firstPass: model("ud-tagger-pass1.bin.gz"), secondPass: model("ud-tagger-pass2.bin.gz") },
    parser: { transitions: model("parser.bin.gz"), labels: model("labels.bin.gz") },
    lemmatizer: new Lemmatizer(readGzipJson<LemmatizerData>(required("lemmas.json.gz")), wordNetUses),
    lexicon,
  });
}

let sharedSyntax: Syntax | undefined;

/** The syntax models, loaded on first call. */
export function defaultSyntax(): Syntax {
  sharedSyntax ??= loadSyntax();
  return sharedSyntax;
}
