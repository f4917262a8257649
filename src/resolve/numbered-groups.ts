// "The four", "the two men", "the ten former outside directors": a noun phrase that counts its members stands for
// the people, bodies or countries the article lists in that number. "Moazzam Begg, Martin Mubanga, Richard Belmar and
// Feroz Abbasi have been held … the US had agreed to release the four": the four released are the four named.
// A group finds its members where the text says who they are ("the ten former outside directors are James Allen, …";
// "two other directors, Bert Roberts and Francesco Galesi,"), else in the nearest list before it, in its sentence or
// the few before, of exactly as many names of its kind. Phrases with the same count and the same noun, or a bare
// count ("Ten former directors … the 10 had agreed … the ten former outside directors are …"), are one group, so
// one that is spelled out spells out the others. Counting is what makes the reading safe: a list of three is never
// "the two".
import type { ArticleDoc, GroupReference, Mention, MentionKind, Token } from "../doc.js";
import { nounFile } from "../nlp/wordnet.js";
import { COUNTING_WORDS, countryNamed, GROUP_DETERMINERS, GROUP_NOUNS, isOrganisationIntroducer, PLACE_GROUP_NOUNS } from "./lexicon.js";
import { dependentsOf, mentionHeadToken } from "./mentions.js";

/** How many sentences before a group's a list of its members may stand. */
export const GROUP_LOOKBACK_SENTENCES = 3;

/** The largest group counted: longer lists are seldom spelled out name by name. */
const MAX_GROUP = 12;

/** A phrase that counts a group: where it is, how many, of what kind, and whether it points back ("the four"). */
interface CountedPhrase {
  sentence: number;
  /** The phrase's head: the noun counted, or the count itself where it stands alone ("the four"). */
  head: number;
  count: number;
  /** The kind its noun names; undefined for a bare count, which may be of any kind. */
  kind: MentionKind | undefined;
  /** The counted noun's lemma, or "" for a bare count. */
  noun: string;
  definite: boolean;
  /** The members the text spells out for this phrase itself. */
  spelled?: Mention[];
}

/** A list of names of one kind that the parse coordinates, and the token it ends at. */
interface NameList {
  sentence: number;
  end: number;
  kind: MentionKind;
  members: Mention[];
}

/** The number a word or a numeral counts, from two to `MAX_GROUP`. */
function countOf(token: Token): number | undefined {
  const word = token.text.toLowerCase();
  const count = /^\d+$/.test(word) ? Number(word) : COUNTING_WORDS.get(word);
  return count !== undefined && count >= 2 && count <= MAX_GROUP && (token.upos === "NUM" || word === "both") ? count : undefined;
}

/** The kind of entity a counted noun names: "men" people, "firms" organisations, "countries" places; else none. */
function kindOfNoun(lemma: string): MentionKind | undefined {
  if (isOrganisationIntroducer(lemma)) return "Organization";
  if (PLACE_GROUP_NOUNS.has(lemma)) return "Place";
  return nounFile(lemma) === "person" ? "Person" : undefined;
}

/** Parts of speech that cannot stand between a number and the noun it counts: the parse has joined two phrases. */
const PHRASE_BREAKS = new Set(["ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"]);

/** What may follow a count that stands alone as its phrase ("the four after talks", "the two held talks"). */
const AFTER_BARE_COUNT = new Set([...PHRASE_BREAKS, "ADV"]);

/** Relations in which "both" is a phrase of its own ("Both have hit", "both of them") or counts a noun ("both men"). */
const BOTH_AS_PHRASE = new Set(["det", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"]);

/**
 * Whether "both" counts a group: not where it opens a coordination ("both for GM and the industry", "both backbenchers
 * and Labour peers"), nor where it floats after a subject that names the group itself ("Sony and Honda have both built").
 */
function countsAsBoth(tokens: readonly Token[], at: number, children: readonly number[][]): boolean {
  const { deprel, head } = tokens[at];
  const opensCoordination = deprel === "det" && head >= 0 && (children[head].some((child) => tokens[child].deprel === "conj") || tokens[head + 1]?.upos === "CCONJ");
  return BOTH_AS_PHRASE.has(deprel) && !opensCoordination;
}

/** The phrases of a sentence that count people, bodies or places, definite or not. */
function countedPhrases(tokens: readonly Token[], sentence: number, mentionAt: ReadonlyMap<number, Mention>, children: readonly number[][]): CountedPhrase[] {
  const phrases: CountedPhrase[] = [];
  const definiteAt = (at: number) => GROUP_DETERMINERS.has(tokens[at - 1]?.text.toLowerCase() ?? "");
  tokens.forEach((token, at) => {
    if (mentionAt.has(at)) return;
    // "the pair", "the trio": a noun that counts (not "a pair of shoes").
    const counted = GROUP_NOUNS.get(token.lemma.toLowerCase());
    if (counted !== undefined && token.upos === "NOUN" && definiteAt(at) && tokens[at + 1]?.text.toLowerCase() !== "of") {
      phrases.push({ sentence, head: at, count: counted, kind: undefined, noun: "", definite: true });
      return;
    }
    const count = countOf(token);
    if (count === undefined || (token.text.toLowerCase() === "both" && !countsAsBoth(tokens, at, children))) return;
    const definite = definiteAt(at) || token.text.toLowerCase() === "both";
    const noun = token.head;
    const counts = ["nummod", "det"].includes(token.deprel) && noun > at && tokens[noun].upos === "NOUN" && !tokens.slice(at + 1, noun).some((between) => PHRASE_BREAKS.has(between.upos));
    if (counts) {
      const lemma = tokens[noun].lemma.toLowerCase();
      const kind = kindOfNoun(lemma);
      if (kind && !mentionAt.has(noun)) phrases.push({ sentence, head: noun, count, kind, noun: lemma, definite });
      return;
    }
    // "release the four after talks": a count with no noun of its own, whatever the parse hung it on.
    const next = tokens[at + 1];
    if (definite && (!next || AFTER_BARE_COUNT.has(next.upos))) phrases.push({ sentence, head: at, count, kind: undefined, noun: "", definite });
  });
  return phrases;
}

/**
 * The lists of names each sentence coordinates: names joined by `conj` or `appos`, and names that are subjects or
 * objects of one verb side by side (the parse may give a list's first name the verb and the rest one another).
 * A noun without a name that holds one by "of" stands for it ("and the estate of John Sidgmore").
 */
function nameLists(tokens: readonly Token[], sentence: number, mentionAt: ReadonlyMap<number, Mention>, children: readonly number[][]): { lists: NameList[]; listAt: Map<number, NameList> } {
  const heldByOf = (child: number) => children[child].some((mark) => tokens[mark].deprel === "case" && tokens[mark].text.toLowerCase() === "of");
  const nameOf = (at: number): Mention | undefined =>
    mentionAt.get(at) ?? (tokens[at].upos === "NOUN" ? mentionAt.get(children[at].find((child) => mentionAt.has(child) && heldByOf(child)) ?? -1) : undefined);
  const parent = new Map<Mention, Mention>();
  const root = (mention: Mention): Mention => {
    let found = mention;
    while (parent.get(found) !== found) found = parent.get(found)!;
    return found;
  };
  const join = (a: Mention, b: Mention) => {
    if (a.kind === b.kind && a.entity && b.entity) parent.set(root(a), root(b));
  };
  for (const mention of mentionAt.values()) if (mention.entity) parent.set(mention, mention);
  const bySlot = new Map<string, Mention>();
  tokens.forEach((token, at) => {
    const name = nameOf(at);
    const own = mentionAt.get(at);
    if (!name?.entity || (own && at !== mentionHeadToken(tokens as Token[], own))) return;
    if ((token.deprel === "conj" || token.deprel === "appos") && token.head >= 0) {
      const other = nameOf(token.head);
      if (other && other !== name) join(name, other);
    } else if (["nsubj", "nsubj:pass", "obj"].includes(token.deprel)) {
      const slot = `${token.head} ${token.deprel}`;
      const other = bySlot.get(slot);
      if (other) join(name, other);
      else bySlot.set(slot, name);
    }
  });
  const byRoot = new Map<Mention, Mention[]>();
  for (const mention of parent.keys()) byRoot.set(root(mention), [...(byRoot.get(root(mention)) ?? []), mention]);
  const lists: NameList[] = [];
  const listAt = new Map<number, NameList>();
  for (const members of byRoot.values()) {
    const distinct = [...new Map(members.map((mention) => [mention.entity, mention])).values()].sort((a, b) => a.tokenStart - b.tokenStart);
    if (distinct.length < 2) continue;
    const list: NameList = { sentence, end: distinct[distinct.length - 1].tokenEnd, kind: distinct[0].kind, members: distinct };
    lists.push(list);
    for (const mention of members) for (let at = mention.tokenStart; at < mention.tokenEnd; at++) listAt.set(at, list);
  }
  // A noun that stands for a name ("the estate of John Sidgmore") is at its name's list too.
  tokens.forEach((_, at) => {
    const name = nameOf(at);
    const list = name && !listAt.has(at) ? listAt.get(name.tokenStart) : undefined;
    if (list) listAt.set(at, list);
  });
  return { lists, listAt };
}

/** Whether a list can be the group: as many names as counted, of the kind counted (a bare count takes people, bodies or countries). */
function fits(list: NameList, phrase: CountedPhrase): boolean {
  if (list.members.length !== phrase.count) return false;
  if (phrase.kind === "Place") return list.members.every((mention) => countryNamed(mention.text) !== undefined);
  return phrase.kind ? list.kind === phrase.kind : list.kind !== "Place" || list.members.every((mention) => countryNamed(mention.text) !== undefined);
}

/** The members each counted phrase stands for, where the article lists them. */
export function resolveNumberedGroups(doc: ArticleDoc): GroupReference[] {
  const mentionAt = doc.sentences.map(() => new Map<number, Mention>());
  for (const mention of doc.mentions) for (let at = mention.tokenStart; at < mention.tokenEnd; at++) mentionAt[mention.sentence]?.set(at, mention);
  const children = doc.sentences.map(({ tokens }) => dependentsOf(tokens));
  const found = doc.sentences.map(({ tokens }, sentence) => countedPhrases(tokens, sentence, mentionAt[sentence], children[sentence]));
  // Most articles count no group: their lists are not looked for.
  if (found.every((inSentence) => inSentence.length === 0)) return [];
  const phrases: CountedPhrase[] = [];
  const lists: NameList[] = [];
  doc.sentences.forEach(({ tokens }, sentence) => {
    const { lists: own, listAt } = nameLists(tokens, sentence, mentionAt[sentence], children[sentence]);
    lists.push(...own);
    for (const phrase of found[sentence]) {
      // Spelled out beside it ("two other directors, Bert Roberts and Francesco Galesi") or as what it is ("the ten
      // directors are James Allen, …").
      const dependents = children[sentence];
      const beside = dependents[phrase.head].filter((child) => ["appos", "conj"].includes(tokens[child].deprel)).map((child) => listAt.get(child));
      const verb = tokens[phrase.head].head;
      const predicate = tokens[phrase.head].deprel === "nsubj" && verb >= 0 && dependents[verb].some((child) => tokens[child].deprel === "cop") ? listAt.get(verb) : undefined;
      const spelled = [...beside, predicate].find((list) => list && fits(list, phrase));
      phrases.push(spelled ? { ...phrase, spelled: spelled.members } : phrase);
    }
  });
  // Phrases of one count and one noun, or a bare count, name one group: what one spells out, the others mean.
  const spelledFor = (phrase: CountedPhrase) =>
    phrase.spelled ?? phrases.find((other) => other.spelled && other.count === phrase.count && (other.noun === phrase.noun || !other.noun || !phrase.noun) && (other.kind === phrase.kind || !other.kind || !phrase.kind))?.spelled;
  const references: GroupReference[] = [];
  for (const phrase of phrases) {
    const members = spelledFor(phrase) ?? (phrase.definite ? nearestList(lists, phrase)?.members : undefined);
    if (members) references.push({ sentence: phrase.sentence, token: phrase.head, members });
  }
  return references;
}

/** The nearest list of the phrase's kind before it, within `GROUP_LOOKBACK_SENTENCES`, if the group fits it. */
function nearestList(lists: readonly NameList[], phrase: CountedPhrase): NameList | undefined {
  let nearest: NameList | undefined;
  for (const list of lists) {
    const before = list.sentence < phrase.sentence || (list.sentence === phrase.sentence && list.end <= phrase.head);
    if (!before || phrase.sentence - list.sentence > GROUP_LOOKBACK_SENTENCES || (phrase.kind && list.kind !== phrase.kind)) continue;
    if (!nearest || list.sentence > nearest.sentence || (list.sentence === nearest.sentence && list.end > nearest.end)) nearest = list;
  }
  // Only the nearest list of its kind is read: a group points to the names just given, not to any list of its size.
  return nearest && fits(nearest, phrase) ? nearest : undefined;
}
