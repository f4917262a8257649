// An event's label as a headline: who did what to whom, where and when ("Blair criticises
// Howard over asylum", "Terrorist attack on Hazaras in Mach, 3 Jan 2021"), composed from the
// event's trigger (its stored name), its PARTICIPANT, OCCURRED_IN and ABOUT edges and its date.
// Pure: the verb morphology comes in from the caller (the pipeline's lemmatiser, on the Node side).
import type { EventType, NodeLabel } from "../graph-schema/index.js";

/** What the headline is made of; names are canonical names of the linked nodes. */
export interface EventFacts {
  /** The stored name: "Tony Blair: criticised", "called on (Imran Khan)" or a noun phrase, "terrorist attack in Mach". */
  name: string;
  eventType: EventType | undefined;
  date: string | null | undefined;
  agents: Participant[];
  /** Targets and victims: whom it was done to. */
  objects: Participant[];
  places: string[];
  /** What it was about: an entity's name or another event's noun phrase. */
  topics: string[];
}

export interface Participant {
  name: string;
  kind: NodeLabel;
}

/** The verb knowledge the composer needs, supplied by the caller. */
export interface VerbMorphology {
  /** The base form of a verb form under a Penn tag: ("criticised", "VBN") → "criticise"; a word that is no such form comes back unchanged. */
  lemma(word: string, tag: "VBD" | "VBN" | "VBG" | "VBZ"): string;
}

/** Verbs that say only that someone spoke: "Straw on Iraq" reads better than "Straw says Iraq". */
const SAYING_VERBS: ReadonlySet<string> = new Set(["say", "tell", "add", "state", "note", "reply", "continue", "comment"]);
/** Irregular pasts whose participle differs ("won", "gave"): the lemmatiser, asked out of context, gets one tag wrong. */
const IRREGULAR_PASTS: Readonly<Record<string, string>> = {
  won: "win", gave: "give", went: "go", fell: "fall", knew: "know", wrote: "write", spoke: "speak", rose: "rise",
  broke: "break", chose: "choose", shot: "shoot", fought: "fight", began: "begin", drew: "draw", grew: "grow", threw: "throw",
};
const MAX_HEADLINE_LENGTH = 70;
const MAX_NAMES = 2;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The preposition before the victims or targets of an event named by a noun. */
const NOUN_OBJECT_PREPOSITION: Partial<Record<EventType, string>> = { Attack: "on", Protest: "against", Demand: "from", Visit: "to" };

/** "2021-01-03" → "3 Jan 2021". */
export function headlineDate(isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** How a headline names a participant: a person by surname ("Blair"), anything else in full. */
function shortName({ name, kind }: Participant): string {
  if (kind !== "Person") return name;
  const words = name.split(" ");
  return words[words.length - 1];
}

/** "Blair and Brown", "Italians", "Liberal Democrats" take a plural verb; "United States" does not. */
function isPlural(agents: Participant[]): boolean {
  if (agents.length !== 1) return agents.length > 1;
  const [{ kind, name }] = agents;
  return kind === "Group" || (kind === "Organization" && /[^s]s$/.test(name));
}

function joinNames(participants: Participant[]): string {
  return participants.slice(0, MAX_NAMES).map(shortName).join(" and ");
}

/** Third person present of a base form: say → says, criticise → criticises, go → goes, try → tries. */
export function presentTense(lemma: string, plural: boolean): string {
  if (plural) return lemma;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

interface StoredName {
  trigger: string;
  /** Set when the name was written "Agent: trigger". */
  agent: string | null;
  /** Set when the name was written "trigger (Object)". */
  object: string | null;
}

function parseName(name: string): StoredName {
  const agentForm = /^(.+?): (.+)$/.exec(name);
  if (agentForm) return { trigger: agentForm[2], agent: agentForm[1], object: null };
  const objectForm = /^(.+) \((.+)\)$/.exec(name);
  if (objectForm) return { trigger: objectForm[1], agent: null, object: objectForm[2] };
  return { trigger: name, agent: null, object: null };
}

/**
 * The lemma when the trigger ends in a verb, else null (the event is named by a noun). A word
 * in "-ed" is a verb ("condemned"); other forms only where the name has a doer or an object,
 * since "killing" and "attacks" alone are nouns: an irregular past changes its stem ("said",
 * "won"; a lemma that is a prefix of the word, "tour" → "to", is a wrong guess), "-ing" and
 * "-s" forms keep it. No past form ends in "s".
 */
function triggerVerb({ trigger, agent, object }: StoredName, verbs: VerbMorphology): string | null {
  const words = trigger.toLowerCase().split(" ");
  const word = words[verbIndex(words)];
  if (word.endsWith("ed")) return verbs.lemma(word, "VBN");
  if (agent === null && object === null) return null;
  if (Object.hasOwn(IRREGULAR_PASTS, word)) return IRREGULAR_PASTS[word];
  // Out of context the lemmatiser's rules also turn nouns into "pasts" ("election" → "electiin"):
  // a real one gets the same lemma as past tense and as participle ("said", "told", "bought").
  const past = verbs.lemma(word, "VBD");
  if (past !== word && !word.startsWith(past) && verbs.lemma(word, "VBN") === past) return past;
  // "-ing" and "-s" forms keep their stem ("making" → "make"); a lemma that does not is a wrong guess.
  const keepsStem = (lemma: string) => lemma !== word && word.startsWith(lemma.slice(0, -1));
  if (word.endsWith("ing")) return nullUnless(verbs.lemma(word, "VBG"), keepsStem);
  // "Blair: says"; but "serious injuries (Price)" is a noun.
  if (word.endsWith("s") && agent !== null) return nullUnless(verbs.lemma(word, "VBZ"), keepsStem);
  return null;
}

function nullUnless(lemma: string, test: (lemma: string) => boolean): string | null {
  return test(lemma) ? lemma : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(text: string): string {
  return text.length <= MAX_HEADLINE_LENGTH ? text : `${text.slice(0, MAX_HEADLINE_LENGTH - 1).trimEnd()}…`;
}

export function eventHeadline(facts: EventFacts, verbs: VerbMorphology): string {
  const stored = parseName(facts.name);
  const lemma = triggerVerb(stored, verbs);
  // A trigger that already names its place ("attack in Mach") keeps it; others get " in <place>".
  const place = facts.places.find((name) => !stored.trigger.includes(name));
  const object = facts.objects.length > 0 ? joinNames(facts.objects) : stored.object;
  const topic = facts.topics[0];
  const parts: (string | null | undefined)[] = [];
  const subject = facts.agents.length > 0 ? joinNames(facts.agents) : stored.agent;
  if (lemma === null) {
    parts.push(subject ? `${subject}'s ${stored.trigger}` : stored.trigger);
    if (object) parts.push(NOUN_OBJECT_PREPOSITION[facts.eventType ?? "Other"] ?? "of", object);
    if (topic) parts.push("over", topic);
  } else if (subject === null) {
    // No doer: a headline's passive, "Belle & Sebastian named", "Khan called on".
    parts.push(object, stored.trigger, topic && "over", topic);
  } else if (SAYING_VERBS.has(lemma) && topic && !object) {
    parts.push(subject, "on", topic);
  } else {
    // The topic is the object when there is no other ("Guterres condemns attack"), else what it was over.
    parts.push(subject, ...verbPhrase(stored.trigger, presentTense(lemma, isPlural(facts.agents))), object ?? topic, object && topic && "over", object && topic);
  }
  if (place && place !== subject) parts.push("in", place);
  const headline = shorten(capitalise(parts.filter(Boolean).join(" ")));
  return facts.date ? `${headline}, ${headlineDate(facts.date)}` : headline;
}

/** The trigger with its verb word put in the present, adverbs before it and particles after it kept: "also condemned" → "also condemns". */
function verbPhrase(trigger: string, present: string): string[] {
  const words = trigger.split(" ");
  const at = verbIndex(words);
  return [words.slice(0, at).join(" "), present, words.slice(at + 1).join(" ")];
}

/** Which word of a trigger is its verb: the last in "-ed" ("called on"), else the last. */
function verbIndex(words: string[]): number {
  const past = words.findLastIndex((word) => word.endsWith("ed"));
  return past >= 0 ? past : words.length - 1;
}

/** How another event's headline names this one when it is about it: its noun phrase, or null when a verb names it. */
export function eventTopic(name: string, verbs: VerbMorphology): string | null {
  const stored = parseName(name);
  return triggerVerb(stored, verbs) === null ? stored.trigger : null;
}
