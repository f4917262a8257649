// Mentions from the tagged tokens: named-entity spans mapped onto the schema's labels,
// demonyms that stand for their country ("Pakistani authorities" → Pakistan), named
// groups, and countries or groups the tagger missed.
import type { ArticleDoc, Mention, MentionKind, Sentence, Token } from "../doc.js";
import { contextFeatures, evidence, nameFeatures, outsideModel } from "./outside.js";
import { defaultLexicon } from "../nlp/model-files.js";
import { isOnlyAdverb, nounClass, nounFile } from "../nlp/wordnet.js";
import { CLUB_NAME_ENDINGS, COMMON_NOUN_ACRONYMS, isCourtesyTitle, isKnownPlaceIn, isOrganisationIntroducer, countryNamed, countryOfDemonym, DESCRIPTOR_ACRONYMS, EPONYM_COMPOUND_NOUNS, EPONYM_NOUNS, GLUED_PREFIXES, groupNamed, HONORIFICS, isDemonym, isGivenName, isKnownPlace, LEADING_FUNCTION_WORDS, LEGAL_SUFFIXES, LOCATING_COMPOUNDS, MEMBER_TITLES, MONTHS, NAME_LINK_WORDS, NAME_PARTICLES, OPENER_TAGS, ORGANISATION_TAILS, PLACE_OFFICE_HEADS, OPENER_WORDS, ORGANISATION_HEADS, organisationNamed, partyBeforeTitle, peopleOfDemonym, PLACE_COMPOUND, PLACE_HEADS, PORTFOLIOS, RELIGIONS, SPAN_BREAKERS, TITLE_FUNCTION_WORDS, TITLE_WORDS, usStateAbbreviated, WEEKDAYS } from "./lexicon.js";

/** The first token of a mention whose head lies outside it (UD heads a flat name on its first word): the token the rest of the sentence attaches to. */
export function mentionHeadToken(tokens: Token[], mention: Pick<Mention, "tokenStart" | "tokenEnd">): number {
  for (let i = mention.tokenStart; i < mention.tokenEnd; i++) {
    const head = tokens[i].head;
    if (head < mention.tokenStart || head >= mention.tokenEnd) return i;
  }
  return mention.tokenStart;
}

/** Each token's dependents, by index. */
export function dependentsOf(tokens: readonly Token[]): number[][] {
  const lists = tokens.map((): number[] => []);
  tokens.forEach((token, at) => {
    if (token.head >= 0) lists[token.head]?.push(at);
  });
  return lists;
}

/**
 * What a name in the text may be: one of the schema's entity kinds, or "Outside" for a name the
 * schema does not cover (a product, work, software, event, award). Outside names take part in the
 * kind vote of their name and are then left out of the entities.
 */
export type RawKind = MentionKind | "Outside";

/** A mention plus the canonical name a gazetteer gave it, if any. */
export interface RawMention extends Omit<Mention, "kind"> {
  kind: RawKind;
  gazetteerName?: string;
  /** Set on names only the tagger found (no gazetteer, no head word): what their words and context say. */
  outside?: OutsideEvidence;
}

const NER_KIND: Record<string, MentionKind | undefined> = { PER: "Person", ORG: "Organization", LOC: "Place" };

const CONFIDENCE = { ner: 0.8, nerAndGazetteer: 0.95, gazetteerOnly: 0.7 } as const;

/** A tagged name's evidence of lying outside the schema, in log-odds of the learned table (src/resolve/outside.ts). */
export interface OutsideEvidence {
  /** From the words of the name, the same wherever it occurs. */
  name: number;
  /** From the words around this occurrence. */
  context: number;
}

function outsideEvidence(words: readonly string[], start: number, end: number): OutsideEvidence {
  const model = outsideModel();
  return { name: evidence(model, nameFeatures(words, start, end)), context: evidence(model, contextFeatures(words, start, end)) };
}

function isCapitalised(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true; // A-Z, the common case, without a Unicode regex
  if (first < 128 && first !== 35 && first !== 64) return false;
  return /^[#@]?\p{Lu}/u.test(token.text);
}

function isPluralNoun(token: Token): boolean {
  return token.pos === "NNPS" || token.pos === "NNS" || (/s$/.test(token.text) && !/ss$/.test(token.text) && token.pos.startsWith("NN"));
}

/**
 * A named-entity span of one sentence: tokens [start, end) of the tagger's type (PER, ORG, LOC, MISC);
 * a person's quoted or bracketed nickname inside it, tokens [start, end) with the marks, is not part of the name.
 */
type NerSpan = { start: number; end: number; type: string; nickname?: { start: number; end: number } };

/** Named-entity spans of one sentence, with the tagger's usual splits of a name repaired. */
function nerSpans(tokens: Token[]): NerSpan[] {
  const spans: NerSpan[] = [];
  tokens.forEach((token, index) => {
    if (token.ner === "O") return;
    const [prefix, type] = token.ner.split("-") as [string, string];
    const last = spans[spans.length - 1];
    if (prefix === "I" && last && last.end === index && last.type === type) last.end = index + 1;
    else spans.push({ start: index, end: index + 1, type });
  });
  const repaired = spans
    .flatMap((span) => splitAtBreaks(tokens, span))
    .flatMap((span) => withoutLeadingDemonym(tokens, span))
    .map((span) => withoutCommonAcronyms(tokens, span))
    .flatMap((span) => seatOrPartyBeforeMemberTitle(tokens, span));
  return namesAfterCourtesyTitles(tokens, joinNicknames(tokens, organisationsByTail(tokens, withoutPortfolios(tokens, joinOrganisationNames(tokens, joinNumberedNames(tokens, seatsNamed(tokens, repaired)))))));
}

/** How many capitalised words after a courtesy title may make the name: "Mr Jean-Claude Van Damme" is as long as they go. */
const MAX_TITLED_NAME_WORDS = 4;

/**
 * "Undersecretary for Education Mr. Toccafondi says", "said Mr Irish": the capitalised words after a courtesy title are a
 * person's name, whatever the tagger made of them (nothing, or a people's adjective); not after a determiner ("the Mr
 * Nasty of books") nor a word no name is ("Dr No").
 */
function namesAfterCourtesyTitles(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  const nameWord = (at: number) =>
    at < tokens.length && isCapitalised(tokens[at]) && /^(NNP|JJ)/.test(tokens[at].pos) && !MONTHS.has(tokens[at].text.toLowerCase()) && !WEEKDAYS.has(tokens[at].text.toLowerCase());
  let result = spans;
  tokens.forEach((token, title) => {
    if (!isCourtesyTitle(token.text) || !nameWord(title + 1) || tokens[title - 1]?.pos === "DT") return;
    // Past the first word, a word news writes in lower case ends the name: "Mr Smith Quits As Party Chief" of a headline.
    let end = title + 2;
    while (end < title + 1 + MAX_TITLED_NAME_WORDS && nameWord(end) && !LOWER_CASE_BUCKETS.has(defaultLexicon().caseBucket(tokens[end].text.toLowerCase()))) end++;
    const overlapping = result.filter((span) => span.start < end && span.end > title + 1);
    if (overlapping.some((span) => span.type === "PER")) return;
    result = [...result.filter((span) => !overlapping.includes(span)), { start: title + 1, end, type: "PER" }].sort((a, b) => a.start - b.start);
  });
  return result;
}

/**
 * "Fathers 4 Justice", "Movimento 5 Stelle": the tagger never puts a number inside a name, and tags the word after it
 * an organisation of its own. A one-word organisation right after a one- or two-digit number joins the capitalised
 * words before the number: an organisation the tagger found there, or untagged words of a name (no weekday or month,
 * "Friday 11 March"; no description news writes in lower case, "Rapper 50 Cent").
 */
function joinNumberedNames(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  // A sentence's first word is capitalised whatever it is ("On 14 March"): there it must be tagged a proper noun.
  const nameWord = (at: number) =>
    at >= 0 && isCapitalised(tokens[at]) && (at > 0 || tokens[at].pos.startsWith("NNP")) && !MONTHS.has(tokens[at].text.toLowerCase()) && !WEEKDAYS.has(tokens[at].text.toLowerCase());
  const joined: NerSpan[] = [];
  for (const span of spans) {
    const number = span.start - 1;
    if (span.type !== "ORG" || span.end - span.start !== 1 || !/^\d{1,2}$/.test(tokens[number]?.text ?? "") || !nameWord(number - 1)) {
      joined.push(span);
      continue;
    }
    const before = joined[joined.length - 1];
    if (before?.end === number) {
      // Not a name of another kind, nor two the tagger ran together ("BBC Radio 5 Live and Channel 4 News").
      const wholeName = tokens.slice(before.start, before.end).every(isCapitalised);
      if (before.type === "ORG" && wholeName) joined[joined.length - 1] = { start: before.start, end: span.end, type: "ORG" };
      else joined.push(span);
      continue;
    }
    const untaggedName = (at: number) => nameWord(at) && !LOWER_CASE_BUCKETS.has(defaultLexicon().caseBucket(tokens[at].text.toLowerCase())) && !(before && before.end > at);
    if (!untaggedName(number - 1)) {
      joined.push(span);
      continue;
    }
    let start = number - 1;
    while (untaggedName(start - 1)) start--;
    joined.push({ start, end: span.end, type: "ORG" });
  }
  return joined;
}

/** Nouns for a parliamentary seat: "the Derbyshire seat of Erewash", "the Sheffield Hallam seat". */
export const SEAT_NOUNS: ReadonlySet<string> = new Set(["seat", "seats", "constituency", "constituencies"]);

/**
 * "MP for Hornsey and Wood Green", "AM for Aberavon", "the seat of Erewash", "the Suffolk Coastal seat": a name
 * where a member's seat is named is that seat, a place, whatever the tagger said, and runs on through "and" or "&"
 * to the next name ("Kensington and Chelsea"); a party before "seat" stays the party ("a safe Labour seat").
 */
function seatsNamed(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  const text = (index: number) => tokens[index]?.text ?? "";
  const afterSeatWords = (start: number) =>
    (text(start - 1) === "for" && MEMBER_TITLES.has(text(start - 2))) || (text(start - 1) === "of" && SEAT_NOUNS.has(text(start - 2).toLowerCase()));
  const result: NerSpan[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index];
    const name = tokens.slice(span.start, span.end).map((token) => token.text).join(" ");
    const beforeSeatNoun = SEAT_NOUNS.has(text(span.end).toLowerCase()) && partyBeforeTitle(name) === undefined && !/\bPart(y|ies)$/.test(name) && !isDemonym(name);
    if (!afterSeatWords(span.start) && !beforeSeatNoun) {
      result.push(span);
      continue;
    }
    const next = spans[index + 1];
    const joined = next !== undefined && ["and", "&"].includes(text(span.end)) && next.start === span.end + 1 && (afterSeatWords(span.start) || SEAT_NOUNS.has(text(next.end).toLowerCase()));
    result.push({ start: span.start, end: joined ? next.end : span.end, type: "LOC" });
    if (joined) index++;
  }
  return result;
}

const QUOTE = /^['"“”‘’`]{1,2}$/;
/** What closes a nickname opened by each bracket; any quote closes one opened by a quote. */
const CLOSING_BRACKETS: Record<string, RegExp> = { "(": /^\)$/, "[": /^\]$/ };
/** Brackets, which no name runs across but a nickname's. */
const BRACKETS: ReadonlySet<string> = new Set(["(", ")", "[", "]"]);
/** The longest quoted nickname between a given name and a surname, in words. */
const MAX_NICKNAME_WORDS = 3;

/**
 * "Vincent 'The Chin' Gigante", "Luis Gerardo (Jerry) Ortiz": a person's name around a quoted or
 * bracketed nickname is one person, named without the nickname, however the tagger labelled the nickname.
 */
function joinNicknames(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  const joined: NerSpan[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index];
    const close = span.type === "PER" ? nicknameEnd(tokens, span.end) : -1;
    let surname = index + 1;
    while (close >= 0 && surname < spans.length && spans[surname].end <= close) surname++;
    // A surname is one word, and a nickname no place: "Margaret Atwood (Canada) Saul Bellow" lists two writers.
    const aside = close < 0 ? "" : tokens.slice(span.end + 1, close).map((token) => token.text).join(" ");
    const place = close >= 0 && (countryNamed(aside) !== undefined || countryOfDemonym(aside) !== undefined || isKnownPlace(aside));
    if (close < 0 || place || spans[surname]?.start !== close + 1 || spans[surname].type !== "PER" || spans[surname].end - spans[surname].start !== 1) {
      joined.push(span);
      continue;
    }
    joined.push({ start: span.start, end: spans[surname].end, type: "PER", nickname: { start: span.end, end: close + 1 } });
    index = surname;
  }
  return joined;
}

/** The closing mark of a nickname of words opened by the quote or bracket at `open`, or -1. */
function nicknameEnd(tokens: Token[], open: number): number {
  const opening = tokens[open]?.text ?? "";
  const closing = CLOSING_BRACKETS[opening] ?? (QUOTE.test(opening) ? QUOTE : undefined);
  if (!closing) return -1;
  for (let at = open + 1; at < tokens.length && at <= open + 1 + MAX_NICKNAME_WORDS; at++) {
    if (at > open + 1 && closing.test(tokens[at].text)) return at;
    if (!/^\p{L}/u.test(tokens[at].text)) return -1;
  }
  return -1;
}

/** Parts of speech of an English noun in lower case that describes rather than names (the UD tagger may call "quarterback" an adjective; "van der Sar", "Fondation pour l'Enfance" are no such nouns). */
const DESCRIPTION_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "VERB"]);

/**
 * A span that runs across a conjunction ("Samsung while Virgin", "Daily Kos or Instapundit") is two names, or one and a clause;
 * one that runs across a common noun in lower case, or an acronym that says what the name after it is, is a name, a
 * description and a name: "Saints quarterback Drew Brees", "Saints RB Pierre Thomas", "BBC DJ John Peel";
 * one that runs across a bracket is two names and an aside, which the gazetteer reads on its own: "Margaret Atwood (Canada)
 * Saul Bellow" in a list of nominees, "Thomas (Johansson 72)" in a team sheet. A person's bracketed nickname stays.
 */
function splitAtBreaks(tokens: Token[], span: NerSpan): NerSpan[] {
  const parts: NerSpan[] = [];
  let start = span.start;
  let described = false;
  // What a description introduces with a given name is a person: "quarterback Drew Brees".
  const part = (from: number, to: number): NerSpan => (described && isGivenName(tokens[from].text) ? { start: from, end: to, type: "PER" } : { ...span, start: from, end: to });
  const inNickname = (index: number) => span.nickname !== undefined && index >= span.nickname.start && index < span.nickname.end;
  for (let index = span.start; index < span.end; index++) {
    if (BRACKETS.has(tokens[index].text) && !inNickname(index)) {
      if (index > start) parts.push(part(start, index));
      const close = CLOSING_BRACKETS[tokens[index].text];
      const closing = close ? tokens.findIndex((token, at) => at > index && at < span.end && close.test(token.text)) : -1;
      index = closing >= 0 ? closing : index;
      start = index + 1;
      described = false;
      continue;
    }
    const description = (span.type !== "MISC" && DESCRIPTION_TAGS.has(tokens[index].upos) && /^\p{Ll}{3,}$/u.test(tokens[index].text) && !NAME_PARTICLES.has(tokens[index].text) && nounClass(tokens[index].text) !== undefined) ||
      DESCRIPTOR_ACRONYMS.has(tokens[index].text);
    if (!SPAN_BREAKERS.has(tokens[index].text) && !description) continue;
    if (index > start) parts.push(part(start, index));
    start = index + 1;
    described = description;
  }
  if (span.end > start) parts.push(part(start, span.end));
  return parts;
}

/**
 * "Kenyans Evans Rutto and Paul Tergat", "Kenyan Evans Rutto": a nationality the tagger ran into a person's name says
 * who the person is, as it does in front of one ("Britons Tim Henman and Greg Rusedski"); it is a name of its own.
 * Only before two words or more, so a name of two such as "Dutch Schultz" stays whole.
 */
function withoutLeadingDemonym(tokens: Token[], span: NerSpan): NerSpan[] {
  if (span.type !== "PER" || span.end - span.start < 3 || !isDemonym(tokens[span.start].text)) return [span];
  return [
    { start: span.start, end: span.start + 1, type: "MISC" },
    { ...span, start: span.start + 1 },
  ];
}

/**
 * "US TV", "British TV": an acronym of a common noun after a country's name or its people's is a description, not part
 * of the name ("CBS TV", "PC Pro" keep theirs).
 */
function withoutCommonAcronyms(tokens: Token[], span: NerSpan): NerSpan {
  if (span.end - span.start < 2 || !COMMON_NOUN_ACRONYMS.has(tokens[span.end - 1].text)) return span;
  const before = tokens.slice(span.start, span.end - 1).map((token) => token.text).join(" ");
  return countryNamed(before) || countryOfDemonym(before) ? { ...span, end: span.end - 1, type: "LOC" } : span;
}

const SEAT_WORDS: ReadonlySet<string> = new Set(["North", "South", "East", "West", "Central"]);

/**
 * "Labour MP Andrew Smith", "Mid-Bedfordshire MP Jonathan Sayeed", "UKIP MEP": a name before a member's title is the
 * party where a party is named so (by the gazetteer or a head word "Party"), and the seat, a place, where a town or a
 * point of the compass names it, whatever the tagger said. The title itself, where the tagger ran it into a name, is
 * no part of it, and alone names nothing.
 */
function seatOrPartyBeforeMemberTitle(tokens: Token[], span: NerSpan): NerSpan[] {
  const isMemberTitle = (token: Token | undefined) => token !== undefined && MEMBER_TITLES.has(token.text);
  const titled = isMemberTitle(tokens[span.end - 1]);
  // "Peter Ainsworth MP": the title after a person's name is no part of it either.
  if (span.type === "PER" && titled && span.end - span.start > 1) return [{ ...span, end: span.end - 1 }];
  if (span.type !== "ORG" && span.type !== "LOC") return [span];
  if (!titled && !isMemberTitle(tokens[span.end])) return [span];
  const end = titled ? span.end - 1 : span.end;
  if (end === span.start) return [];
  const words = tokens.slice(span.start, end).map((token) => token.text);
  const name = words.join(" ");
  if (partyBeforeTitle(name) !== undefined || /\bPart(y|ies)$/.test(name)) return [{ ...span, end, type: "ORG" }];
  // A seat is named by a town or a county, often with a point of the compass: "Salford", "Bolton West", "Mid-Bedfordshire".
  // Not a word of the language that a town happens to share ("Green", a party); WordNet knows "Edinburgh" as a place.
  const town = (word: string) => isKnownPlace(word) && [undefined, "location"].includes(nounFile(word));
  const seat = !isDemonym(name) && words.some((word) => SEAT_WORDS.has(word) || /^(Mid|North|South|East|West)-\p{Lu}/u.test(word) || town(word));
  return [{ ...span, end, type: seat ? "LOC" : span.type }];
}

/** "Minister of Education Stefania Giannini": the portfolio belongs to the title, the rest is the person. */
function withoutPortfolios(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    if (!["of", "for"].includes(tokens[span.start - 1]?.text ?? "")) return span;
    let start = span.start;
    while (start < span.end && PORTFOLIOS.has(tokens[start].text.toLowerCase())) start++;
    return start > span.start && span.end - start >= 2 ? { start, end: span.end, type: "PER" } : span;
  });
}

/**
 * "the Monti government", "the Whittier police department": a name before the words of `ORGANISATION_TAILS` names that
 * body; not a place after another and a comma, which the words may qualify both of ("the Whittier, Alaska police department").
 */
function organisationsByTail(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    const tail = ORGANISATION_TAILS.find(({ words, notBefore }) => words.every((word, offset) => tokens[span.end + offset]?.text === word) && !notBefore?.includes(tokens[span.end + words.length]?.text ?? ""));
    if (!tail || tokens[span.start - 1]?.text === ",") return span;
    const named = tokens.slice(span.start, span.end).map((token) => token.text).join(" ");
    return countryNamed(named) || countryOfDemonym(named) ? span : { start: span.start, end: span.end + tail.words.length, type: "ORG" };
  });
}

/**
 * The kind of one name a head word, a link word and the span after them make: "Municipality of
 * Livorno" and "Committee to Protect Bloggers" an organisation, "Gulf of Aden" a place; none for
 * "the Government of Pakistan", which stays the country (the schema makes a government its Place).
 */
function joinedNameType(tokens: Token[], span: NerSpan): "ORG" | "LOC" | undefined {
  const link = tokens[span.start - 1]?.text ?? "";
  const head = tokens[span.start - 2];
  if (!head || !isCapitalised(head)) return undefined;
  const headWord = head.text.toLowerCase();
  if (span.type === "LOC" && link === "of" && PLACE_HEADS.has(headWord)) return "LOC";
  return ["of", "to", "for"].includes(link) && ORGANISATION_HEADS.has(headWord) && headWord !== "government" ? "ORG" : undefined;
}

/**
 * "Municipality of Livorno", "Committee to Protect Bloggers": an organisation's head word, then
 * "of/to/for", then a name, is one organisation, however the tagger split it; so is a demonym
 * the tagger split from the name or the organisation head that follows it. "Gulf of Aden" is one
 * place the same way.
 */
function joinOrganisationNames(tokens: Token[], spans: NerSpan[]): NerSpan[] {
  const joined: NerSpan[] = [];
  for (const [index, span] of spans.entries()) {
    // "Italian Episcopal Conference": a demonym the tagger split from the organisation's name.
    const before = joined[joined.length - 1];
    const lone = (candidate: NerSpan | undefined) => candidate?.type === "MISC" && candidate.end - candidate.start === 1 && countryOfDemonym(tokens[candidate.start].text) !== undefined;
    if (span.type === "ORG" && before?.end === span.start && lone(before)) {
      joined[joined.length - 1] = { start: before.start, end: span.end, type: "ORG" };
      continue;
    }
    // "the British and Irish Lions": two demonyms joined by "and" open the one name.
    if (span.type === "ORG" && countryOfDemonym(tokens[span.start].text) && tokens[span.start - 1]?.text === "and" && before?.end === span.start - 1 && lone(before)) {
      joined[joined.length - 1] = { start: before.start, end: span.end, type: "ORG" };
      continue;
    }
    // "the Egyptian Museum", "The Canadian Press": a demonym and an untagged organisation head after it.
    const after = tokens[span.end];
    if (span.type === "MISC" && span.end - span.start === 1 && countryOfDemonym(tokens[span.start].text) && after && isCapitalised(after) && ORGANISATION_HEADS.has(after.text.toLowerCase()) && spans[index + 1]?.start !== span.end) {
      joined.push({ start: span.start, end: span.end + 1, type: "ORG" });
      continue;
    }
    const type = joinedNameType(tokens, span);
    if (!type) {
      joined.push(span);
      continue;
    }
    const previous = joined[joined.length - 1];
    // The head may be a tagged span of its own ("Municipality" as a place) or untagged.
    if (previous && previous.end === span.start - 1) joined[joined.length - 1] = { start: previous.start, end: span.end, type };
    else joined.push({ start: span.start - 2, end: span.end, type });
  }
  return joined.map((span) => withUntaggedTail(tokens, span, joined));
}

/** The most capitalised words after an organisation's head and its link word that finish its name untagged. */
const MAX_TAIL_WORDS = 3;

/** "The Committee to Protect Bloggers" tagged "Committee" alone: the capitalised words after "to" finish the name. */
function withUntaggedTail(tokens: Token[], span: NerSpan, spans: NerSpan[]): NerSpan {
  const head = tokens[span.end - 1];
  if (span.type !== "ORG" || !ORGANISATION_HEADS.has(head.text.toLowerCase()) || head.text.toLowerCase() === "government" || !["of", "to", "for"].includes(tokens[span.end]?.text ?? "")) return span;
  let end = span.end + 1;
  const word = (at: number) => tokens[at].text.toLowerCase();
  while (end < tokens.length && end - span.end - 1 < MAX_TAIL_WORDS && isCapitalised(tokens[end]) && /^NNPS?$/.test(tokens[end].pos) && !MONTHS.has(word(end)) && !WEEKDAYS.has(word(end)) && !spans.some((other) => other.start <= end && other.end > end)) end++;
  const tail = end - span.end - 1;
  // The run must end the name: a further capitalised word or a tagged name after it leaves the tail unsure.
  return tail > 0 && !(tokens[end] && isCapitalised(tokens[end])) ? { ...span, end } : span;
}

function makeMention(
  doc: ArticleDoc,
  sentence: Sentence,
  sentenceIndex: number,
  tokenStart: number,
  tokenEnd: number,
  kind: RawKind,
  confidence: number,
  gazetteerName?: string,
): RawMention {
  const start = nameStart(sentence.tokens[tokenStart]);
  const end = sentence.tokens[tokenEnd - 1].end;
  return {
    kind,
    text: doc.article.text.slice(start, end),
    start,
    end,
    sentence: sentenceIndex,
    tokenStart,
    tokenEnd,
    confidence,
    ...(gazetteerName ? { gazetteerName } : {}),
  };
}

/** Whether a word is a title or an honorific that a name may precede ("leader", "MP", "Sen."), not a function word of a title. */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || (TITLE_WORDS.has(lower) && !TITLE_FUNCTION_WORDS.has(lower));
}

/** A prefix glued to a capitalised name by a hyphen: "ex-Tory", "non-European". */
const GLUED_PREFIX = /^(\p{L}+)-(?=\p{Lu})/u;

/** Where a name that starts with this token starts in the text: after a prefix of `GLUED_PREFIXES`. */
function nameStart(token: Token): number {
  const prefix = GLUED_PREFIX.exec(token.text);
  return token.start + (prefix && GLUED_PREFIXES.has(prefix[1].toLowerCase()) ? prefix[0].length : 0);
}

/** WordNet's files of times and happenings: "Christmas" ends like a people ("Hazaras") but is a feast. */
const TIME_FILES: ReadonlySet<string> = new Set(["time", "event"]);

/** Plural endings of peoples and followers ("Hazaras", "Kurds", "Sunnis"), not of other plural names ("the Commons"). */
const GROUP_SUFFIX = /(ans|ens|ese|is|ites|ists|as|ks|ds|ims|ys|ts)$/;

/**
 * The label a multi-word name's head word gives it, over the tagger's guess: "Vienna State Opera" and
 * "Municipality of Livorno" are organisations, "Guantanamo Bay" a place. The head is the last word,
 * or the first one before "of".
 */
function kindByHead(tokens: Token[], start: number, end: number): MentionKind | undefined {
  if (end - start < 2) return undefined;
  const of = tokens.slice(start, end).findIndex((token) => token.text === "of");
  const head = (of > 0 ? tokens[start + of - 1] : tokens[end - 1]).text.toLowerCase().replace(/\.$/, "");
  // "English Manner Limited", "Yukos Oil Co.": a legal suffix ends only a company's name. "The West Bank" is a place the index knows.
  if (ORGANISATION_HEADS.has(head) || LEGAL_SUFFIXES.has(head)) return isKnownPlace(tokens.slice(start, end).map((token) => token.text).join(" ")) ? undefined : "Organization";
  // "Hennepin County Attorney", "Marion County Sheriff": a place's law office, not the place.
  if (PLACE_OFFICE_HEADS.has(head)) return "Organization";
  // "Birmingham City", "Ipswich Town": a British town's football club.
  const town = tokens.slice(start, end - 1).map((token) => token.text).join(" ");
  if (of < 0 && CLUB_NAME_ENDINGS.has(head) && isKnownPlaceIn(town, "GB") && !isKnownPlace(`${town} ${tokens[end - 1].text}`)) return "Organization";
  if (PLACE_HEADS.has(head)) return "Place";
  return undefined;
}

/** Trims tokens that never belong to a name: a leading "the", a trailing possessive or punctuation. */
function trimSpan(tokens: Token[], start: number, end: number, kind: string): [number, number] {
  // A leading "the", a lone "#", or a compound modifier like "US-funded" is not part of the name.
  // So is a capitalised conjunction, preposition, modal or pronoun that opens the sentence: "Could Half-Life", "But Human Rights Watch".
  while (start < end - 1 && (OPENER_TAGS.has(tokens[start].pos) || OPENER_WORDS.has(tokens[start].text.toLowerCase())) && /^\p{Lu}\p{Ll}*$/u.test(tokens[start].text)) start++;
  // So is an adverb that opens it, a word WordNet knows only as one: "Ironically Nichols had offered to plead guilty".
  if (start === 0 && end - start > 1 && /^\p{Lu}\p{Ll}+ly$/u.test(tokens[0].text) && isOnlyAdverb(tokens[0].text)) start++;
  while (start < end && (LEADING_FUNCTION_WORDS.has(tokens[start].text.toLowerCase()) || /^[#@]$/.test(tokens[start].text) || /^[\p{L}.]+-\p{Ll}+$/u.test(tokens[start].text) && end - start > 1)) start++;
  while (end > start && /^(['’]s?|[^\p{L}\p{N}]+)$/u.test(tokens[end - 1].text)) end--;
  // "in Vancouver Friday": the day after a place is the time of what happened there (not so after "Mike" or "Sheffield").
  if (end - start > 1 && kind === "LOC" && WEEKDAYS.has(tokens[end - 1].text.toLowerCase())) end--;
  return [start, end];
}

/**
 * "Composer Thomas is a native of …", "Model Caprice said …": a person's name that opens a sentence with a
 * word news writes in lower case, capitalised only by its place, starts after that word.
 * Not a given name ("Will Smith", "Mark Felt"), nor a title or an honorific, which are read as such.
 */
function opensWithDescription(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start].text;
  const lower = first.toLowerCase();
  return end - start >= 2 && (start === 0 || OPENING_TOKENS.has(tokens[start - 1].text)) && /^\p{Lu}\p{Ll}+$/u.test(first) &&
    LOWER_CASE_BUCKETS.has(defaultLexicon().caseBucket(lower)) && !isGivenName(first) && !TITLE_WORDS.has(lower) && !HONORIFICS.has(lower);
}

/** Initials made plural name a kind of people or things, not one of them: "MEPs", "GPs", "DVDs", "SUVs". */
const PLURAL_OF_INITIALS = /^\p{Lu}{2,}s$/u;

/**
 * A person's span that names no one: a title alone ("Sgt." at a line's end) or the person a disease,
 * law or scale is named after ("Alzheimer's disease", "Murphy's law", "the Richter scale").
 */
function namesNoOne(tokens: Token[], start: number, end: number): boolean {
  if (tokens.slice(start, end).every((token) => HONORIFICS.has(token.text.toLowerCase()))) return true;
  if (EPONYM_COMPOUND_NOUNS.has(tokens[end]?.text ?? "")) return true;
  // "Smith's law firm" is the firm of a person.
  return /^['’]s$/.test(tokens[end]?.text ?? "") && EPONYM_NOUNS.has(tokens[end + 1]?.text.toLowerCase() ?? "") && !/^NN/.test(tokens[end + 2]?.pos ?? "");
}

/** A demonym that is an argument of its own, not a modifier: "the American said", not "Australian climber" (tagged ADJ either way). */
function standsForOnePerson(head: Token): boolean {
  return head.pos !== "NNPS" && head.pos !== "NNS" && ARGUMENT_RELATIONS.has(head.deprel);
}

/**
 * The relations of a noun phrase that is an argument by itself: subject, object, apposition, oblique, root, a noun's
 * modifier with its preposition ("a manhunt for an Australian who escaped"); not a conjunct, which the parse makes of
 * an adjective too ("hijackers surrendered and British police said").
 */
const ARGUMENT_RELATIONS: ReadonlySet<string> = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "appos", "obl", "root", "nmod"]);

/** Classifies a span by gazetteers; organisations only where the tagger found a name, since their short forms are common words. */
function gazetteerKind(tokens: Token[], start: number, end: number, text: string, taggedName: boolean): { kind: MentionKind; name: string } | undefined {
  const country = countryNamed(text);
  if (country) return { kind: "Place", name: country };
  const group = groupNamed(text);
  if (group) return { kind: "Group", name: group };
  const organisation = taggedName ? organisationNamed(text) : undefined;
  if (organisation) return { kind: "Organization", name: organisation };
  // "Mass." may end a sentence about a church service: a state only where the tagger found a name. The
  // tokeniser may have left the period a token of its own ("Colo", ".").
  const state = taggedName ? usStateAbbreviated(tokens[end]?.text === "." && !text.endsWith(".") ? `${text}.` : text) : undefined;
  if (state) return { kind: "Place", name: state };
  const demonymCountry = countryOfDemonym(text) ?? countryOfDemonym(text.replace(/s$/, ""));
  if (demonymCountry) {
    // "Britons", "Pakistanis" are the people; "Pakistani authorities" stands for the country.
    if (end - start === 1 && isPluralNoun(tokens[start]) && /s$/.test(text)) return { kind: "Group", name: text };
    // "the American said", "Rait, a New Zealander,": one person of the country, whom no name names.
    if (standsForOnePerson(tokens[end - 1])) return undefined;
    return { kind: "Place", name: demonymCountry };
  }
  return undefined;
}

export function findMentions(doc: ArticleDoc): RawMention[] {
  const mentions: RawMention[] = [];
  const spansOf = doc.sentences.map((sentence) => nerSpans(sentence.tokens));
  const spanText = (tokens: Token[], span: NerSpan) => doc.article.text.slice(tokens[span.start].start, tokens[span.end - 1].end);
  // The names the tagger called a person, an organisation or a place somewhere in the article.
  const namedElsewhere = new Set(doc.sentences.flatMap((sentence, index) => spansOf[index].filter((span) => span.type !== "MISC").map((span) => spanText(sentence.tokens, span))));
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const { tokens } = sentence;
    const covered = new Uint8Array(tokens.length);
    let words: string[] | undefined;
    // Known names of two to four capitalised words come first, whatever the tagger made of their parts,
    // unless the tagger found a longer name around them ("United Nations General Assembly"), as a person, an
    // organisation or a place here or elsewhere in the article: "U. S. Geological Survey", tagged an organisation in
    // one sentence and MISC in another, holds no country.
    const spans = spansOf[sentenceIndex];
    const insideLongerName = (start: number, end: number) =>
      spans.some((span) => (span.type !== "MISC" || namedElsewhere.has(spanText(tokens, span))) && span.start <= start && span.end >= end && span.end - span.start > end - start);
    const capitalised = tokens.map((token) => isCapitalised(token));
    for (let start = 0; start < tokens.length; start++) {
      if (!capitalised[start]) continue;
      let longest = start + 1;
      while (longest < tokens.length && longest < start + 4 && (capitalised[longest] || /^(of|and|the)$/.test(tokens[longest].text))) longest++;
      for (let end = longest; end >= start + 2; end--) {
        const text = doc.article.text.slice(nameStart(tokens[start]), tokens[end - 1].end);
        const country = countryNamed(text);
        const name = country ?? organisationNamed(text);
        if (!name || insideLongerName(start, end)) continue;
        mentions.push(makeMention(doc, sentence, sentenceIndex, start, end, country ? "Place" : "Organization", CONFIDENCE.nerAndGazetteer, name));
        covered.fill(1, start, end);
        start = end - 1;
        break;
      }
      // A well-known organisation's one-word name inside a sentence is that organisation, tagged or not: "Jack Straw told
      // the Commons", "the Lords ruled".
      const inSpan = spans.some((span) => span.start <= start && span.end > start);
      const known = covered[start] || inSpan || capitalised[start - 1] || capitalised[start + 1] || start === 0 || !/^\p{L}/u.test(tokens[start - 1].text) ? undefined : organisationNamed(tokens[start].text);
      if (known) {
        mentions.push(makeMention(doc, sentence, sentenceIndex, start, start + 1, "Organization", CONFIDENCE.gazetteerOnly, known));
        covered[start] = 1;
        continue;
      }
      // A party's one-word name before a title or an honorific is the party, tagged or not: "Conservative leader
      // Michael Howard", "Democratic Sen. Blanche Lincoln", "Tory MP Jonathan Sayeed".
      // Not the end of a longer name: the "Democrat" of "Liberal Democrat leader".
      const party = covered[start] || capitalised[start - 1] ? undefined : partyBeforeTitle(tokens[start].text);
      if (party && tokens[start + 1] && isTitleWord(tokens[start + 1].text) && !insideLongerName(start, start + 1)) {
        mentions.push(makeMention(doc, sentence, sentenceIndex, start, start + 1, "Organization", CONFIDENCE.nerAndGazetteer, party));
        covered[start] = 1;
      }
    }
    for (const span of spans) {
      if (covered.subarray(span.start, span.end).some(Boolean)) continue;
      const [trimmedStart, trimmedEnd] = trimSpan(tokens, span.start, span.end, span.type);
      const start = span.type === "PER" && opensWithDescription(tokens, trimmedStart, trimmedEnd) ? trimmedStart + 1 : trimmedStart;
      // "New York State", "Punjab Province": the capitalised kind of place belongs to the name.
      const end = span.type === "LOC" && /^(State|Province|County|Region)$/.test(tokens[trimmedEnd]?.text ?? "") && trimmedEnd === span.end ? trimmedEnd + 1 : trimmedEnd;
      if (start >= end) continue;
      const text = doc.article.text.slice(nameStart(tokens[start]), tokens[end - 1].end);
      if (RELIGIONS.has(text.toLowerCase()) || PLURAL_OF_INITIALS.test(text) || (span.type === "PER" && namesNoOne(tokens, start, end))) continue;
      if (span.nickname) {
        const { nickname } = span;
        const name = `${doc.article.text.slice(tokens[start].start, tokens[nickname.start - 1].end)} ${doc.article.text.slice(tokens[nickname.end].start, tokens[end - 1].end)}`;
        mentions.push(makeMention(doc, sentence, sentenceIndex, start, end, "Person", CONFIDENCE.ner, name));
        covered.fill(1, start, end);
        continue;
      }
      const gazetteer = gazetteerKind(tokens, start, end, text, true);
      const nerKind = NER_KIND[span.type];
      let mention: RawMention | undefined;
      // A country acting is the Place (the government of Pakistan → Pakistan) and a known group or organisation
      // is what the gazetteer says, whatever the tagger's label ("Labour is counting on fear"); only a person
      // named like a country ("Jordan") keeps it.
      if (gazetteer && (nerKind !== "Person" || gazetteer.kind !== "Place")) {
        mention = makeMention(doc, sentence, sentenceIndex, start, end, gazetteer.kind, nerKind ? CONFIDENCE.nerAndGazetteer : CONFIDENCE.ner, gazetteer.name);
      } else if ((tokens[end - 1].pos === "NNPS" && GROUP_SUFFIX.test(tokens[end - 1].text) && !TIME_FILES.has(nounFile(tokens[end - 1].text) ?? "")) || (!nerKind && groupNamed(tokens[end - 1].text))) {
        if (nerKind) mention = makeMention(doc, sentence, sentenceIndex, start, end, kindByHead(tokens, start, end) ?? nerKind, CONFIDENCE.ner);
        // A MISC name ending in a plural proper noun or a group is a named group: "Hazaras", "Shia Muslims".
        else mention = makeMention(doc, sentence, sentenceIndex, start, end, "Group", CONFIDENCE.ner);
      } else {
        // A product, work or event by the tagger (MISC) or by its words and context ("Internet Explorer 8",
        // "the film Twilight"), unless an organisation's or place's head word names it.
        // Resolution weighs the evidence of all the name's occurrences in the article.
        const byHead = kindByHead(tokens, start, end);
        mention = makeMention(doc, sentence, sentenceIndex, start, end, byHead ?? nerKind ?? "Outside", CONFIDENCE.ner);
        if (!byHead) mention.outside = outsideEvidence((words ??= tokens.map((token) => token.text)), start, end);
      }
      if (!mention) continue;
      mentions.push(mention);
      covered.fill(1, start, end);
    }
    // "US-funded Radio Farda": the country inside a compound modifier; "London-based", "Santa Monica-based": a town
    // the gazetteer knows, inside "-based" (where its first words are a name of their own, that name grows to take it).
    tokens.forEach((token, index) => {
      if (!token.text.includes("-")) return;
      const compound = PLACE_COMPOUND.exec(token.text);
      if (!compound) return;
      const country = countryNamed(compound[1]) ?? countryOfDemonym(compound[1]);
      const end = token.start + compound[1].length;
      if (country) {
        if (covered[index]) return;
        mentions.push({ kind: "Place", text: compound[1], start: token.start, end, sentence: sentenceIndex, tokenStart: index, tokenEnd: index + 1, confidence: CONFIDENCE.gazetteerOnly, gazetteerName: country });
        covered[index] = 1;
        return;
      }
      if (!LOCATING_COMPOUNDS.has(compound[2])) return;
      // The tagger's name may end here ("Santa" + "Monica-based") or take the compound whole as MISC ("New York-based").
      const before = mentions.find((mention) => mention.sentence === sentenceIndex && (mention.tokenEnd === index || (mention.kind === "Outside" && mention.tokenEnd === index + 1)) && !mention.gazetteerName);
      const longer = before && doc.article.text.slice(before.start, end);
      if (before && isKnownPlace(longer!)) Object.assign(before, { kind: "Place", text: longer, end, tokenEnd: index + 1, outside: undefined });
      else if (!covered[index] && isKnownPlace(compound[1])) mentions.push({ kind: "Place", text: compound[1], start: token.start, end, sentence: sentenceIndex, tokenStart: index, tokenEnd: index + 1, confidence: CONFIDENCE.gazetteerOnly });
      else return;
      covered[index] = 1;
    });
    // Countries, demonyms and groups the tagger missed: longest match of up to three capitalised tokens.
    for (let start = 0; start < tokens.length; start++) {
      // Names and demonyms are proper nouns or adjectives; a capitalised "The" or "But" starts none.
      if (covered[start] || !capitalised[start] || !/^(NNP|JJ|NNS)/.test(tokens[start].pos)) continue;
      for (let end = Math.min(tokens.length, start + 3); end > start; end--) {
        if (covered.subarray(start, end).some(Boolean)) continue;
        const text = doc.article.text.slice(nameStart(tokens[start]), tokens[end - 1].end).replace(/^[#@]/, "");
        const gazetteer = gazetteerKind(tokens, start, end, text, false);
        if (!gazetteer) continue;
        mentions.push(makeMention(doc, sentence, sentenceIndex, start, end, gazetteer.kind, CONFIDENCE.gazetteerOnly, gazetteer.name));
        covered.fill(1, start, end);
        start = end - 1;
        break;
      }
    }
  });
  return playersInLineUps(doc, peoplesOfPersonNouns(doc, headlineNames(doc, withoutWorks(doc, citiesBeforePossessives(doc, namesApartAtAnd(doc, withoutCommonWordsAtOpenings(doc, introducedOrganisations(doc, mentions).sort((a, b) => a.start - b.start))))))));
}

/**
 * "human rights watchdog Reporters Without Borders", "US think-tank The Brookings Institution": a run of capitalised
 * words the tagger left untagged, straight after a noun that introduces an organisation, is one; so is the same run
 * elsewhere in the article ("a spokesman for Reporters Without Borders"). Words in lower case inside the run join it
 * ("Doctors of the World"); it ends on a capital and holds two capitalised words at least.
 */
function introducedOrganisations(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const taken = doc.sentences.map((sentence) => new Uint8Array(sentence.tokens.length));
  for (const mention of mentions) taken[mention.sentence].fill(1, mention.tokenStart, mention.tokenEnd);
  const names = new Set<string>();
  const runAt = (tokens: Token[], start: number, free: Uint8Array) => {
    let end = start;
    let capitals = 0;
    // A day or a month ends the name: "Group A on Saturday".
    const inName = (token: Token) => (isCapitalised(token) && !WEEKDAYS.has(token.text.toLowerCase()) && !MONTHS.has(token.text.toLowerCase())) || NAME_LINK_WORDS.has(token.text);
    for (let at = start; at < Math.min(tokens.length, start + MAX_NAME_TOKENS) && !free[at] && inName(tokens[at]) && (at > start || isCapitalised(tokens[at])); at++) {
      if (isCapitalised(tokens[at])) {
        capitals++;
        end = at + 1;
      }
    }
    return capitals >= 2 ? end : start;
  };
  doc.sentences.forEach(({ tokens }, sentenceIndex) => {
    tokens.forEach((token, index) => {
      if (index + 1 >= tokens.length || !/^NNS?$/.test(token.pos) || !isOrganisationIntroducer(token.text)) return;
      const end = runAt(tokens, index + 1, taken[sentenceIndex]);
      if (end > index + 1) names.add(tokens.slice(index + 1, end).map((word) => word.text).join(" "));
    });
  });
  if (names.size === 0) return mentions;
  const found = [...mentions];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const { tokens } = sentence;
    for (let start = 0; start < tokens.length; start++) {
      if (taken[sentenceIndex][start] || !isCapitalised(tokens[start])) continue;
      const end = runAt(tokens, start, taken[sentenceIndex]);
      if (end === start || !names.has(tokens.slice(start, end).map((word) => word.text).join(" "))) continue;
      found.push(makeMention(doc, sentence, sentenceIndex, start, end, "Organization", CONFIDENCE.gazetteerOnly));
      taken[sentenceIndex].fill(1, start, end);
      start = end - 1;
    }
  });
  return found;
}

/** The longest name a run of capitals is read as, so a line of capitals costs no more per word than prose. */
const MAX_NAME_TOKENS = 8;

/** Tokens after which a capital says nothing: a sentence's start, a colon, an opening quotation mark. */
const OPENING_TOKENS: ReadonlySet<string> = new Set([":", '"', "``", "“", "'", "‘", "(", "-", "–", "—"]);

/**
 * "Millom double murder: Man charged …", "MAN ACCUSED OF DOUBLE MURDER": a one-word name whose
 * capital only opens a sentence, follows a colon or sets a line in capitals, and whose word the
 * article writes in lower case elsewhere ("a man has been charged"), is that common word, not the
 * Isle of Man. A name the article also capitalises mid-sentence stays, and so does a word news
 * mostly capitalises ("Labour" opening a sentence beside "labour costs"). So is a word set off by a
 * comma at a sentence's start that WordNet knows only as an adverb ("Likewise, Sony cut prices",
 * "Furthermore, …"), which the tagger reads as a person addressed.
 */
function withoutCommonWordsAtOpenings(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const lowerCaseWords = new Set<string>();
  for (const sentence of doc.sentences) {
    sentence.tokens.forEach((token, index) => {
      if (index > 0 && /^\p{Ll}+$/u.test(token.text)) lowerCaseWords.add(token.text);
    });
  }
  const inCapitals = doc.sentences.map((sentence) => {
    const words = sentence.tokens.filter((token) => /^\p{L}{2,}/u.test(token.text));
    return words.length >= HEADLINE_MIN_WORDS && words.every((token) => token.text === token.text.toUpperCase());
  });
  const atOpening = (mention: RawMention) => {
    const { tokens } = doc.sentences[mention.sentence];
    return mention.tokenStart === 0 || OPENING_TOKENS.has(tokens[mention.tokenStart - 1].text) || inCapitals[mention.sentence];
  };
  const oneWord = new Set(mentions.filter((mention) => mention.tokenEnd - mention.tokenStart === 1));
  const sentenceAdverb = (mention: RawMention) => mention.tokenStart === 0 && doc.sentences[mention.sentence].tokens[1]?.text === "," && isOnlyAdverb(mention.text);
  const common = new Set([...oneWord].filter((mention) => atOpening(mention) && ((lowerCaseWords.has(mention.text.toLowerCase()) && !hasProperWord(mention.text)) || sentenceAdverb(mention))).map((mention) => mention.text.toLowerCase()));
  for (const mention of oneWord) if (!atOpening(mention)) common.delete(mention.text.toLowerCase());
  return mentions.filter((mention) => !oneWord.has(mention) || !common.has(mention.text.toLowerCase()));
}

/**
 * "Fiat and General Motors (GM) have until midnight", "Paramount and Viacom": a tagged name that runs
 * across "and" is two names where each part is a name of its own (a word news never writes in lower
 * case, or initials the article uses) and the article names one of them alone elsewhere, by the same
 * words or by its initials; the parts take that mention's kind. "Securities and Exchange Commission",
 * "Health and Safety Executive" and "Trinidad and Tobago" (a known country) stay whole. A name that ends a list after
 * a comma ("Franz Ferdinand, Travis and Snow Patrol") is two names too, and so is one whose parts are an organisation's
 * headed name and another such name or proper words ("China Construction Bank and Bank of China", "Deutsche Bank and
 * Gazpromneft"), or whose parts say a word again ("Sony Music and Universal Music").
 */
function namesApartAtAnd(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const kindOf = new Map<string, RawKind>();
  for (const mention of mentions) if (!/\sand\s/.test(mention.text)) kindOf.set(mention.text.toLowerCase(), mention.kind);
  const byInitials = (text: string) => {
    const initials = initialsOfName(text);
    return initials ? kindOf.get(initials.toLowerCase()) : undefined;
  };
  const namedAlone = (text: string) => kindOf.get(text.toLowerCase()) ?? byInitials(text);
  // A part is a name of its own when it has a proper word or its acronym stands alone ("General Motors" beside "GM"), not "Health".
  const isName = (text: string) => hasProperWord(text) || byInitials(text) !== undefined;
  return mentions.flatMap((mention) => {
    if (mention.gazetteerName || !/\sand\s/.test(mention.text)) return [mention];
    const sentence = doc.sentences[mention.sentence];
    const and = sentence.tokens.findIndex((token, index) => index > mention.tokenStart && index < mention.tokenEnd - 1 && token.text === "and");
    if (and < 0) return [mention];
    const text = (start: number, end: number) => doc.article.text.slice(start === mention.tokenStart ? mention.start : sentence.tokens[start].start, sentence.tokens[end - 1].end);
    const [left, right] = [text(mention.tokenStart, and), text(and + 1, mention.tokenEnd)];
    const [leftAlone, rightAlone] = [namedAlone(left), namedAlone(right)];
    // "Franz Ferdinand, Travis and Snow Patrol": after a name and a comma, the "and" ends a list of names, where the two are
    // of one kind or neither is a place (the tagger may call one band a person); not "in London, Marks and Spencer said",
    // nor a name that owns or qualifies a title set off after a person ("Ms Smith, Procter and Gamble's chief").
    const after = sentence.tokens[mention.tokenEnd];
    const qualifiesTitle = after !== undefined && (/^['’]s?$/.test(after.text) || TITLE_WORDS.has(after.text.toLowerCase()));
    // A name before the comma that no preposition introduces is a member of the list whatever its kind ("Paramount,
    // Universal and Warner Brothers", with Paramount read as a place).
    const listed = !qualifiesTitle && sentence.tokens[mention.tokenStart - 1]?.text === "," &&
      mentions.some((other) => other.sentence === mention.sentence && other.tokenEnd === mention.tokenStart - 1 &&
        (other.kind === mention.kind || (other.kind !== "Place" && mention.kind !== "Place") || sentence.tokens[other.tokenStart - 1]?.upos !== "ADP"));
    // "The Internal Revenue Service and Manufacturers Hanover Trust Co.": two names each ending in an organisation's head;
    // "Deutsche Bank and Gazpromneft", "Gazprom and Bank of China": one with such a head, the other of proper words only.
    // (After "of", the "and" may go on with what the organisation is of: "Union of Rationalist Atheists and Agnostics".)
    const [leftHeaded, rightHeaded] = [isHeadedOrganisation(left), isHeadedOrganisation(right)];
    const properOnly = (text: string) => text.split(/\s+/).every(isProperWord);
    const headedAndProper = (leftHeaded && !/\sof\s/.test(left) && properOnly(right)) || (properOnly(left) && rightHeaded);
    // "Sony Music and Universal Music", "Carry On Matron and Carry On Loving": no one name says a word again across its "and".
    const bothCapitalised = isCapitalisedName(left) && isCapitalisedName(right);
    const [leftWords, rightWords] = [left.split(/\s+/), right.split(/\s+/)];
    const parallel = bothCapitalised && leftWords.length > 1 && rightWords.length > 1 && (leftWords.at(-1) === rightWords.at(-1) || leftWords[0] === rightWords[0]);
    if ((leftHeaded && rightHeaded) || headedAndProper || parallel || (listed && bothCapitalised)) {
      const kindOf = (headed: boolean, alone: RawKind | undefined) => alone ?? (headed ? "Organization" : mention.kind);
      return [
        makeMention(doc, sentence, mention.sentence, mention.tokenStart, and, kindOf(leftHeaded, leftAlone), mention.confidence),
        makeMention(doc, sentence, mention.sentence, and + 1, mention.tokenEnd, kindOf(rightHeaded, rightAlone), mention.confidence),
      ];
    }
    if (!(leftAlone || rightAlone) || !isName(left) || !isName(right)) return [mention];
    const [leftKind, rightKind] = [leftAlone ?? rightAlone!, rightAlone ?? leftAlone!];
    return [
      makeMention(doc, sentence, mention.sentence, mention.tokenStart, and, leftKind, mention.confidence),
      makeMention(doc, sentence, mention.sentence, and + 1, mention.tokenEnd, rightKind, mention.confidence),
    ];
  });
}

/**
 * A name of two words or more whose head is an organisation's head or a legal suffix: the last word ("Internal Revenue
 * Service", "Hanover Trust Co.") or the word before "of" ("Bank of China", "Union of Rationalist Atheists").
 */
function isHeadedOrganisation(text: string): boolean {
  const words = text.toLowerCase().replace(/\./g, "").split(/\s+/);
  const of = words.indexOf("of");
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return words.length >= 2 && (ORGANISATION_HEADS.has(head) || LEGAL_SUFFIXES.has(head));
}

/** Whether every word of a name is capitalised, but for the words that join a name's words ("of", "the"). */
function isCapitalisedName(text: string): boolean {
  return text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || NAME_LINK_WORDS.has(word));
}

/** The lexicon's case buckets of a word news never or hardly ever writes in lower case, or never saw (see `Lexicon.caseBucket`). */
const PROPER_CASE_BUCKETS: ReadonlySet<number> = new Set([0, 1, 5]);
/** The case buckets of a word news mostly writes in lower case. */
const LOWER_CASE_BUCKETS: ReadonlySet<number> = new Set([3, 4]);

/** Whether a name has a word news never or hardly ever writes in lower case ("Nationwide" has not; "Viacom" has). */
function hasProperWord(text: string): boolean {
  return text.split(/\s+/).some(isProperWord);
}

/** A capitalised word news never or hardly ever writes in lower case: "Viacom", not "Nationwide". */
function isProperWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && PROPER_CASE_BUCKETS.has(defaultLexicon().caseBucket(word.toLowerCase()));
}

/** A name's initials, for matching it to an acronym the article uses alone: "General Motors" → GM; none for one word. */
function initialsOfName(text: string): string {
  const words = text.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join("") : "";
}

/** Words a title-case headline leaves in lower case: "Colts Beat Chiefs to Reach the Final". */
const HEADLINE_LOWER_WORDS = new Set(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "v"]);
/** A first line is a title-case headline when at least this share of its other words are capitalised, of at least this many. */
const HEADLINE_CAPITALISED_SHARE = 0.75;
const HEADLINE_MIN_WORDS = 3;

/**
 * The lines that head the article: each sentence from the first that is a line of its own with no
 * closing stop, up to the first sentence of the body. A headline may follow a date line and come
 * with a subheading ("April 27, 2009 / Biologists Call on Obama Administration to Overturn Bush
 * Rules / Interior and Commerce Secretaries Must Act by May 9 / More than 1,300 scientists …").
 */
function headingSentences(doc: ArticleDoc): number[] {
  const headings: number[] = [];
  for (let index = 0; index < doc.sentences.length - 1; index++) {
    const sentence = doc.sentences[index];
    const endsLine = doc.article.text.slice(sentence.end, doc.sentences[index + 1].start).includes("\n");
    if (!endsLine || /[.!?]["'”’]?$/.test(sentence.text.trim())) break;
    headings.push(index);
  }
  return headings;
}

/** Whether a headline is written in title case ("Obama Announces Nominee"). */
function isTitleCase(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((token) => /^\p{L}/u.test(token.text) && !HEADLINE_LOWER_WORDS.has(token.text.toLowerCase()));
  return words.length >= HEADLINE_MIN_WORDS && words.filter(isCapitalised).length >= HEADLINE_CAPITALISED_SHARE * words.length;
}

/** The kind most of a name's mentions have, the first seen among equals; a tie with outside the schema goes to outside ("MPs", a person once and outside twice, is outside). */
function majorityKind(votes: ReadonlyMap<RawKind, number>): RawKind {
  let best: RawKind = "Outside";
  let most = 0;
  for (const [kind, count] of votes) if (count > most || (count === most && kind === "Outside")) [best, most] = [kind, count];
  return best;
}

/** The longest name a headline is allowed to share with the body, in tokens. */
const HEADLINE_NAME_TOKENS = 4;

/**
 * A headline's case says little about its names: in title case the tagger's names run on into verbs
 * and nouns ("Colts Beat Chiefs", "Obama Announces Nominee"), in capitals or in a line of a few words
 * it misses them ("COLTS TOP CHIEFS", "McDermott fuels Bluejays"). The body, written in sentence case,
 * says which names the story has. A name the tagger found in a title-case headline stands as far as
 * the body names it (a body name it is, or the body names inside it); and every capitalised run of
 * the headline that the body names is that name, whatever the tagger made of it, of the body's kind
 * (a name the body's tagging leaves outside the schema, "the Colts", joins it for resolution to judge).
 */
function headlineNames(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const headings = new Set(headingSentences(doc));
  if (headings.size === 0) return mentions;
  const bodyVotes = new Map<string, Map<RawKind, number>>();
  // The known name the body's gazetteer gave a form ("U. S." is the United States) goes with it into the headline.
  const bodyGazetteerNames = new Map<string, string>();
  for (const mention of mentions) {
    if (headings.has(mention.sentence)) continue;
    const text = mention.text.toLowerCase();
    if (mention.gazetteerName) bodyGazetteerNames.set(`${mention.kind} ${text}`, mention.gazetteerName);
    const votes = bodyVotes.get(text) ?? new Map<RawKind, number>();
    bodyVotes.set(text, votes.set(mention.kind, (votes.get(mention.kind) ?? 0) + 1));
  }
  const bodyKinds = new Map([...bodyVotes].map(([text, votes]) => [text, majorityKind(votes)]));
  const textOf = (tokens: readonly Token[], start: number, end: number) => doc.article.text.slice(tokens[start].start, tokens[end - 1].end).toLowerCase();
  const titleCase = new Set([...headings].filter((index) => isTitleCase(doc.sentences[index])));
  // A place in capitals opening the line is a dateline's ("SAN JOSE, Costa Rica 1996-08-28"), not a headline's run-on name.
  const isDateline = (mention: RawMention) => mention.tokenStart === 0 && mention.kind === "Place" && mention.text === mention.text.toUpperCase();
  const wordsOf = new Map<number, string[]>();
  const words = (index: number) => wordsOf.get(index) ?? wordsOf.set(index, doc.sentences[index].tokens.map((token) => token.text)).get(index)!;
  const kept = mentions.flatMap((mention) => {
    if (!titleCase.has(mention.sentence) || bodyKinds.has(mention.text.toLowerCase()) || isDateline(mention)) return [mention];
    const sentence = doc.sentences[mention.sentence];
    const inside: RawMention[] = [];
    for (let start = mention.tokenStart; start < mention.tokenEnd; start++) {
      for (let end = mention.tokenEnd; end > start; end--) {
        const text = textOf(sentence.tokens, start, end);
        const kind = bodyKinds.get(text);
        if (!kind) continue;
        // Its words weigh in resolution's verdict on the name like the body's mentions ("Catching Fire" is a work).
        const gazetteerName = bodyGazetteerNames.get(`${kind} ${text}`);
        inside.push({ ...makeMention(doc, sentence, mention.sentence, start, end, kind, mention.confidence, gazetteerName), outside: outsideEvidence(words(mention.sentence), start, end) });
        start = end - 1;
        break;
      }
    }
    // A later line may be a line of data the body does not repeat ("Barry Knight (Kent)", a match's referee).
    return inside.length > 0 || mention.sentence === 0 ? inside : [mention];
  });
  const coveredIn = new Map([...headings].map((index) => [index, new Uint8Array(doc.sentences[index].tokens.length)]));
  for (const mention of kept) coveredIn.get(mention.sentence)?.fill(1, mention.tokenStart, mention.tokenEnd);
  const found: RawMention[] = [];
  for (const [index, covered] of coveredIn) {
    const { tokens } = doc.sentences[index];
    for (let start = 0; start < tokens.length; start++) {
      if (covered[start] || !isCapitalised(tokens[start])) continue;
      for (let end = Math.min(tokens.length, start + HEADLINE_NAME_TOKENS); end > start; end--) {
        const kind = bodyKinds.get(textOf(tokens, start, end));
        if (!kind || covered.subarray(start, end).some(Boolean)) continue;
        found.push({ ...makeMention(doc, doc.sentences[index], index, start, end, kind, CONFIDENCE.ner), outside: outsideEvidence(words(index), start, end) });
        start = end - 1;
        break;
      }
    }
  }
  return found.length === 0 ? kept : [...kept, ...found].sort((a, b) => a.start - b.start);
}

/**
 * "Milan's La Scala", "Munich's Radio Orchestra": a known city owning a named thing is the
 * city, whether the tagger made it an organisation of its own or the start of the owned name.
 * A club owning a player stays the club: "Liverpool's Steven Gerrard".
 */
function citiesBeforePossessives(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const result: RawMention[] = [];
  mentions.forEach((mention, index) => {
    const sentence = doc.sentences[mention.sentence];
    const { tokens } = sentence;
    const owned = mentions[index + 1];
    if (mention.kind === "Organization" && !mention.gazetteerName && mention.tokenEnd - mention.tokenStart === 1 && /^['’]s?$/.test(tokens[mention.tokenEnd]?.text ?? "") &&
      owned?.sentence === mention.sentence && owned.tokenStart === mention.tokenEnd + 1 && owned.kind !== "Person" && isKnownPlace(mention.text)) {
      result.push({ ...mention, kind: "Place" });
      return;
    }
    const possessive = mention.tokenStart + 1;
    if (mention.kind === "Organization" && !mention.gazetteerName && possessive < mention.tokenEnd - 1 && /^['’]s$/.test(tokens[possessive].text) && isKnownPlace(tokens[mention.tokenStart].text)) {
      result.push(makeMention(doc, sentence, mention.sentence, mention.tokenStart, possessive, "Place", mention.confidence));
      result.push(makeMention(doc, sentence, mention.sentence, possessive + 1, mention.tokenEnd, "Organization", mention.confidence));
      return;
    }
    result.push(mention);
  });
  return result;
}

/**
 * "Seven Iraqi suspected hijackers", "two Nicaraguan former guerrillas": a demonym that describes people (a
 * plural noun WordNet files under persons) names their people, a group ("Iraqis"), not their country, so the
 * hijackers who surrendered take part as Iraqis. Holders of an office ("Iraqi officials") and bodies ("the Iraqi
 * government", "British police", "US troops": no persons) keep the country.
 */
function peoplesOfPersonNouns(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  return mentions.map((mention) => {
    const tokens = doc.sentences[mention.sentence].tokens;
    const token = tokens[mention.tokenStart];
    const head = tokens[token.head];
    if (mention.kind !== "Place" || mention.tokenEnd - mention.tokenStart !== 1 || !countryOfDemonym(mention.text) || countryNamed(mention.text)) return mention;
    // Holders of an office ("Iraqi officials", "British ministers") speak for the state, not the people.
    if (token.deprel !== "amod" || !head || head.pos !== "NNS" || nounFile(head.lemma) !== "person" || TITLE_WORDS.has(head.lemma.toLowerCase())) return mention;
    return { ...mention, kind: "Group", gazetteerName: peopleOfDemonym(mention.text) };
  });
}

/**
 * Drops the titles of works the tagger took for names: what follows a person's possessive
 * ("Giuseppe Verdi's La Traviata", "Puccini's Madame Butterfly") is something the person made,
 * not a person or organisation of the story — unless a gazetteer or an organisation head word
 * says it is one ("Murdoch's News Corporation"). Every mention of such a title goes.
 */
function withoutWorks(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const works = new Set<string>();
  mentions.forEach((mention, index) => {
    const owner = mentions[index - 1];
    const tokens = doc.sentences[mention.sentence].tokens;
    // A plural owner is a team or a people ("the Saints' Pierre Thomas"), whose players are no works.
    if (!owner || owner.kind !== "Person" || owner.sentence !== mention.sentence || owner.tokenEnd !== mention.tokenStart - 1 || isPluralNoun(tokens[owner.tokenEnd - 1])) return;
    // A lone apostrophe is a possessive only after an "s" ("Collins' Hunger Games"); else it closes a quotation ("Vincent 'The Chin' Gigante").
    const mark = tokens[owner.tokenEnd].text;
    if (!(/^['’]s$/.test(mark) || (/^['’]$/.test(mark) && /s$/.test(owner.text))) || mention.gazetteerName || kindByHead(tokens, mention.tokenStart, mention.tokenEnd)) return;
    works.add(mention.text);
  });
  return works.size === 0 ? mentions : mentions.filter((mention) => !works.has(mention.text));
}

/** Words a line-up writes after a player's name: a minute, "og" (own goal), "pen", "capt". */
const LINE_UP_MARKS = /^(\d{1,3}|og|pen|capt|\+\d+)$/;
/** The fewest names a line-up lists: three, or two after a label ("Subs Not Used: Pellegrino, Carson."). */
const LINE_UP_MIN_NAMES = 3;

/**
 * The players of a sports line-up, [start, end) token ranges of their names: a sentence that, after an optional
 * label ending in a colon ("Everton:", "Subs Not Used:"), is nothing but a list of one to three capitalised words
 * each, set apart by commas or semicolons, a name perhaps followed by a minute or "og" and a substitute in
 * brackets ("Traore (Biscan 67)", "Rooney 68"). A bracket without a minute ("R Styles (Hampshire)") is no player.
 */
function lineUpNames(tokens: readonly Token[]): Array<[number, number]> | undefined {
  const colon = tokens.findIndex((token, index) => token.text === ":" && index <= 5);
  let at = colon + 1;
  const names: Array<[number, number]> = [];
  const end = tokens[tokens.length - 1]?.text === "." ? tokens.length - 1 : tokens.length;
  const name = (from: number): number => {
    let to = from;
    while (to < end && to - from < 3 && isCapitalised(tokens[to]) && !LINE_UP_MARKS.test(tokens[to].text)) to++;
    return to;
  };
  while (at < end) {
    const to = name(at);
    if (to === at) return undefined;
    names.push([at, to]);
    at = to;
    while (at < end && LINE_UP_MARKS.test(tokens[at].text)) at++;
    if (tokens[at]?.text === "(") {
      const inner = name(at + 1);
      if (inner === at + 1 || !LINE_UP_MARKS.test(tokens[inner]?.text ?? "")) return undefined;
      names.push([at + 1, inner]);
      at = inner;
      while (at < end && LINE_UP_MARKS.test(tokens[at].text)) at++;
      if (tokens[at]?.text !== ")") return undefined;
      at++;
    }
    if (at < end && tokens[at].text !== "," && tokens[at].text !== ";") return undefined;
    at++;
  }
  return names.length >= (colon >= 0 ? LINE_UP_MIN_NAMES - 1 : LINE_UP_MIN_NAMES) ? names : undefined;
}

/**
 * "Everton: Martyn, Hibbert, Yobo, ...": in a sports line-up every name is a player, a person, whatever the
 * tagger made of a surname ("Kilbane", "Bridge", "Potter"), and a name it missed is one too; a country or a town
 * the gazetteer knows stays what it was ("London, Paris, Rome, Berlin." is no line-up of players).
 */
function playersInLineUps(doc: ArticleDoc, mentions: RawMention[]): RawMention[] {
  const players = new Map<number, Array<[number, number]>>();
  doc.sentences.forEach((sentence, index) => {
    const names = lineUpNames(sentence.tokens);
    if (names) players.set(index, names);
  });
  if (players.size === 0) return mentions;
  const result = mentions.map((mention) => {
    const names = players.get(mention.sentence);
    const inName = names?.some(([start, end]) => mention.tokenStart >= start && mention.tokenEnd <= end);
    return inName && mention.kind !== "Person" && !countryNamed(mention.text) && !isKnownPlace(mention.text) ? { ...mention, kind: "Person" as const } : mention;
  });
  for (const [index, names] of players) {
    const sentence = doc.sentences[index];
    for (const [start, end] of names) {
      if (result.some((mention) => mention.sentence === index && mention.tokenStart < end && mention.tokenEnd > start)) continue;
      const text = doc.article.text.slice(sentence.tokens[start].start, sentence.tokens[end - 1].end);
      if (countryNamed(text) || isKnownPlace(text)) continue;
      result.push(makeMention(doc, sentence, index, start, end, "Person", CONFIDENCE.ner));
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
