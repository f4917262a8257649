// Events as predicates with arguments, read off the dependency parse. A trigger word from
// the lexicon is a verb or a noun, and a happening's name ("the Australian Open") is a noun; its arguments are its dependents: the subject acts (or, for
// "died", undergoes), the object or passive subject is what it happened to, "by X" acts, "in X"
// is where it happened, and conjuncts of an argument take part too. A time expression attached
// to the trigger itself dates it; a report's complement is what it is about. Triggers that name
// the same happening are then merged into one event: all violence in an article is one attack;
// statements and demands by the same speaker are one statement; a court's ruling and sentence
// are one judgement; a named happening is one event with the wins told of it; other mentions of a
// type merge by agent. docs/extraction.md lists the patterns.
import * as chrono from "chrono-node";
import { normaliseName, type EventType, type ParticipantRole } from "../../graph-schema/index.js";
import type { ArticleDoc, EventMention, Mention, RelationMention, Span, Token } from "../doc.js";
import { round } from "../resolve/index.js";
import { mentionHeadToken } from "../resolve/mentions.js";
import { countryNamed, countryOfDemonym, HONORIFICS, knownOnlyElsewhere, PERSON_PRONOUNS, PLACE_COMPOUND, QUOTATION_MARKS, quotedTokens } from "../resolve/lexicon.js";
import {
  ABOUT_MAIN_EVENT, AWARD_WORDS, BIDDING_NOUNS, SUPPOSING_MARKERS, THING_OBJECTS, ACCUSATION_MARKERS, CLAUSE_TAKING_TYPES, SIDE_NOUNS, SPEAKING_VERBS, STAKE_NOUNS, ADDITIVE_ADVERBS, ADDRESSED_TYPES, REFLEXIVE_PRONOUNS, MANNER_TYPES, SETTING_PREPOSITIONS, ACCUSING_WORDS, ACTS_AT_HOME, CUSTODY_VERBS, ANSWERS_FOR_ONLY_DEED, BODY_SPEAKERS, RELATIVE_PRONOUNS, PROXIMITY_PREPOSITIONS, QUESTION_MARKERS, STATUTE_IN_THE_MAKING, STATUTE_NOUNS, TAKING_VERBS, ORDER_NOUNS, AMBIGUOUS_MONTHS, ANSWERS_FOR, AT_DATELINE, AT_SEAT, NATIONAL_VOTES, SUIT_WORDS, BE_FORMS, FOUND_STATES, AUDIENCE_VERBS, SOURCE_PREPOSITIONS, HARMING_VERBS, HOLDS_TO_ACCOUNT, INSTRUMENT_NOUNS, VENUE_PREPOSITIONS, CALAMITIES, PROPERTY_CRIMES, CONFIDENCE, HEADER_SENTENCES, LEAD_SENTENCES, LEDE_SENTENCES, OPENING_SENTENCES, WEAPON_ATTACK_WORDS, NEGATORS, NUMERIC_DATE, OBJECT_PREPOSITIONS,
  AIMED_AT_OWNER, ATTEMPT_WORDS, AVOIDING_VERBS, BARE_CLAUSE_VERBS, PERIOD_BOUNDS, CONTEST_PREPOSITIONS, CONTESTED_VOTES, PARTNERED_TYPES, OCCURRENCE_VERBS, PERSONAL_PRONOUNS, PLACE_PREPOSITIONS, POLICE_ACTIONS, PUBLICATION_WORDS, REASON_PREPOSITIONS, REPORTING_SPEAKER, SIMULTANEITY_MARKERS, SPEECH_VERBS, SPOKESPEOPLE, TIME_PHRASE_WORDS, TIME_WORDS,
  TOPIC_PREPOSITIONS, TOPIC_VERBS, UNDERGOING_VERBS, IMPLICATIVE_VERBS, PARTICIPATION_VERBS, PUTTING_VERBS, UNDERGONE_IN,
} from "./event-lexicon.js";
import { FINITE_VERB_TAGS } from "../nlp/syntax.js";
import { nounClass, type NounClass } from "../nlp/wordnet.js";
import { ACCUSATION_VERBS, ADVERB_PARTICLES, CALAMITY_CAUSES, FATAL_RESULTS, AGENT_NOUNS, CRITICISM_OUTSIDE_VIOLENCE, DEATHS_AMID_VIOLENCE, ANCHOR_NEEDING_NOUNS, ATTACK_IN_PLAY, ASKING_VERBS, BEFALLS_PLACE, BEFALLS_POSSESSOR, CLASH_CROWDS, HAPPENING_OBJECT_ROLE, CLASH_FORCES, CLASH_WORDS, COMPLEMENT_OBJECT_TYPES, CRITICISM_BY_REASON, ACCOUNTABLE_SUBJECT, STRIKE_CUES, STRIKE_WORDS, GOVERNMENT_NOUNS, HAPPENING_PHRASE_HEADS, HAPPENS_TO_SUBJECT, IDIOMS, OUTSIDER_NOUNS, isPhrasalParticle, keepsSenseWith, phrasalParticle, LIGHT_VERBS, MODIFIER_IDIOMS, CLAUSE_NEEDING_VERBS, OBJECT_ROLE, OBJECT_SENSES, OBJECTLESS_VERBS, OWNER_SENSES, OTHER_HAPPENINGS, PLACE_NEEDING_VERBS, phrasalTriggerFor, POSSESSOR_ROLE, POSSESSOR_ROLE_WITHOUT_OF, REPORTING, SUBJECT_NEEDING_VERBS, TARGET_NEEDING_VERBS, TIMED_SANCTIONS, TITLE_WORDS, triggerFor, VERDICT_COMPLEMENTS, VIOLENCE, type TriggerSpec } from "./lexicon.js";
import { caseOf, datelinePlace, dependents, dependentsBy, lower, storyCountry, markGovernment, markOrganisationHeads, markTitledPersons, mentionHead, sentenceViews, type SentenceView } from "./sentence-view.js";

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
  /** Other triggers in its complement that this one reports on ("condemned the attack"). */
  about: Trigger[];
  /** Entities its complement is about ("criticised Mr Blair's remarks" is about Mr Blair). */
  aboutEntities: Mention[];
  /** The mentions in its complement, down to the next trigger: the places a report names. */
  named: Set<Mention>;
  /** The happening's name, where the text names it ("the Australian Open"). */
  eventName?: string;
}

const PARTICIPANT_KINDS = new Set(["Person", "Organization", "Place", "Group"]);
/** Relations of a verb that heads a main clause of its sentence, not a relative or adverbial one. */
const MAIN_CLAUSE = new Set(["root", "conj", "parataxis"]);

/** How many sentences back "X also condemned it" looks for the dated happening of the same kind it adds to. */
const ALSO_LOOKBACK_SENTENCES = 3;
/** Relations by which a report takes what it reports on: "said (that) …", "condemned the attack", "claimed by". */
const COMPLEMENTS = new Set(["ccomp", "xcomp", "obj", "nsubj:pass", "parataxis"]);
/** Relations by which a trigger's dependent is a place or date modifier rather than a clause of its own. */
const MODIFIERS = new Set(["obl", "nmod", "advmod", "compound", "appos", "flat", "conj", "amod", "nummod"]);

/** Whether a token is a word of `words`, by its form or its lemma. */
function isWord(words: ReadonlySet<string>, token: Token | undefined): boolean {
  return token !== undefined && (words.has(token.text.toLowerCase()) || words.has(token.lemma.toLowerCase()));
}

function findTriggers(doc: ArticleDoc, views: SentenceView[], reference: Date | undefined, lead: number | undefined): Trigger[] {
  const triggers: Trigger[] = [];
  // The triggers of the last few sentences, nearest first.
  let recent: Trigger[][] = [];
  for (const view of views) {
    const triggerAt = new Map<number, Trigger>();
    view.tokens.forEach((_, index) => {
      const trigger = triggerOf(doc, view, index);
      if (trigger) triggerAt.set(index, trigger);
    });
    for (const trigger of namedTriggers(doc, view)) triggerAt.set(trigger.token, trigger);
    for (const trigger of triggerAt.values()) readArguments(view, trigger);
    assignDates(view, triggerAt, reference);
    // What the lead reports being said, with no time of its own, was said on the day the story is published.
    if (view.index === lead && reference) {
      for (const trigger of triggerAt.values()) {
        if (trigger.type === "Statement" && trigger.pos === "verb" && !trigger.date && MAIN_CLAUSE.has(view.tokens[trigger.token].deprel)) trigger.date = reference.toISOString().slice(0, 10);
      }
    }
    // "a petition … asking the government to act": a participle of the same kind goes on naming the same happening.
    for (const [index, trigger] of triggerAt) {
      const named = triggerAt.get(view.tokens[index].head);
      if (view.tokens[index].deprel.startsWith("acl") && view.tokens[index].pos === "VBG" && !trigger.agent && named?.type === trigger.type) {
        named.participants.push(...trigger.participants);
        named.date ??= trigger.date;
        triggerAt.delete(index);
      }
    }
    // "Obama announced plans Tuesday … The president signed a memorandum": what the same agent goes on
    // to do in the next sentence, with no time of its own, happened that day too.
    for (const trigger of triggerAt.values()) {
      if (trigger.date || trigger.pos !== "verb" || !trigger.agent?.entity || !MAIN_CLAUSE.has(view.tokens[trigger.token].deprel)) continue;
      trigger.date = (recent[0] ?? []).find((before) => before.date && before.agent?.entity === trigger.agent!.entity)?.date ?? null;
    }
    // "Guterres on Monday condemned the attack … Bozkir also condemned it": what someone else "also" did then.
    for (const trigger of triggerAt.values()) {
      if (trigger.date || trigger.pos !== "verb" || !dependentsBy(view, trigger.token, "advmod").some((child) => isWord(ADDITIVE_ADVERBS, view.tokens[child]))) continue;
      trigger.date = recent.flat().find((before) => before.date && before.type === trigger.type)?.date ?? null;
    }
    // "During a visit to X, Obama said …": the happening that sets the time of a clause shares its day.
    for (const trigger of triggerAt.values()) {
      const token = view.tokens[trigger.token];
      if (!trigger.date && token.deprel === "obl" && SETTING_PREPOSITIONS.has(caseOf(view, trigger.token))) trigger.date = triggerAt.get(token.head)?.date ?? null;
    }
    for (const trigger of triggerAt.values()) linkReports(view, trigger, triggerAt);
    recent = [[...triggerAt.values()], ...recent].slice(0, ALSO_LOOKBACK_SENTENCES);
    triggers.push(...[...triggerAt.values()].sort((a, b) => a.token - b.token));
  }
  return triggers;
}

/** The happenings the sentence names ("the Australian Open"), each a noun trigger of its name's type at the name's head. */
function namedTriggers(doc: ArticleDoc, view: SentenceView): Trigger[] {
  return (doc.eventNames ?? []).flatMap((named) =>
    named.mentions
      .filter((mention) => mention.sentence === view.index)
      .map((mention) => ({
        type: named.eventType,
        pos: "noun" as const,
        view,
        token: mentionHeadToken(view.tokens, mention),
        phrase: mention.text,
        span: { start: mention.start, end: mention.end },
        participants: [],
        places: [],
        date: null,
        passive: false,
        about: [],
        aboutEntities: [],
        named: new Set<Mention>(),
        eventName: named.name,
      })),
  );
}

/** The words after a token, as far as a phrasal trigger's particle may run: "gave [himself up]". */
function wordsAfter(tokens: Token[], index: number): string[] {
  return tokens.slice(index + 1, index + 3).map((token) => token.text);
}

/** Whether a word is denied by one of its own dependents: "not", "n't", "never", "no", "without". */
function isDenied(view: SentenceView, index: number): boolean {
  return dependents(view)[index].some((child) => isWord(NEGATORS, view.tokens[child]));
}

/** The trigger token `index` is, if any, with its phrase. */
function triggerOf(doc: ArticleDoc, view: SentenceView, index: number): Trigger | undefined {
  const { tokens } = view;
  const token = tokens[index];
  if (view.mentionAt[index]) return undefined;
  const source = attributedSource(view, index);
  if (source) return { type: "Statement", pos: "verb", ...newTrigger(doc, view, index, index + 1), agent: source };
  // The phrasal reading first: "called on" is a demand, "called the sentence dangerous" a statement.
  const following = wordsAfter(tokens, index);
  const phrasal = phrasalTriggerFor(token.text, token.pos, following);
  // The particle of a phrasal trigger is part of it: the "fire" of "opened fire" is no blaze.
  if (index > 0 && (isPhrasalParticle(tokens[index - 1].text, token.text) || IDIOMS.has(`${lower(tokens[index - 1])} ${lower(token)}`))) return undefined;
  if (index + 1 < tokens.length && MODIFIER_IDIOMS.has(`${lower(token)} ${lower(tokens[index + 1])}`)) return undefined;
  // A gerund or a bare verb form the parse reads as a noun names the happening: "the Monday night hijacking", "the Colts'
  // win over the Jaguars" (the news tagger's "VBP"). Not a form in "-s", which is as often a verb the parse misread
  // ("Netcraft claims").
  const tag = NOUN_READABLE_VERB_TAGS.has(token.pos) && token.upos === "NOUN" ? "NN" : token.pos;
  const found = fatalResult(view, index) ?? phrasal ?? triggerFor(token.text, tag, token.lemma) ?? heldInCustody(view, index) ?? doneBySubject(view, index) ?? namedDoer(view, index) ?? clashOrStrike(view, index);
  // A base-form verb ("called on X to visit … and meet", "will meet") names what is wanted or planned, not what happened,
  // unless a verb that makes it happen governs it ("prompted Odell to resign").
  const attempted = found !== undefined && VIOLENCE.has(found.type) && found.type !== "Injury" && attemptedAt(view, index);
  if (!found || (found.pos === "verb" && token.pos === "VB" && implicativeHead(view, index) === undefined && !attempted)) return undefined;
  // "attacked the plans" criticises, "met his golden rule" meets no one; "found guilty" is a verdict.
  const asked = askingSense(doc.article.text, view, index, found);
  let sensed = asked === undefined ? (verdictSense(view, index, found) ?? timedSanction(view, index, found) ?? criticismSense(view, index, found) ?? senseByOwner(view, index, senseByObject(view, index, found))) : asked;
  if (!sensed) return undefined;
  sensed = diedInCalamity(view, index, sensed) ?? sensed;
  const prize = sensed.pos === "verb" ? (sensed.type === "Appointment" && namesAPrize(view, index)) || (sensed.type === "Election" && votedAPrize(view, index)) : sensed.type === "Appointment" && nominationForAPrize(view, index);
  // An attempt to kill killed no one: it is an attack.
  const named: TriggerSpec = prize ? { ...sensed, type: "Other" } : winsAnElection(view, index, sensed) ? { ...sensed, type: "Election" } : attempted && VIOLENCE.has(sensed.type) ? { ...sensed, type: "Attack" } : sensed;
  const spec = accusationSense(view, index, named);
  if (!spec) return undefined;
  // "shot wide", "stormed to the title": some verbs are violence only when someone or something undergoes them;
  // "landed a penalty": some name a happening only where a place says where.
  if (spec.pos === "verb" && !phrasal && needsTarget(token) && !hasTarget(view, index)) return undefined;
  // "demonstrated a phone" shows it; only "demonstrated" alone is a protest.
  if (spec.pos === "verb" && OBJECTLESS_VERBS.some((entry) => entry.type === spec.type && entry.lemmas.includes(token.lemma.toLowerCase())) && hasTarget(view, index)) return undefined;
  if (spec.pos === "verb" && needsPlace(token) && !hasPlace(view, index)) return undefined;
  if (spec.pos === "verb" && needsClause(token) && !hasClause(view, index)) return undefined;
  // "ruled out", "shot up": a particle the verb does not keep its sense with makes another verb
  // ("over" only where no noun phrase follows it, "won him over": the parse takes the preposition of "sued over rude
  // lyrics" for one).
  // The word right after the verb counts too where it is a particle the parse read as a preposition ("has been
  // ruled out of the rest of the Six Nations": "out of the rest").
  const next = tokens[index + 1];
  const endsPhrase = (at: number) => !tokens[at + 1] || tokens[at + 1].upos === "PUNCT" || tokens[at + 1].upos === "CCONJ";
  const particles = [...dependentsBy(view, index, "compound:prt"), ...(next && ADVERB_PARTICLES.has(lower(next)) && lower(tokens[index + 2]) === "of" ? [index + 1] : [])]
    .filter((particle) => lower(tokens[particle]) !== "over" || endsPhrase(particle))
    .map((particle) => lower(tokens[particle]));
  if (!phrasal && spec.pos === "verb" && particles.some((particle) => !keepsSenseWith(token.lemma, token.text, particle))) return undefined;
  // "agreed that", "found that", "demonstrates that": a clause makes a verb of opinion of it. A clause whose subject or
  // object is a relative pronoun relates a noun and is misattached ("fired at and sank a trawler that the navy said was
  // a pirate vessel").
  if (spec.pos === "verb" && !CLAUSE_TAKING_TYPES.has(spec.type) && dependentsBy(view, index, "ccomp").some((clause) => !opensWithRelativePronoun(view, clause))) return undefined;
  // "detained without trial", "no agreement": what did not happen is no event; nor is "did not face trial", "has not made
  // a bid": a happening that a denied verb makes or undergoes.
  if (isDenied(view, index)) return undefined;
  // "plug Labour's claimed financial black hole", "his alleged role": a participle right after a possessive, with no
  // subject, qualifies a noun, whatever the parse made of it ("Foster's said" is a firm's name and its verb).
  const afterPossessive = index > 0 && (tokens[index - 1].pos === "POS" || tokens[index - 1].pos === "PRP$");
  if (spec.pos === "verb" && afterPossessive && dependentsBy(view, index, "nsubj").length === 0) return undefined;
  const governor = tokens[index].head;
  if (spec.pos === "noun" && governor >= 0 && (tokens[index].deprel === "obj" || (tokens[index].deprel === "obl" && caseOf(view, index) === "for")) && (isWord(LIGHT_VERBS, tokens[governor]) || isWord(UNDERGOING_VERBS, tokens[governor])) && isDenied(view, governor)) return undefined;
  // "she narrowly escaped death in the bombing": what was escaped did not happen.
  if (spec.pos === "noun" && governor >= 0 && tokens[index].deprel === "obj" && isWord(AVOIDING_VERBS, tokens[governor])) return undefined;
  // "if convicted", "unless it is approved", "asked whether he had met him": what a condition or a question supposes is no
  // event ("even if the coach admitted" grants what happened).
  if (spec.pos === "verb" && dependentsBy(view, index, "mark").some((mark) => isWord(SUPPOSING_MARKERS, tokens[mark]) && lower(tokens[mark - 1]) !== "even")) return undefined;
  // "found himself locked in" tells a state, not a finding; so do "found it difficult" and "found David very difficult to
  // play against", an opinion: only a state of the body one is found in makes it a finding ("was found dead").
  if (spec.type === "Other" && spec.pos === "verb") {
    const objects = dependentsBy(view, index, "obj");
    if (objects.some((object) => isWord(REFLEXIVE_PRONOUNS, tokens[object]))) return undefined;
    if (objects.length > 0 && dependentsBy(view, index, "xcomp").some((child) => tokens[child].upos === "ADJ" && !isWord(FOUND_STATES, tokens[child]))) return undefined;
  }
  // "agreed procedures", "the nominated films": a participle before the noun it describes names no happening of its
  // own, but violence, an arrest or a calamity it describes happened ("the kidnapped engineer", "the injured player").
  // Not a predicate the parse hung on its noun ("he was elected leader", "was named best musical").
  const attributive = token.deprel === "amod" && token.head > index && !isWord(BE_FORMS, tokens[index - 1]) && dependentsBy(view, index, "aux", "aux:pass", "nsubj", "nsubj:pass").length === 0;
  if (spec.pos === "verb" && attributive && !VIOLENCE.has(spec.type) && !CALAMITIES.has(spec.type) && !REPORTING.has(spec.type) && spec.type !== "Arrest") return undefined;
  // A present participle before a noun of an act or a quality tells a manner, not a deed: "my natural, attacking game", "a
  // killing blow"; not one before a thing the parse hung it on ("said attacking Somali ports would not be effective").
  if (spec.pos === "verb" && attributive && token.pos === "VBG" && objectClass(view, token.head) === "abstract") return undefined;
  // "stormed 22-6 ahead", "attacked the last 200m", "shot a 68": an attack on a score or a distance is play.
  if (spec.type === "Attack" && spec.pos === "verb" && dependentsBy(view, index, "obj").some((object) => tokens[object].pos === "CD")) return undefined;
  // "under Italian law", "the laws of the game": a law is a happening only where it is made or fought over.
  if (spec.pos === "noun" && isWord(STATUTE_NOUNS, token) && !statuteInTheMaking(view, index)) return undefined;
  // "resigned in protest": a bare noun after "in" says how something was done.
  if (spec.pos === "noun" && MANNER_TYPES.has(spec.type) && caseOf(view, index) === "in" && token.pos === "NN" && dependentsBy(view, index, "det", "nmod:poss").length === 0) return undefined;
  // "the death sentence", "a victory parade": an "Other" noun that modifies another names no happening of its own.
  if (spec.type === "Other" && spec.pos === "noun" && token.deprel === "compound" && !isWord(HAPPENING_PHRASE_HEADS, tokens[token.head])) return undefined;
  // "the estate of John Sidgmore, who died last year": a death told in a relative clause is background.
  if (spec.type === "Other" && OTHER_HAPPENINGS.get(lower(token)) === "death" && token.deprel === "acl:relcl") return undefined;
  // "claimed the lives of 11 miners" reports deaths, not a claim.
  if (lower(token).startsWith("claim") && spec.pos === "verb" && dependentsBy(view, index, "obj").some((object) => lower(tokens[object]) === "lives")) return undefined;
  // Modifiers that belong to the name of the event: "terrorist attack", "Sunday attack", "strongly condemned".
  let phraseStart = index;
  while (phraseStart > index - 2 && phraseStart > 0 && !view.mentionAt[phraseStart - 1] && tokens[phraseStart - 1].head === index && !tokens[phraseStart - 1].deprel.startsWith("obl") && !namesTheDoer(view, phraseStart - 1) && ["ADJ", "NOUN", "ADV", "PROPN"].includes(tokens[phraseStart - 1].upos) && !tokens[phraseStart - 1].pos.startsWith("NNP") && !tokens[phraseStart - 1].pos.startsWith("W") && /^\p{L}/u.test(tokens[phraseStart - 1].text)) phraseStart--;
  // A phrasal trigger keeps its particle: "called on", "pleaded not guilty".
  const phraseEnd = index + (phrasal ? phrasalParticle(token.text, following)!.split(" ").length : 0);
  return { ...spec, ...newTrigger(doc, view, phraseStart, phraseEnd, index), passive: spec.pos === "verb" && isPassive(view, index, spec.type) };
}

/** A trigger at token `index` named by the tokens [phraseStart, phraseEnd], with no arguments yet. */
function newTrigger(doc: ArticleDoc, view: SentenceView, phraseStart: number, phraseEnd: number, index = phraseStart): Omit<Trigger, keyof TriggerSpec> {
  const { tokens } = view;
  return {
    view,
    token: index,
    phrase: doc.article.text.slice(tokens[phraseStart].start, tokens[phraseEnd].end),
    span: { start: tokens[index].start, end: tokens[index].end },
    participants: [],
    places: [],
    date: null,
    passive: false,
    about: [],
    aboutEntities: [],
    named: new Set(),
  };
}

/**
 * "…, according to the Los Angeles Times", "According to Gartner, sales rose": the person or body a report is attributed
 * to by name says it. Not a document, a figure or a study ("according to figures from the ONS"), which names no speaker.
 */
function attributedSource(view: SentenceView, index: number): Mention | undefined {
  const { tokens } = view;
  if (!SOURCE_PREPOSITIONS.has(lower(tokens[index])) || lower(tokens[index + 1]) !== "to") return undefined;
  const source = view.mentionAt[tokens[index].head];
  if (!source?.entity || (source.kind !== "Person" && source.kind !== "Organization")) return undefined;
  // "According to the Financial Times, Peter Chernin said …", "according to Reuters, once told analysts": where the
  // sentence's main clause reports someone's words, the source only passes them on.
  const reportsWords = tokens.some((word, at) => at !== index && MAIN_CLAUSE.has(word.deprel) && word.pos.startsWith("VB") && triggerFor(word.text, word.pos, word.lemma)?.type === "Statement");
  return reportsWords ? undefined : source;
}

/** "debate the bill", "the bill was passed", "the new law": a law a verb acts on, or a new one (STATUTE_IN_THE_MAKING). */
function statuteInTheMaking(view: SentenceView, index: number): boolean {
  const { tokens } = view;
  const role = tokens[index].deprel === "conj" && tokens[index].head >= 0 ? tokens[tokens[index].head].deprel : tokens[index].deprel;
  return STATUTE_IN_THE_MAKING.relations.has(role) || dependentsBy(view, index, "amod").some((modifier) => STATUTE_IN_THE_MAKING.modifiers.has(lower(tokens[modifier])));
}

/** Whether a trigger's subject noun stands for its doer, whose name the event's then carries: "the actor said", "the England coach said". */
function namesTheDoer(view: SentenceView, index: number): boolean {
  return view.tokens[index].deprel.startsWith("nsubj") && (view.referentAt[index] !== undefined || dependents(view)[index].some((child) => view.mentionAt[child]?.kind === "Person" || view.mentionAt[child]?.kind === "Organization"));
}

/**
 * A passive verb: with its own passive auxiliary or subject, or a participle coordinated with a passive verb
 * whose subject it shares ("was sold off and eventually acquired by Rosneft"); so is such a verb the tagger read as a
 * past tense where it is done to someone and has no object ("Van Gogh was shot and stabbed to death"). A "by" phrase
 * alone says nothing: "ruled by an eight to one majority".
 */
function isPassive(view: SentenceView, index: number, type?: EventType): boolean {
  const { tokens } = view;
  const own = dependents(view)[index].map((child) => tokens[child].deprel);
  if (own.some((deprel) => deprel === "aux:pass" || deprel === "nsubj:pass")) return true;
  if (own.some((deprel) => deprel.startsWith("nsubj") || deprel.startsWith("aux"))) return false;
  const { deprel, pos, head } = tokens[index];
  // "Banned by the FA for two years, Mutu said …", "the £7.4m from the UK Treasury announced by Chancellor Gordon Brown": a
  // past participle opening a clause, or describing a noun, with no subject or auxiliary of its own.
  if ((deprel === "advcl" || deprel === "acl") && pos === "VBN") return true;
  const participle = pos === "VBN" || (pos === "VBD" && type !== undefined && OBJECT_ROLE[type] !== undefined && !own.includes("obj"));
  // "was fined and banned", "Stevanin, arrested in 1994 and jailed for three years": coordinated with a passive verb or participle.
  const passiveHead = head >= 0 && (dependents(view)[head].some((child) => tokens[child].deprel === "aux:pass" || tokens[child].deprel === "nsubj:pass") || ((tokens[head].deprel === "acl" || tokens[head].deprel === "advcl") && tokens[head].pos === "VBN"));
  return deprel === "conj" && participle && passiveHead;
}

/** "was fined and banned": the passive subject a coordinated passive participle shares with the verb it is coordinated with. */
function sharedPassiveSubject(view: SentenceView, index: number, type?: EventType): number | undefined {
  const { tokens } = view;
  return tokens[index].deprel === "conj" && isPassive(view, index, type) ? dependentsBy(view, tokens[index].head, "nsubj:pass")[0] : undefined;
}

/**
 * The name a past participle describes, which underwent it: "Mutu" in "Mutu, banned by the English FA"; or the subject
 * of the clause a participle with no subject of its own opens: "Mutu" in "Banned by the FA for two years, Mutu said …".
 */
function describedByParticiple(view: SentenceView, index: number): number | undefined {
  const token = view.tokens[index];
  if (token.pos !== "VBN" || token.head < 0) return undefined;
  if (token.deprel === "acl") return view.mentionAt[token.head] ? token.head : undefined;
  // "Stevanin, arrested in 1994 and jailed for three years": a participle coordinated with one describing a name describes it too.
  if (token.deprel === "conj" && view.tokens[token.head].deprel === "acl" && view.tokens[token.head].pos === "VBN") return describedByParticiple(view, token.head);
  if (token.deprel !== "advcl" || dependentsBy(view, index, "nsubj", "nsubj:pass").length > 0) return undefined;
  return dependentsBy(view, token.head, "nsubj:pass")[0] ?? subjectOf(view, token.head);
}

/** "Labour won the 1997 general election", "if the Tories win the next election": winning an election is that election. */
function winsAnElection(view: SentenceView, index: number, spec: TriggerSpec): boolean {
  if (spec.type !== "Other" || spec.pos !== "verb" || OTHER_HAPPENINGS.get(lower(view.tokens[index])) !== "win") return false;
  return dependentsBy(view, index, "obj").some((object) => triggerFor(view.tokens[object].text, view.tokens[object].pos, view.tokens[object].lemma)?.type === "Election");
}

const PRIZE_VERBS: ReadonlySet<string> = new Set(["name", "nominate"]);
/**
 * Whether an appointment noun is a nomination for a prize: an award word or a superlative before it or in its "for"
 * phrase ("a Golden Globe nomination", "his nomination for best actor"), not for a post ("her nomination as surgeon general").
 */
function nominationForAPrize(view: SentenceView, index: number): boolean {
  const { tokens } = view;
  const words = [...dependentsBy(view, index, "compound", "amod"), ...dependentsBy(view, index, "nmod").filter((child) => caseOf(view, child) === "for").flatMap((child) => [child, ...dependentsBy(view, child, "compound", "amod")])];
  return words.some((word) => isWord(AWARD_WORDS, tokens[word]) || tokens[word].pos === "JJS");
}

/** Verbs of voting that may give a prize: "was voted male athlete of the year", "voted Stone the winner". */
const VOTING_VERBS: ReadonlySet<string> = new Set(["vote"]);

/**
 * Whether a vote gives a prize: its object is a common noun that names no one, no day and no happening ("voted the
 * winner", "was voted male athlete of the year"); not "voted Labour", "voted Sunday", "voted the bill through".
 */
function votedAPrize(view: SentenceView, index: number): boolean {
  const { tokens } = view;
  if (!VOTING_VERBS.has(tokens[index].lemma.toLowerCase())) return false;
  return dependentsBy(view, index, "obj").some((noun) => tokens[noun].upos === "NOUN" && !view.mentionAt[noun] && !isTimeHead(view, noun) && !triggerFor(tokens[noun].text, tokens[noun].pos, tokens[noun].lemma));
}

/**
 * "was named best actor", "named winner of the World Cinema Award", "nominated for three awards": what an appointment
 * verb gives that is no post (no title word, or a superlative one) is a prize, won or hoped for, not an office.
 * "named as England's new captain", "nominated Regina Benjamin as surgeon general" name posts.
 */
function namesAPrize(view: SentenceView, index: number): boolean {
  const { tokens } = view;
  // One is appointed or hired to a post; one is named or nominated for either.
  if (!PRIZE_VERBS.has(tokens[index].lemma.toLowerCase())) return false;
  const given = [...dependentsBy(view, index, "xcomp", "obj"), ...dependentsBy(view, index, "obl").filter((child) => ["as", "for"].includes(caseOf(view, child)))]
    .filter((noun) => ["NOUN", "PROPN", "ADJ"].includes(tokens[noun].upos))
    .filter((noun) => !view.mentionAt[noun] || view.mentionAt[noun]!.kind !== "Person");
  if (given.length === 0) return false;
  const superlative = (noun: number) => dependentsBy(view, noun, "amod").some((modifier) => tokens[modifier].pos === "JJS");
  const post = (noun: number) => TITLE_WORDS.has(lower(tokens[noun])) || TITLE_WORDS.has(tokens[noun].lemma.toLowerCase());
  return given.some(superlative) || !given.some(post);
}

/** Whether a verb's lemma is one a table of verbs lists (`TARGET_NEEDING_VERBS`, `PLACE_NEEDING_VERBS`, `CLAUSE_NEEDING_VERBS`). */
const listedIn = (table: ReadonlyArray<{ lemmas: string[] }>) => (token: Token) => table.some((entry) => entry.lemmas.includes(token.lemma.toLowerCase()));
const needsTarget = listedIn(TARGET_NEEDING_VERBS);
const needsPlace = listedIn(PLACE_NEEDING_VERBS);
const needsClause = listedIn(CLAUSE_NEEDING_VERBS);

/** Whether a verb reports something said: a clause or a quotation under it, or it set inside what was said ("…, he predicted"). */
function hasClause(view: SentenceView, index: number): boolean {
  return dependentsBy(view, index, "ccomp", "parataxis").length > 0 || view.tokens[index].deprel === "parataxis";
}

/** Whether a verb's obliques name a place after a place preposition, or a noun that a place qualifies: "landed at Stansted", "at London's Stansted airport". */
function hasPlace(view: SentenceView, index: number): boolean {
  const isPlace = (token: number) => view.mentionAt[token]?.kind === "Place";
  return dependentsBy(view, index, "obl").some((child) => PLACE_PREPOSITIONS.has(caseOf(view, child)) && (isPlace(child) || dependentsBy(view, child, "compound", "nmod:poss", "nmod", "flat").some(isPlace)));
}

/**
 * A charge accuses someone (ACCUSATION_VERBS): its passive subject or its object. One for a price ("charged clients for
 * access", "charged £5", "charging users") is what a business did, an "Other" happening; one of no one ("charged to the
 * net") none.
 */
function accusationSense(view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | undefined {
  const { tokens } = view;
  const accusation = spec.pos === "verb" ? ACCUSATION_VERBS.find((entry) => entry.type === spec.type && entry.lemmas.includes(tokens[index].lemma.toLowerCase())) : undefined;
  if (!accusation) return spec;
  // What one is charged "with": a phrase by its preposition, a clause by its marker ("with fraud", "with murdering").
  const introducing = (child: number) => [caseOf(view, child), ...dependentsBy(view, child, "mark").map((mark) => lower(tokens[mark]))];
  const accusedOf = dependentsBy(view, index, "obl", "advcl").filter((child) => introducing(child).some((word) => accusation.accusing.includes(word)));
  // "charged with resolving the conflict": a task is no accusation.
  if (accusedOf.some((child) => tokens[child].pos === "VBG" && accusation.duties.has(tokens[child].lemma.toLowerCase()))) return undefined;
  // A headline's participle is passive without its auxiliary: "Man charged with murdering mother and sister".
  if (isPassive(view, index) || accusedOf.length > 0) return spec;
  const phrases = dependentsBy(view, index, "obl").map((child) => caseOf(view, child));
  const objects = dependentsBy(view, index, "obj");
  if (objects.length === 0) return undefined;
  const payers = objects.some((object) => accusation.payers.has(tokens[object].lemma.toLowerCase()));
  const priced = phrases.some((preposition) => accusation.pricing.includes(preposition)) || objects.some((object) => isAmount(view, object)) || payers;
  return priced ? { ...spec, type: "Other" } : spec;
}

/** Whether a noun is an amount of money or a figure: "£5", "$2m", "a 10% fee". */
function isAmount(view: SentenceView, noun: number): boolean {
  const { tokens } = view;
  return /^[$£€¥]|^\d/.test(tokens[noun].text) || tokens[noun].upos === "NUM" || (dependentsBy(view, noun, "nummod").length > 0 && /^[$£€¥%]/.test(tokens[noun].text));
}

function hasTarget(view: SentenceView, index: number): boolean {
  const { deprel, pos } = view.tokens[index];
  if (dependentsBy(view, index, "obj", "nsubj:pass", "aux:pass").length > 0 || (deprel.startsWith("acl") && pos === "VBN")) return true;
  return dependentsBy(view, index, "obl").some((child) => caseOf(view, child) === "at" && objectClass(view, child) === "animate");
}

/**
 * "an eight-year ban", "banned for two years", "a drugs ban", "Collins' ban": a ban with a term, for doping or of a person
 * is a sentence (TIMED_SANCTIONS).
 */
function timedSanction(view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | undefined {
  const { tokens } = view;
  if (spec.type !== "Legislation" || !TIMED_SANCTIONS.lemmas.has(tokens[index].lemma.toLowerCase())) return undefined;
  const unitOf = (word: string) => TIMED_SANCTIONS.units.has(word.replace(/s$/, ""));
  const term = dependents(view)[index].some((child) => {
    const word = lower(tokens[child]);
    if (tokens[child].deprel === "compound" || tokens[child].deprel === "amod") return TIMED_SANCTIONS.causes.has(word) || unitOf(word.split("-").pop()!);
    if (tokens[child].deprel === "nmod:poss") return view.mentionAt[child]?.kind === "Person" || PERSON_PRONOUNS.has(word) || TITLE_WORDS.has(word);
    return (tokens[child].deprel === "obl" || tokens[child].deprel === "nmod") && caseOf(view, child) === "for" && unitOf(word);
  });
  return term ? { ...spec, type: "Sentence" } : undefined;
}

/** "was found guilty of …": a verb predicating a verdict of its object or passive subject is a trial's (VERDICT_COMPLEMENTS). */
function verdictSense(view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | undefined {
  if (spec.pos !== "verb") return undefined;
  const lemma = view.tokens[index].lemma.toLowerCase();
  const verdict = VERDICT_COMPLEMENTS.find((entry) => entry.lemmas.includes(lemma) && dependentsBy(view, index, "xcomp").some((complement) => entry.complements.includes(lower(view.tokens[complement]))));
  return verdict ? { ...spec, type: verdict.becomes } : undefined;
}

/**
 * An asking verb as what follows it makes it (ASKING_VERBS): a request with a verb or "for" ("asked the WTO to set up a panel",
 * "asked for asylum"), a question said with a clause or a quotation before an active verb ("asked Myers if he knew",
 * '"Why?" he asked', also where the question mark ended the sentence before), else nothing (null); undefined where
 * the trigger is no asking verb.
 */
function askingSense(text: string, view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | null | undefined {
  const { tokens } = view;
  const asking = spec.pos === "verb" ? ASKING_VERBS.find((entry) => entry.lemmas.includes(tokens[index].lemma.toLowerCase())) : undefined;
  if (!asking) return undefined;
  const infinitive = (clause: number) => dependentsBy(view, clause, "mark").some((mark) => lower(tokens[mark]) === "to");
  const wanted =
    dependentsBy(view, index, "xcomp").some((child) => tokens[child].upos === "VERB" || tokens[child].upos === "AUX") ||
    dependentsBy(view, index, "advcl").some(infinitive) ||
    dependentsBy(view, index, "obl").some((child) => caseOf(view, child) === "for");
  if (wanted) return { ...spec, type: asking.request };
  const quoted = tokens.slice(0, index).some((token) => QUOTATION_MARKS.has(token.text)) || /\?\s*["”]\s*$/u.test(text.slice(Math.max(0, tokens[0].start - 4), tokens[0].start));
  const question = quoted || dependentsBy(view, index, "ccomp", "parataxis").length > 0 || dependentsBy(view, index, "advcl").some((clause) => dependentsBy(view, clause, "mark").some((mark) => QUESTION_MARKERS.has(lower(tokens[mark]))));
  return question && !isPassive(view, index) ? { ...spec, type: asking.question } : null;
}

/** "attacked the Commission for backing down": violence told with its reason is criticism (CRITICISM_BY_REASON). */
function criticismSense(view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | undefined {
  if (spec.pos !== "verb") return undefined;
  const record = CRITICISM_BY_REASON.find((entry) => entry.type === spec.type && entry.lemmas.includes(view.tokens[index].lemma.toLowerCase()));
  if (!record) return undefined;
  // The parse may hang the reason on the one attacked: "attacked [the Commission for backing down]".
  const heads = [index, ...dependentsBy(view, index, "obj")];
  const reason = heads.some(
    (head) =>
      dependentsBy(view, head, "obl", "nmod").some((child) => record.prepositions.includes(caseOf(view, child)) && view.mentionAt[child]?.kind !== "Place") ||
      dependentsBy(view, head, "advcl", "acl").some((clause) => dependentsBy(view, clause, "mark").some((mark) => record.clauseMarkers.includes(lower(view.tokens[mark])))),
  );
  return reason ? { ...spec, type: record.becomes } : undefined;
}

/** A trigger noun as what qualifies it makes it (OWNER_SENSES): itself, another type, or nothing. */
function senseByOwner(view: SentenceView, index: number, spec: TriggerSpec | undefined): TriggerSpec | undefined {
  if (!spec) return spec;
  // The word itself counts as well as its lemma: the tagger may read "shooting" as the verb "shoot".
  const forms = [view.tokens[index].lemma.toLowerCase(), lower(view.tokens[index])];
  const qualifiers = dependentsBy(view, index, "compound", "amod", "nmod:poss");
  for (const sense of OWNER_SENSES.filter((entry) => entry.type === spec.type && forms.some((form) => entry.lemmas.includes(form)))) {
    // The word right before counts whatever the parse hung on what ("some location shooting": "shooting" an `acl`).
    const modified = index > 0 && sense.modifiers.includes(lower(view.tokens[index - 1]));
    const owned = modified || qualifiers.some((child) => sense.modifiers.includes(lower(view.tokens[child])) || sense.owners.includes(view.mentionAt[child]?.kind ?? ""));
    if (owned) return sense.becomes ? { ...spec, type: sense.becomes } : undefined;
  }
  return spec;
}

/** The trigger as its object's kind of thing makes it (OBJECT_SENSES): itself, another type, or nothing. */
function senseByObject(view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | undefined {
  const token = view.tokens[index];
  // A word may have a sense for each way its object comes ("fell into a coma", "fell to Jim Courier", "fell in love").
  for (const sense of OBJECT_SENSES.filter((entry) => entry.type === spec.type && entry.lemmas.includes(token.lemma.toLowerCase()))) {
    const introduces = (child: number) => (sense.through ? sense.through.includes(caseOf(view, child)) : OBJECT_PREPOSITIONS.has(caseOf(view, child)));
    const object = spec.pos === "verb"
      ? sense.through
        ? dependentsBy(view, index, "obl").find(introduces)
        : sense.direct
          ? dependentsBy(view, index, "obj").find((object) => !readsAsClause(view, index, object))
          : dependentsBy(view, index, "obj", "nsubj:pass")[0] ?? sharedPassiveSubject(view, index) ?? describedByParticiple(view, index) ?? nounPhraseAfter(view, index)
      : dependentsBy(view, index, "nmod").find(introduces);
    if (object === undefined && sense.without) return sense.without.becomes ? { ...spec, type: sense.without.becomes } : undefined;
    const kind = object === undefined ? undefined : objectClass(view, object);
    if (kind && sense.objects.includes(kind)) return sense.becomes ? { ...spec, type: sense.becomes } : undefined;
  }
  return spec;
}

/**
 * The head of the noun phrase right after an active verb the parse gave no object, which it may have hung elsewhere: "set out
 * plans and attacked the Tory plans" (the second "plans" on "set"); only modifiers, quotation marks and "and" may come between.
 */
function nounPhraseAfter(view: SentenceView, verb: number): number | undefined {
  const { tokens } = view;
  if (dependentsBy(view, verb, "obj", "nsubj:pass", "ccomp").length > 0 || isPassive(view, verb)) return undefined;
  let at = verb + 1;
  while (at < tokens.length && ["DET", "ADJ", "PUNCT", "CCONJ", "NUM"].includes(tokens[at].upos) && (tokens[at].upos !== "PUNCT" || QUOTATION_MARKS.has(tokens[at].text))) at++;
  if (at >= tokens.length || !["NOUN", "PROPN"].includes(tokens[at].upos)) return undefined;
  while (at + 1 < tokens.length && ["NOUN", "PROPN"].includes(tokens[at + 1].upos)) at++;
  // "is meeting this week in Geneva": a time is no object.
  return tokens[at].deprel.startsWith("obl") || tokens[at].deprel.endsWith(":tmod") || isTimeHead(view, at) ? undefined : at;
}

/**
 * Whether a verb's direct object is really the start of what was said: inside a quotation ('added: "Christmas Day …"'),
 * or the subject of a clause the parse broke off, whose finite verb after it has no subject ("the BBA added underlying
 * mortgage lending rose by £4m", "he added the answer represented his view"); not a verb coordinated with the trigger.
 */
function readsAsClause(view: SentenceView, verb: number, object: number): boolean {
  const { tokens } = view;
  if (tokens.slice(verb + 1, object).some((token) => QUOTATION_MARKS.has(token.text))) return true;
  for (let at = object + 1; at < tokens.length; at++) {
    const token = tokens[at];
    const finite = FINITE_VERB_TAGS.has(token.pos) || token.pos === "MD" ? (token.upos === "AUX" ? token.head : at) : -1;
    if (finite < 0 || (tokens[finite].deprel === "conj" && tokens[finite].head === verb)) continue;
    if (dependentsBy(view, finite, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl").length === 0) return true;
  }
  return false;
}

/** A name is a being (a place a physical thing); a common noun is what its most frequent WordNet sense is. */
function objectClass(view: SentenceView, index: number): NounClass | undefined {
  const mention = view.mentionAt[index];
  if (mention) return mention.kind === "Place" ? "physical" : "animate";
  const token = view.tokens[index];
  // "it" is never a person ("I had a game plan and I executed it perfectly").
  if (token.upos === "PRON" && isWord(THING_OBJECTS, token)) return "physical";
  return token.upos === "NOUN" ? nounClass(token.lemma) : undefined;
}

/** "Four Britons have been held by the US": people who are held are detained (a meeting that is held is not). */
function heldInCustody(view: SentenceView, index: number): TriggerSpec | undefined {
  const token = view.tokens[index];
  if (lower(token) !== "held" || token.pos !== "VBN") return undefined;
  const subject = dependentsBy(view, index, "nsubj:pass").flatMap((child) => argumentMentions(view, child))[0];
  return subject && (subject.kind === "Person" || subject.kind === "Group") ? { type: "Arrest", pos: "verb" } : undefined;
}

/** "Was shot dead", "stabbed to death": violence with its deadly result (FATAL_RESULTS). */
function fatalResult(view: SentenceView, index: number): TriggerSpec | undefined {
  const token = view.tokens[index];
  if (!token.pos.startsWith("VB") || !FATAL_RESULTS.lemmas.has(token.lemma.toLowerCase())) return undefined;
  const deadly = dependents(view)[index].some((child) => lower(view.tokens[child]) === FATAL_RESULTS.dead || (lower(view.tokens[child]) === FATAL_RESULTS.death.noun && caseOf(view, child) === FATAL_RESULTS.death.case));
  return deadly ? { type: "Killing", pos: "verb" } : undefined;
}

/** The accident or disaster the trigger lexicon makes a noun ("fire", "crash"), whatever the story made of it. */
function calamityNamedBy(token: Token): EventType | undefined {
  const type = token.upos === "NOUN" ? triggerFor(token.text, token.pos, token.lemma)?.type : undefined;
  return type !== undefined && CALAMITIES.has(type) ? type : undefined;
}

/**
 * "His brother was killed in a car accident", "died in a plane crash": a death the verb says an accident or a disaster
 * caused is that calamity, not violence, whatever else the story tells (`CALAMITY_CAUSES`).
 */
function diedInCalamity(view: SentenceView, index: number, spec: TriggerSpec): TriggerSpec | undefined {
  const token = view.tokens[index];
  if (spec.pos !== "verb" || (spec.type !== "Killing" && !(spec.type === "Other" && OTHER_HAPPENINGS.get(lower(token)) === "death"))) return undefined;
  for (const cause of dependentsBy(view, index, "obl")) {
    if (!CALAMITY_CAUSES.cases.has(caseOf(view, cause))) continue;
    const type = calamityNamedBy(view.tokens[cause]);
    if (type) return { ...spec, type };
  }
  return undefined;
}

/** "Buckley fell 2,000 feet", "a bomb exploded": a verb that is a happening only with a subject of its kind (SUBJECT_NEEDING_VERBS). */
function doneBySubject(view: SentenceView, index: number): TriggerSpec | undefined {
  const token = view.tokens[index];
  if (!token.pos.startsWith("VB")) return undefined;
  const record = SUBJECT_NEEDING_VERBS.find((entry) => entry.words.includes(lower(token)) && hasSubjectOfKind(view, index, entry));
  return record ? { type: record.type, pos: "verb" } : undefined;
}

function hasSubjectOfKind(view: SentenceView, index: number, record: (typeof SUBJECT_NEEDING_VERBS)[number]): boolean {
  if (record.subject === "named") {
    const subject = subjectOf(view, index);
    const doers = [...(subject === undefined ? [] : [subject]), ...dependentsBy(view, index, "nsubj:pass", "obl:agent")].flatMap((child) => argumentMentions(view, child));
    return doers.some((mention) => mention.kind === "Organization" || mention.kind === "Person");
  }
  if (record.objects && dependentsBy(view, index, "obj").some((object) => !record.objects!.has(view.tokens[object].lemma.toLowerCase()))) return false;
  const withDeprel = (verb: number, deprel: string) => dependents(view)[verb].find((child) => view.tokens[child].deprel === deprel);
  const byAgent = record.byAgent ? withDeprel(index, "obl:agent") ?? dependentsBy(view, index, "conj").map((verb) => withDeprel(verb, "obl:agent")).find((child) => child !== undefined) : undefined;
  const doer = withDeprel(index, "nsubj") ?? byAgent ?? withDeprel(index, "nsubj:pass");
  if (doer === undefined) return false;
  const kinds = record.subject;
  return kinds === "person"
    ? isWord(PERSONAL_PRONOUNS, view.tokens[doer]) || (namesItself(view, doer) && argumentMentions(view, doer).some((mention) => mention.kind === "Person"))
    : !view.mentionAt[doer] && kinds.has(view.tokens[doer].lemma.toLowerCase());
}

/** Whether a subject is a name, not a common noun a name only modifies ("a Glen Johnson header fell to Gudjohnsen"). */
function namesItself(view: SentenceView, subject: number): boolean {
  return view.tokens[subject].upos !== "NOUN" || view.mentionAt[subject] !== undefined;
}

/** "Protesters clashed with riot police", "a general strike": a clash or a strike as its context makes it (CLASH_WORDS, STRIKE_WORDS). */
function clashOrStrike(view: SentenceView, index: number): TriggerSpec | undefined {
  const { tokens } = view;
  const token = tokens[index];
  const pos = token.pos.startsWith("VB") ? "verb" : token.pos === "NN" || token.pos === "NNS" ? "noun" : undefined;
  if (!pos) return undefined;
  if (CLASH_WORDS.has(lower(token))) {
    // The parties: the subject (and the crowd it counts: "thousands of protesters"), those clashed with or between, and their conjuncts.
    const sides = pos === "verb" ? [...dependentsBy(view, index, "nsubj"), ...dependentsBy(view, index, "obl").filter((child) => ["with", "between"].includes(caseOf(view, child)))] : dependentsBy(view, index, "nmod").filter((child) => ["with", "between", "of"].includes(caseOf(view, child)));
    const parties = [...sides, ...sides.flatMap((side) => [...dependentsBy(view, side, "conj"), ...dependentsBy(view, side, "nmod").filter((child) => caseOf(view, child) === "of")])]
      .filter((party) => tokens[party].upos === "NOUN" && !view.mentionAt[party])
      .map((party) => tokens[party].lemma.toLowerCase());
    const crowds = parties.filter((party) => CLASH_CROWDS.has(party)).length;
    const forces = parties.filter((party) => CLASH_FORCES.has(party)).length;
    if (forces === 0 && crowds < 2) return undefined;
    return { type: crowds > 0 ? "Protest" : "Attack", pos };
  }
  if (pos !== "noun" || !STRIKE_WORDS.has(lower(token))) return undefined;
  const modifiers = dependentsBy(view, index, "amod", "compound").map((child) => lower(tokens[child]));
  if (modifiers.some((modifier) => STRIKE_CUES.attackModifiers.has(modifier))) return { type: "Attack", pos };
  const head = tokens[token.head];
  const stoppage =
    modifiers.some((modifier) => STRIKE_CUES.modifiers.has(modifier) || /^\d+-(hour|day|week)$/.test(modifier)) ||
    (head !== undefined && token.deprel === "obj" && isWord(STRIKE_CUES.verbs, head)) ||
    (head !== undefined && token.deprel === "compound" && isWord(STRIKE_CUES.heads, head)) ||
    (head !== undefined && caseOf(view, index) === "on" && isWord(STRIKE_CUES.onVerbs, head)) ||
    // "strikes over pensions"; not "strikes against Iran", which may be an air force's.
    dependentsBy(view, index, "nmod").some((child) => caseOf(view, child) === "over");
  return stoppage ? { type: "Protest", pos } : undefined;
}

/** Penn tags of verb forms that the parse may rightly read as nouns: a gerund, a base form ("a win", "the cut"). */
const NOUN_READABLE_VERB_TAGS: ReadonlySet<string> = new Set(["VBG", "VBP", "VB"]);

/** "Kennedy's assassin, Lee Harvey Oswald": an agent noun is a trigger where the text names the one it describes. */
function namedDoer(view: SentenceView, index: number): TriggerSpec | undefined {
  const token = view.tokens[index];
  const type = AGENT_NOUNS.get(lower(token));
  // The tagger may call a lower-case "assassin" a proper noun; the lower case is what counts.
  return type && token.pos.startsWith("NN") && token.text === token.text.toLowerCase() && doersOf(view, index).length > 0 ? { type, pos: "noun" } : undefined;
}

/**
 * The people an agent noun describes: its apposition or name ("assassin Lee Harvey Oswald"), the name it
 * is in apposition to ("Booth, assassin of Lincoln"), or the subject it is the predicate of ("Oswald was the assassin").
 */
function doersOf(view: SentenceView, index: number): Mention[] {
  const { tokens } = view;
  const named = dependentsBy(view, index, "appos", "flat").map((child) => view.mentionAt[child]);
  // "Oswald was the lone assassin": the subject of a copula the noun is the predicate of.
  if (dependentsBy(view, index, "cop").length > 0) named.push(...dependentsBy(view, index, "nsubj").map((child) => view.mentionAt[child]));
  const head = tokens[index].head;
  if (head >= 0 && ["appos", "compound", "nmod:desc"].includes(tokens[index].deprel)) named.push(view.mentionAt[head]);
  // Apposition the parse missed, read off the words: "Kennedy's assassin, Lee Harvey Oswald", "Booth, assassin of Lincoln".
  named.push(view.mentionAt[index + 1], tokens[index + 1]?.text === "," ? view.mentionAt[index + 2] : undefined);
  if (tokens[index - 1]?.text === ",") named.push(view.mentionAt[index - 2]);
  return named.filter((mention): mention is Mention => mention?.kind === "Person" && mention.entity !== undefined && mention.tokenStart !== undefined);
}

/**
 * The mentions a dependent stands for: the mention it is part of and the mentions of its conjuncts
 * ("John Smith, Mary Jones and Bill Brown"); a noun that speaks or acts for someone passes on to them
 * ("a spokesman for the Home Office", "Iraq's ambassador", "Pakistani authorities").
 */
function argumentMentions(view: SentenceView, index: number): Mention[] {
  let known = argumentCache.get(view);
  if (!known) argumentCache.set(view, (known = new Map()));
  let found = known.get(index);
  if (!found) known.set(index, (found = mentionsThrough(view, index, new Set())));
  return found;
}

const argumentCache = new WeakMap<SentenceView, Map<number, Mention[]>>();

/**
 * "The former manager of Johnny Cash, Saul Israel Holiff, has died": the person a title is "of" is not its holder; the
 * name set off after that person, which the parse hangs on them, is.
 */
function heldBy(view: SentenceView, title: number, child: number): Mention | undefined {
  const person = view.mentionAt[child];
  if (!person || !titledOf(view, title, person)) return undefined;
  return dependentsBy(view, mentionHead(view, person), "appos").map((appos) => view.mentionAt[appos]).find((holder) => holder?.kind === "Person" && holder !== person);
}

/**
 * Whether a person is the one a title is "of" ("the manager of Johnny Cash"), whom it does not speak for; a spokesman's
 * is, and so is the holder the parse hung on the title's portfolio ("Minister of Education Stefania Giannini").
 */
function titledOf(view: SentenceView, title: number, mention: Mention): boolean {
  const head = mentionHead(view, mention);
  const right = (at: number) => lower(view.tokens[at]) === "of" || (view.tokens[at]?.upos === "DET" && lower(view.tokens[at - 1]) === "of");
  return mention.kind === "Person" && TITLE_WORDS.has(lower(view.tokens[title])) && !isWord(SPOKESPEOPLE, view.tokens[title]) && view.tokens[head].head === title && right(mention.tokenStart - 1);
}

function mentionsThrough(view: SentenceView, index: number, seen: Set<number>, found = new Set<Mention>()): Mention[] {
  seen.add(index);
  const token = view.tokens[index];
  // "Archbishop Desmond Tutu", "lawyer Louise Christian": the parse may hang the name on the title.
  const named = isWord(OUTSIDER_NOUNS, token) ? dependentsBy(view, index, "flat", "appos") : dependentsBy(view, index, "flat", "compound", "appos");
  const own =
    // A person among them is the one the noun describes: "European Union ambassador to the WTO, Carlo Trojan".
    titledPersonInName(view, index) ?? view.mentionAt[index] ?? named.map((child) => view.mentionAt[child]).find((mention) => mention?.kind === "Person") ??
    named.map((child) => view.mentionAt[child]).find((mention) => mention && mention.kind !== "Place") ??
    personAfterTitle(view, index) ?? personBeforeAge(view, index) ?? peopleDescribing(view, index);
  const speaksFor = token.upos === "NOUN" && (isWord(SPOKESPEOPLE, token) || isWord(GOVERNMENT_NOUNS, token) || TITLE_WORDS.has(lower(token)));
  // A country's demonym speaks through its officials ("Pakistani authorities"), not through any of its people ("the
  // British producer"); a party's adjective through any title ("the Tory leader").
  const officials = isWord(SPOKESPEOPLE, token) || isWord(GOVERNMENT_NOUNS, token);
  // "A London-based spokesman of the Iraqi National Congress": where a speaker is based, or who funds them, is not whom they speak for.
  const spokenFor = own || !speaksFor ? undefined : dependentsBy(view, index, "nmod", "amod", "compound")
    .filter((child) => (view.tokens[child].deprel !== "nmod" || ["for", "of"].includes(caseOf(view, child))) && (view.tokens[child].deprel !== "amod" || officials || view.mentionAt[child]?.kind !== "Place"))
    .filter((child) => !PLACE_COMPOUND.test(view.tokens[child].text))
    // "a spokesman for the prosecutor, Alan Hevesi": through a noun to the name in apposition to it.
    .map((child) => heldBy(view, index, child) ?? view.mentionAt[child] ?? (seen.has(child) ? undefined : mentionsThrough(view, child, seen)[0]))
    .find((mention) => mention && PARTICIPANT_KINDS.has(mention.kind) && !titledOf(view, index, mention));
  const first = own ?? spokenFor;
  if (first) found.add(first);
  // "release the four": a phrase that counts a group stands for its members (the parse may hang a bare count on the noun after it).
  else for (const at of [index, ...dependentsBy(view, index, "nummod")]) for (const member of view.membersAt[at] ?? []) found.add(member);
  // A list the parse reads as apposition ("Martin Mubanga, Richard Belmar and …") lists mentions of one kind; not
  // after a relative clause, whose own list the parse may hang on the name ("Terry Melcher, who was behind hits by
  // the Byrds, Ry Cooder and the Beach Boys, has died").
  const relative = dependentsBy(view, index, "acl:relcl")[0];
  const listed = (child: number) => first !== undefined && view.mentionAt[child]?.kind === first.kind && (relative === undefined || child < relative);
  // A place the parse coordinates with a person is the last of the places the person is "of" ("Jelena Jankovic of Serbia
  // and Montenegro"), no one who acts beside them.
  const conjoined = dependentsBy(view, index, "conj").filter((child) => first?.kind !== "Person" || view.mentionAt[child]?.kind !== "Place");
  const members = [...conjoined, ...dependentsBy(view, index, "appos").filter(listed)];
  for (const member of members) if (!seen.has(member)) mentionsThrough(view, member, seen, found);
  return [...found].filter((mention) => mention.entity && PARTICIPANT_KINDS.has(mention.kind));
}

/** "met with Bush", "a deal with Gazprom": whom a partnered happening was done with takes part in it. */
function addPartners(view: SentenceView, trigger: Trigger, phrases: number[]): void {
  for (const phrase of phrases) {
    if (caseOf(view, phrase) !== "with") continue;
    for (const mention of argumentMentions(view, phrase)) if (mention !== trigger.agent) addObject(trigger, mention, "other");
  }
}

/** "Seven Iraqi suspected hijackers": the people a demonym before persons names (a group resolution made of it) take part for them. */
function peopleDescribing(view: SentenceView, index: number): Mention | undefined {
  return dependentsBy(view, index, "amod").map((child) => view.mentionAt[child]).find((mention) => mention?.kind === "Group");
}

/**
 * "Qeshm Gov. Heidar Alishvandi said": where the parse made one name of a place or body, a title and a
 * person, the one who acts is the person the title introduces, at the end of the run.
 */
function titledPersonInName(view: SentenceView, index: number): Mention | undefined {
  const own = view.mentionAt[index];
  return dependentsBy(view, index, "flat", "compound")
    .map((child) => view.mentionAt[child])
    .find((mention) => mention && mention !== own && mention.kind === "Person" && mention.tokenStart > index && isTitleWord(view.tokens[mention.tokenStart - 1]));
}

/** A word of a title or an honorific ("Gov."), not one of the function words titles hold ("Secretary of State"). */
const isTitleWord = (token: Token | undefined) => token !== undefined && ["NOUN", "PROPN", "ADJ"].includes(token.upos) && (TITLE_WORDS.has(lower(token)) || HONORIFICS.has(lower(token)));

/** "killing Benjamin David Banky, 40.": the parse may make the age the argument and hang the name on it. */
function personBeforeAge(view: SentenceView, index: number): Mention | undefined {
  const { tokens } = view;
  if (tokens[index].upos !== "NUM" || tokens[index - 1]?.text !== ",") return undefined;
  const named = view.mentionAt[index - 2];
  return named?.kind === "Person" && tokens[named.tokenStart]?.head === index ? named : undefined;
}

/**
 * "civil rights leader Dr. Martin Luther King Jr.": a title noun right before a person's name (an
 * honorific between them, "Dr." or "Sir") is that person, however the parse attached the name.
 */
function personAfterTitle(view: SentenceView, index: number): Mention | undefined {
  if (!TITLE_WORDS.has(lower(view.tokens[index])) || view.tokens[index].upos !== "NOUN") return undefined;
  let at = index + 1;
  if (/^\p{Lu}\p{L}{0,3}\.$/u.test(view.tokens[at]?.text ?? "") || HONORIFICS.has(lower(view.tokens[at]))) at++;
  const mention = view.mentionAt[at];
  return mention?.kind === "Person" && mention.tokenStart === at ? mention : undefined;
}

/** The implicative verb ("prompted … to resign", "forced to quit") whose infinitive a verb is, if any. */
function implicativeHead(view: SentenceView, verb: number): number | undefined {
  const head = infinitiveHead(view, verb, ["xcomp", "advcl", "ccomp"]);
  return head !== undefined && isWord(IMPLICATIVE_VERBS, view.tokens[head]) ? head : undefined;
}

/** Whether a verb is the "to" infinitive of a word of trying (`ATTEMPT_WORDS`): "an attempt to assassinate", "tried to board it". */
function attemptedAt(view: SentenceView, verb: number): boolean {
  const head = infinitiveHead(view, verb, ["xcomp", "acl", "advcl"]);
  return head !== undefined && ATTEMPT_WORDS.has(view.tokens[head].lemma.toLowerCase());
}

/** The word a "to" infinitive depends on by one of `deprels`, if the verb is one. */
function infinitiveHead(view: SentenceView, verb: number, deprels: readonly string[]): number | undefined {
  const { head, deprel } = view.tokens[verb];
  const marked = dependentsBy(view, verb, "mark").some((child) => lower(view.tokens[child]) === "to");
  return marked && head >= 0 && deprels.includes(deprel) ? head : undefined;
}

/** Who does what an implicative verb's infinitive says: its object ("prompted Odell to resign"), else its passive subject ("was forced to quit"). */
function controllerOf(view: SentenceView, verb: number): number | undefined {
  if (dependentsBy(view, verb, "nsubj").length > 0) return undefined;
  const head = implicativeHead(view, verb);
  return head === undefined ? undefined : dependentsBy(view, head, "obj", "nsubj:pass")[0];
}

/** The person or body a place's "of" phrase (or a list in it) describes: "Jelena Jankovic of Serbia and Montenegro". */
function describedByPlace(view: SentenceView, place: Mention): Mention | undefined {
  const being = (at: number) => {
    const mention = view.mentionAt[at];
    return mention?.entity && mention.kind !== "Place" ? mention : undefined;
  };
  let at = mentionHead(view, place);
  // The parse may hang the list's last place on the person ("Jankovic … and Montenegro").
  while (view.tokens[at].deprel === "conj" && view.tokens[at].head >= 0) {
    at = view.tokens[at].head;
    if (being(at)) return being(at);
  }
  return view.tokens[at].deprel.startsWith("nmod") && caseOf(view, at) === "of" && view.tokens[at].head >= 0 ? being(view.tokens[at].head) : undefined;
}

/** The subject of a verb: its own, or that of the verb it is coordinated with or controlled by ("expressed condolences and urged"). */
function subjectOf(view: SentenceView, verb: number, depth = 0): number | undefined {
  // A parse that gives a verb two subjects ("The United Nations General Assembly President Volkan
  // Bozkir condemned") split one noun phrase: its head, the subject, is the one nearest the verb.
  const subjects = dependentsBy(view, verb, "nsubj");
  const own = subjects.filter((subject) => subject < verb).pop() ?? subjects[0];
  const token = view.tokens[verb];
  if (own !== undefined) {
    // "the man who killed": the relative pronoun stands for the noun the clause describes; "Jack Ruby, who
    // killed Oswald" for the name right before it, wherever the parse hung the clause.
    if (view.tokens[own].upos === "PRON" && RELATIVE_PRONOUNS.has(lower(view.tokens[own]))) {
      const named = view.mentionAt[view.tokens[own - 1]?.text === "," ? own - 2 : own - 1];
      // "Jelena Jankovic of Serbia and Montenegro, who both won": "who" stands for the one the place describes.
      const described = named?.kind === "Place" && lower(view.tokens[own]) === "who" ? describedByPlace(view, named) : undefined;
      if (described) return described.tokenStart;
      if (named?.entity) return named.tokenStart;
    }
    // A relative clause's own personal pronoun is its subject: in "Migration Watch, which she described as", she described.
    if (view.tokens[own].upos === "PRON" && RELATIVE_PRONOUNS.has(lower(view.tokens[own])) && token.deprel === "acl:relcl" && token.head >= 0) return token.head;
    return own;
  }
  // "Oswald, acting alone, fired": the parse may give the subject to the participle set off before the verb.
  for (const clause of dependentsBy(view, verb, "advcl")) {
    const bare = clause < verb && /^(VBG|VBN)$/.test(view.tokens[clause].pos) && dependentsBy(view, clause, "aux", "aux:pass").length === 0 && view.tokens[verb - 1]?.text === ",";
    const subject = bare ? dependentsBy(view, clause, "nsubj").find((child) => child < clause) : undefined;
    if (subject !== undefined && view.tokens[subject].upos !== "PRON") return subject;
  }
  // "Fanning alleged the man, Kirkpatrick, 61, opened fire", "Radio Red quoted local police as saying 40 to 50 armed men
  // attacked the convoy": a verb the parse coordinated, with no "and" or "but", after a verb of saying and its object
  // is the said clause, done by that object.
  if (token.deprel === "conj" && token.head >= 0 && dependentsBy(view, verb, "cc").length === 0) {
    const saying = (at: number) => at >= token.head && at < verb && isWord(BARE_CLAUSE_VERBS, view.tokens[at]);
    const said = (saying(token.head) ? dependentsBy(view, token.head, "obj").find((object) => object < verb) : undefined) ??
      view.tokens.findLastIndex((other, at) => at > token.head && at < verb && other.deprel === "obj" && saying(other.head));
    if (said !== undefined && said >= 0) return said;
  }
  // "expected 150,000 shoppers to have visited", "urged Livingstone to apologise": an infinitive after its head's object
  // is done by that object, as UD's object control reads it.
  const controller = token.deprel === "xcomp" && token.head >= 0 ? dependentsBy(view, token.head, "obj").find((object) => object < verb) : undefined;
  if (controller !== undefined) return controller;
  // Past a word the parse wrongly took for the first conjunct: "described the sentence as harsh and called on".
  // A participle or infinitive without a subject of its own is done by its head's subject: "acted alone in killing Kennedy".
  const controlled = token.deprel === "advcl" && /^(VBG|VBN)$/.test(token.pos);
  if (depth < 4 && token.head >= 0 && (["conj", "xcomp"].includes(token.deprel) || controlled || (depth > 0 && token.upos !== "VERB"))) return subjectOf(view, token.head, depth + 1);
  return undefined;
}

/**
 * The speaker of a report the parse left without a subject (a long appositive or an opening clause confuses it:
 * "Following Mr Straw's announcement, lawyer Louise Christian, who represents Mr Abbasi, said"): right after a
 * quotation, the one named after the verb; otherwise the last person or organisation in the verb's dependents
 * before it, outside relative clauses and quotations.
 */
function speakerWithoutSubject(view: SentenceView, verb: number): Mention[] {
  const { tokens } = view;
  const after = speakerAfterQuotedVerb(view, verb);
  if (after) return [after];
  const quoted = quotedTokens(view.tokens);
  const candidates = new Set<Mention>();
  const stack = dependents(view)[verb].filter((child) => child < verb);
  while (stack.length > 0) {
    const at = stack.pop()!;
    const { deprel } = tokens[at];
    if (deprel === "acl:relcl") continue;
    // What the quotation names is what was said, not who said it.
    const mention = quoted[at] ? undefined : view.mentionAt[at];
    if (mention && (mention.kind === "Person" || mention.kind === "Organization") && mention.entity) candidates.add(mention);
    stack.push(...dependents(view)[at]);
  }
  // The last one named, but not an organisation inside a person's phrase: "Rajesh Chharia, president of the Internet
  // Service Providers' Association of India, said" is Chharia's.
  const inPersonsPhrase = (mention: Mention) => mention.kind === "Organization" && [...candidates].some((other) => other.kind === "Person" && withinPhraseOf(view, mention, other));
  const speaker = [...candidates].filter((mention) => !inPersonsPhrase(mention)).sort((a, b) => b.tokenStart - a.tokenStart)[0];
  return speaker ? [speaker] : [];
}

/** Whether a mention hangs, through its heads, in the phrase of another. */
function withinPhraseOf(view: SentenceView, mention: Mention, other: Mention): boolean {
  for (let at = view.tokens[mentionHead(view, mention)].head, steps = 0; at >= 0 && steps < view.tokens.length; at = view.tokens[at].head, steps++) {
    if (view.mentionAt[at] === other) return true;
  }
  return false;
}

/**
 * `"…in Phytopharm's pipeline," said analyst Erling Refsum at Nomura`: a report right after a quotation
 * that the parse left without a subject is spoken by the first person named after the verb, before the
 * next comma, else by the first organisation there ("said ONGC chairman Subir Raha": Subir Raha).
 */
function speakerAfterQuotedVerb(view: SentenceView, verb: number): Mention | undefined {
  const { tokens } = view;
  const quoteEnd = tokens[verb - 1]?.text === "," ? verb - 2 : verb - 1;
  if (!QUOTATION_MARKS.has(tokens[quoteEnd]?.text ?? "")) return undefined;
  const named: Mention[] = [];
  for (let at = verb + 1; at < tokens.length && tokens[at].text !== "," && tokens[at].upos !== "PUNCT"; at++) {
    const mention = view.mentionAt[at];
    if (mention?.entity && (mention.kind === "Person" || mention.kind === "Organization") && !named.includes(mention)) named.push(mention);
  }
  return named.find((mention) => mention.kind === "Person") ?? named[0];
}

/**
 * "…, remain defendants in the lawsuit, said the newspaper.", "…, says the Office for National Statistics (ONS).":
 * a report set off by a comma or a quotation mark, with no subject after that mark, whose object ends the sentence
 * (a bracketed acronym may follow) has that object for its subject (the parse may read the inversion as an
 * object, the verb as coordinated with the clause before, and that clause's subject as the verb's).
 */
function invertedSubject(view: SentenceView, verb: number): number | undefined {
  const { tokens } = view;
  const before = tokens[verb - 1]?.text ?? "";
  // "…, told Time magazine": the object of a verb of telling is the audience, never the speaker.
  if ((before !== "," && !QUOTATION_MARKS.has(before)) || isWord(AUDIENCE_VERBS, tokens[verb])) return undefined;
  // A subject before the mark is the parse's misreading only where a verb of saying has a name for its object
  // ("…, says the Office for National Statistics"), not "EADS and BAE Systems, …, welcomed Mr Mandelson's announcement".
  const subjects = dependentsBy(view, verb, "nsubj");
  if (subjects.some((subject) => subject > verb)) return undefined;
  const saying = isWord(SPEECH_VERBS, tokens[verb]);
  let last = tokens.length - (tokens[tokens.length - 1]?.upos === "PUNCT" ? 2 : 1);
  if (tokens[last]?.text === ")") {
    const opening = tokens.map((token) => token.text).lastIndexOf("(", last);
    if (opening > verb) last = opening - 1;
  }
  // The parse may hang the name on the closing full stop instead ("…, died at the federal prison in Springfield, Mo.,
  // said prison spokesman Al Quintero.", after an abbreviation's period).
  const final = tokens.length - 1;
  const hung = tokens[final]?.upos === "PUNCT" ? dependentsBy(view, final, "nsubj", "obj").filter((child) => child > verb) : [];
  return [...dependentsBy(view, verb, "obj"), ...hung].find((object) => object > verb && (object === last || view.mentionAt[object]?.tokenEnd === last + 1) && (subjects.length === 0 || (saying && view.mentionAt[object] !== undefined)));
}

/**
 * `"…," Valentina Redzhepova, an official at a polling station, told AFP`: the speaker of a verb that
 * follows a quotation is the first person or organisation between the closing quotation mark and the
 * verb, where the parse found no subject there (it may hang the verb on the quoted clause and give it
 * the quote's "I"); not the source a report is attributed to ("according to Reuters").
 */
function speakerAfterQuote(view: SentenceView, verb: number, subject: number | undefined): Mention | undefined {
  let quote = verb - 1;
  while (quote >= 0 && !QUOTATION_MARKS.has(view.tokens[quote].text)) quote--;
  // A subject after the quotation mark, before the verb or after it ("…, said Tony Froggatt"), is the parse's own reading.
  if (quote < 0 || (subject !== undefined && subject > quote)) return undefined;
  for (let at = quote + 1; at < verb; at++) {
    const mention = view.mentionAt[at];
    if (mention?.entity && (mention.kind === "Person" || mention.kind === "Organization") && !SOURCE_PREPOSITIONS.has(caseOf(view, mentionHead(view, mention)))) return mention;
  }
  return undefined;
}

function readArguments(view: SentenceView, trigger: Trigger): void {
  const { tokens } = view;
  const index = trigger.token;
  const addAgents = (mentions: Mention[]) => {
    for (const mention of mentions) {
      if (!trigger.agent) trigger.agent = mention;
      else if (mention !== trigger.agent && mention.entity) trigger.participants.push({ entity: mention.entity, role: "agent", mention });
    }
  };
  const argumentTokens: number[] = [];
  let subjectToken: number | undefined;
  if (trigger.pos === "verb") {
    const inverted = REPORTING_SPEAKER.has(trigger.type) ? invertedSubject(view, index) : undefined;
    const own = trigger.passive ? undefined : inverted ?? controllerOf(view, index) ?? subjectOf(view, index);
    // "Oswald fired the shots that killed Kennedy": the one who fired the shots did it.
    const subject = own !== undefined && isWord(INSTRUMENT_NOUNS, tokens[own]) ? wielderOf(view, own) ?? own : own;
    subjectToken = subject;
    // A passive report's subject is who was told or asked ("Holmes has been advised by her coach", "researchers … were
    // told"), never its speaker, nor is a name after a quotation before it.
    const quoted = REPORTING_SPEAKER.has(trigger.type) && !trigger.passive ? speakerAfterQuote(view, index, subject) : undefined;
    const subjects = quoted ? [quoted] : subject !== undefined ? argumentMentions(view, subject) : REPORTING_SPEAKER.has(trigger.type) && !trigger.passive ? speakerWithoutSubject(view, index) : [];
    const pronoun = subject !== undefined ? view.referentAt[subject] : undefined;
    // "The Mid-Bedfordshire MP had denied": the person a title stands for acted, not the place or body that qualifies it.
    if (pronoun?.kind === "Person" && !quoted && tokens[subject!].upos !== "PRON") subjects.splice(0, subjects.length, pronoun, ...subjects.filter((mention) => mention.kind === "Person" && mention !== pronoun));
    if (isWord(HAPPENS_TO_SUBJECT, tokens[index]) || isWord(ACCOUNTABLE_SUBJECT, tokens[index]) || hurtsOwnBody(view, trigger)) {
      for (const mention of subjects.length ? subjects : pronoun ? [pronoun] : []) addObject(trigger, mention, isWord(ACCOUNTABLE_SUBJECT, tokens[index]) ? "target" : "victim");
    } else {
      addAgents(subjects.length ? subjects : pronoun ? [pronoun] : []);
    }
    for (const agent of dependentsBy(view, index, "obl:agent")) {
      argumentTokens.push(agent);
      addAgents(argumentMentions(view, agent));
    }
    // "murdered on the orders of Pizarro": who gave the order did it.
    for (const order of dependentsBy(view, index, "obl").filter((child) => isWord(ORDER_NOUNS, tokens[child]))) {
      argumentTokens.push(order);
      for (const giver of dependentsBy(view, order, "nmod").filter((child) => caseOf(view, child) === "of")) addAgents(argumentMentions(view, giver));
    }
    // "President Garfield was shot": a passive verb's subject undergoes it, also where the parse labels it a plain subject.
    const objects = dependentsBy(view, index, "obj", "iobj", "nsubj:pass", ...(trigger.passive ? ["nsubj"] : [])).filter((object) => object !== inverted);
    if (COMPLEMENT_OBJECT_TYPES.has(trigger.type)) {
      const infinitives = dependentsBy(view, index, "xcomp").filter((complement) => dependentsBy(view, complement, "mark").some((mark) => lower(tokens[mark]) === "to"));
      for (const complement of infinitives) objects.push(...dependentsBy(view, complement, "obj"));
    }
    const shared = objects.length === 0 ? sharedPassiveSubject(view, index, trigger.type) ?? (trigger.passive ? describedByParticiple(view, index) : undefined) : undefined;
    if (shared !== undefined) objects.push(shared);
    // "called on X to act", "fired at X": the one called on or fired at is the object.
    if (phrasalTriggerFor(tokens[index].text, tokens[index].pos, wordsAfter(tokens, index))) objects.push(...dependentsBy(view, index, "obl").filter((child) => phrasalTriggerFor(tokens[index].text, tokens[index].pos, [caseOf(view, child)])));
    // "thanked two of her mentors: David Satcher and Louis Sullivan": names after a colon spell out an object that names none
    // (a quotation after a colon is what was said).
    if (objects.length > 0 && objects.every((object) => argumentMentions(view, object).length === 0)) {
      const spelling = (mark: number) => tokens[mark].text === ":" && !QUOTATION_MARKS.has(tokens[mark + 1]?.text ?? "");
      objects.push(...dependentsBy(view, index, "parataxis", "appos").filter((child) => dependentsBy(view, child, "punct").some((mark) => mark < child && spelling(mark))));
    }
    if (PARTNERED_TYPES.has(trigger.type)) addPartners(view, trigger, dependentsBy(view, index, "obl"));
    // "bought a 26% stake in Jagran" (the parse may hang "in Jagran" on the verb): the business is what the deal is about;
    // not what a report says ("GPG said its stakes in Tyndall Australia Ltd … contributed strongly" aims at no one).
    const stakes = REPORTING_SPEAKER.has(trigger.type) ? [] : objects.filter((object) => isWord(STAKE_NOUNS, tokens[object]));
    if (stakes.length > 0) {
      const inPhrases = [...stakes.flatMap((stake) => dependentsBy(view, stake, "nmod")), ...dependentsBy(view, index, "obl")].filter((child) => caseOf(view, child) === "in");
      for (const child of inPhrases) for (const mention of argumentMentions(view, child)) if (mention.kind === "Organization" && mention !== trigger.agent) addObject(trigger, mention, "target");
    }
    for (const object of objects) {
      argumentTokens.push(object);
      // "after he was shot by Jack Ruby", "police arrested him": the one a pronoun stands for underwent it ("gave himself
      // up" has no one else).
      const referent = isWord(REFLEXIVE_PRONOUNS, tokens[object]) ? undefined : view.referentAt[object];
      const named = referent ? [referent] : argumentMentions(view, object);
      // "criticised President Bush's handling of the economy", "told the BBC's Today programme": a report aimed at a thing
      // that names no one is aimed at its owner; not at a happening's ("criticised his sentence" is about the sentence).
      const aimedAtOwner = named.length === 0 && AIMED_AT_OWNER.has(trigger.type) && !triggerFor(tokens[object].text, tokens[object].pos, tokens[object].lemma);
      const owners = aimedAtOwner ? dependentsBy(view, object, "nmod:poss").flatMap((owner) => view.referentAt[owner] ?? argumentMentions(view, owner)) : [];
      for (const mention of [...named, ...owners]) if (mention !== trigger.agent) addObject(trigger, mention);
    }
  } else {
    // "bankruptcy protection" stands where "bankruptcy" would.
    const phrase = tokens[index].deprel === "compound" && isWord(HAPPENING_PHRASE_HEADS, tokens[tokens[index].head]) ? tokens[index].head : index;
    const head = tokens[phrase].head;
    const headToken = tokens[head];
    // "Kennedy's assassin, Lee Harvey Oswald", "King assassin James Earl Ray": the name is the agent, the person it qualifies the victim.
    const doers = AGENT_NOUNS.has(lower(tokens[index])) ? doersOf(view, index) : [];
    addAgents(doers);
    // "Kennedy assassin Lee Harvey Oswald": the person named just before it is the one killed.
    const before = doers.length > 0 ? view.mentionAt[/^['’]s?$/.test(tokens[index - 1]?.text ?? "") ? index - 2 : index - 1] : undefined;
    if (before?.kind === "Person" && !doers.includes(before)) addObject(trigger, before, "victim");
    // What the possessor is to the happening when it is not its doer: "Kennedy's assassination", "Buckley's death".
    const happening = OTHER_HAPPENINGS.get(lower(tokens[index]));
    // "Greenspan's reappointment as chairman" befalls him; "Obama's nomination of Regina Benjamin" is Obama's doing.
    const befallsUnlessOf = POSSESSOR_ROLE_WITHOUT_OF[trigger.type] !== undefined && !dependentsBy(view, index, "nmod").some((child) => caseOf(view, child) === "of");
    const undergoes = POSSESSOR_ROLE[trigger.type] ?? (befallsUnlessOf ? POSSESSOR_ROLE_WITHOUT_OF[trigger.type] : undefined) ?? (trigger.type === "Other" && happening && BEFALLS_POSSESSOR.has(happening) ? "victim" : undefined);
    if (PARTNERED_TYPES.has(trigger.type)) addPartners(view, trigger, dependentsBy(view, index, "nmod"));
    for (const child of dependents(view)[index]) {
      const { deprel } = tokens[child];
      if (doers.length > 0 && (deprel === "appos" || deprel === "flat")) continue;
      if (doers.length > 0 && (deprel === "compound" || deprel === "nmod:poss")) {
        for (const mention of argumentMentions(view, child)) {
          if (!doers.includes(mention) && mention.kind === "Person") addObject(trigger, mention, "victim");
          // "Fulton County courthouse killer Brian Nichols": a town or a site before the agent noun is where the deed was done.
          else if (deprel === "compound" && mention.kind === "Place" && !isCountry(mention) && !trigger.places.includes(mention)) trigger.places.push(mention);
        }
        continue;
      }
      const preposition = caseOf(view, child);
      const mentions = argumentMentions(view, child);
      // "China's crackdown", "Iran's arrest of bloggers": a country holds people to account; it is not held.
      const holdsToAccount = (mention: Mention) => mention.kind === "Place" && isCountry(mention) && (trigger.type === "Arrest" || trigger.type === "Trial" || trigger.type === "Sentence");
      if (deprel === "nmod:poss" && undergoes && mentions.some(holdsToAccount)) addAgents(mentions);
      // "Belgium's sensational child murder case": no country is killed; it is where the killing was.
      else if (deprel === "nmod:poss" && undergoes) {
        for (const mention of mentions) {
          if (undergoes === "victim" && mention.kind === "Place") {
            if (!trigger.places.includes(mention)) trigger.places.push(mention);
          } else addObject(trigger, mention, mention.kind === "Person" || mention.kind === "Group" ? undergoes : "target");
        }
      }
      else if ((deprel === "compound" || deprel === "amod") && !PLACE_PREPOSITIONS.has(preposition)) {
        // "the Madrid bombings", "the Centennial Olympic Park bombings": a town or a site naming the happening is where it was;
        // a country is its doer too ("US air strikes", "the Iranian crackdown"), but where a visit goes ("Sizzla's UK tour")
        // or a calamity struck ("the Iran quake"). A blaze that a story of arson made an attack is still a calamity; a
        // party's "landslide", which its owner made an election, is none.
        const calamity = CALAMITIES.has(trigger.type) || (trigger.type === "Attack" && calamityNamedBy(tokens[index]) !== undefined);
        const sites = mentions.filter((mention) => mention.kind === "Place" && (!isCountry(mention) || trigger.type === "Visit" || calamity));
        trigger.places.push(...sites.filter((site) => !trigger.places.includes(site)));
        // "the Waitrose fire", "the EgyptAir plane accident": what a calamity is named for burned or broke; no one did it.
        const others = mentions.filter((mention) => !sites.includes(mention));
        if (calamity) for (const mention of others) addObject(trigger, mention, "target");
        else addAgents(others);
      } else if (deprel === "nmod:poss" || (deprel.startsWith("nmod") && preposition === "by")) addAgents(mentions);
      else if (deprel.startsWith("nmod") && (OBJECT_PREPOSITIONS.has(preposition) || (preposition === "to" && ADDRESSED_TYPES.has(trigger.type)))) {
        argumentTokens.push(child);
        for (const mention of mentions) {
          // "the sentence of the Supreme Court": a court passes judgement; "the request of the Municipality": who made it.
          const maker = !trigger.agent && preposition === "of" && (((trigger.type === "Trial" || trigger.type === "Sentence") && mention.kind === "Organization" && /\b(court|tribunal|judge)s?\b/i.test(mention.text)) || trigger.type === "Demand" || trigger.type === "Statement");
          if (maker) trigger.agent = mention;
          else if (mention !== trigger.agent) addObject(trigger, mention, preposition === "to" ? "other" : undefined);
        }
      }
    }
    // "UAAR launched a petition", "WorldCom filed for bankruptcy": the subject of a light verb acts; "Ebbers is to face
    // trial": the subject of "face" undergoes it.
    // "Ferguson did not play in the FA Cup win", "has not filed for bankruptcy": a denied verb lends the happening no one.
    const lending = head >= 0 && !isDenied(view, head);
    if (lending && (["obj", "xcomp"].includes(tokens[phrase].deprel) || (tokens[phrase].deprel === "obl" && caseOf(view, phrase) === "for" && isWord(LIGHT_VERBS, headToken)))) {
      const subject = subjectOf(view, head);
      const subjects = subject !== undefined ? argumentMentions(view, subject) : [];
      if (!trigger.agent && isWord(LIGHT_VERBS, headToken)) addAgents(subject === undefined && REPORTING_SPEAKER.has(trigger.type) ? speakerWithoutSubject(view, head) : subjects);
      else if (!trigger.agent && isWord(UNDERGOING_VERBS, headToken)) for (const mention of subjects) addObject(trigger, mention);
      // "held talks with the rebels": the parse may hang the partner on the light verb.
      if (PARTNERED_TYPES.has(trigger.type) && isWord(LIGHT_VERBS, headToken)) addPartners(view, trigger, dependentsBy(view, head, "obl"));
    }
    // "The investigation is led by Oregon State Police", "the inquiry, led by Lord Butler": who leads it passively does it.
    const leading = [
      ...(lending && tokens[phrase].deprel === "nsubj:pass" && isWord(LIGHT_VERBS, headToken) ? [head] : []),
      ...dependentsBy(view, phrase, "acl").filter((verb) => isWord(LIGHT_VERBS, tokens[verb]) && !isDenied(view, verb)),
    ];
    if (!trigger.agent) for (const verb of leading) addAgents(dependentsBy(view, verb, "obl:agent").flatMap((agent) => argumentMentions(view, agent)));
    // "Khodorkovsky is on trial" (the noun the predicate, its own subject), "managers are to go on trial", "Pinochet was
    // never put on trial": whoever is on it undergoes it.
    if (!trigger.agent && UNDERGONE_IN.get(lower(tokens[index]))?.includes(caseOf(view, index))) {
      const own = dependentsBy(view, index, "nsubj", "nsubj:pass")[0];
      const putting = head >= 0 && isWord(PUTTING_VERBS, headToken);
      // "Tanzi spent months in jail and was kept under house arrest": a coordinated verb shares its subject.
      const onIt = own ?? (head >= 0 ? dependentsBy(view, head, ...(putting ? ["obj", "nsubj:pass"] : ["nsubj", "nsubj:pass"]))[0] ?? (putting ? undefined : subjectOf(view, head)) : undefined);
      const referent = onIt === undefined ? undefined : view.referentAt[onIt];
      if (onIt !== undefined) for (const mention of referent ? [referent] : argumentMentions(view, onIt)) addObject(trigger, mention);
    }
    // "Federer won the Australian Open", "she will compete at the European Indoors", "Labour won the election": who
    // takes part in a named happening or an election.
    // "Mr Kennedy is going into the looming election": whoever's clause holds an election contests it, unless the clause reports.
    const contesting = isWord(CONTESTED_VOTES, tokens[index]) && headToken?.upos === "VERB" && !isWord(SPEECH_VERBS, headToken) && (tokens[index].deprel === "obj" || CONTEST_PREPOSITIONS.has(caseOf(view, index)));
    if ((trigger.eventName || trigger.type === "Election") && lending && ["obj", "obl"].includes(tokens[index].deprel) && (isWord(PARTICIPATION_VERBS, headToken) || contesting)) {
      const subject = subjectOf(view, head);
      if (subject !== undefined) addAgents(argumentMentions(view, subject));
    }
    // "During a visit to the Interior Department, Obama said …": a happening that sets the time of a clause is its subject's doing.
    if (!trigger.agent && !VIOLENCE.has(trigger.type) && head >= 0 && tokens[index].deprel === "obl" && headToken.upos === "VERB" && SETTING_PREPOSITIONS.has(caseOf(view, index))) {
      const subject = subjectOf(view, head);
      if (subject !== undefined) addAgents(argumentMentions(view, subject));
    }
  }
  if (!trigger.agent && VIOLENCE.has(trigger.type)) addAgents(accusedOf(view, index));
  // "An earthquake razed villages on the island of Qeshm", "the attack took place in Mach": where the happening's own verb puts it.
  const acting = tokens[index].deprel === "nsubj" && trigger.pos === "noun" ? tokens[index].head : -1;
  if (acting >= 0 && tokens[acting].upos === "VERB") argumentTokens.push(acting, ...dependentsBy(view, acting, "obj"));
  // "The fire destroyed La Fenice", "La Fenice was destroyed by fire": what the happening harms undergoes it.
  const harming = trigger.pos === "noun" && ["nsubj", "obl:agent"].includes(tokens[index].deprel) && tokens[index].head >= 0 && isWord(HARMING_VERBS, tokens[tokens[index].head]) ? tokens[index].head : -1;
  // An injury that "hit" a side is a setback, not harm done to it.
  if (harming >= 0 && (trigger.type === "Attack" || CALAMITIES.has(trigger.type))) {
    const harmed = tokens[index].deprel === "nsubj" ? dependentsBy(view, harming, "obj") : dependentsBy(view, harming, "nsubj:pass", "nsubj");
    for (const mention of harmed.flatMap((token) => view.referentAt[token] ? [view.referentAt[token]!] : argumentMentions(view, token))) {
      if (mention.kind !== "Place" && mention !== trigger.agent) addObject(trigger, mention, mention.kind === "Person" || mention.kind === "Group" ? "victim" : "target");
    }
  }
  // "the talks, held in Geneva", "the summit, which takes place in Brussels": where the clause on the noun puts it.
  // "take" only with "place": to "take part in the development of the oilfields" puts nothing there.
  const tellsWhere = (verb: number) =>
    (isWord(OCCURRENCE_VERBS, tokens[verb]) && (tokens[verb].lemma !== "take" || dependentsBy(view, verb, "obj").some((object) => lower(tokens[object]) === "place"))) || isWord(LIGHT_VERBS, tokens[verb]);
  if (trigger.pos === "noun") argumentTokens.push(...dependentsBy(view, index, "acl", "acl:relcl").filter(tellsWhere));
  // "Foreign nationals detained in the UK are being held at Belmarsh": where those arrested are held, they are detained.
  const described = tokens[index].deprel === "acl" ? tokens[index].head : -1;
  if (trigger.type === "Arrest" && described >= 0 && tokens[described].deprel === "nsubj:pass" && isWord(CUSTODY_VERBS, tokens[tokens[described].head])) argumentTokens.push(tokens[described].head);
  trigger.places = placesOf(view, trigger, argumentTokens, subjectToken);
  // "his debut at the Metropolitan Opera", "a shooting at West Coast Bank", "the explosion occurred at a West Coast Bank
  // branch": an organisation where it happened takes part.
  if (trigger.type !== "Statement" && trigger.type !== "Demand") {
    const venues = [index, ...(acting >= 0 && isWord(OCCURRENCE_VERBS, tokens[acting]) ? [acting] : [])].flatMap((at) => dependentsBy(view, at, "obl", "nmod"));
    for (const child of venues.filter((child) => VENUE_PREPOSITIONS.has(caseOf(view, child)))) {
      for (const mention of argumentMentions(view, child)) if (mention.kind === "Organization" && mention !== trigger.agent) addObject(trigger, mention, VIOLENCE.has(trigger.type) ? "target" : "other");
    }
  }
  // "the Iranian crackdown": a country qualifying the event's name is where it happened;
  // so is a country that arrests, tries, legislates or votes (its authorities act at home).
  // Not so for a named happening, nor for a win: England's Six Nations are played in Paris too, and "Spain's Davis
  // Cup victory" was won in Seville; nor for what a country says or asks: "Britain's proposal" is made anywhere.
  // Only a country before the noun qualifies it: "attacks by Iran and Talabani" were made on Iraqi Kurds, in Iraq.
  const writtenBefore = trigger.agent?.kind === "Place" && trigger.agent.sentence === view.index && trigger.agent.tokenEnd <= index;
  const qualifiesPlace = trigger.pos === "noun" && writtenBefore && !trigger.eventName && trigger.type !== "Other" && !REPORTING_SPEAKER.has(trigger.type);
  if (trigger.agent?.kind === "Place" && (qualifiesPlace || ACTS_AT_HOME.has(trigger.type)) && !trigger.places.includes(trigger.agent)) trigger.places.push(trigger.agent);
}

/** Whether a place mention names a country: by its name, its demonym ("Iranian") or its entity ("the government" laid over India). */
function isCountry(mention: Mention): boolean {
  return [mention.text, mention.entity ? nameInKey(mention.entity) : ""].some((name) => countryNamed(name) !== undefined || countryOfDemonym(name) !== undefined);
}

/** The name an entity key holds after its kind: "Place:united kingdom" → "united kingdom". */
const nameInKey = (key: string): string => key.slice(key.indexOf(":") + 1);

/** The subject of the verb an instrument is the object of: "Oswald" for "Oswald fired the shots". */
function wielderOf(view: SentenceView, instrument: number): number | undefined {
  const { deprel, head } = view.tokens[instrument];
  return deprel === "obj" && head >= 0 && view.tokens[head].upos === "VERB" ? subjectOf(view, head) : undefined;
}

/**
 * Who is held to account for the deed named at `index`: "Adamson, convicted of murdering Bolles",
 * "Sirhan was convicted of Kennedy's killing", "police charged Hernandez with killing Escalante",
 * "Rudolph pleaded guilty to the bombings" (ACCUSING_WORDS).
 */
function accusedOf(view: SentenceView, index: number): Mention[] {
  const { tokens } = view;
  const deed = tokens[index];
  if (!["obl", "advcl", "nmod", "xcomp"].includes(deed.deprel) || deed.head < 0) return [];
  const marker = caseOf(view, index) || lower(tokens[dependentsBy(view, index, "mark")[0]]);
  if (!ACCUSATION_MARKERS.has(marker)) return [];
  const isAccusing = (at: number) => isWord(ACCUSING_WORDS, tokens[at]) || dependentsBy(view, at, "xcomp", "advmod").some((child) => isWord(ACCUSING_WORDS, tokens[child]));
  // "serving 99 years in prison for the murder of King": the parse may hang the deed on the punishment's noun.
  const punishment = tokens[deed.head];
  const accusation = !isAccusing(deed.head) && punishment.upos === "NOUN" && punishment.deprel === "obl" && punishment.head >= 0 && isAccusing(punishment.head) ? punishment.head : deed.head;
  if (!isAccusing(accusation)) return [];
  return accusedBy(view, accusation, 0).flatMap((holder) => argumentMentions(view, holder)).filter((mention) => ACCUSABLE_KINDS.has(mention.kind));
}

const ACCUSABLE_KINDS: ReadonlySet<string> = new Set(["Person", "Organization", "Group"]);

/**
 * The accused of an accusing word: its passive subject, the object of an active charge, the subject
 * of a plea; the name a clause describes ("Adamson, convicted of", "the fan who was convicted of");
 * the subject of the verb it is coordinated with ("were arrested and charged with").
 */
function accusedBy(view: SentenceView, accusation: number, depth: number): number[] {
  const token = view.tokens[accusation];
  for (const deprel of ["nsubj:pass", "obj", "nsubj"]) {
    // "who was convicted": the relative pronoun stands for the name the clause describes. Not "serving 99 years".
    const holders = dependentsBy(view, accusation, deprel)
      .flatMap((holder) => (view.tokens[holder].upos === "PRON" && token.deprel === "acl:relcl" ? describedName(view, token.head) : [holder]))
      .filter((holder) => argumentMentions(view, holder).length > 0);
    if (holders.length > 0) return holders;
  }
  if (token.head < 0 || depth >= 3) return [];
  if (token.deprel.startsWith("acl")) {
    const described = describedName(view, token.head);
    // "were being held in a Los Angeles Police jail, charged with killing Escalante": a participle after a comma
    // that the parse hung on a noun that is no name describes the subject of the noun's clause.
    const clause = described.length === 0 && token.pos === "VBN" && view.tokens[accusation - 1]?.text === "," ? clauseOf(view, token.head) : undefined;
    return clause === undefined ? described : accusedBy(view, clause, depth + 1);
  }
  // "the case of John Harvey Adamson, convicted of murdering Don Bolles": a participle right after a name and a
  // comma describes that name, however the parse attached it.
  const named = token.pos === "VBN" && view.tokens[accusation - 1]?.text === "," ? view.mentionAt[accusation - 2] : undefined;
  if (named && named.tokenEnd === accusation - 1) return [accusation - 2];
  return ["conj", "advcl", "xcomp"].includes(token.deprel) ? accusedBy(view, token.head, depth + 1) : [];
}

/** The verb whose clause a noun belongs to: "held" for the "jail" of "held in a jail". */
function clauseOf(view: SentenceView, noun: number): number | undefined {
  let at = view.tokens[noun].head;
  while (at >= 0 && view.tokens[at].upos !== "VERB") at = view.tokens[at].head;
  return at >= 0 ? at : undefined;
}

/** The name a clause describes: the name itself, or the name a noun is in apposition to ("Chapman, a former fan who"); not "a Los Angeles Police jail". */
function describedName(view: SentenceView, noun: number): number[] {
  if (view.mentionAt[noun]) return [noun];
  const { deprel, head } = view.tokens[noun];
  return deprel === "appos" && head >= 0 && view.mentionAt[head] ? [head] : [];
}

/**
 * "Rougerie hurt his chest", "since injuring his bicep", "limped out injured": an injury with no object
 * but the subject's own body (a part a pronoun owns, or a reflexive) befalls its subject.
 */
function hurtsOwnBody(view: SentenceView, trigger: Trigger): boolean {
  if (trigger.type !== "Injury" || trigger.passive) return false;
  return dependentsBy(view, trigger.token, "obj").every(
    (object) => isWord(REFLEXIVE_PRONOUNS, view.tokens[object]) || dependentsBy(view, object, "nmod:poss").some((owner) => view.tokens[owner].upos === "PRON"),
  );
}

function addObject(trigger: Trigger, mention: Mention, fixedRole?: ParticipantRole): void {
  if (!mention.entity || !PARTICIPANT_KINDS.has(mention.kind)) return;
  // Only people die, are killed or hurt: "Viotti, director of La Fenice Theatre, has died" befalls no theatre.
  const being = mention.kind === "Person" || mention.kind === "Group";
  if (fixedRole === "victim" && !being) return;
  // Only people are arrested or jailed: "the ex-president of China Construction Bank, jailed for 12 years", not the bank.
  if (!being && mention.kind !== "Place" && (trigger.type === "Arrest" || (trigger.type === "Sentence" && isWord(CUSTODY_VERBS, trigger.view.tokens[trigger.token])))) return;
  // A place hit, visited or struck is where it happened: "stormed Mach", "a visit to Beijing", "a powerful earthquake hit
  // Japan", "India suffers massive internet disruption".
  const befallsPlace = CALAMITIES.has(trigger.type) || BEFALLS_PLACE.has(OTHER_HAPPENINGS.get(lower(trigger.view.tokens[trigger.token])) ?? "");
  if (mention.kind === "Place" && (VIOLENCE.has(trigger.type) || trigger.type === "Visit" || befallsPlace) && (fixedRole === undefined || fixedRole === "other")) {
    trigger.places.push(mention);
    return;
  }
  if (fixedRole) {
    trigger.participants.push({ entity: mention.entity, role: fixedRole, mention });
    return;
  }
  const verb = trigger.view.tokens[trigger.token];
  if (trigger.type === "Statement") {
    // "told BBC News": the audience takes part; "criticised the Home Office": the one it is aimed at; "said the figure": what is said.
    if (isWord(AUDIENCE_VERBS, verb)) trigger.participants.push({ entity: mention.entity, role: "other", mention });
    else if (isWord(TOPIC_VERBS, verb)) trigger.aboutEntities.push(mention);
    else if (trigger.pos === "verb" && !isWord(SPEECH_VERBS, verb)) trigger.participants.push({ entity: mention.entity, role: "target", mention });
    return;
  }
  const objectRole = OBJECT_ROLE[trigger.type] ?? HAPPENING_OBJECT_ROLE.get(OTHER_HAPPENINGS.get(lower(verb)) ?? "");
  if (!objectRole) {
    trigger.participants.push({ entity: mention.entity, role: "other", mention });
    return;
  }
  if (objectRole === "victim" && !being) return;
  const role: ParticipantRole = objectRole === "victim" || (VIOLENCE.has(trigger.type) && being) ? "victim" : "target";
  trigger.participants.push({ entity: mention.entity, role, mention });
}

/**
 * Places attached to the trigger by "in/at/near" ("killed in Mach"), or to its other arguments
 * ("stormed a mine in Mach", "held by the US at Guantanamo Bay", where the parse hangs the place on the noun), with the places they contain
 * in turn ("in Mach, Balochistan"). A statement or demand takes only places attached to itself.
 */
/** "found Phan when the boxcar was opened at Whittier", "on Monday when …": the clauses that time a happening, and so place it. */
function timingClauses(view: SentenceView, index: number): number[] {
  const clauses = [...dependentsBy(view, index, "advcl"), ...dependentsBy(view, index, "obl").flatMap((time) => dependentsBy(view, time, "acl:relcl"))];
  return clauses.filter((clause) => dependentsBy(view, clause, "mark", "advmod").some((marker) => lower(view.tokens[marker]) === "when"));
}

/** "Speaking in London on Monday, …": a participle of addressing people that sets where and when a report was made. */
function isSpeakingClause(token: Token): boolean {
  return token.deprel === "advcl" && token.pos === "VBG" && isWord(SPEAKING_VERBS, token);
}

function placesOf(view: SentenceView, trigger: Trigger, argumentTokens: number[], subject?: number): Mention[] {
  const { tokens } = view;
  const places: Mention[] = [...trigger.places];
  // "extradited from Denmark, where he was arrested": the place a relative clause of "where" describes is where its verb
  // happened; the parse may hang the clause elsewhere ("flew to Kabul, where gunmen attacked": a conjunct of "flew").
  const where = dependents(view)[trigger.token].find((child) => lower(tokens[child]) === "where");
  if (where !== undefined) {
    const token = tokens[trigger.token];
    const antecedents = token.deprel === "acl:relcl" ? argumentMentions(view, token.head) : tokens[where - 1]?.text === "," && view.mentionAt[where - 2] ? [view.mentionAt[where - 2]!] : [];
    for (const mention of antecedents) if (mention.kind === "Place" && !places.includes(mention)) places.push(mention);
  }
  // "Police in Leeds arrested three men", "a court in Moscow sentenced him": where the doers named by a common noun
  // are is where they did it (not what they are near; not for reports, said wherever the speaker was).
  const report = trigger.type === "Statement" || trigger.type === "Demand";
  const placedDoers = subject !== undefined && !report && tokens[subject].upos === "NOUN" && !view.mentionAt[subject];
  for (const child of placedDoers ? dependentsBy(view, subject!, "nmod") : []) {
    const place = view.mentionAt[child];
    if (place?.kind === "Place" && PLACE_PREPOSITIONS.has(caseOf(view, child)) && !PROXIMITY_PREPOSITIONS.has(caseOf(view, child)) && !places.includes(place)) places.push(place);
  }
  // "Speaking in Buenos Aires on Tuesday, Tony Blair said": where the speaker spoke is where the report was made.
  const hosts = report
    ? [trigger.token, ...dependents(view)[trigger.token].filter((clause) => isSpeakingClause(tokens[clause]))]
    : [trigger.token, ...argumentTokens, ...timingClauses(view, trigger.token)];
  // "a 20% stake in Sina": what a stake is in is a business, not a place.
  const inAStake = (noun: number, child: number) => isWord(STAKE_NOUNS, tokens[noun]) && caseOf(view, child) === "in";
  // "at the federal prison in Springfield", "in Pakistan's Balochistan province": the noun leads to the places that name or contain it.
  const collect = (at: number, depth: number) => {
    if (isWord(BIDDING_NOUNS, tokens[at])) return;
    const named = argumentMentions(view, at);
    for (const mention of named) if (mention.kind === "Place" && !places.includes(mention)) places.push(mention);
    if (depth === 0) return;
    // "in Indian newspaper company Jagran", "named in the Scotland squad": the words before the name of an organisation or
    // a person, or before a side's noun, say what it is, not where it happened; a place after it still does ("at the
    // Marriott hotel in Islamabad").
    const described = isWord(SIDE_NOUNS, tokens[at]) || named.some((mention) => mention.kind === "Organization" || mention.kind === "Person");
    for (const child of dependentsBy(view, at, "nmod", "compound", "amod", "appos")) {
      if (described && (tokens[child].deprel === "amod" || tokens[child].deprel === "compound")) continue;
      if (inAStake(at, child)) continue;
      // "an area in Costa Rica near the Nicaraguan border": what the place is near is not where it happened.
      if (tokens[child].deprel === "nmod" && ((!PLACE_PREPOSITIONS.has(caseOf(view, child)) && caseOf(view, child) !== "of") || PROXIMITY_PREPOSITIONS.has(caseOf(view, child)))) continue;
      collect(child, depth - 1);
    }
  };
  for (const host of hosts) {
    for (const child of dependentsBy(view, host, "obl", "nmod", "advmod")) {
      // "called on President Khatami of Iran": who a phrasal verb takes is no place.
      // "abducted from a tree farm in Costa Rica": where someone is taken from is where it happened.
      // What a report is "on" is its topic: "rejected calls … on the legality of the Iraq war" was not said in Iraq.
      const topic = report && caseOf(view, child) === "on";
      const placed = (PLACE_PREPOSITIONS.has(caseOf(view, child)) && !topic) || (caseOf(view, child) === "from" && isWord(TAKING_VERBS, tokens[host]));
      if (placed && !argumentTokens.includes(child) && !inAStake(host, child)) collect(child, 2);
    }
  }
  return places.filter((place) => place !== trigger.agent || ACTS_AT_HOME.has(trigger.type) || trigger.pos === "noun");
}

/** The day a time word heads, if it can name one: weekdays, "yesterday", month names with a number, dates in figures. */
function isTimeHead(view: SentenceView, index: number): boolean {
  const token = view.tokens[index];
  const word = lower(token);
  if (NUMERIC_DATE.test(token.text)) return true;
  if (!TIME_WORDS.has(word)) return false;
  if (!AMBIGUOUS_MONTHS.has(word)) return true;
  return [view.tokens[index - 1], view.tokens[index + 1]].some((next) => next !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(next.text));
}

/** The words of the time expression around a time word: "on the 3rd of January 2021", "Monday night". */
function timePhrase(view: SentenceView, index: number): string {
  const [from, to] = timeSpan(view, index);
  return view.tokens.slice(from, to).map((token) => token.text).join(" ");
}

/** Where the time expression around a time word starts and ends (end exclusive). */
function timeSpan(view: SentenceView, index: number): [number, number] {
  const fits = (at: number) => {
    const token = view.tokens[at];
    return token !== undefined && !view.mentionAt[at] && (isTimeHead(view, at) || TIME_PHRASE_WORDS.has(lower(token)) || /^\d{1,4}(st|nd|rd|th)?,?$/.test(token.text) || TIME_WORDS.has(lower(token)));
  };
  let from = index;
  let to = index + 1;
  while (from > index - 4 && fits(from - 1)) from--;
  while (to < index + 5 && fits(to)) to++;
  return [from, to];
}

/** How far left of a time expression a noun trigger may sit for the expression to belong to it. */
const LOW_ATTACHMENT_WINDOW = 8;

/**
 * "the sentence of the Court on July 8", parsed with "on July 8" hung on a noun before "sentence": a time phrase
 * the parse attaches to a noun that is no trigger belongs to the nearest noun trigger between that noun and the
 * phrase whose own noun phrase runs up to it (the parse's PP attachment is least reliable there).
 */
function lowAttachment(view: SentenceView, triggerAt: Map<number, Trigger>, parent: number, start: number): Trigger | undefined {
  const { tokens } = view;
  if (parent < 0 || parent >= start || triggerAt.has(parent) || !["NOUN", "PROPN"].includes(tokens[parent].upos)) return undefined;
  const covers = (root: number, at: number) => {
    for (let steps = 0; at >= 0 && steps < LOW_ATTACHMENT_WINDOW; steps++, at = tokens[at].head) if (at === root) return true;
    return false;
  };
  for (let candidate = start - 1; candidate > parent && candidate >= start - LOW_ATTACHMENT_WINDOW; candidate--) {
    const trigger = triggerAt.get(candidate);
    if (!trigger || trigger.pos !== "noun") continue;
    let inside = true;
    for (let at = candidate + 1; at < start && inside; at++) inside = covers(candidate, at);
    return inside ? trigger : undefined;
  }
  return undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day a time expression names, resolved against the reference date; null when it names none for certain. */
function dayOf(phrase: string, reference: Date | undefined): string | null {
  const year = /\b\d{4}\b/.test(phrase);
  // Without a reference only a date that spells out its year can be placed ("yesterday" is relative to it).
  if (!reference && !year) return null;
  const result = chrono.parse(phrase, { instant: reference ?? new Date(0), timezone: 0 }, { forwardDate: false })[0];
  if (!result || /week|month|year/i.test(result.text)) return null;
  if (result.start.isCertain("day")) return result.start.date().toISOString().slice(0, 10);
  if (!result.start.isCertain("weekday") || !reference) return null;
  // News reports what has happened: a bare weekday is the last such day, not the next one.
  const day = result.start.date();
  if (day.getTime() > reference.getTime() + DAY_MS / 2 && !/\bnext\b/i.test(phrase)) day.setUTCDate(day.getUTCDate() - 7);
  return day.toISOString().slice(0, 10);
}

/**
 * Each time expression dates the one trigger it is attached to: the nearest trigger above it in the tree,
 * through nouns and "took place" but not through a verb that is no trigger ("said they arrived on Sunday").
 */
function assignDates(view: SentenceView, triggerAt: Map<number, Trigger>, reference: Date | undefined): void {
  if (triggerAt.size === 0) return;
  const { tokens } = view;
  tokens.forEach((_, index) => {
    if (view.mentionAt[index] || !isTimeHead(view, index)) return;
    // "missing since Thursday", "under house arrest until last September": where a period starts or ends, whatever the
    // parse made of "since"; not the date of a happening the period starts with ("since the 11 September 2001 attacks").
    const [phraseStart, phraseEnd] = timeSpan(view, index);
    if (PERIOD_BOUNDS.has(lower(tokens[phraseStart - 1])) && tokens[phraseEnd]?.upos !== "NOUN") return;
    // Only the head word of a time expression climbs: "January" in "on January 3", not "3".
    let at = tokens[index].head;
    let from = index;
    while (at >= 0 && isTimeHead(view, at)) [from, at] = [at, tokens[at].head];
    const [start, end] = timeSpan(view, index);
    let parent = at;
    while (parent >= start && parent < end) parent = tokens[parent].head;
    const lowest = lowAttachment(view, triggerAt, parent, start);
    if (lowest) {
      lowest.date ??= dayOf(timePhrase(view, index), reference);
      return;
    }
    for (let steps = 0; at >= 0 && steps < 12; steps++) {
      const trigger = triggerAt.get(at);
      if (trigger) {
        trigger.date ??= dayOf(timePhrase(view, index), reference);
        shareWithMainClause(view, triggerAt, at, trigger.date);
        return;
      }
      const token = tokens[at];
      if (token.upos === "VERB" || token.upos === "AUX") {
        // "The attack took place on Sunday", "UAAR launched a petition on Monday": the event its subject or object names;
        // "an earthquake razed villages Sunday": what a happening did, it did when it happened.
        const light = isWord(OCCURRENCE_VERBS, token) || isWord(LIGHT_VERBS, token);
        const named = dependentsBy(view, at, ...(light ? ["nsubj", "obj"] : ["nsubj"])).map((child) => triggerAt.get(child)).find((found) => found?.pos === "noun");
        if (named) named.date ??= dayOf(timePhrase(view, index), reference);
        // "As the hearings are set for today, Obama nominated …": what happens while another happens shares its day; so does
        // what a speaker says while speaking somewhere ("Speaking in London on Monday, Gen Musharraf said").
        const simultaneous = isSpeakingClause(token) || (token.deprel === "advcl" && dependentsBy(view, at, "mark").some((marker) => isWord(SIMULTANEITY_MARKERS, tokens[marker])));
        if (named || !simultaneous) return;
      }
      if (!MODIFIERS.has(tokens[from].deprel) && !tokens[from].deprel.startsWith("nmod") && !tokens[from].deprel.startsWith("obl")) return;
      [from, at] = [at, token.head];
    }
  });
}

/**
 * "As the hearings are set for today, Obama nominated …": a happening dated in an "as/when/while" clause
 * dates the clause's main trigger too (the climb from the time expression stops at the nearer trigger).
 */
function shareWithMainClause(view: SentenceView, triggerAt: Map<number, Trigger>, from: number, date: string | null): void {
  if (!date) return;
  const { tokens } = view;
  let at = from;
  // Up through the noun phrase to the clause's verb: "the hearings" → "set".
  for (let steps = 0; at >= 0 && steps < 3 && tokens[at].upos !== "VERB"; steps++) at = tokens[at].head;
  if (at < 0 || tokens[at].deprel !== "advcl" || !dependentsBy(view, at, "mark").some((marker) => isWord(SIMULTANEITY_MARKERS, tokens[marker]))) return;
  const main = triggerAt.get(tokens[at].head);
  if (main && main !== triggerAt.get(from)) main.date ??= date;
}

/** A publication date stated at the top, on a line of its own ("updated 12/19/2005 2:48 PM ET", "Jul 13, 2009 01:40 PM"), and where it stands. */
function publicationLine(views: SentenceView[]): { date: Date; sentence: number } | undefined {
  for (const view of views.slice(0, HEADER_SENTENCES)) {
    const { tokens } = view;
    // A line that is a date and nothing more: no verb other than "updated", "published".
    if (tokens.length > 14 || tokens.some((token) => token.upos === "VERB" && !isWord(PUBLICATION_WORDS, token))) continue;
    const result = chrono.parse(view.sentence.text, new Date(0), { forwardDate: false })[0];
    if (result && result.start.isCertain("year") && result.start.isCertain("month") && result.start.isCertain("day")) {
      const { year, month, day } = { year: result.start.get("year")!, month: result.start.get("month")!, day: result.start.get("day")! };
      return { date: new Date(Date.UTC(year, month - 1, day, 12)), sentence: view.index };
    }
  }
  return undefined;
}

/**
 * What a report is about: the triggers in its complement ("said that gunmen killed …", "condemned the attack",
 * "the attack was claimed by IS", "protests over the ruling"), each the first trigger on its path down the tree;
 * where the complement names no happening, the people and organisations it names.
 */
function linkReports(view: SentenceView, trigger: Trigger, triggerAt: Map<number, Trigger>): void {
  const answering = ANSWERS_FOR.has(trigger.type);
  if (!REPORTING.has(trigger.type) && !answering && !isClaim(trigger)) return;
  const { tokens } = view;
  const complements = dependents(view)[trigger.token].filter((child) => {
    const { deprel } = tokens[child];
    const preposition = caseOf(view, child);
    // "arrested for the assassination", "jailed over the killing": what someone is held or punished for.
    if (answering) return (deprel.startsWith("obl") || deprel.startsWith("nmod")) && REASON_PREPOSITIONS.has(preposition);
    if (COMPLEMENTS.has(deprel)) return true;
    return (deprel.startsWith("obl") || deprel.startsWith("nmod")) && TOPIC_PREPOSITIONS.has(preposition) && !(trigger.pos === "verb" && preposition === "on" && isPhrasal(trigger));
  });
  const stack = [...complements];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const reported = triggerAt.get(at);
    const mention = view.mentionAt[at];
    if (mention) trigger.named.add(mention);
    if (reported && reported !== trigger) {
      if (reported.type !== trigger.type && reported.type !== "Statement") trigger.about.push(reported);
      continue;
    }
    stack.push(...dependents(view)[at]);
  }
  if (trigger.about.length > 0 || trigger.type !== "Statement") return;
  for (const child of complements) {
    if (tokens[child].deprel !== "obj" && !tokens[child].deprel.startsWith("obl")) continue;
    // Never about its own speaker: the parse may hang part of an inverted speaker's name on the verb ("says the Office for National Statistics").
    for (const mention of argumentMentions(view, child)) if (mention.kind !== "Place" && mention.entity !== trigger.agent?.entity && !trigger.participants.some((participant) => participant.mention === mention)) trigger.aboutEntities.push(mention);
  }
}

function isPhrasal(trigger: Trigger): boolean {
  const { tokens } = trigger.view;
  return phrasalTriggerFor(tokens[trigger.token].text, tokens[trigger.token].pos, wordsAfter(tokens, trigger.token)) !== undefined;
}

function isClaim(trigger: Trigger): boolean {
  return lower(trigger.view.tokens[trigger.token]).startsWith("claim");
}

/**
 * "The ministry said repairs would take days … spokesman Rafaat Hindy said": what someone says for the
 * body they belong to (AFFILIATED_WITH), where the body itself makes a statement in the article, is
 * part of that statement, not a statement of their own.
 */
function speakingForTheirBody(clusters: Cluster[], relations: RelationMention[]): Cluster[] {
  const bodyStatement = new Map(clusters.filter((cluster) => cluster.type === "Statement" && cluster.agentKey).map((cluster) => [cluster.agentKey!, cluster]));
  return clusters.filter((cluster) => {
    if (cluster.type !== "Statement" || !cluster.agentKey) return true;
    const bodies = new Set(relations.filter((relation) => relation.kind === "AFFILIATED_WITH" && relation.source === cluster.agentKey && bodyStatement.has(relation.target)).map((relation) => relation.target));
    if (bodies.size !== 1) return true;
    bodyStatement.get([...bodies][0])!.triggers.push(...cluster.triggers);
    return false;
  });
}

interface Cluster {
  triggers: Trigger[];
  type: EventType;
  agentKey?: string;
}

function clusterTriggers(triggers: Trigger[], parents: Map<string, Set<string>>): Cluster[] {
  const clusters: Cluster[] = [];
  const byId = new Map<string, Cluster>();
  // In an article about violence, those who died died of it; in one about a disaster and no attack, those killed
  // or hurt without anyone doing it ("ten people were killed when an earthquake razed villages") died in the disaster.
  // The story's violence is told in its opening or more than once: "the 11 September terror attacks", named once far
  // down a producer's obituary as the subject of her last film, are not what she died of.
  // Violence done to the one who died is what they died of, wherever it is told ("his assassination on Monday … the death
  // of Mr Hariri").
  const violence = triggers.filter((trigger) => VIOLENCE.has(trigger.type) && !isWord(PROPERTY_CRIMES, trigger.view.tokens[trigger.token]));
  const violent = violence.length > 1 || violence.some((trigger) => trigger.view.index < OPENING_SENTENCES);
  const victimsOfViolence = new Set(violence.flatMap((trigger) => trigger.participants.map((participant) => participant.entity)));
  const diedOfViolence = (trigger: Trigger) => violent || trigger.participants.some((participant) => victimsOfViolence.has(participant.entity));
  const assaulted = triggers.some((trigger) => VIOLENCE.has(trigger.type) && trigger.type !== "Injury");
  // Without an agent, what it happened to tells mentions apart: "a lawsuit" and "Ebbers is to face trial".
  const byWhomOrToWhom = (trigger: Trigger) => `${trigger.type}:${trigger.agent?.entity ?? `~${trigger.participants[0]?.entity ?? ""}`}`;
  const namesSomeone = (trigger: Trigger) => trigger.agent !== undefined || trigger.participants.length > 0;
  const injuriesNamingSomeone = triggers.filter((trigger) => trigger.type === "Injury" && namesSomeone(trigger));
  // The nearest of a list to a trigger, the last one told before it first.
  const nearestOf = (list: Trigger[]) => (trigger: Trigger) => list.filter((other) => other.span.start < trigger.span.start).at(-1) ?? list.find((other) => other.span.start > trigger.span.start);
  const nearestInjuryNamingSomeone = nearestOf(injuriesNamingSomeone);
  // The story's calamity is one it leads with or comes back to: "the reopening of La Fenice after it was destroyed by fire
  // in 1996", told once in a story of its conductor's death, is no calamity he died in.
  const calamities = triggers.filter((trigger) => CALAMITIES.has(trigger.type));
  const storysCalamity = (calamity: Trigger) => calamities.some((other) => other !== calamity && other.type === calamity.type) || calamity.view.index <= LEAD_SENTENCES;
  const disaster = triggers.some((trigger) => trigger.type === "Attack") ? undefined : calamities.find(storysCalamity);
  const namedAt = new Map<SentenceView, Map<number, string>>();
  for (const trigger of triggers) if (trigger.eventName) namedAt.set(trigger.view, (namedAt.get(trigger.view) ?? new Map()).set(trigger.token, trigger.eventName));
  // "Mark Felt died … At the time of his death": a death naming no one is the nearest that does.
  const deathsNamingSomeone = triggers.filter((trigger) => trigger.type === "Other" && befallsSomeone(trigger) && namesSomeone(trigger));
  const nearestDeathNamingSomeone = nearestOf(deathsNamingSomeone);
  for (const trigger of triggers) {
    const agentKey = trigger.agent?.entity;
    const word = lower(trigger.view.tokens[trigger.token]);
    const befalls = befallsSomeone(trigger);
    // "Federer won the Australian Open": the win is the named happening ("won" and "wins" are wins, "withdrew" is not).
    const won = trigger.type === "Other" && trigger.pos === "verb" && OTHER_HAPPENINGS.get(word) === "win" ? dependentsBy(trigger.view, trigger.token, "obj", "obl").map((child) => namedAt.get(trigger.view)?.get(child)).find(Boolean) : undefined;
    const named = trigger.eventName ?? won;
    const nearestInjury = trigger.type === "Injury" && !namesSomeone(trigger) ? nearestInjuryNamingSomeone(trigger) : undefined;
    let id: string;
    if (named) id = `named:${normaliseName(named)}`;
    else if (disaster && (CALAMITIES.has(trigger.type) || (!trigger.agent && (VIOLENCE.has(trigger.type) || befalls)))) id = "calamity";
    // "Jack Ruby killed Kennedy's assassin Oswald": what an agent noun names is its doer's own deed until shown to be the story's.
    else if (VIOLENCE.has(trigger.type) && trigger.pos === "noun" && AGENT_NOUNS.has(word)) id = `violence:by:${agentKey}`;
    // "Rudolph, who pleaded guilty to the Olympic Park bombings", in a story of Nichols' killings: another person's violence is another deed.
    else if (VIOLENCE.has(trigger.type) && isAnotherPersonsDeed(trigger, byId.get("violence"))) id = `violence:by:${agentKey}`;
    // Injuries are the story's violence only where something violent happens in it: two players' injuries are two, and
    // an injury that names no one ("the injury") is the nearest one that does, the last one told before it first.
    else if ((VIOLENCE.has(trigger.type) && (trigger.type !== "Injury" || assaulted)) || (befalls && diedOfViolence(trigger))) id = "violence";
    else if (nearestInjury) id = byWhomOrToWhom(nearestInjury);
    // A court's ruling and its sentence are one judgement.
    else if ((trigger.type === "Trial" || trigger.type === "Sentence") && trigger.agent?.kind === "Organization") id = `judgement:${agentKey}`;
    // Other happenings of one agent differ by what happened: "won" a prize, made a "debut".
    else if (trigger.type === "Other") {
      const sufferer = befalls && !namesSomeone(trigger) ? nearestDeathNamingSomeone(trigger) : undefined;
      const whose = sufferer ? (sufferer.agent?.entity ?? sufferer.participants[0].entity) : (agentKey ?? trigger.participants[0]?.entity ?? "");
      id = `Other:${whose}:${OTHER_HAPPENINGS.get(lower((sufferer ?? trigger).view.tokens[(sufferer ?? trigger).token])) ?? word}`;
    }
    else if (trigger.type === "Statement" || trigger.type === "Demand") id = agentKey ? `speaker:${agentKey}` : `${trigger.type}:${trigger.token}:${trigger.view.index}`;
    else id = byWhomOrToWhom(trigger);
    const cluster = byId.get(id);
    if (cluster) cluster.triggers.push(trigger);
    else {
      const created: Cluster = { triggers: [trigger], type: trigger.type, agentKey };
      byId.set(id, created);
      clusters.push(created);
    }
  }
  // "courthouse killer Brian Nichols" in a story of killings nobody else did: his deed is the story's violence.
  const story = byId.get("violence");
  for (const [id, deed] of byId) {
    const storyAgent = story && firstAgent(story);
    if (!id.startsWith("violence:by:") || !story || (storyAgent && storyAgent.entity !== deed.agentKey)) continue;
    story.triggers.push(...deed.triggers);
    story.triggers.sort((a, b) => a.span.start - b.span.start);
    story.agentKey ??= deed.agentKey;
    clusters.splice(clusters.indexOf(deed), 1);
  }
  // A mention with no agent ("the agreement") belongs to the one agent's event of its type, when there is one.
  for (const orphan of clusters.filter((cluster) => !cluster.agentKey && !VIOLENCE.has(cluster.type) && !["Statement", "Demand", "Other"].includes(cluster.type) && !isNamed(cluster))) {
    const agents = clusters.filter((cluster) => cluster.agentKey && cluster.type === orphan.type);
    // Where none of its type has an agent, a mention naming no one ("caught pirates in the Gulf of Aden") belongs to the one
    // other of its type told by the same word ("caught 12 Somalis and 11 Yemenis"; not "a lawsuit" to "Ebbers is to face trial").
    const owners = agents.length > 0 || hasParticipants(orphan) ? agents : clusters.filter((cluster) => cluster !== orphan && cluster.type === orphan.type && !isNamed(cluster) && sharesTriggerWord(cluster, orphan));
    // "held by the US at Guantanamo Bay" and "detained in the UK" are two detentions.
    if (owners.length !== 1 || placesDiffer(orphan, owners[0], parents)) continue;
    owners[0].triggers.push(...orphan.triggers);
    owners[0].triggers.sort((a, b) => a.span.start - b.span.start);
    clusters.splice(clusters.indexOf(orphan), 1);
  }
  for (const cluster of clusters) {
    const attacks = cluster.triggers.filter((trigger) => trigger.type === "Attack");
    // A shooting or a stabbing that kills is a killing; an attack or a bombing that kills stays an attack.
    const killedWithWeapon = cluster.triggers.some((trigger) => trigger.type === "Killing") && attacks.every((trigger) => isWord(WEAPON_ATTACK_WORDS, trigger.view.tokens[trigger.token]));
    if (attacks.length > 0) cluster.type = killedWithWeapon ? "Killing" : "Attack";
    const calamity = cluster.triggers.find((trigger) => CALAMITIES.has(trigger.type));
    if (calamity) cluster.type = calamity.type;
    cluster.agentKey ??= cluster.triggers.find((trigger) => trigger.agent)?.agent?.entity;
  }
  return clusters;
}

/**
 * The triggers less the attacks named by the noun alone that nothing makes violent (`ATTACK_IN_PLAY`): no one they
 * are aimed at or hurt, no place but a demonym's, no date, no clause or violent word of their own, no other violence in
 * the story.
 */
function withoutAttacksInPlay(triggers: Trigger[]): Trigger[] {
  const inPlay = (trigger: Trigger) =>
    trigger.type === "Attack" && trigger.pos === "noun" && ATTACK_IN_PLAY.nouns.has(lower(trigger.view.tokens[trigger.token])) && trigger.participants.length === 0 &&
    trigger.places.every((place) => countryOfDemonym(place.text) !== undefined) && trigger.date === null &&
    !dependents(trigger.view)[trigger.token].some((child) => {
      const { upos, deprel } = trigger.view.tokens[child];
      return ATTACK_IN_PLAY.violentWords.has(lower(trigger.view.tokens[child])) || isTimeHead(trigger.view, child) || upos === "NUM" || deprel.startsWith("acl");
    });
  if (triggers.some((trigger) => VIOLENCE.has(trigger.type) && !inPlay(trigger))) return triggers;
  return triggers.filter((trigger) => !inPlay(trigger));
}

/** The triggers with the killings only violence makes so (`DEATHS_AMID_VIOLENCE`) read as deaths where no other violence is told. */
function deathsOutsideViolence(triggers: Trigger[]): Trigger[] {
  const deathsNoun = (trigger: Trigger) => trigger.type === "Killing" && trigger.pos === "noun" && DEATHS_AMID_VIOLENCE.nouns.has(lower(trigger.view.tokens[trigger.token]));
  if (triggers.some((trigger) => (trigger.type === "Attack" || trigger.type === "Killing") && !deathsNoun(trigger))) return triggers;
  return triggers.map((trigger) => (deathsNoun(trigger) ? { ...trigger, type: "Other" } : trigger));
}

/** The triggers with the violence a named person or body does only in words (`CRITICISM_OUTSIDE_VIOLENCE`) read as statements where no other violence, and no crime, is told. */
function criticismOutsideViolence(triggers: Trigger[]): Trigger[] {
  const { lemmas, agents, becomes } = CRITICISM_OUTSIDE_VIOLENCE;
  const inWords = (trigger: Trigger) =>
    VIOLENCE.has(trigger.type) && trigger.pos === "verb" && lemmas.has(trigger.view.tokens[trigger.token].lemma.toLowerCase()) && agents.has(trigger.agent?.kind ?? "");
  // A story of crime, with an arrest, a trial or an inquiry, tells a deed ("John Smith attacked a bank … Police arrested Smith").
  if (triggers.some((trigger) => (VIOLENCE.has(trigger.type) && !inWords(trigger)) || HOLDS_TO_ACCOUNT.has(trigger.type))) return triggers;
  // Whom words attack is their target, not a victim.
  const spokenOf = (trigger: Trigger): Trigger => ({ ...trigger, type: becomes, participants: trigger.participants.map((participant) => (participant.role === "victim" ? { ...participant, role: "target" } : participant)) });
  return triggers.map((trigger) => (inWords(trigger) ? spokenOf(trigger) : trigger));
}

/** Whether a violent trigger's agent is a person other than the person who did the story's violence so far. */
function isAnotherPersonsDeed(trigger: Trigger, story: Cluster | undefined): boolean {
  const storyAgent = story && firstAgent(story);
  return trigger.agent?.kind === "Person" && storyAgent?.kind === "Person" && storyAgent.entity !== trigger.agent.entity;
}

const firstAgent = (cluster: Cluster): Mention | undefined => cluster.triggers.find((trigger) => trigger.agent)?.agent;

/** Whether two clusters happened in different places: "sentenced … in the Gilan area" is no other sentence than "Iran jails blogger". */
function placesDiffer(a: Cluster, b: Cluster, parents: Map<string, Set<string>>): boolean {
  const placesOf = (cluster: Cluster) => [...new Map(cluster.triggers.flatMap((trigger) => trigger.places.map((place) => [place.entity!, place] as const))).values()];
  const [first, second] = [placesOf(a), placesOf(b)];
  // A country that acts ("Iran jails blogger") acts anywhere within it that the gazetteers or the article do not put
  // elsewhere ("the Gilan area"; not the prisons of a detention "in the UK", for the US holding Britons at Guantanamo Bay):
  // the article puts a place in another country by LOCATED_IN or by naming that country as the same happening's place.
  const actingCountry = (place: Mention) => [a, b].some((cluster) => cluster.agentKey === place.entity) && isCountry(place);
  const inAnotherCountry = (inner: Mention, outer: Mention, beside: Mention[]) =>
    [...ancestors(parents, inner.entity!), ...beside.map((place) => place.entity!)].some((key) => key !== outer.entity && countryNamed(nameInKey(key)) !== undefined);
  const within = (inner: Mention, outer: Mention, beside: Mention[]) =>
    nested(parents, inner.entity!, outer.entity!) || (actingCountry(outer) && !isCountry(inner) && !knownOnlyElsewhere(inner.text, outer.text) && !inAnotherCountry(inner, outer, beside));
  return first.length > 0 && second.length > 0 && !first.some((one) => second.some((other) => within(one, other, first) || within(other, one, second)));
}

const isNamed = (cluster: Cluster): boolean => cluster.triggers.some((trigger) => trigger.eventName);

/** What befalls someone, told by a verb ("Buckley fell", "Viotti died") or by a noun ("his death"). */
function befallsSomeone(trigger: Trigger): boolean {
  const word = lower(trigger.view.tokens[trigger.token]);
  const happening = OTHER_HAPPENINGS.get(word);
  return HAPPENS_TO_SUBJECT.has(word) || (happening !== undefined && BEFALLS_POSSESSOR.has(happening));
}
const hasParticipants = (cluster: Cluster): boolean => cluster.triggers.some((trigger) => trigger.participants.length > 0);
const triggerLemmas = (cluster: Cluster) => cluster.triggers.map((trigger) => trigger.view.tokens[trigger.token].lemma.toLowerCase());
const sharesTriggerWord = (a: Cluster, b: Cluster): boolean => triggerLemmas(a).some((lemma) => triggerLemmas(b).includes(lemma));

/** Salient enough to be an event: a named participant or place, or a happening that matters by itself or by its name. */
function isSalient(cluster: Cluster): boolean {
  if (isNamed(cluster)) return true;
  const hasTarget = cluster.triggers.some((trigger) => trigger.participants.length > 0);
  if (cluster.type === "Statement") return cluster.agentKey !== undefined;
  if (cluster.type === "Demand") return cluster.agentKey !== undefined || hasTarget;
  // Meeting and visiting are done by people and organisations, not by the places met in.
  if ((cluster.type === "Meeting" || cluster.type === "Visit") && !cluster.triggers.some((trigger) => trigger.agent && trigger.agent.kind !== "Place")) return false;
  // "an explosion of portable media", "has been a blast": a sudden-event noun alone, with nothing to anchor it (no one
  // who took part, no place, no day), is a figure of speech.
  const anchored = cluster.triggers.some((trigger) => trigger.agent || trigger.participants.length > 0 || trigger.places.length > 0 || trigger.date);
  if (!anchored && cluster.triggers.every((trigger) => trigger.pos === "noun" && isWord(ANCHOR_NEEDING_NOUNS, trigger.view.tokens[trigger.token]))) return false;
  if (["Attack", "Killing", "Disaster", "Accident", "Protest"].includes(cluster.type)) return true;
  // A happening the article keeps coming back to ("a class action lawsuit … defendants in the lawsuit").
  if (cluster.triggers.length >= 2 && cluster.type !== "Other") return true;
  return cluster.triggers.some((trigger) => trigger.agent || trigger.participants.length > 0 || trigger.places.length > 0 || trigger.date);
}

/** Each place's containers in the article's LOCATED_IN relations ("Mach, Balochistan": Mach → Balochistan). */
function locatedIn(relations: RelationMention[]): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  for (const relation of relations) {
    if (relation.kind !== "LOCATED_IN") continue;
    const known = parents.get(relation.source) ?? new Set<string>();
    parents.set(relation.source, known.add(relation.target));
  }
  return parents;
}

/** How deep a place sits in the article's LOCATED_IN chains: Mach (in Balochistan, in Pakistan) is deeper than Pakistan. */
function placeDepth(parents: Map<string, Set<string>>): (key: string) => number {
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

/** Whether one place is the other or lies within it, by the article's LOCATED_IN chains. */
function nested(parents: Map<string, Set<string>>, inner: string, outer: string): boolean {
  return ancestors(parents, inner).has(outer);
}

/** A place and every place the article's LOCATED_IN relations put it in, however deep. */
function ancestors(parents: Map<string, Set<string>>, inner: string): Set<string> {
  const seen = new Set<string>();
  const stack = [inner];
  while (stack.length) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(parents.get(key) ?? []));
  }
  return seen;
}

export function extractEvents(doc: ArticleDoc): { events: EventMention[]; relations: RelationMention[] } {
  const views = sentenceViews(doc);
  const dateline = datelinePlace(views);
  const home = storyCountry(doc, dateline);
  markGovernment(views, home);
  markOrganisationHeads(views, doc.entities, BODY_SPEAKERS);
  markTitledPersons(views);
  const published = publicationLine(views);
  // Relative dates resolve against the article's date, else the publication date the text states.
  const reference = doc.article.date ? new Date(`${doc.article.date}T12:00:00Z`) : published?.date;
  // The lead is the sentence after the header lines (dateline, publication date), where there are any.
  const headerEnd = Math.max(dateline?.sentence ?? -1, published?.sentence ?? -1);
  const lead = reference && headerEnd >= 0 ? headerEnd + 1 : undefined;
  const parents = locatedIn(doc.relations);
  const clusters = speakingForTheirBody(clusterTriggers(criticismOutsideViolence(deathsOutsideViolence(withoutAttacksInPlay(findTriggers(doc, views, reference, lead)))), parents).filter(isSalient), doc.relations);
  const entityName = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  const depth = placeDepth(parents);
  const seatOf = new Map(doc.relations.filter((relation) => relation.kind === "LOCATED_IN").map((relation) => [relation.source, relation.target]));
  // "BONN … Israel announced this week the expansion of settlements": a country acts at home, not where the story is filed.
  const actsAbroad = (cluster: Cluster, filedFrom: Mention) => {
    const country = cluster.agentKey ? countryNamed(entityName.get(cluster.agentKey) ?? "") : undefined;
    return country !== undefined && knownOnlyElsewhere(entityName.get(filedFrom.entity!) ?? filedFrom.text, country);
  };
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
    // "held at Belmarsh and Woodhill prisons": every place of a list hosted it ("Mach, Balochistan" is no list: the second contains the first);
    // "refuelled at Larnaca and landed at Stansted": so does each verb's of the sentence, less a place that holds another.
    const hosts: Array<{ place: Mention; trigger: Trigger }> = [];
    for (const trigger of cluster.triggers.filter((other) => place && other.view === place.trigger.view)) {
      const best = Math.max(...trigger.places.map(specificity));
      for (const listed of trigger.places) if (specificity(listed) === best && !hosts.some((host) => host.place.entity === listed.entity)) hosts.push({ place: listed, trigger });
    }
    for (const host of hosts) {
      if (hosts.some((other) => other !== host && (nested(parents, other.place.entity!, host.place.entity!) || ownsPlace(host.trigger.view, host.place, other.place)))) continue;
      relate("OCCURRED_IN", key, host.place.entity!, host.trigger, host.place, CONFIDENCE.place);
    }
    // Otherwise a ruling happens where the court giving it sits: "the House of Lords, the UK's highest court, ruled";
    // and what the story reports as happening where it is filed from happens at the dateline's place.
    const seat = !place && AT_SEAT.has(cluster.type) ? seatOfOrganisation(cluster, seatOf) : undefined;
    if (seat) relate("OCCURRED_IN", key, seat.place, seat.trigger, seat.trigger.span, CONFIDENCE.seat);
    else if (!place && dateline && AT_DATELINE.has(cluster.type) && first.view.index - dateline.sentence <= LEAD_SENTENCES && !actsAbroad(cluster, dateline)) relate("OCCURRED_IN", key, dateline.entity!, first, first.span, CONFIDENCE.dateline);
    // "last April's general election" in a story of Italy: an election the text places nowhere is the story's country's
    // (a poll, a vote or someone "elected" may be a firm's, a magazine's or a party's).
    else if (!place && home && cluster.triggers.some((trigger) => trigger.pos === "noun" && isWord(NATIONAL_VOTES, trigger.view.tokens[trigger.token]))) relate("OCCURRED_IN", key, home.key, first, first.span, CONFIDENCE.homeCountry);

    const seen = new Set<string>();
    for (const trigger of cluster.triggers) {
      const argumentsOf: Argument[] = [...(trigger.agent?.entity ? [{ entity: trigger.agent.entity, role: "agent" as const, mention: trigger.agent }] : []), ...trigger.participants];
      for (const argument of argumentsOf) {
        const id = `${argument.entity}|${argument.role}`;
        if (seen.has(id) || (argument.role !== "agent" && seen.has(`${argument.entity}|agent`))) continue;
        seen.add(id);
        relate("PARTICIPANT", argument.entity, key, trigger, argument.mention, argument.role === "agent" ? CONFIDENCE.agent : CONFIDENCE.object, argument.role);
      }
      for (const reported of trigger.about) {
        const target = clusterOf.get(reported);
        if (!target || target === cluster || !keyOf.has(target)) continue;
        relate("ABOUT", key, keyOf.get(target)!, trigger, reported.span, CONFIDENCE.about);
        // "X claimed the attack": the claimant did it.
        if (isClaim(trigger) && VIOLENCE.has(target.type) && trigger.agent?.entity) {
          relate("PARTICIPANT", trigger.agent.entity, keyOf.get(target)!, trigger, trigger.agent, CONFIDENCE.claimant, "agent");
        }
      }
      for (const mention of trigger.aboutEntities) relate("ABOUT", key, mention.entity!, trigger, mention, CONFIDENCE.aboutEntity);
    }
    const agentName = cluster.agentKey ? entityName.get(cluster.agentKey) : undefined;
    const placeName = place ? entityName.get(place.place.entity!) : undefined;
    const otherKey = cluster.triggers.flatMap((trigger) => trigger.participants)[0]?.entity;
    const otherName = otherKey ? entityName.get(otherKey) : undefined;
    const eventName = cluster.triggers.find((trigger) => trigger.eventName)?.eventName;
    const name = eventName ?? (agentName ? `${agentName}: ${first.phrase}` : placeName ? `${first.phrase} in ${placeName}` : otherName ? `${first.phrase} (${otherName})` : first.phrase);
    // A name is its own alias, without its head word ("Championships").
    const aliases = [...new Set(cluster.triggers.flatMap((trigger) => (trigger.eventName ? [trigger.phrase] : [trigger.phrase, trigger.view.tokens[trigger.token].text])))].filter((alias) => alias !== name);
    const argumentCount = relations.length - relationsBefore;
    events.push({
      key,
      eventType: cluster.type,
      name,
      aliases,
      date: cluster.triggers.find((trigger) => trigger.date)?.date ?? null,
      triggers: cluster.triggers.map((trigger) => ({ ...trigger.span, sentence: trigger.view.index })),
      confidence: round(Math.min(CONFIDENCE.eventMax, CONFIDENCE.eventBase + CONFIDENCE.eventPerEdge * argumentCount)),
    });
  }
  relations.push(...reportsOnPlacedEvents(clusters, keyOf, relations, entityName));
  relations.push(...accountingForDeeds(clusters, keyOf, relations));
  relations.push(...reactionsToStatements(clusters, keyOf, relations));
  relations.push(...reportsOnMainEvent(clusters, keyOf, relations));
  return { events, relations: dedupe(relations) };
}

/**
 * Whether a place is the possessor of the noun another place names or qualifies, and so holds it: "London's Stansted
 * airport", "Iran's Qeshm island", whether or not the article's relations say so.
 */
function ownsPlace(view: SentenceView, outer: Mention, inner: Mention): boolean {
  if (outer.sentence !== inner.sentence || outer.sentence !== view.index) return false;
  const { tokens } = view;
  const owner = mentionHeadToken(tokens, outer);
  const owned = mentionHeadToken(tokens, inner);
  return tokens[owner].deprel === "nmod:poss" && (tokens[owner].head === owned || tokens[owner].head === tokens[owned].head);
}

/** The place of the first organisation in the event (its agent first) whose seat the article gives. */
function seatOfOrganisation(cluster: Cluster, seatOf: Map<string, string>): { place: string; trigger: Trigger } | undefined {
  for (const trigger of cluster.triggers) {
    if (isWord(SUIT_WORDS, trigger.view.tokens[trigger.token])) continue;
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
      for (const place of trigger.named) {
        // Only a specific place says which happening: every event in a country is "in Iran".
        const specific = place.kind === "Place" && !countryNamed(entityName.get(place.entity!) ?? "");
        for (const event of (specific && eventsAt.get(place.entity!)) || []) {
          if (event !== key) reported.push({ kind: "ABOUT", source: key, target: event, sentence: trigger.view.index, span: { start: place.start, end: place.end }, confidence: CONFIDENCE.aboutPlaced });
        }
      }
    }
  }
  return reported;
}

/**
 * "Nichols was sentenced to life", "the trial of Brian Nichols": holding someone to account is about
 * the deed the article has them do ("courthouse killer Brian Nichols"), when they did one deed, or
 * about the one mentioned most; in a story of one deed, violence or fraud, about that deed whoever it
 * holds to account ("the trial of Bernard Ebbers" in a story of WorldCom's fraud). Nothing where the
 * arrest or trial is already about a happening.
 */
function accountingForDeeds(clusters: Cluster[], keyOf: Map<Cluster, string>, relations: RelationMention[]): RelationMention[] {
  const about = withTopic(relations);
  const rolesOf = (cluster: Cluster, role: ParticipantRole) =>
    new Set(relations.filter((relation) => relation.kind === "PARTICIPANT" && relation.target === keyOf.get(cluster) && relation.role === role).map((relation) => relation.source));
  const isDeed = (cluster: Cluster) => VIOLENCE.has(cluster.type) || (cluster.type === "Other" && cluster.triggers.some((trigger) => OTHER_HAPPENINGS.get(lower(trigger.view.tokens[trigger.token])) === "fraud"));
  const deeds = clusters.filter(isDeed).map((cluster) => ({ cluster, doers: rolesOf(cluster, "agent") }));
  // A story's only crime, for an arrest or a trial (not a suspension, nor an inquiry): not an injury (a player's, mostly)
  // nor a raid (the police's, mostly).
  const crimes = deeds.filter((deed) => deed.cluster.triggers.some((trigger) => trigger.type !== "Injury" && !POLICE_ACTIONS.has(trigger.view.tokens[trigger.token].lemma.toLowerCase())));
  const found: RelationMention[] = [];
  for (const cluster of clusters) {
    const key = keyOf.get(cluster)!;
    if (!HOLDS_TO_ACCOUNT.has(cluster.type) || about.has(key)) continue;
    const accused = rolesOf(cluster, "target");
    const theirs = deeds.filter((deed) => [...accused].some((entity) => deed.doers.has(entity))).sort((a, b) => b.cluster.triggers.length - a.cluster.triggers.length);
    // Nor a deed the story gives another person ("Smith attacked a bank … police arrested Jones"), though a firm's may be its boss's.
    const byNobodyElse = (deed: (typeof deeds)[number]) => ![...deed.doers].some((doer) => doer.startsWith("Person:") && !accused.has(doer));
    const deed = theirs[0] ?? (crimes.length === 1 && accused.size > 0 && ANSWERS_FOR_ONLY_DEED.has(cluster.type) && byNobodyElse(crimes[0]) ? crimes[0] : undefined);
    if (!deed) continue;
    const first = cluster.triggers[0];
    found.push({ kind: "ABOUT", source: key, target: keyOf.get(deed.cluster)!, sentence: first.view.index, span: first.span, confidence: theirs.length > 0 ? CONFIDENCE.aboutDeed : CONFIDENCE.aboutOnlyDeed });
  }
  return found;
}

/** The events that already have an ABOUT edge. */
const withTopic = (relations: RelationMention[]): Set<string> => new Set(relations.filter((relation) => relation.kind === "ABOUT").map((relation) => relation.source));

/** Happenings that set a story rather than being what its statements are about. */
const SETTING_TYPES: ReadonlySet<EventType> = new Set(["Election"]);

/**
 * A report aimed at someone whose own statement the story reports, and about no happening of its own, answers that
 * statement: "Blair urged Livingstone to apologise" after "Livingstone compared a reporter to a camp guard".
 */
function reactionsToStatements(clusters: Cluster[], keyOf: Map<Cluster, string>, relations: RelationMention[]): RelationMention[] {
  const reporting = withTopic(relations);
  const statementBy = new Map(clusters.filter((cluster) => cluster.type === "Statement" && cluster.agentKey).map((cluster) => [cluster.agentKey!, cluster]));
  const found: RelationMention[] = [];
  for (const cluster of clusters) {
    // "Blair is being urged to …" is no one's answer to him.
    if (!ABOUT_MAIN_EVENT.has(cluster.type) || !cluster.agentKey || reporting.has(keyOf.get(cluster)!)) continue;
    const answered = cluster.triggers.flatMap((trigger) => trigger.participants).filter((participant) => participant.role === "target" && participant.mention.kind === "Person")
      .map((participant) => statementBy.get(participant.entity)).find((statement) => statement && statement !== cluster);
    if (!answered) continue;
    const first = cluster.triggers[0];
    found.push({ kind: "ABOUT", source: keyOf.get(cluster)!, target: keyOf.get(answered)!, sentence: first.view.index, span: first.span, confidence: CONFIDENCE.aboutMain });
  }
  return found;
}

/**
 * A report whose own clause names no happening ("…," Mr X said) is taken to be about a happening its
 * sentence names ("said after the attack"), else about the story's main happening, the one mentioned
 * most (between equals, the one with an agent), at low confidence: on the gold articles such a
 * statement is about it about half the time, and about the happening reported just before it less
 * often. Trials and inquiries are about their own matter, so they take no such edge.
 */
function reportsOnMainEvent(clusters: Cluster[], keyOf: Map<Cluster, string>, relations: RelationMention[]): RelationMention[] {
  const weight = (cluster: Cluster) => cluster.triggers.length * 2 + (cluster.agentKey ? 1 : 0);
  const happenings = clusters.filter((cluster) => !REPORTING.has(cluster.type) || cluster.type === "Trial").sort((a, b) => weight(b) - weight(a));
  // A named happening ("the European Indoor Championships") is the setting of a story, seldom what it reports; so is
  // an election, the setting of political news ("the next general election"), whose statements are about policies.
  // The story's own happening is told in its opening or more than once: a happening named once, far down a long story
  // ("a tsunami appeal" at a band's concert), is no subject of the statements around it.
  // A death is the story's only where its opening tells it: "Bobby Darin, who died in 1973", twice in a story of a film.
  const told = (cluster: Cluster) =>
    cluster.triggers[0].view.index < OPENING_SENTENCES || (cluster.triggers.length >= 2 && !cluster.triggers.every(befallsSomeone));
  // Of those, the heaviest its headline or first sentence tells: "Guantanamo four free in weeks … held by the US" is the
  // story of the detention, not of the Law Lords' ruling on other detainees that later paragraphs tell more often.
  const candidates = happenings.filter((cluster) => !isNamed(cluster) && !SETTING_TYPES.has(cluster.type) && told(cluster));
  const main = candidates.find((cluster) => cluster.triggers.some((trigger) => trigger.view.index < LEDE_SENTENCES)) ?? candidates[0];
  const reporting = withTopic(relations);
  return clusters
    .filter((cluster) => cluster !== main && ABOUT_MAIN_EVENT.has(cluster.type) && !reporting.has(keyOf.get(cluster)!))
    .flatMap((cluster) => {
      const first = cluster.triggers[0];
      // What else happens in its sentence, a named happening last: "said after the Six Nations defeat" is about the defeat.
      const inSentence = happenings.filter((other) => other !== cluster && other.triggers.some((trigger) => trigger.view.index === first.view.index));
      const target = inSentence.find((other) => !isNamed(other)) ?? inSentence[0] ?? main;
      return target ? [{ kind: "ABOUT" as const, source: keyOf.get(cluster)!, target: keyOf.get(target)!, sentence: first.view.index, span: first.span, confidence: CONFIDENCE.aboutMain }] : [];
    });
}

function dedupe(relations: RelationMention[]): RelationMention[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    const id = `${relation.kind}|${relation.source}|${relation.target}|${relation.role ?? ""}`;
    return !seen.has(id) && seen.add(id) !== undefined;
  });
}

/** Whether a clause's subject or object is a relative pronoun ("that the navy said was …"): it relates a noun. */
function opensWithRelativePronoun(view: SentenceView, clause: number): boolean {
  return dependentsBy(view, clause, "nsubj", "obj").some((own) => own < clause && view.tokens[own].upos === "PRON" && RELATIVE_PRONOUNS.has(lower(view.tokens[own])));
}
