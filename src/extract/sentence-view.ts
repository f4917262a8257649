// A sentence seen with its entity mentions laid over its tokens, for pattern matching.
import type { ArticleDoc, Entity, Mention, Sentence, Span, Token } from "../doc.js";
import { countryNamed, knownIn } from "../resolve/lexicon.js";
import { HEADER_SENTENCES, NUMERIC_DATE } from "./event-lexicon.js";
import { mentionHeadToken } from "../resolve/mentions.js";
import { inWordClass } from "./word-classes.js";

export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  /** The mention covering each token, if any. */
  mentionAt: Array<Mention | undefined>;
  mentions: Mention[];
  /** The person each personal pronoun stands for, as resolution found. */
  referentAt: Array<Mention | undefined>;
  /** The members each phrase that counts a group stands for ("the four"), at its head. */
  membersAt: Array<Mention[] | undefined>;
}

export function sentenceViews(doc: ArticleDoc): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((sentence, index) => ({
    index,
    sentence,
    tokens: sentence.tokens,
    mentionAt: new Array<Mention | undefined>(sentence.tokens.length),
    mentions: [],
    referentAt: new Array<Mention | undefined>(sentence.tokens.length),
    membersAt: new Array<Mention[] | undefined>(sentence.tokens.length),
  }));
  for (const mention of doc.mentions) {
    const view = views[mention.sentence];
    if (!view || !mention.entity) continue;
    view.mentions.push(mention);
    for (let i = mention.tokenStart; i < mention.tokenEnd; i++) view.mentionAt[i] = mention;
  }
  for (const { sentence, token, antecedent } of doc.pronouns ?? []) if (views[sentence]) views[sentence].referentAt[token] = antecedent;
  for (const { sentence, token, members } of doc.groups ?? []) if (views[sentence]) views[sentence].membersAt[token] = members;
  return views;
}

export function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : "";
}

/** Tokens with the mention covering each: a sentence view, or a parse tree. */
export type MentionLayer = Pick<SentenceView, "tokens" | "mentionAt">;

/** The mention that starts at token index `at`, if any. */
export function mentionStartingAt(view: MentionLayer, at: number): Mention | undefined {
  const mention = view.mentionAt[at];
  return mention && mention.tokenStart === at ? mention : undefined;
}

/** The character span from the start of token `from` to the end of token `to - 1`. */
export function tokenSpan(view: SentenceView, from: number, to: number): Span {
  return { start: view.tokens[from].start, end: view.tokens[Math.max(from, to - 1)].end };
}

/**
 * The place a story is filed from: a dateline opening one of the first sentences with a place named in
 * capitals or followed by a date, a colon or a dash ("BEIRUT 1996-12-06", "DILI, East Timor 1996-12-06", "ISLAMABAD:").
 */
export function datelinePlace(views: readonly SentenceView[]): Mention | undefined {
  for (const view of views.slice(0, HEADER_SENTENCES)) {
    const first = view.mentionAt[0];
    if (first?.kind !== "Place" || first.tokenStart !== 0 || !first.entity) continue;
    const capitals = first.text === first.text.toUpperCase() && /\p{Lu}{2}/u.test(first.text);
    let after = first.tokenEnd;
    // "DILI, East Timor": the country after the city.
    if (view.tokens[after]?.text === "," && view.mentionAt[after + 1]?.kind === "Place") after = view.mentionAt[after + 1]!.tokenEnd;
    const next = view.tokens[after];
    const marked = next !== undefined && (NUMERIC_DATE.test(next.text) || /^[:\-–—(]/.test(next.text));
    if (capitals && (marked || next === undefined)) return first;
  }
  return undefined;
}

/**
 * The country a story is at home in: that of its dateline's town, where the story names one and only one of the countries
 * the gazetteers know the town in ("SARAJEVO … a U.S. envoy … national elections", "BONN … Defence Minister Volker
 * Ruehe … German troops", "WASHINGTON … U.S. wheat", not Washington in England), else the country it names most.
 */
export function storyCountry(doc: ArticleDoc, dateline: Mention | undefined): Entity | undefined {
  const datelineCountries = dateline ? doc.entities.filter((entity) => entity.kind === "Place" && countryNamed(entity.name) === entity.name && knownIn(dateline.text, entity.name)) : [];
  return (datelineCountries.length === 1 ? datelineCountries[0] : undefined) ?? homeCountry(doc);
}

/** The country an article is mostly about: the most-mentioned country, named at least twice. */
export function homeCountry(doc: ArticleDoc): Entity | undefined {
  return doc.entities
    .filter((entity) => entity.kind === "Place" && entity.mentions.length >= 2 && countryNamed(entity.name) === entity.name)
    .sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** How far a common noun taken for a named entity ("the government", "the police") is trusted, against a name. */
const NOMINAL_MENTION_CONFIDENCE = 0.5;

/** Lays a one-token common noun over a view as a mention of an entity of the article (for events only: the entities are not changed). */
function layNominalMention(view: SentenceView, index: number, kind: Mention["kind"], entity: string): void {
  const token = view.tokens[index];
  const mention: Mention = { kind, text: token.text, start: token.start, end: token.end, sentence: view.index, tokenStart: index, tokenEnd: index + 1, confidence: NOMINAL_MENTION_CONFIDENCE, entity };
  view.mentionAt[index] = mention;
  view.mentions.push(mention);
}

/**
 * "the government" with no "of X" after it is the home country's government, which the schema
 * makes the Place: it is laid over the views as a mention, for events only (it names nothing new).
 */
export function markGovernment(views: SentenceView[], country: Entity | undefined): void {
  if (!country) return;
  for (const view of views) {
    view.tokens.forEach((token, index) => {
      if (lower(token) !== "government" || view.mentionAt[index] || lower(view.tokens[index - 1]) !== "the" || lower(view.tokens[index + 1]) === "of") return;
      layNominalMention(view, index, "Place", country.key);
    });
  }
}

/**
 * "The police said", "police officials said": a common noun that is the head word of exactly one
 * organisation the article names ("Oregon State Police") and the subject of a clause, or names
 * the body of a speaker who is (`speakers`), refers to that organisation, as a mention of lower
 * confidence laid over the views (the entities are not changed).
 */
export function markOrganisationHeads(views: SentenceView[], entities: Entity[], speakers: ReadonlySet<string>): void {
  const byHead = new Map<string, Entity | null>();
  for (const entity of entities) {
    if (entity.kind !== "Organization") continue;
    const words = entity.name.toLowerCase().split(/\s+/);
    // The head is the last word before "of" or "for": "Center for Corporate Governance" is a center.
    const before = words.findIndex((word) => word === "of" || word === "for");
    const head = before > 0 ? words[before - 1] : words[words.length - 1];
    if (words.length < 2 || inWordClass("title", head)) continue;
    byHead.set(head, byHead.has(head) ? null : entity);
  }
  for (const view of views) {
    view.tokens.forEach((token, index) => {
      const organisation = byHead.get(token.lemma.toLowerCase());
      if (!organisation || view.mentionAt[index] || !["NOUN", "PROPN"].includes(token.upos) || !/^(NN|NNP)$/.test(token.pos)) return;
      const head = view.tokens[token.head];
      const subject = token.deprel.startsWith("nsubj") || (token.deprel === "compound" && head?.deprel.startsWith("nsubj") && speakers.has(lower(head)));
      if (!subject) return;
      layNominalMention(view, index, "Organization", organisation.key);
    });
  }
}

/**
 * "The MP's resignation", "the mayor said": a title noun after "the" stands for the one person the
 * article introduced with that title ("Tory MP Jonathan Sayeed"), where exactly one was, and only
 * after that introduction. Laid over the views as a mention of lower confidence, like the heads above.
 */
export function markTitledPersons(views: SentenceView[]): void {
  const isTitleNoun = (token: Token | undefined) => token !== undefined && ["NOUN", "PROPN"].includes(token.upos) && inWordClass("title", token.lemma.toLowerCase());
  // Title → the people introduced with it, and where each was first introduced.
  const holders = new Map<string, Map<string, number>>();
  for (const view of views) {
    for (const mention of view.mentions) {
      const before = view.tokens[mention.tokenStart - 1];
      if (mention.kind !== "Person" || !mention.entity || !isTitleNoun(before)) continue;
      const title = before.lemma.toLowerCase();
      const people = holders.get(title) ?? holders.set(title, new Map()).get(title)!;
      if (!people.has(mention.entity)) people.set(mention.entity, view.index);
    }
  }
  for (const view of views) {
    view.tokens.forEach((token, index) => {
      const people = holders.get(token.lemma.toLowerCase());
      if (!people || people.size !== 1 || view.mentionAt[index] || !isTitleNoun(token) || lower(view.tokens[index - 1]) !== "the") return;
      const [[entity, introduced]] = [...people];
      // "the mayor of Livorno" is another mayor; "the MP Jonathan Sayeed" is the introduction itself.
      const next = view.tokens[index + 1];
      if (view.index < introduced || lower(next) === "of" || view.mentionAt[index + 1] || isTitleNoun(next)) return;
      layNominalMention(view, index, "Person", entity);
    });
  }
}

/**
 * The mentions of the same kind listed together with `first` going right:
 * "Martin Mubanga, Richard Belmar and Feroz Abbasi" → all three.
 */
export function listFrom(view: MentionLayer, first: Mention): Mention[] {
  const members = [first];
  let at = first.tokenEnd;
  for (;;) {
    let next = at;
    if (view.tokens[next]?.text === ",") next++;
    if (["and", "or"].includes(lower(view.tokens[next]))) next++;
    const member = next > at ? mentionStartingAt(view, next) : undefined;
    if (!member || member.kind !== first.kind) return members;
    members.push(member);
    at = member.tokenEnd;
  }
}

const dependentCache = new WeakMap<SentenceView, number[][]>();

/** The dependents of each token of a sentence, in text order, computed once per view. */
export function dependents(view: SentenceView): number[][] {
  let children = dependentCache.get(view);
  if (!children) {
    children = view.tokens.map(() => []);
    view.tokens.forEach((token, index) => {
      if (token.head >= 0 && token.head < view.tokens.length && token.head !== index) children![token.head].push(index);
    });
    dependentCache.set(view, children);
  }
  return children;
}

/** The dependents of token `index` whose relation is one of `deprels` (subtypes included when a bare relation is given: "obl" matches "obl:unmarked"). */
export function dependentsBy(view: SentenceView, index: number, ...deprels: string[]): number[] {
  return dependents(view)[index].filter((child) => {
    const deprel = view.tokens[child].deprel;
    return deprels.includes(deprel) || deprels.includes(deprel.split(":")[0]);
  });
}

/** The token of a mention that the rest of the sentence attaches to: the one whose head lies outside it. */
export function mentionHead(view: SentenceView, mention: Mention): number {
  return mentionHeadToken(view.tokens, mention);
}

/** The lower-case preposition or case marker of token `index`: "in" for "in Mach". */
export function caseOf(view: SentenceView, index: number): string {
  const marker = dependentsBy(view, index, "case")[0];
  return marker === undefined ? "" : lower(view.tokens[marker]);
}
