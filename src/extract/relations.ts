// Relations between entities from patterns over tokens, parts of speech and mentions:
// titles, appositives, "as <role> of", "studied at" and role lists (AFFILIATED_WITH with the
// role), "X, Y" / "Y's X" / "X province of Y" / "X is a region in Y" / "lives in Y" /
// nationalities (LOCATED_IN), units "at" their organisation and organisation names that
// contain another organisation or place (PART_OF, LOCATED_IN), and places in the country an
// article is about. docs/extraction.md lists them with examples.
import type { ArticleDoc, Entity, Mention, MentionKind, RelationMention, Token } from "../doc.js";
import type { RelationType } from "../../graph-schema/index.js";
import { countryNamed, countryOfDemonym, isKnownPlace, mayLieIn } from "../resolve/lexicon.js";
import { GOVERNMENT_NOUNS, HONORIFICS, PLACE_NOUNS, RESIDENCE_WORDS, TITLE_CANNOT_END, TITLE_CANNOT_START, TITLE_WORDS } from "./lexicon.js";
import { homeCountry, listFrom, lower, mentionEndingAt, mentionStartingAt, sentenceViews, tokenSpan, type SentenceView } from "./sentence-view.js";

const CONFIDENCE = { impliedCountry: 0.5, title: 0.85, appositive: 0.75, placePair: 0.8, placeOf: 0.85, copula: 0.65, residence: 0.6, name: 0.7 };

const isTitleWord = (word: string) => TITLE_WORDS.has(word);
const ORG_OR_PLACE: ReadonlySet<MentionKind> = new Set(["Organization", "Place"]);

/** The title spelled by tokens [from, to), or undefined when they are not all title words or only fillers. */
function titleText(view: SentenceView, from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  for (let i = from; i < to; i++) if (!isTitleWord(lower(view.tokens[i])) || view.mentionAt[i]) return undefined;
  if (TITLE_CANNOT_START.has(lower(view.tokens[from])) || TITLE_CANNOT_END.has(lower(view.tokens[to - 1]))) return undefined;
  return view.sentence.text.slice(view.tokens[from].start - view.sentence.start, view.tokens[to - 1].end - view.sentence.start);
}

export function extractRelations(doc: ArticleDoc): RelationMention[] {
  const relations: RelationMention[] = [];
  const add = (kind: RelationType, source: Mention | Entity, target: Mention | Entity, view: SentenceView, from: number, to: number, confidence: number, role?: string) => {
    const sourceKey = "key" in source ? source.key : source.entity;
    const targetKey = "key" in target ? target.key : target.entity;
    if (!sourceKey || !targetKey || sourceKey === targetKey) return;
    relations.push({ kind, source: sourceKey, target: targetKey, sentence: view.index, span: tokenSpan(view, from, to), confidence, ...(role ? { role } : {}) });
  };

  const nationalOffices: NationalOffice[] = [];
  const roleHolders = new RoleHolders();
  const views = sentenceViews(doc);
  for (const view of views) {
    for (const mention of view.mentions) {
      if (mention.kind === "Person") {
        affiliations(view, mention, add, nationalOffices);
        titleOfHolderBeforePerson(view, mention, add);
      }
      if (mention.kind === "Organization") qualifiedByPlace(view, mention, add);
      if (mention.kind === "Place") containment(view, mention, add);
      if (mention.kind === "Person" || mention.kind === "Group" || mention.kind === "Organization") residence(view, mention, add);
      if (mention.kind === "Place") nationality(view, mention, add);
    }
    rolesOfSubject(view, add);
    roleHolders.collect(view);
  }
  for (const view of views) roleHolders.listed(view, add);
  // "Foreign Secretary Jack Straw" in an article mostly about the UK holds office in the UK.
  const country = homeCountry(doc);
  if (country) {
    for (const office of nationalOffices) add("AFFILIATED_WITH", office.person, country, office.view, office.from, office.person.tokenEnd, CONFIDENCE.impliedCountry, office.role);
  }
  relations.push(...nameRelations(doc));
  if (country) relations.push(...placesInHomeCountry(doc, country, relations));
  return relations;
}

/**
 * "the regional council of Lombardy" in an article about Italy: a place the text puts nowhere
 * else lies in the country the article is about — when the article is clearly about one country
 * (named at least twice as often as any other) and the place index does not put a place of
 * that name only in other countries ("Paris", "Europe").
 */
function placesInHomeCountry(doc: ArticleDoc, home: Entity, relations: RelationMention[]): RelationMention[] {
  const countries = doc.entities.filter((entity) => entity.kind === "Place" && countryNamed(entity.name) === entity.name);
  if (countries.some((other) => other !== home && other.mentions.length * 2 > home.mentions.length)) return [];
  const placed = new Set(relations.filter((relation) => relation.kind === "LOCATED_IN").map((relation) => relation.source));
  const placeEnds = new Set(doc.mentions.filter((mention) => mention.kind === "Place").map((mention) => `${mention.sentence}:${mention.tokenEnd}`));
  return doc.entities
    .filter((entity) => entity.kind === "Place" && !countries.includes(entity) && !placed.has(entity.key) && mayLieIn(entity.name, home.name) && (isKnownPlace(entity.name) || usedAsPlace(doc, entity, placeEnds)))
    .map((place) => ({ kind: "LOCATED_IN", source: place.key, target: home.key, sentence: place.mentions[0].sentence, span: { start: place.mentions[0].start, end: place.mentions[0].end }, confidence: CONFIDENCE.impliedCountry }));
}

const LOCATIVE = new Set(["in", "at", "near", "from", "to", "into", "across", "around", "outside", "inside", "throughout"]);

/**
 * Whether the text uses a name the place index does not know as a place: after "in/at/near…"
 * ("at Belmarsh", "in the Gilan area") or before a kind of place ("the Lombardy region"). A
 * show or a club the tagger took for a place ("Coronation Street", "Wasps") is not placed.
 */
function usedAsPlace(doc: ArticleDoc, place: Entity, placeEnds: Set<string>): boolean {
  return place.mentions.some((mention) => {
    const tokens = doc.sentences[mention.sentence].tokens;
    let before = mention.tokenStart - 1;
    while (before > 0 && (lower(tokens[before]) === "the" || tokens[before].pos.startsWith("JJ"))) before--;
    // "in Livorno, Tuscany": after a place and a comma.
    const afterPlace = tokens[mention.tokenStart - 1]?.text === "," && placeEnds.has(`${mention.sentence}:${mention.tokenStart - 1}`);
    return LOCATIVE.has(lower(tokens[before])) || PLACE_NOUNS.has(lower(tokens[mention.tokenEnd])) || afterPlace;
  });
}

/** Offices of a national government: held, unless the text says otherwise, in the country the article is about. */
const NATIONAL_OFFICE = /\b(minister|secretary|chancellor|undersecretary|under-secretary)\b/i;

interface NationalOffice {
  person: Mention;
  view: SentenceView;
  from: number;
  role: string;
}

type Add = (kind: RelationType, source: Mention | Entity, target: Mention | Entity, view: SentenceView, from: number, to: number, confidence: number, role?: string) => void;

function affiliations(view: SentenceView, person: Mention, add: Add, nationalOffices: NationalOffice[]): void {
  const { tokens } = view;
  // "United Nations Secretary-General Antonio Guterres", "Pakistan's Prime Minister Imran Khan".
  const nameStart = HONORIFICS.has(lower(tokens[person.tokenStart - 1])) ? person.tokenStart - 1 : person.tokenStart;
  let titleStart = nameStart;
  while (titleStart > 0 && isTitleWord(lower(tokens[titleStart - 1])) && !view.mentionAt[titleStart - 1]) titleStart--;
  while (titleStart < nameStart && TITLE_CANNOT_START.has(lower(tokens[titleStart]))) titleStart++;
  const role = titleText(view, titleStart, nameStart);
  if (role) {
    const possessive = /^['’]s?$/.test(tokens[titleStart - 1]?.text ?? "");
    const holder = mentionEndingAt(view, possessive ? titleStart - 1 : titleStart);
    if (holder && ORG_OR_PLACE.has(holder.kind)) {
      add("AFFILIATED_WITH", person, holder, view, holder.tokenStart, person.tokenEnd, CONFIDENCE.title, role);
      return;
    }
    if (NATIONAL_OFFICE.test(role)) nationalOffices.push({ person, view, from: titleStart, role });
  } else if (/^['’]s$/.test(tokens[nameStart - 1]?.text ?? "")) {
    // "Arsenal's Sol Campbell", "Britain's Andy Murray": whom the person plays, works or stands for.
    const holder = mentionEndingAt(view, nameStart - 1);
    if (holder && ORG_OR_PLACE.has(holder.kind)) add("AFFILIATED_WITH", person, holder, view, holder.tokenStart, person.tokenEnd, CONFIDENCE.appositive);
  }
  // "Shami Chakrabarti, director of civil rights group Liberty"; "Bill Gates, Microsoft's chairman".
  let i = person.tokenEnd;
  if (tokens[i]?.text !== ",") return;
  i++;
  if (["the", "a", "an"].includes(lower(tokens[i]))) i++;
  const leading = mentionStartingAt(view, i);
  if (leading && ORG_OR_PLACE.has(leading.kind)) {
    let j = leading.tokenEnd;
    if (/^['’]s?$/.test(tokens[j]?.text ?? "")) j++;
    let end = j;
    while (end < tokens.length && isTitleWord(lower(tokens[end])) && !view.mentionAt[end]) end++;
    const appositiveRole = titleText(view, j, end);
    if (appositiveRole) add("AFFILIATED_WITH", person, leading, view, person.tokenStart, end, CONFIDENCE.appositive, appositiveRole);
    return;
  }
  const { role: appositiveRole, holder } = roleOf(view, i);
  if (!appositiveRole) return;
  if (!holder && NATIONAL_OFFICE.test(appositiveRole)) nationalOffices.push({ person, view, from: person.tokenStart, role: appositiveRole });
  if (holder) add("AFFILIATED_WITH", person, holder, view, person.tokenStart, holder.tokenEnd, CONFIDENCE.appositive, appositiveRole);
}

const HOLDER_PREPOSITIONS = ["of", "at", "for", "with"];

/**
 * The role spelled from token `from` and whose it is: "director of civil rights group Liberty",
 * "chief conductor of the Turin Opera", and any role noun before "of/at" ("superintendent of the
 * Fenice Theatre Foundation").
 */
function roleOf(view: SentenceView, from: number): { role?: string; holder?: Mention } {
  const { tokens } = view;
  let end = from;
  while (end < tokens.length && isTitleWord(lower(tokens[end])) && !["of", "the"].includes(lower(tokens[end])) && !view.mentionAt[end]) end++;
  if (end === from || !HOLDER_PREPOSITIONS.includes(lower(tokens[end]))) end = roleNounsEnd(view, from);
  const role = titleText(view, from, end) ?? roleNounsText(view, from, end);
  return { role, holder: role && HOLDER_PREPOSITIONS.includes(lower(tokens[end])) ? holderAfter(view, end + 1) : undefined };
}

/** The end of up to three lower-case nouns and adjectives from `from`, the last a noun: "superintendent", "campaign director". */
function roleNounsEnd(view: SentenceView, from: number): number {
  let end = from;
  while (end < Math.min(view.tokens.length, from + 3) && !view.mentionAt[end] && /^(NN|NNS|JJ)$/.test(view.tokens[end].pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(view.tokens[end].text)) end++;
  while (end > from && !view.tokens[end - 1].pos.startsWith("NN")) end--;
  return end;
}

function roleNounsText(view: SentenceView, from: number, to: number): string | undefined {
  return to > from ? view.sentence.text.slice(view.tokens[from].start - view.sentence.start, view.tokens[to - 1].end - view.sentence.start) : undefined;
}

/**
 * The organisation or place a title belongs to, starting at token `from` after "of":
 * up to four lower-case words may describe it first ("civil rights group Liberty"), and
 * a possessive passes on to what it owns ("Venice's La Fenice").
 */
function holderAfter(view: SentenceView, from: number): Mention | undefined {
  const { tokens } = view;
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const holder = mentionStartingAt(view, k);
    if (holder) {
      let ownedAt = holder.tokenEnd + 1;
      while (ownedAt < Math.min(tokens.length, holder.tokenEnd + 3) && tokens[ownedAt].pos === "JJ" && !view.mentionAt[ownedAt]) ownedAt++; // "Venice's famous La Fenice"
      const owned = /^['’]s?$/.test(tokens[holder.tokenEnd]?.text ?? "") ? mentionStartingAt(view, ownedAt) : undefined;
      const chosen = owned && ORG_OR_PLACE.has(owned.kind) ? owned : holder;
      return ORG_OR_PLACE.has(chosen.kind) ? chosen : undefined;
    }
    if (/^\p{Lu}/u.test(tokens[k].text) && k > from) return undefined;
  }
  return undefined;
}

/** "the president of the Lombardy region, Roberto Maroni"; "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino". */
function titleOfHolderBeforePerson(view: SentenceView, person: Mention, add: Add): void {
  const { tokens } = view;
  let k = person.tokenStart - 1;
  if (tokens[k]?.text !== ",") return;
  k--;
  if (tokens[k]?.text === ")") {
    while (k > 0 && tokens[k].text !== "(") k--;
    k--;
  }
  while (k > 0 && !view.mentionAt[k] && PLACE_NOUNS.has(lower(tokens[k]))) k--;
  const holder = view.mentionAt[k];
  if (!holder || !ORG_OR_PLACE.has(holder.kind)) return;
  let of = holder.tokenStart - 1;
  if (lower(tokens[of]) === "the") of--;
  if (lower(tokens[of]) !== "of") return;
  let titleStart = of;
  while (titleStart > 0 && isTitleWord(lower(tokens[titleStart - 1])) && !view.mentionAt[titleStart - 1]) titleStart--;
  while (titleStart < of && TITLE_CANNOT_START.has(lower(tokens[titleStart]))) titleStart++;
  const role = titleText(view, titleStart, of);
  if (role) add("AFFILIATED_WITH", person, holder, view, titleStart, person.tokenEnd, CONFIDENCE.appositive, role);
}

function containment(view: SentenceView, place: Mention, add: Add): void {
  const { tokens } = view;
  const after = place.tokenEnd;
  const nextPlace = (at: number) => {
    const mention = mentionStartingAt(view, at) ?? (tokens[at]?.text === "#" ? mentionStartingAt(view, at + 1) : undefined);
    return mention?.kind === "Place" ? mention : undefined;
  };
  // "Mach, Balochistan" — but not a list "Paris, London and Rome".
  if (tokens[after]?.text === ",") {
    const outer = nextPlace(after + 1);
    const before = place.tokenStart > 0 ? tokens[place.tokenStart - 1].text : "";
    const afterOuter = outer ? lower(tokens[outer.tokenEnd]) : "";
    const isList = before === "," || ["and", "or", ","].includes(afterOuter) && nextPlace(outer!.tokenEnd + 1) !== undefined;
    if (outer && !isList && !isCountry(place) && place.entity !== outer.entity) {
      add("LOCATED_IN", place, outer, view, place.tokenStart, outer.tokenEnd, CONFIDENCE.placePair);
    }
  }
  // "Pakistan's Balochistan province", "Balochistan's capital Quetta".
  if (/^['’]s?$/.test(tokens[after]?.text ?? "")) {
    let k = after + 1;
    while (k < tokens.length && k <= after + 3 && !view.mentionAt[k] && /^[a-z-]+$/.test(tokens[k].text) && (PLACE_NOUNS.has(lower(tokens[k])) || tokens[k].pos.startsWith("JJ"))) k++;
    // "Venice's famous La Fenice Theatre", "New York's Metropolitan Opera": the organisation is there.
    const organisation = mentionStartingAt(view, k);
    if (organisation?.kind === "Organization" && !isCountry(place)) add("LOCATED_IN", organisation, place, view, place.tokenStart, organisation.tokenEnd, CONFIDENCE.placeOf);
    const inner = nextPlace(k);
    if (inner && (k === after + 1 || PLACE_NOUNS.has(lower(tokens[k - 1])) || inner.tokenEnd < tokens.length && PLACE_NOUNS.has(lower(tokens[inner.tokenEnd])))) {
      add("LOCATED_IN", inner, place, view, place.tokenStart, inner.tokenEnd, CONFIDENCE.placeOf);
    }
  }
  // "the Balochistan province of Pakistan", "Quetta, the provincial capital of Balochistan";
  // "Livorno in Tuscany" stays out (too often "in" is an event's place).
  let k = after;
  if (tokens[k]?.text === "," && lower(tokens[k + 1]) === "the") {
    let noun = k + 2;
    while (noun < Math.min(tokens.length, k + 5) && !view.mentionAt[noun] && /^(JJ|JJS|NN)$/.test(tokens[noun].pos) && !PLACE_NOUNS.has(lower(tokens[noun]))) noun++;
    if (PLACE_NOUNS.has(lower(tokens[noun]))) k = noun;
  }
  if (PLACE_NOUNS.has(lower(tokens[k]))) k++;
  if (k > after && lower(tokens[k]) === "of") {
    const outer = nextPlace(k + 1) ?? (lower(tokens[k + 1]) === "the" ? nextPlace(k + 2) : undefined);
    if (outer) add("LOCATED_IN", place, outer, view, place.tokenStart, outer.tokenEnd, CONFIDENCE.placeOf);
  }
  // "Balochistan is the second-most terror affected region in Pakistan".
  if (["is", "was", "remains"].includes(lower(tokens[after]))) {
    for (let j = after + 1; j < Math.min(tokens.length - 1, after + 9); j++) {
      if (view.mentionAt[j] || /^[,;.]$/.test(tokens[j].text)) break;
      if (PLACE_NOUNS.has(lower(tokens[j])) && lower(tokens[j + 1]) === "in") {
        const outer = nextPlace(j + 2) ?? nextPlace(j + 3);
        if (outer) add("LOCATED_IN", place, outer, view, place.tokenStart, outer.tokenEnd, CONFIDENCE.copula);
        break;
      }
    }
  }
}

/** Names of units that belong to a larger organisation: "the Center for Corporate Governance at the University of Delaware". */
const UNIT_HEADS = /\b(center|centre|institute|school|department|faculty|laboratory|laboratories|lab|unit|division|office|bureau|branch|college|programme|program)\b/i;

/** "Italian Supreme Court", "Pakistan Taliban": a place right before an organisation's name is where it is. */
function qualifiedByPlace(view: SentenceView, organisation: Mention, add: Add): void {
  const { tokens } = view;
  if (UNIT_HEADS.test(organisation.text) && ["at", "of"].includes(lower(tokens[organisation.tokenEnd]))) {
    const parent = mentionStartingAt(view, organisation.tokenEnd + 1) ?? (lower(tokens[organisation.tokenEnd + 1]) === "the" ? mentionStartingAt(view, organisation.tokenEnd + 2) : undefined);
    if (parent?.kind === "Organization") add("PART_OF", organisation, parent, view, organisation.tokenStart, parent.tokenEnd, CONFIDENCE.placeOf);
  }
  const place = mentionEndingAt(view, organisation.tokenStart);
  // "the London-based think-tank" is there; "the US-funded Radio Farda" is only paid from there.
  const compound = /-(\p{Ll}+)$/u.exec(tokens[organisation.tokenStart - 1]?.text ?? "");
  if (place?.kind === "Place" && (!compound || /^(based|headquartered)$/.test(compound[1]))) add("LOCATED_IN", organisation, place, view, place.tokenStart, organisation.tokenEnd, CONFIDENCE.name);
  // "the Metropolitan Opera in New York", "a think-tank based in London".
  let at = organisation.tokenEnd;
  if (["based", "headquartered"].includes(lower(tokens[at]))) at++;
  if (lower(tokens[at]) === "in") {
    const seat = mentionStartingAt(view, at + 1);
    if (seat?.kind === "Place") add("LOCATED_IN", organisation, seat, view, organisation.tokenStart, seat.tokenEnd, CONFIDENCE.residence);
  }
  // "the House of Lords, the UK's highest court".
  if (tokens[organisation.tokenEnd]?.text === "," && lower(tokens[organisation.tokenEnd + 1]) === "the") {
    const owner = mentionStartingAt(view, organisation.tokenEnd + 2);
    if (owner?.kind === "Place" && /^['’]s?$/.test(tokens[owner.tokenEnd]?.text ?? "")) {
      add("LOCATED_IN", organisation, owner, view, organisation.tokenStart, owner.tokenEnd + 1, CONFIDENCE.appositive);
    }
  }
}

function isCountry(mention: Mention): boolean {
  return countryNamed(mention.text) !== undefined || countryOfDemonym(mention.text) !== undefined;
}

/** "Hazaras people mostly live in Quetta", "Moazzam Begg, from Birmingham", "native to Afghanistan". */
function residence(view: SentenceView, subject: Mention, add: Add): void {
  const { tokens } = view;
  // A list shares what follows it: "Martin Mubanga, Richard Belmar and Feroz Abbasi, from London".
  const members = listFrom(view, subject);
  const listEnd = members[members.length - 1].tokenEnd;
  for (let j = listEnd; j < Math.min(tokens.length, listEnd + 8); j++) {
    const word = lower(tokens[j]);
    if (view.mentionAt[j] || word === ";" || (tokens[j].pos.startsWith("VB") && !RESIDENCE_WORDS.has(word) && !["are", "is", "was", "were", "mostly", "have", "has"].includes(word))) return;
    if (!RESIDENCE_WORDS.has(word)) continue;
    // The last place of the phrase that follows is the most specific: "in Balochistan's capital Quetta".
    let place: Mention | undefined;
    for (let k = j + 1; k < Math.min(tokens.length, j + 8); k++) {
      const mention = mentionStartingAt(view, k);
      if (mention?.kind === "Place") {
        place = mention;
        k = mention.tokenEnd - 1;
      } else if (mention || /^[,;.]$/.test(tokens[k].text) && !place) {
        if (mention || place) break;
      } else if (place && !/^(['’]s?|capital|city|province|region)$/.test(lower(tokens[k]))) break;
    }
    if (place) for (const member of members) add("LOCATED_IN", member, place, view, member.tokenStart, place.tokenEnd, CONFIDENCE.residence);
    return;
  }
}

/** Relations that organisation names state: "UN General Assembly" PART_OF "UN"; "Municipality of Livorno" LOCATED_IN "Livorno"; "Italian Supreme Court" LOCATED_IN Italy. */
function nameRelations(doc: ArticleDoc): RelationMention[] {
  const relations: RelationMention[] = [];
  const organisations = doc.entities.filter((entity) => entity.kind === "Organization");
  const places = doc.entities.filter((entity) => entity.kind === "Place");
  const formsOf = (entity: Entity) => [entity.name, ...entity.aliases].filter((form) => !/^[#@]/.test(form));
  for (const organisation of organisations) {
    const mention = organisation.mentions.find((m) => m.text === organisation.name) ?? organisation.mentions[0];
    const evidence = { sentence: mention.sentence, span: { start: mention.start, end: mention.end } };
    const names = formsOf(organisation);
    for (const parent of organisations) {
      if (parent === organisation) continue;
      if (formsOf(parent).some((form) => names.some((name) => name.startsWith(`${form} `)))) {
        relations.push({ kind: "PART_OF", source: organisation.key, target: parent.key, confidence: CONFIDENCE.name, ...evidence });
      }
    }
    const demonymCountries = new Set(names.map((name) => countryOfDemonym(name.split(" ")[0])));
    for (const place of places) {
      const placeForms = formsOf(place);
      const located = demonymCountries.has(place.name) || names.some((name) =>
        placeForms.some((form) => name.endsWith(` of ${form}`) || name.endsWith(` in ${form}`) || name.startsWith(`${form} `)),
      );
      if (located) relations.push({ kind: "LOCATED_IN", source: organisation.key, target: place.key, confidence: CONFIDENCE.name, ...evidence });
    }
  }
  return relations;
}

/** "A second Iranian blogger, Motjaba Saminejad", "British actor Jude Law": a nationality given to a person places them there. */
function nationality(view: SentenceView, demonym: Mention, add: Add): void {
  const { tokens } = view;
  if (!countryOfDemonym(demonym.text)) return;
  let at = demonym.tokenEnd;
  while (at < Math.min(tokens.length, demonym.tokenEnd + 2) && !view.mentionAt[at] && /^NNS?$/.test(tokens[at].pos) && /^\p{Ll}/u.test(tokens[at].text)) {
    // "Iranian President Khatami" is an office, read by affiliations(); "Iranian authorities" are the state.
    if (isTitleWord(lower(tokens[at])) || GOVERNMENT_NOUNS.has(lower(tokens[at]))) return;
    at++;
  }
  if (at === demonym.tokenEnd) return;
  if (tokens[at]?.text === ",") at++;
  const person = mentionStartingAt(view, at);
  if (person?.kind === "Person") add("LOCATED_IN", person, demonym, view, demonym.tokenStart, person.tokenEnd, CONFIDENCE.residence);
}

const ROLE_VERBS = new Set(["as", "become", "became", "becomes", "becoming"]);
const STUDY_VERBS = new Map([["studied", "student"], ["studies", "student"], ["graduated", "graduate"], ["trained", "student"]]);
const ROLE_OR_STUDY_WORDS = new Set([...ROLE_VERBS, ...STUDY_VERBS.keys()].flatMap((word) => [word, word[0].toUpperCase() + word.slice(1)]));

/** How far back, in tokens, the person a clause is about may be named. */
const SUBJECT_WINDOW = 40;

/** The person a clause is about: the nearest person before `index` in the sentence. */
function subjectBefore(view: SentenceView, index: number): Mention | undefined {
  for (let i = index - 1; i >= Math.max(0, index - SUBJECT_WINDOW); i--) {
    const mention = view.mentionAt[i];
    if (mention?.kind === "Person") return mention;
    if (/^[;:]$/.test(view.tokens[i].text)) return undefined;
  }
  return undefined;
}

/** "Viotti established himself as chief conductor of the Turin Opera", "went on to become chief conductor of Munich's Radio Orchestra", "studied at the Lausanne Conservatory". */
function rolesOfSubject(view: SentenceView, add: Add): void {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are neither: test the text as it is before lower-casing it.
    if (!ROLE_OR_STUDY_WORDS.has(tokens[i].text)) continue;
    const word = lower(tokens[i]);
    if (ROLE_VERBS.has(word)) {
      const { role, holder } = roleOf(view, ["the", "a", "an", "its", "their"].includes(lower(tokens[i + 1])) ? i + 2 : i + 1);
      const person = holder ? subjectBefore(view, i) : undefined;
      if (person && holder) add("AFFILIATED_WITH", person, holder, view, person.tokenStart, holder.tokenEnd, CONFIDENCE.copula, role);
    }
    const studied = STUDY_VERBS.get(word);
    if (studied && tokens[i].pos.startsWith("VB")) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 10) && !/^[;.]$/.test(tokens[k].text); k++) {
        if (!["at", "from"].includes(lower(tokens[k]))) continue;
        const school = holderAfter(view, k + 1);
        const person = subjectBefore(view, i);
        if (school?.kind === "Organization" && person) add("AFFILIATED_WITH", person, school, view, person.tokenStart, school.tokenEnd, CONFIDENCE.copula, studied);
        break;
      }
    }
  }
}

/**
 * Roles held by the people of a list: "Ten former directors at WorldCom … The ten former outside
 * directors are James Allen, Judith Areen and …", "Two other outside former directors, Bert Roberts
 * and Francesco Galesi, remain": the organisation is the one the role noun is tied to in the
 * sentence, or elsewhere in the article.
 */
class RoleHolders {
  private readonly holderOf = new Map<string, Mention>();

  /** Remembers "directors at WorldCom", "members of the Senate". */
  collect(view: SentenceView): void {
    view.tokens.forEach((token, i) => {
      const noun = roleNoun(token);
      if (!noun || !["of", "at", "for"].includes(lower(view.tokens[i + 1]))) return;
      const holder = holderAfter(view, i + 2);
      if (holder?.kind === "Organization") this.holderOf.set(noun, holder);
    });
  }

  listed(view: SentenceView, add: Add): void {
    const { tokens } = view;
    tokens.forEach((token, i) => {
      const noun = roleNoun(token);
      if (!noun || view.mentionAt[i]) return;
      let at = i + 1;
      const sameSentenceHolder = ["of", "at", "for"].includes(lower(tokens[at])) ? holderAfter(view, at + 1) : undefined;
      if (sameSentenceHolder) at = sameSentenceHolder.tokenEnd;
      if (![",", ":", "are", "were", "include", "included", "including"].includes(lower(tokens[at]))) return;
      const first = mentionStartingAt(view, at + 1);
      if (first?.kind !== "Person") return;
      const members = listFrom(view, first);
      const holder = sameSentenceHolder?.kind === "Organization" ? sameSentenceHolder : this.holderOf.get(noun);
      // One name after a comma is an appositive read by affiliations(); a list is two or more.
      if (!holder || members.length < 2) return;
      // The modifiers that make the role: "the ten former outside directors" → "former outside director".
      let roleStart = i;
      while (roleStart > 0 && /^\p{Ll}+$/u.test(tokens[roleStart - 1].text) && !/^(DT|CD|PRP\$|CC|VB[DPZG]?|MD|TO)$/.test(tokens[roleStart - 1].pos) && !QUANTIFIERS.test(tokens[roleStart - 1].text) && !view.mentionAt[roleStart - 1]) roleStart--;
      const role = [...tokens.slice(roleStart, i).map((modifier) => modifier.text), noun].join(" ");
      for (const member of members) add("AFFILIATED_WITH", member, holder, view, i, member.tokenEnd, CONFIDENCE.copula, role);
    });
  }
}

const QUANTIFIERS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other|another|both|all|several|many|some|few|these|those)$/i;

/** A plural role noun in its singular form: "directors" → "director", "members" → "member". */
function roleNoun(token: Token): string | undefined {
  if (token.pos !== "NNS") return undefined;
  const singular = lower(token).replace(/s$/, "");
  return isTitleWord(singular) && !TITLE_CANNOT_END.has(singular) && !TITLE_CANNOT_START.has(singular) ? singular : undefined;
}
