// Events from trigger words over parts of speech: each trigger gets its arguments from
// the clause around it (agent on the left or after "by", the object it happened to on
// the right or after "of/on/against", the place after "in/at/near" or where the organisation
// taking part sits, the date chrono-node resolves against the dateline), then triggers that
// report the same happening are merged into one event: all violence in an article is one
// attack; statements and demands by the same speaker are one statement; a court's ruling and
// sentence are one judgement; other mentions of a type merge by agent. docs/extraction.md
// lists the patterns.
import * as chrono from "chrono-node";
import type { EventType, ParticipantRole } from "../../graph-schema/index.js";
import type { ArticleDoc, EventMention, Mention, RelationMention, Span } from "../doc.js";
import { round } from "../resolve/index.js";
import { countryNamed } from "../resolve/lexicon.js";
import { GOVERNMENT_NOUNS, HAPPENS_TO_SUBJECT, LIGHT_VERBS, OBJECT_ROLE, OTHER_HAPPENINGS, phrasalTriggerFor, REPORTING, TITLE_WORDS, triggerFor, VIOLENCE, type TriggerSpec } from "./lexicon.js";
import { homeCountry, listAround, lower, markGovernment, mentionEndingAt, mentionStartingAt, sentenceViews, type SentenceView } from "./sentence-view.js";

interface Argument {
  entity: string;
  role: ParticipantRole;
  mention: Mention;
}

interface Trigger extends TriggerSpec {
  view: SentenceView;
  token: number;
  /** The trigger with its modifiers: "terrorist attack", "strongly condemned". */
  phrase: string;
  span: Span;
  agent?: Mention;
  participants: Argument[];
  places: Mention[];
  date: string | null;
  /** A passive verb ("was arrested"): its subject is what it happened to. */
  passive: boolean;
  /** Other triggers in the same clause that this one reports on ("condemned the attack"). */
  about: Trigger[];
}

/** How far, in tokens, a pattern looks from a trigger: clauses are short, and bounded scans keep extraction linear. */
const SCAN_WINDOW = 40;
const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "also", "reportedly", "not", "to", "could", "may", "might", "did", "does", "do", "strongly", "later", "then", "yesterday", "today"]);
const PASSIVE = new Set(["was", "were", "been", "being", "is", "are", "be"]);
const CLAUSE_BREAK = new Set([";", ":", "which", "who", "that", "because", "while", "but", "although", "when", "where"]);
const PERSONAL_PRONOUNS = new Set(["he", "she"]);
const FACING_VERBS = new Set(["face", "faces", "faced", "facing"]);
/** Verbs that may follow the quote they report, with the speaker after them: `"…," said Mr Smith`. */
const QUOTE_VERBS = new Set(["said", "says", "added", "asked", "wrote", "explained", "continued", "insisted", "warned", "stated"]);
/** "A spokesman for the Home Office said": the one spoken for is the speaker. */
const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative", "representatives"]);
const PARTICIPANT_KINDS = new Set(["Person", "Organization", "Place", "Group"]);

function isVerb(pos: string): boolean {
  return pos.startsWith("VB") || pos === "MD";
}

function findTriggers(doc: ArticleDoc, views: SentenceView[]): Trigger[] {
  const triggers: Trigger[] = [];
  let lastPerson: Mention | undefined;
  for (const view of views) {
    const { tokens } = view;
    const sentenceTriggers: Trigger[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (view.mentionAt[i]) continue;
      // The phrasal reading first: "called on" is a demand, "called the sentence dangerous" a statement.
      const spec = phrasalTriggerFor(tokens[i].text, tokens[i].pos, tokens[i + 1]?.text) ?? triggerFor(tokens[i].text, tokens[i].pos) ?? heldInCustody(view, i);
      // A base-form verb ("called on X to visit … and meet", "will meet") names what is wanted or planned, not what happened.
      if (!spec || (spec.pos === "verb" && tokens[i].pos === "VB")) continue;
      // "detained without trial", "no agreement": what did not happen is no event.
      if (["without", "no", "never"].includes(lower(tokens[i - 1]))) continue;
      // "claimed the lives of 11 miners" reports deaths, not a claim.
      if (lower(tokens[i]).startsWith("claim") && spec.pos === "verb" && ["the", "lives"].includes(lower(tokens[i + 1])) && lower(tokens[i + 2]) !== "attack") continue;
      const trigger = describeTrigger(doc, view, i, spec);
      // "a petition … asking the government to act": a participle of the same kind goes on naming the same happening.
      const named = tokens[i].pos === "VBG" && !trigger.agent ? sentenceTriggers.findLast((earlier) => earlier.type === trigger.type) : undefined;
      if (named) named.participants.push(...trigger.participants);
      else sentenceTriggers.push(trigger);
    }
    for (const trigger of sentenceTriggers) {
      if (!trigger.agent && (trigger.type === "Statement" || trigger.type === "Demand" || (trigger.pos === "verb" && !trigger.passive))) resolvePronounAgent(trigger, lastPerson);
    }
    assignDates(doc, view, sentenceTriggers);
    linkReports(sentenceTriggers);
    triggers.push(...sentenceTriggers);
    for (const mention of view.mentions) if (mention.kind === "Person") lastPerson = mention;
  }
  return triggers;
}

/** "Four Britons have been held by the US": people who are held are detained (a meeting that is held is not). */
function heldInCustody(view: SentenceView, index: number): TriggerSpec | undefined {
  const { tokens } = view;
  if (lower(tokens[index]) !== "held" || tokens[index].pos !== "VBN" || !PASSIVE.has(lower(tokens[index - 1]))) return undefined;
  const subject = mentionToLeft(view, index);
  return subject && (subject.kind === "Person" || subject.kind === "Group") ? { type: "Arrest", pos: "verb" } : undefined;
}

function describeTrigger(doc: ArticleDoc, view: SentenceView, index: number, spec: TriggerSpec): Trigger {
  const { tokens } = view;
  let phraseStart = index;
  // Modifiers that belong to the name of the event: "terrorist attack", "Sunday attack", "strongly condemned".
  while (phraseStart > 0 && phraseStart > index - 2 && !view.mentionAt[phraseStart - 1] && /^(JJ|NN|RB)/.test(tokens[phraseStart - 1].pos) && !/^(NNP)/.test(tokens[phraseStart - 1].pos) && /^\p{L}/u.test(tokens[phraseStart - 1].text)) phraseStart--;
  const span = { start: tokens[index].start, end: tokens[index].end };
  const trigger: Trigger = {
    ...spec,
    view,
    token: index,
    // A phrasal trigger keeps its particle: "called on", "stepped down".
    phrase: doc.article.text.slice(tokens[phraseStart].start, tokens[phrasalTriggerFor(tokens[index].text, tokens[index].pos, tokens[index + 1]?.text) ? index + 1 : index].end),
    span,
    participants: [],
    places: [],
    date: null,
    passive: spec.pos === "verb" && tokens[index].pos === "VBN" && [1, 2].some((back) => PASSIVE.has(lower(tokens[index - back]))),
    about: [],
  };
  const { passive } = trigger;
  const byAgent = agentAfterBy(view, index);
  if (spec.pos === "verb") {
    const left = mentionToLeft(view, index);
    if (passive) {
      if (byAgent) trigger.agent = byAgent;
      // "Begg, from Birmingham, and Mubanga and Abbasi, from London, have been held": every one listed.
      if (left) for (const member of listAround(view, left, true)) addObject(trigger, member);
    } else {
      if (left && HAPPENS_TO_SUBJECT.has(lower(tokens[index]))) {
        for (const member of listAround(view, left)) addObject(trigger, member, "victim");
        return finishTrigger(view, trigger, phraseStart);
      }
      // `"… the WorldCom fraud," said the Wall Street Journal`: after a quote the speaker follows the verb, and names to the left are quoted.
      const inverted = spec.type === "Statement" && QUOTE_VERBS.has(lower(tokens[index])) && closesQuote(view, index) ? mentionRightAfter(view, index) : undefined;
      trigger.agent = inverted ?? left;
      if (left?.kind === "Person" && (spec.type === "Statement" || spec.type === "Demand")) {
        for (const organisation of organisationsInAppositive(view, left, index)) if (organisation.entity) trigger.participants.push({ entity: organisation.entity, role: "agent", mention: organisation });
      }
      // "Britain and France agreed": the others listed act too.
      if (left) for (const member of listAround(view, left)) if (member !== left && member.entity) trigger.participants.push({ entity: member.entity, role: "agent", mention: member });
    }
    if (!passive || !byAgent) for (const object of objectsToRight(view, index)) if (object !== trigger.agent) addObject(trigger, object);
  } else {
    // Noun triggers: "Mr Straw's announcement", "Hazara protests", "the attack by X on Y".
    const possessor = /^['’]s?$/.test(tokens[phraseStart - 1]?.text ?? "") ? mentionEndingAt(view, phraseStart - 1) : mentionEndingAt(view, phraseStart);
    trigger.agent = byAgent ?? (possessor && PARTICIPANT_KINDS.has(possessor.kind) ? possessor : undefined) ?? agentOfLightVerb(view, phraseStart);
    // "Bernard Ebbers is to face trial": who faces a trial or charges is its target.
    const facing = trigger.agent ? undefined : subjectOfFacing(view, phraseStart);
    if (facing) addObject(trigger, facing);
    const audience = lower(tokens[index + 1]) === "to";
    for (const object of objectsAfterPreposition(view, index, spec.type)) {
      // "the sentence of the Supreme Court": a court passes judgement, it is not its target.
      if (!trigger.agent && (spec.type === "Trial" || spec.type === "Sentence") && object.kind === "Organization" && /\b(court|tribunal|judge)s?\b/i.test(object.text)) trigger.agent = object;
      // "the request of the Municipality of Livorno", "the statement of the minister": who made it.
      else if (!trigger.agent && (spec.type === "Demand" || spec.type === "Statement") && lower(tokens[index + 1]) === "of") trigger.agent = object;
      else if (object !== trigger.agent) addObject(trigger, object, audience ? "other" : undefined);
    }
  }
  return finishTrigger(view, trigger, phraseStart);
}

/** Where the trigger happened, once its participants are known. */
function finishTrigger(view: SentenceView, trigger: Trigger, phraseStart: number): Trigger {
  trigger.places = placesAfter(view, trigger.token).filter((place) => place !== trigger.agent);
  // "the Iranian crackdown": a country qualifying the event's name is where it happened;
  // so is a country that arrests, tries, legislates or votes (its authorities act at home).
  const qualifier = trigger.pos === "noun" ? mentionEndingAt(view, phraseStart) : undefined;
  if (qualifier?.kind === "Place") trigger.places.push(qualifier);
  else if (trigger.agent?.kind === "Place" && ACTS_AT_HOME.has(trigger.type)) trigger.places.push(trigger.agent);
  return trigger;
}

function addObject(trigger: Trigger, mention: Mention, fixedRole?: ParticipantRole): void {
  if (!mention.entity || !PARTICIPANT_KINDS.has(mention.kind)) return;
  if (fixedRole) {
    trigger.participants.push({ entity: mention.entity, role: fixedRole, mention });
    return;
  }
  if (trigger.type === "Statement") {
    const verb = lower(trigger.view.tokens[trigger.token]);
    // "told BBC News": the audience takes part; "criticised the Home Office": the one it is aimed at.
    if (/^(told|tells)$/.test(verb)) trigger.participants.push({ entity: mention.entity, role: "other", mention });
    else if (!/^(said|says|say|added|reported|claimed|claims|announced|stated|revealed|admitted|confirmed|warned|expressed)$/.test(verb) && mention.tokenStart <= trigger.token + 3) {
      trigger.participants.push({ entity: mention.entity, role: "target", mention });
    }
    return;
  }
  const objectRole = OBJECT_ROLE[trigger.type];
  if (!objectRole) {
    trigger.participants.push({ entity: mention.entity, role: "other", mention });
    return;
  }
  const role: ParticipantRole = objectRole === "victim" || (VIOLENCE.has(trigger.type) && (mention.kind === "Person" || mention.kind === "Group")) ? "victim" : "target";
  if (mention.kind === "Place" && (VIOLENCE.has(trigger.type) || trigger.type === "Visit")) return; // a place hit or visited is where it happened
  trigger.participants.push({ entity: mention.entity, role, mention });
}

/**
 * The nearest mention on the left within the clause: the subject of an active verb.
 * Mentions inside a prepositional phrase ("stormed a mine in Mach, and killed") are not
 * subjects; a verb coordinated with "and" shares the subject of the verb before it
 * ("Guterres expressed condolences and urged").
 */
function mentionToLeft(view: SentenceView, index: number): Mention | undefined {
  const coordinated = ["and", "but", "or"].includes(lower(view.tokens[index - 1]));
  // In "took 11 Hazaras to the mountains and killed them", mentions before the earlier verb's own subject are its objects.
  let passedVerb = !coordinated;
  for (let i = skipInsertion(view, index - 1); i >= Math.max(0, index - SCAN_WINDOW); i--) {
    const mention = view.mentionAt[i];
    if (mention) {
      if (!passedVerb) {
        i = mention.tokenStart;
        continue;
      }
      if (isObjectOfVerb(view, mention)) return undefined;
      if (isSpokenFor(view, mention)) return mention;
      if (!isInPrepositionalPhrase(view, mention)) return PARTICIPANT_KINDS.has(mention.kind) && !isModifierOnly(view, mention) ? mention : undefined;
      i = mention.tokenStart;
      continue;
    }
    const word = lower(view.tokens[i]);
    // "A spokesman for RSF, which tracks press freedom, described … and called on": past the relative clause.
    const resumed = passedVerb ? skipInsertion(view, i) : i;
    if (resumed !== i) {
      i = resumed + 1;
      continue;
    }
    const isMainVerb = isVerb(view.tokens[i].pos) && !AUXILIARIES.has(word);
    if (CLAUSE_BREAK.has(word) || (isMainVerb && passedVerb)) return undefined;
    if (isMainVerb) passedVerb = true;
  }
  return undefined;
}

/**
 * Steps back over an appositive or relative clause closed by the comma at `at`:
 * "Louise Christian, who represents Mr Abbasi, said" → back to "Louise Christian".
 */
function skipInsertion(view: SentenceView, at: number): number {
  if (view.tokens[at]?.text !== ",") return at;
  for (let i = at - 1; i > Math.max(0, at - SCAN_WINDOW); i--) {
    if (view.tokens[i].text !== ",") continue;
    const opener = view.tokens[i + 1];
    const relative = ["who", "which", "whose", "the", "a", "an"].includes(lower(opener)) || opener.pos === "PRP$";
    // "Giampaolo Vianello, superintendent of the Fenice Theatre Foundation, said": a role describing the person before it.
    const role = /^(NN|JJ)/.test(opener.pos) && /^\p{Ll}/u.test(opener.text) && mentionEndingAt(view, i)?.kind === "Person";
    return relative || role ? i - 1 : at;
  }
  return at;
}

/** The organisations named in the appositive between a speaker and the verb: "Shami Chakrabarti, director of Liberty, said" → Liberty speaks too. */
function organisationsInAppositive(view: SentenceView, speaker: Mention, index: number): Mention[] {
  if (view.tokens[speaker.tokenEnd]?.text !== ",") return [];
  let close = index - 1;
  while (close > speaker.tokenEnd && AUXILIARIES.has(lower(view.tokens[close]))) close--;
  if (close === speaker.tokenEnd || view.tokens[close]?.text !== "," || close - speaker.tokenEnd > SCAN_WINDOW) return [];
  const organisations = new Set<Mention>();
  for (let i = speaker.tokenEnd + 1; i < close; i++) if (view.mentionAt[i]?.kind === "Organization") organisations.add(view.mentionAt[i]!);
  return [...organisations];
}

/** "a spokesman for (the) X": X is who speaks. */
function isSpokenFor(view: SentenceView, mention: Mention): boolean {
  let i = mention.tokenStart - 1;
  if (lower(view.tokens[i]) === "the") i--;
  return ["for", "of"].includes(lower(view.tokens[i])) && SPOKESPEOPLE.has(lower(view.tokens[i - 1])) && PARTICIPANT_KINDS.has(mention.kind);
}

/** "told Reuters the directors agreed": Reuters is what "told" took, not who agreed. */
function isObjectOfVerb(view: SentenceView, mention: Mention): boolean {
  let i = mention.tokenStart - 1;
  while (i >= 0 && (["the", "a", "an"].includes(lower(view.tokens[i])) || /^(CD|JJ)/.test(view.tokens[i].pos))) i--;
  return i >= 0 && isVerb(view.tokens[i].pos) && !AUXILIARIES.has(lower(view.tokens[i]));
}

/** Event types a country's authorities carry out on their own soil. */
const ACTS_AT_HOME: ReadonlySet<EventType> = new Set(["Arrest", "Trial", "Sentence", "Legislation", "Election", "Investigation"]);

const PHRASE_PREPOSITIONS = new Set(["in", "at", "on", "near", "from", "to", "into", "with", "by", "for", "after", "before", "against", "over", "under", "during", "across", "outside", "inside"]);

/** Whether a mention is the object of a preposition, looking back over determiners, commas and other places. */
function isInPrepositionalPhrase(view: SentenceView, mention: Mention): boolean {
  for (let i = mention.tokenStart - 1; i >= Math.max(0, mention.tokenStart - SCAN_WINDOW); i--) {
    const other = view.mentionAt[i];
    if (other) {
      if (other.kind !== "Place") return false;
      i = other.tokenStart;
      continue;
    }
    const word = lower(view.tokens[i]);
    if (PHRASE_PREPOSITIONS.has(word)) return true;
    if (!["the", "a", "an", ",", "'s", "’s", "#"].includes(word) && !view.tokens[i].pos.startsWith("JJ")) return false;
  }
  return false;
}

/** A demonym that only describes the subject ("a Pakistani think-tank") rather than standing for its country. */
function isModifierOnly(view: SentenceView, mention: Mention): boolean {
  const next = view.tokens[mention.tokenEnd];
  return mention.kind === "Place" && next !== undefined && /^NNS?$/.test(next.pos) && !GOVERNMENT_NOUNS.has(lower(next)) && !view.mentionAt[mention.tokenEnd];
}

/** "UAAR launched a petition": the subject of the light verb before a noun trigger is its agent. */
function agentOfLightVerb(view: SentenceView, phraseStart: number): Mention | undefined {
  let i = phraseStart - 1;
  while (i >= 0 && /^(DT|PRP\$|JJ|CD)$/.test(view.tokens[i].pos)) i--;
  return i >= 0 && LIGHT_VERBS.has(lower(view.tokens[i])) ? mentionToLeft(view, i) : undefined;
}

/** The subject of "face/faces/facing" right before a noun trigger: "Ebbers is to face trial". */
function subjectOfFacing(view: SentenceView, phraseStart: number): Mention | undefined {
  let i = phraseStart - 1;
  while (i >= 0 && /^(DT|PRP\$|JJ|CD)$/.test(view.tokens[i].pos)) i--;
  return i >= 0 && FACING_VERBS.has(lower(view.tokens[i])) ? mentionToLeft(view, i) : undefined;
}

/** Whether a quotation ends right before token `index`: `…"`, `…,"` or `…" ,`. */
function closesQuote(view: SentenceView, index: number): boolean {
  const isQuote = (at: number) => /^["”'’]+$/.test(view.tokens[at]?.text ?? "") || /[,.]["”]$/.test(view.tokens[at]?.text ?? "");
  return isQuote(index - 1) || (view.tokens[index - 1]?.text === "," && isQuote(index - 2));
}

/** `"...," said Mr Smith`: the speaker right after the verb. */
function mentionRightAfter(view: SentenceView, index: number): Mention | undefined {
  for (let i = index + 1; i < Math.min(view.tokens.length, index + 3); i++) {
    const mention = view.mentionAt[i];
    if (mention) return mention.kind === "Person" || mention.kind === "Organization" ? mention : undefined;
  }
  return undefined;
}

function agentAfterBy(view: SentenceView, index: number): Mention | undefined {
  for (let i = index + 1; i < Math.min(view.tokens.length, index + 4); i++) {
    if (lower(view.tokens[i]) !== "by") continue;
    for (let j = i + 1; j < Math.min(view.tokens.length, i + 4); j++) {
      const mention = view.mentionAt[j];
      if (mention) return PARTICIPANT_KINDS.has(mention.kind) ? mention : undefined;
    }
  }
  return undefined;
}

/** Mentions in the verb's object: up to the clause's end or the next verb. */
function objectsToRight(view: SentenceView, index: number): Mention[] {
  const objects: Mention[] = [];
  for (let i = index + 1; i < Math.min(view.tokens.length, index + 10); i++) {
    const word = lower(view.tokens[i]);
    if (CLAUSE_BREAK.has(word) || word === "," || word === "." || ["in", "at", "near", "by", "to", "from", "on"].includes(word) && !view.mentionAt[i]) {
      if (word !== "on" || i !== index + 1) break; // "called on X" keeps its object
      continue;
    }
    if (isVerb(view.tokens[i].pos) && !view.mentionAt[i]) break;
    const mention = view.mentionAt[i];
    if (mention && mention.tokenStart === i && !introducesTitleHolder(view, mention)) objects.push(mention);
  }
  return objects;
}

/** "Pakistani Prime Minister Imran Khan": the country only qualifies the person's title. */
function introducesTitleHolder(view: SentenceView, mention: Mention): boolean {
  let i = mention.tokenEnd;
  while (i < view.tokens.length && !view.mentionAt[i] && TITLE_WORDS.has(lower(view.tokens[i]))) i++;
  return i > mention.tokenEnd && view.mentionAt[i]?.kind === "Person";
}

/** "the killing of 11 Hazaras", "the attack on Hazaras people", "protests against the government". */
function objectsAfterPreposition(view: SentenceView, index: number, type: EventType): Mention[] {
  const preposition = lower(view.tokens[index + 1]);
  // "gave interviews to the BBC Persian Service and Radio Farda": a statement's audience.
  if (!["of", "on", "against", "into"].includes(preposition) && !(preposition === "to" && type === "Statement")) return [];
  const objects: Mention[] = [];
  for (let i = index + 2; i < Math.min(view.tokens.length, index + 9); i++) {
    const mention = view.mentionAt[i];
    if (mention && mention.tokenStart === i) {
      objects.push(...listFromAcrossModifiers(view, mention));
      break;
    }
    if (/^[,;.]$/.test(view.tokens[i].text) || isVerb(view.tokens[i].pos)) break;
  }
  return objects;
}

/** A list that may repeat its determiner and modifiers: "the BBC Persian Service and the US-funded Radio Farda". */
function listFromAcrossModifiers(view: SentenceView, first: Mention): Mention[] {
  const members = [first];
  let at = first.tokenEnd;
  while (at < view.tokens.length) {
    let next = at;
    if (view.tokens[next]?.text === ",") next++;
    if (["and", "or"].includes(lower(view.tokens[next]))) next++;
    if (next === at) break;
    // Determiners and modifiers, compounds like "US-funded" included.
    while (next < Math.min(view.tokens.length, at + 5) && ((!view.mentionAt[next] && /^(DT|JJ|VBN)$/.test(view.tokens[next].pos)) || /^[\p{L}.]+-\p{Ll}+$/u.test(view.tokens[next].text))) next++;
    const member = mentionStartingAt(view, next);
    if (!member || !PARTICIPANT_KINDS.has(member.kind) || (member.kind === "Place") !== (first.kind === "Place")) break;
    members.push(member);
    at = member.tokenEnd;
  }
  return members;
}

/** Places after "in", "at", "near" in the clause: "in Pakistan's Balochistan province", "in Mach, Balochistan". */
function placesAfter(view: SentenceView, index: number): Mention[] {
  const places: Mention[] = [];
  for (let i = index + 1; i < Math.min(view.tokens.length, index + 16); i++) {
    const word = lower(view.tokens[i]);
    if (CLAUSE_BREAK.has(word) || word === ".") break;
    if (!["in", "at", "near", "outside"].includes(word)) continue;
    for (let j = i + 1; j < Math.min(view.tokens.length, i + 8); j++) {
      const mention = view.mentionAt[j];
      if (mention?.kind === "Place") {
        places.push(mention);
        j = mention.tokenEnd - 1;
        continue;
      }
      if (mention || !/^(['’]s?|,|#|the|a|an|central|northern|southern|eastern|western|north|south|east|west|neighbouring|neighboring|nearby|capital|province|city|region|district|state|town|village|coal|mine|area)$/i.test(view.tokens[j].text)) break;
    }
  }
  return places;
}

function resolvePronounAgent(trigger: Trigger, lastPerson: Mention | undefined): void {
  const before = trigger.view.tokens[trigger.token - 1];
  const twoBefore = trigger.view.tokens[trigger.token - 2];
  const pronoun = [before, twoBefore].find((token) => token && PERSONAL_PRONOUNS.has(lower(token)));
  if (!pronoun || !lastPerson?.entity) return;
  if (!HAPPENS_TO_SUBJECT.has(lower(trigger.view.tokens[trigger.token]))) trigger.agent = lastPerson;
  else if (trigger.participants.length === 0) trigger.participants.push({ entity: lastPerson.entity, role: "victim", mention: lastPerson });
}

const MAY_NAME_A_DAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\bmay \d|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/i;

/** Each absolute or relative day in the sentence goes to the nearest trigger. */
function assignDates(doc: ArticleDoc, view: SentenceView, triggers: Trigger[]): void {
  // chrono is the slowest step of extraction: only sentences with a word that can name a day go to it.
  if (triggers.length === 0 || !MAY_NAME_A_DAY.test(view.sentence.text)) return;
  const reference = doc.article.date ? new Date(`${doc.article.date}T12:00:00Z`) : undefined;
  if (!reference && !/\b\d{4}\b/.test(view.sentence.text)) return;
  for (const window of dateWindows(view.sentence.text)) {
    if (!reference && !/\b\d{4}\b/.test(window.text)) continue;
    for (const result of chrono.parse(window.text, { instant: reference ?? new Date(0), timezone: 0 }, { forwardDate: false })) {
      const known = result.start.isCertain("day") || (result.start.isCertain("weekday") && reference);
      // Without a dateline only a date that spells out its year can be placed ("yesterday" is relative to the instant).
      if (!known || (!reference && !/\b\d{4}\b/.test(result.text)) || /week|month|year/i.test(result.text)) continue;
      const at = view.sentence.start + window.start + result.index + result.text.length / 2;
      const nearest = triggers.reduce((best, trigger) => (Math.abs(trigger.span.start - at) < Math.abs(best.span.start - at) ? trigger : best));
      nearest.date ??= result.start.date().toISOString().slice(0, 10);
    }
  }
}

const DAY_WORDS = new RegExp(MAY_NAME_A_DAY.source, "gi");
/** How far around a day word a date expression may reach: "on the 3rd of January 2021", "Sunday, August 2, 2015". */
const DATE_REACH = 24;

/** The parts of a sentence around its day words, whole words only and merged where they overlap: chrono's cost grows with the text it reads. */
function dateWindows(text: string): Array<{ start: number; text: string }> {
  const windows: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(DAY_WORDS)) {
    const start = text.lastIndexOf(" ", Math.max(0, match.index - DATE_REACH)) + 1;
    const after = text.indexOf(" ", Math.min(text.length, match.index + match[0].length + DATE_REACH));
    const end = after < 0 ? text.length : after;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows.map(({ start, end }) => ({ start, text: text.slice(start, end) }));
}

/** A statement, demand, protest or inquiry reports on the other happenings its sentence names ("condemned the attack", "the attack was claimed"). */
function linkReports(triggers: Trigger[]): void {
  // Triggers are in text order, so the ones within the window are a contiguous run around each.
  let from = 0;
  triggers.forEach((trigger, position) => {
    while (triggers[from].token < trigger.token - SCAN_WINDOW) from++;
    if (!REPORTING.has(trigger.type) && !isClaim(trigger)) return;
    for (let i = from; i < triggers.length && triggers[i].token <= trigger.token + SCAN_WINDOW; i++) {
      const other = triggers[i];
      if (i !== position && other.type !== "Statement" && other.type !== trigger.type) trigger.about.push(other);
    }
  });
}

function isClaim(trigger: Trigger): boolean {
  return lower(trigger.view.tokens[trigger.token]).startsWith("claim");
}

interface Cluster {
  triggers: Trigger[];
  type: EventType;
  agentKey?: string;
}

function clusterTriggers(triggers: Trigger[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byId = new Map<string, Cluster>();
  // In an article about violence, those who died died of it.
  const violent = triggers.some((trigger) => VIOLENCE.has(trigger.type));
  for (const trigger of triggers) {
    const agentKey = trigger.agent?.entity;
    const word = lower(trigger.view.tokens[trigger.token]);
    let id: string;
    if (VIOLENCE.has(trigger.type) || (violent && HAPPENS_TO_SUBJECT.has(word))) id = "violence";
    // A court's ruling and its sentence are one judgement.
    else if ((trigger.type === "Trial" || trigger.type === "Sentence") && trigger.agent?.kind === "Organization") id = `judgement:${agentKey}`;
    // Other happenings of one agent differ by what happened: "won" a prize, made a "debut".
    else if (trigger.type === "Other") id = `Other:${agentKey ?? trigger.participants[0]?.entity ?? ""}:${OTHER_HAPPENINGS.get(word) ?? word}`;
    else if (trigger.type === "Statement" || trigger.type === "Demand") id = agentKey ? `speaker:${agentKey}` : `${trigger.type}:${trigger.token}:${trigger.view.index}`;
    // Without an agent, what it happened to tells mentions apart: "a lawsuit" and "Ebbers is to face trial".
    else id = `${trigger.type}:${agentKey ?? `~${trigger.participants[0]?.entity ?? ""}`}`;
    const cluster = byId.get(id);
    if (cluster) cluster.triggers.push(trigger);
    else {
      const created: Cluster = { triggers: [trigger], type: trigger.type, agentKey };
      byId.set(id, created);
      clusters.push(created);
    }
  }
  // A mention with no agent ("the agreement") belongs to the one agent's event of its type, when there is one.
  for (const orphan of clusters.filter((cluster) => !cluster.agentKey && !VIOLENCE.has(cluster.type) && !["Statement", "Demand", "Other"].includes(cluster.type))) {
    const owners = clusters.filter((cluster) => cluster.agentKey && cluster.type === orphan.type);
    // "held by the US at Guantanamo Bay" and "detained in the UK" are two detentions.
    if (owners.length !== 1 || placesDiffer(orphan, owners[0])) continue;
    owners[0].triggers.push(...orphan.triggers);
    owners[0].triggers.sort((a, b) => a.span.start - b.span.start);
    clusters.splice(clusters.indexOf(orphan), 1);
  }
  for (const cluster of clusters) {
    if (cluster.triggers.some((trigger) => trigger.type === "Attack")) cluster.type = "Attack";
    cluster.agentKey ??= cluster.triggers.find((trigger) => trigger.agent)?.agent?.entity;
  }
  return clusters;
}

function placesDiffer(a: Cluster, b: Cluster): boolean {
  const placesOf = (cluster: Cluster) => new Set(cluster.triggers.flatMap((trigger) => trigger.places.map((place) => place.entity)));
  const [first, second] = [placesOf(a), placesOf(b)];
  return first.size > 0 && second.size > 0 && ![...first].some((place) => second.has(place));
}

/** Salient enough to be an event: a named participant or place, or a happening that matters by itself. */
function isSalient(cluster: Cluster): boolean {
  const hasTarget = cluster.triggers.some((trigger) => trigger.participants.length > 0);
  if (cluster.type === "Statement") return cluster.agentKey !== undefined;
  if (cluster.type === "Demand") return cluster.agentKey !== undefined || hasTarget;
  // Meeting and visiting are done by people and organisations, not by the places met in.
  if ((cluster.type === "Meeting" || cluster.type === "Visit") && !cluster.triggers.some((trigger) => trigger.agent && trigger.agent.kind !== "Place")) return false;
  if (["Attack", "Killing", "Disaster", "Accident", "Protest"].includes(cluster.type)) return true;
  // A happening the article keeps coming back to ("a class action lawsuit … defendants in the lawsuit").
  if (cluster.triggers.length >= 2 && cluster.type !== "Other") return true;
  return cluster.triggers.some((trigger) => trigger.agent || trigger.participants.length > 0 || trigger.places.length > 0 || trigger.date);
}

/** How deep a place sits in the article's LOCATED_IN chains: Mach (in Balochistan, in Pakistan) is deeper than Pakistan. */
function placeDepth(relations: RelationMention[]): (key: string) => number {
  const parents = new Map<string, Set<string>>();
  for (const relation of relations) {
    if (relation.kind !== "LOCATED_IN") continue;
    const known = parents.get(relation.source) ?? new Set<string>();
    parents.set(relation.source, known.add(relation.target));
  }
  const depths = new Map<string, number>();
  const depth = (key: string, seen: Set<string>): number => {
    const known = depths.get(key);
    if (known !== undefined) return known;
    if (seen.has(key)) return 0;
    seen.add(key);
    const value = 1 + Math.max(0, ...[...(parents.get(key) ?? [])].map((parent) => depth(parent, seen)));
    depths.set(key, value);
    return value;
  };
  return (key) => depth(key, new Set());
}

export function extractEvents(doc: ArticleDoc): { events: EventMention[]; relations: RelationMention[] } {
  const views = sentenceViews(doc);
  markGovernment(views, homeCountry(doc));
  const clusters = clusterTriggers(findTriggers(doc, views)).filter(isSalient);
  const entityName = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  const depth = placeDepth(doc.relations);
  const seatOf = new Map(doc.relations.filter((relation) => relation.kind === "LOCATED_IN").map((relation) => [relation.source, relation.target]));
  const clusterOf = new Map<Trigger, Cluster>();
  clusters.forEach((cluster) => cluster.triggers.forEach((trigger) => clusterOf.set(trigger, cluster)));
  clusters.sort((a, b) => a.triggers[0].span.start - b.triggers[0].span.start);
  const keyOf = new Map<Cluster, string>(clusters.map((cluster, index) => [cluster, `Event:${doc.article.id}#${index + 1}`]));

  const events: EventMention[] = [];
  const relations: RelationMention[] = [];
  for (const cluster of clusters) {
    const key = keyOf.get(cluster)!;
    const first = cluster.triggers[0];
    const relationsBefore = relations.length;
    const relate = (kind: RelationMention["kind"], source: string, target: string, trigger: Trigger, span: Span, confidence: number, role?: ParticipantRole) =>
      relations.push({ kind, source, target, sentence: trigger.view.index, span: { start: Math.min(span.start, trigger.span.start), end: Math.max(span.end, trigger.span.end) }, confidence, ...(role ? { role } : {}) });

    const places = cluster.triggers.flatMap((trigger) => trigger.places.map((place) => ({ place, trigger })));
    // The most specific place: deepest in the article's containment, then not a country ("in a US court in Manhattan").
    const specificity = (mention: Mention) => depth(mention.entity!) * 2 + (countryNamed(entityName.get(mention.entity!) ?? "") ? 0 : 1);
    const place = places.sort((a, b) => specificity(b.place) - specificity(a.place))[0];
    // Where a statement or demand was made is rarely said; the places in it are what it is about.
    const locatable = cluster.type !== "Statement" && cluster.type !== "Demand";
    // "held at Belmarsh and Woodhill prisons": every place of a list happened to host it.
    // ("Mach, Balochistan" is no list: the second place contains the first.)
    if (place && locatable) {
      for (const listed of listAround(place.trigger.view, place.place)) {
        if (specificity(listed) === specificity(place.place)) relate("OCCURRED_IN", key, listed.entity!, place.trigger, listed, 0.7);
      }
    }
    // Otherwise a ruling, a fire or a debut happens where the organisation taking part is: "the House of Lords, the UK's highest court, ruled".
    const seat = !place && locatable ? seatOfOrganisation(cluster, seatOf) : undefined;
    if (seat) relate("OCCURRED_IN", key, seat.place, seat.trigger, seat.trigger.span, 0.5);

    const seen = new Set<string>();
    for (const trigger of cluster.triggers) {
      const argumentsOf: Argument[] = [...(trigger.agent?.entity ? [{ entity: trigger.agent.entity, role: "agent" as const, mention: trigger.agent }] : []), ...trigger.participants];
      for (const argument of argumentsOf) {
        const id = `${argument.entity}|${argument.role}`;
        if (seen.has(id) || (argument.role !== "agent" && seen.has(`${argument.entity}|agent`))) continue;
        seen.add(id);
        relate("PARTICIPANT", argument.entity, key, trigger, argument.mention, argument.role === "agent" ? 0.75 : 0.65, argument.role);
      }
      for (const reported of trigger.about) {
        const target = clusterOf.get(reported);
        if (!target || target === cluster || !keyOf.has(target)) continue;
        relate("ABOUT", key, keyOf.get(target)!, trigger, reported.span, 0.7);
        // "X claimed the attack": the claimant did it.
        if (isClaim(trigger) && VIOLENCE.has(target.type) && trigger.agent?.entity) {
          relate("PARTICIPANT", trigger.agent.entity, keyOf.get(target)!, trigger, trigger.agent, 0.7, "agent");
        }
      }
    }
    const agentName = cluster.agentKey ? entityName.get(cluster.agentKey) : undefined;
    const placeName = place ? entityName.get(place.place.entity!) : undefined;
    const otherKey = cluster.triggers.flatMap((trigger) => trigger.participants)[0]?.entity;
    const otherName = otherKey ? entityName.get(otherKey) : undefined;
    const name = agentName ? `${agentName}: ${first.phrase}` : placeName ? `${first.phrase} in ${placeName}` : otherName ? `${first.phrase} (${otherName})` : first.phrase;
    const aliases = [...new Set(cluster.triggers.flatMap((trigger) => [trigger.phrase, trigger.view.tokens[trigger.token].text]))].filter((alias) => alias !== name);
    const argumentCount = relations.length - relationsBefore;
    events.push({
      key,
      eventType: cluster.type,
      name,
      aliases,
      date: cluster.triggers.find((trigger) => trigger.date)?.date ?? null,
      triggers: cluster.triggers.map((trigger) => ({ ...trigger.span, sentence: trigger.view.index })),
      confidence: round(Math.min(0.95, 0.5 + 0.1 * argumentCount)),
    });
  }
  relations.push(...reportsOnPlacedEvents(clusters, keyOf, relations, entityName));
  relations.push(...reportsOnMainEvent(clusters, keyOf, relations));
  return { events, relations: dedupe(relations) };
}

/** The place of the first organisation in the event (its agent first) whose seat the article gives. */
function seatOfOrganisation(cluster: Cluster, seatOf: Map<string, string>): { place: string; trigger: Trigger } | undefined {
  for (const trigger of cluster.triggers) {
    const organisations = [trigger.agent, ...trigger.participants.map((participant) => participant.mention)].filter((mention) => mention?.kind === "Organization");
    for (const organisation of organisations) {
      const place = organisation?.entity ? seatOf.get(organisation.entity) : undefined;
      if (place) return { place, trigger };
    }
  }
  return undefined;
}

/** "called for the release of the inmates at Guantanamo Bay": a statement naming the place of a happening is about it. */
function reportsOnPlacedEvents(clusters: Cluster[], keyOf: Map<Cluster, string>, relations: RelationMention[], entityName: Map<string, string>): RelationMention[] {
  const eventsAt = new Map<string, string[]>();
  for (const relation of relations) {
    if (relation.kind !== "OCCURRED_IN") continue;
    const events = eventsAt.get(relation.target) ?? [];
    events.push(relation.source);
    eventsAt.set(relation.target, events);
  }
  const reported: RelationMention[] = [];
  for (const cluster of clusters) {
    if (!REPORTING.has(cluster.type) || cluster.type === "Trial") continue;
    const key = keyOf.get(cluster)!;
    for (const trigger of cluster.triggers) {
      const nearby = new Set<Mention>();
      for (let i = Math.max(0, trigger.token - SCAN_WINDOW); i < Math.min(trigger.view.tokens.length, trigger.token + SCAN_WINDOW); i++) {
        const mention = trigger.view.mentionAt[i];
        if (mention) nearby.add(mention);
      }
      for (const place of nearby) {
        // Only a specific place says which happening: every event in a country is "in Iran".
        const specific = place.kind === "Place" && !countryNamed(entityName.get(place.entity!) ?? "");
        for (const event of (specific && eventsAt.get(place.entity!)) || []) {
          if (event !== key) reported.push({ kind: "ABOUT", source: key, target: event, sentence: trigger.view.index, span: { start: place.start, end: place.end }, confidence: 0.5 });
        }
      }
    }
  }
  return reported;
}

/** A statement that names no event is taken to be about the article's main happening. */
function reportsOnMainEvent(clusters: Cluster[], keyOf: Map<Cluster, string>, relations: RelationMention[]): RelationMention[] {
  // The most-mentioned happening; between equals, the one with an agent.
  const weight = (cluster: Cluster) => cluster.triggers.length * 2 + (cluster.agentKey ? 1 : 0);
  const main = clusters.filter((cluster) => !REPORTING.has(cluster.type) || cluster.type === "Trial").sort((a, b) => weight(b) - weight(a))[0];
  if (!main) return [];
  const mainKey = keyOf.get(main)!;
  const reporting = new Set(relations.filter((relation) => relation.kind === "ABOUT").map((relation) => relation.source));
  return clusters
    .filter((cluster) => cluster !== main && REPORTING.has(cluster.type) && !reporting.has(keyOf.get(cluster)!))
    .map((cluster) => ({ kind: "ABOUT" as const, source: keyOf.get(cluster)!, target: mainKey, sentence: cluster.triggers[0].view.index, span: cluster.triggers[0].span, confidence: 0.4 }));
}

function dedupe(relations: RelationMention[]): RelationMention[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    const id = `${relation.kind}|${relation.source}|${relation.target}|${relation.role ?? ""}`;
    return !seen.has(id) && seen.add(id) !== undefined;
  });
}
