// Which tags a word may take, learned from the UD tagger's training data (joint "UPOS|XPOS" tags).
// News is full of past tenses the treebank's web text seldom shows, and the tagger's suffix and
// context features had read them by their endings and neighbours: "Profits fell sharply" with "fell"
// a modal like "will", "the economy grew by 8.5%" with "grew" a participle describing the noun. Three
// constraints, each the treebank's own evidence about a word written in lower case:
//
// - a word seen often and only in open classes (nouns, verbs, adjectives, …) never takes a closed
//   one (a preposition, an auxiliary or modal, a determiner, a pronoun, a conjunction, a particle):
//   "fell" is no modal. Words the treebank never shows are left free: news has prepositions web text
//   lacks ("amid"), and a closed word may be spelt otherwise ("cannot");
// - an irregular past tense, a form the treebank shows as a past tense and never as a participle,
//   of a verb it shows with another participle, takes only the tags it was seen with: "grew" beside
//   "grown", "fell" beside "fallen", "saw" (the tool too) beside "seen"; not "won", "stood" or "sat",
//   whose participle is the same word;
// - a capitalised word whose lower-case form the treebank shows often and never as a verb (nor is
//   an "-ing" form) is no verb: web text opens many sentences with an imperative, news almost none,
//   and "Consumer borrowing rose" had "Consumer" a verb and the root.
//
// The treebank's few pages miss many irregular verbs' participles (it shows "rose" but never
// "risen"), so the past tenses of a list of English irregular verbs (`PAST_TENSES`), written in lower
// case, are read as past tenses alone. Nouns and verbs are not held apart otherwise: "fund", "table"
// and "rise" are verbs in news that the treebank only shows as nouns.

/** Universal POS tags of verbs, auxiliaries included. */
const VERB_UPOS: ReadonlySet<string> = new Set(["VERB", "AUX"]);

/** Universal POS tags of the closed classes. */
export const CLOSED_UPOS: ReadonlySet<string> = new Set(["ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"]);

/**
 * Simple past tenses of English irregular verbs that are neither their base form nor their participle
 * ("rose", not "risen"; not "won", "hit" or "come"), nor a noun news often writes ("saw", "bit").
 */
export const PAST_TENSES: ReadonlySet<string> = new Set(
  ("arose ate awoke became befell began blew broke chose came drank drew drove fell flew forbade forgave forgot froze gave " +
    "grew hid knew mistook overcame overtook ran rang rode rose sang sank shook shrank slew spoke sprang stank stole strode " +
    "strove swam swore took threw tore trod undertook underwent went withdrew woke wore wove wrote").split(" "),
);

/** The one tag a word of PAST_TENSES takes: in news it is the verb ("a red rose" is rare). */
const PAST_TENSE_TAG = "VERB|VBD";

/** A word seen at least this many times, only in open classes, never takes a closed one. */
export const DEFAULT_MIN_COUNT = 3;
/** A form seen at least this many times as a past tense, and never as a participle, is a past tense only. */
const MIN_PAST_COUNT = 2;

/** The constraints as stored in a tagger model's metadata (tags by name). */
export interface TagConstraintData {
  minCount: number;
  /** Tags the words of `openOnly` never take. */
  closedTags: string[];
  openOnly: string[];
  /** Words seen at least minCount times and never as a verb: capitalised, they take no verb tag. */
  neverVerbs: string[];
  /** Irregular past tense → every tag it may take. */
  pastTenses: Record<string, string[]>;
}

/** The UPOS of a joint "VERB|VBD" tag. */
export const uposOf = (tag: string): string => tag.split("|")[0];
/** The Penn XPOS of a joint tag ("VBD"), or the tag itself where it has no UPOS. */
export const xposOf = (tag: string): string => tag.split("|")[1] ?? tag;

/** Learns the constraints from the tagger's training data: each word with its tag and lemma. */
export function learnTagConstraints(tagged: Iterable<[word: string, tag: string, lemma: string]>, tags: readonly string[], minCount = DEFAULT_MIN_COUNT): TagConstraintData {
  const seen = new Map<string, Map<string, number>>();
  const lemmas = new Map<string, string>();
  /** Lemma → the forms the treebank shows as its participle. */
  const participles = new Map<string, Set<string>>();
  for (const [word, tag, lemma] of tagged) {
    if (word !== word.toLowerCase()) continue;
    const counts = seen.get(word) ?? new Map<string, number>();
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    seen.set(word, counts);
    if (xposOf(tag) === "VBD") lemmas.set(word, lemma);
    if (xposOf(tag) === "VBN") participles.set(lemma, (participles.get(lemma) ?? new Set()).add(word));
  }
  const openOnly: string[] = [];
  const neverVerbs: string[] = [];
  const pastTenses: Record<string, string[]> = {};
  for (const [word, counts] of seen) {
    const tagsSeen = [...counts.keys()];
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    if (total >= minCount && tagsSeen.every((tag) => !CLOSED_UPOS.has(uposOf(tag)))) openOnly.push(word);
    // Not an "-ing" form: "Understanding your work personality allows …" opens with a gerund the treebank writes as a noun.
    if (total >= minCount && tagsSeen.every((tag) => !VERB_UPOS.has(uposOf(tag))) && !word.endsWith("ing")) neverVerbs.push(word);
    const count = (xpos: string) => tagsSeen.filter((tag) => xposOf(tag) === xpos).reduce((sum, tag) => sum + counts.get(tag)!, 0);
    const otherParticiple = [...(participles.get(lemmas.get(word) ?? "") ?? [])].some((participle) => participle !== word);
    if (count("VBD") >= MIN_PAST_COUNT && count("VBN") === 0 && otherParticiple && !word.endsWith("ed")) pastTenses[word] = tagsSeen.sort();
  }
  return { minCount, closedTags: tags.filter((tag) => CLOSED_UPOS.has(uposOf(tag))), openOnly: openOnly.sort(), neverVerbs: neverVerbs.sort(), pastTenses };
}

/** The constraints ready for decoding: a mask over tag ids (1 = allowed) for each constrained word. */
export class TagConstraints {
  private readonly masks = new Map<string, Uint8Array>();
  private readonly neverVerbs: ReadonlySet<string>;
  private readonly noVerb: Uint8Array;

  constructor(data: TagConstraintData, tags: readonly string[]) {
    const index = new Map(tags.map((tag, i) => [tag, i]));
    this.neverVerbs = new Set(data.neverVerbs);
    this.noVerb = Uint8Array.from(tags, (tag) => (VERB_UPOS.has(uposOf(tag)) ? 0 : 1));
    const open = new Uint8Array(tags.length).fill(1);
    for (const tag of data.closedTags) if (index.has(tag)) open[index.get(tag)!] = 0;
    const pastTense = Uint8Array.from(tags, (tag) => (tag === PAST_TENSE_TAG ? 1 : 0));
    // A word under several constraints takes the tags all of them allow (where none would be left, the first's).
    const restrict = (word: string, mask: Uint8Array) => {
      const known = this.masks.get(word);
      const both = known?.map((allowed, t) => allowed & mask[t]);
      this.masks.set(word, !known ? mask : both!.some(Boolean) ? both! : known);
    };
    for (const word of data.openOnly) restrict(word, open);
    for (const word of PAST_TENSES) restrict(word, pastTense);
    for (const [word, allowed] of Object.entries(data.pastTenses)) {
      const mask = new Uint8Array(tags.length);
      for (const tag of allowed) if (index.has(tag)) mask[index.get(tag)!] = 1;
      restrict(word, mask);
    }
  }

  /** The tags a word may take, or undefined where it may take any. */
  allowed(word: string): Uint8Array | undefined {
    const known = this.masks.get(word);
    if (known) return known;
    const lower = word.toLowerCase();
    return lower !== word && this.neverVerbs.has(lower) ? this.noVerb : undefined;
  }
}

/** The constraints a tagger model carries, if any. */
export function tagConstraintsOf(model: { tags: string[]; meta: Record<string, unknown> }): TagConstraints | undefined {
  const data = model.meta.tagConstraints as TagConstraintData | undefined;
  return data ? new TagConstraints(data, model.tags) : undefined;
}

/** The best-scoring tag the mask allows; without a mask, the first best of all. */
export function bestAllowed(scores: Float32Array, count: number, allowed: Uint8Array | undefined): number {
  let best = -1;
  for (let t = 0; t < count; t++) {
    if (allowed && !allowed[t]) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return best < 0 ? 0 : best;
}
