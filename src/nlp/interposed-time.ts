// A time phrase between a subject and its verb, which news writes ("Commandos from an Indian warship today
// caught pirates", "Iraq on Wednesday said") and the web text of the treebank seldom does: the parser,
// trained on that text, takes the time word for the subject or hangs the verb in the noun phrase before it.
// So with a time phrase that opens a sentence with no comma after it ("In December the House of Lords ruled",
// "On Monday Doherty faced charges"), which the parser reads as the head of the noun phrase after it.
// The sentence is parsed without the phrase, which then hangs on the verb as the treebank annotates it.

import { DAY_WORDS, MONTHS, WEEKDAYS } from "./calendar.js";

/** One word of a time phrase: the words it may be (or a day's number), and its relation to the phrase's head. */
interface TimeSlot {
  words?: ReadonlySet<string>;
  /** A day of the month in figures: "3", "3rd". */
  dayNumber?: true;
  /** A year in figures: "2003". */
  year?: true;
  /** "head", or the relation by which the word hangs on the phrase's head. */
  relation: string;
}

export interface TimePhrasePattern {
  slots: readonly TimeSlot[];
  /** How the phrase's head hangs on the verb. */
  relation: "obl" | "obl:unmarked";
  example: string;
  /** A sentence the phrase opens with no comma, where news writes it so too ("On Monday Doherty faced charges"). */
  openingExample?: string;
}

const DAY_NUMBER = /^\d{1,2}(st|nd|rd|th)?$/i;
const YEAR = /^(1[89]|20)\d\d$/;
const PARTS_OF_DAY: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);
const CALENDAR_UNITS: ReadonlySet<string> = new Set(["week", "weekend", "month", "year", "night", ...WEEKDAYS]);
const ON: ReadonlySet<string> = new Set(["on"]);
const THIS: ReadonlySet<string> = new Set(["this"]);
const LAST_OR_NEXT: ReadonlySet<string> = new Set(["last", "next"]);
const MONTH_CASES: ReadonlySet<string> = new Set(["in", "during", "by", "since", "until"]);

/** The time phrases moved out of the parser's way, each with a sentence that has one, annotated as UD English EWT does. */
export const INTERPOSED_TIME_PHRASES: readonly TimePhrasePattern[] = [
  { slots: [{ words: DAY_WORDS, relation: "head" }], relation: "obl:unmarked", example: "The company yesterday announced record profits.", openingExample: "Yesterday the company announced record profits." },
  { slots: [{ words: WEEKDAYS, relation: "compound" }, { words: PARTS_OF_DAY, relation: "head" }], relation: "obl:unmarked", example: "Police Tuesday night arrested two men." },
  { slots: [{ words: WEEKDAYS, relation: "head" }], relation: "obl:unmarked", example: "Iraq Wednesday rejected the offer." },
  { slots: [{ words: ON, relation: "case" }, { words: WEEKDAYS, relation: "compound" }, { words: PARTS_OF_DAY, relation: "head" }], relation: "obl", example: "Rebels on Sunday night attacked the town.", openingExample: "On Sunday night rebels attacked the town." },
  { slots: [{ words: ON, relation: "case" }, { words: WEEKDAYS, relation: "head" }], relation: "obl", example: "Iraq on Wednesday said it would let the inspectors in.", openingExample: "On Monday Doherty faced blackmail and robbery charges in court." },
  { slots: [{ words: ON, relation: "case" }, { dayNumber: true, relation: "nummod" }, { words: MONTHS, relation: "head" }], relation: "obl", example: "The court on 3 March ruled against the council.", openingExample: "On 3 March the court ruled against the council." },
  { slots: [{ words: ON, relation: "case" }, { words: MONTHS, relation: "nmod:unmarked" }, { dayNumber: true, relation: "head" }], relation: "obl", example: "The court on March 3 ruled against the council." },
  { slots: [{ words: LAST_OR_NEXT, relation: "amod" }, { words: CALENDAR_UNITS, relation: "head" }], relation: "obl:unmarked", example: "DaimlerChrysler last week agreed to buy the stake.", openingExample: "Last week DaimlerChrysler agreed to buy the stake." },
  { slots: [{ words: THIS, relation: "det" }, { words: CALENDAR_UNITS, relation: "head" }], relation: "obl:unmarked", example: "The bank this week cut its rates.", openingExample: "This week the bank cut its rates." },
  { slots: [{ words: new Set(["earlier", "later"]), relation: "advmod" }, { words: THIS, relation: "det" }, { words: CALENDAR_UNITS, relation: "head" }], relation: "obl:unmarked", example: "Sony earlier this year said sales had slowed." },
];

/**
 * The time phrases that may open a sentence with no comma before its subject: months and years with their preposition,
 * as UD English EWT annotates them ("In November 2003, a report …": "2003" nmod:unmarked of "November"), and the phrases
 * above that have an opening example. A longer phrase comes before the shorter one it starts with.
 */
export const OPENING_TIME_PHRASES: readonly TimePhrasePattern[] = [
  { slots: [{ words: MONTH_CASES, relation: "case" }, { words: MONTHS, relation: "head" }, { year: true, relation: "nmod:unmarked" }], relation: "obl", example: "In October 1989 the Court of Appeal quashed the sentences." },
  { slots: [{ words: MONTH_CASES, relation: "case" }, { words: MONTHS, relation: "head" }], relation: "obl", example: "In December the House of Lords ruled that the measures broke human rights laws." },
  { slots: [{ words: MONTH_CASES, relation: "case" }, { year: true, relation: "head" }], relation: "obl", example: "In 1998 the party said it would not return to Blackpool." },
  { slots: [{ words: LAST_OR_NEXT, relation: "amod" }, { words: MONTHS, relation: "head" }], relation: "obl:unmarked", example: "Last November a court judged the film too American." },
  ...INTERPOSED_TIME_PHRASES.flatMap(({ openingExample, ...pattern }) => (openingExample ? [{ ...pattern, example: openingExample }] : [])),
];

/** Newspapers named with a time phrase, which is no time of what they report: "The Mail on Sunday reported". */
const NAMES_WITH_TIME_WORDS = new Set(["independent on sunday", "mail on sunday", "scotland on sunday", "wales on sunday", "observer on sunday"]);
/** Penn tags of a verb that can take a subject of its own: past, present and modal. */
const FINITE_TAGS = new Set(["VBD", "VBZ", "VBP", "MD"]);
const SUBJECT_WORDS = new Set(["NOUN", "PROPN", "PRON"]);
/** Words that may open the subject after an opening time phrase: "In December the House …", "On Monday Irish Transport Minister …". */
const SUBJECT_OPENERS = new Set([...SUBJECT_WORDS, "DET", "ADJ", "NUM"]);

export interface InterposedTimePhrase {
  /** The phrase's first token and the token after its last. */
  start: number;
  end: number;
  /** Its tokens' relations within it, "head" for its head. */
  relations: string[];
  /** The verb after it, on which its head hangs, and by what relation; -1 for the root of the rest of the sentence. */
  verb: number;
  relation: string;
}

/**
 * The time phrases that stand between a noun and a finite verb the parse misread ("Commandos … today caught
 * pirates": "caught" read as an adjective of "pirates"), none overlapping; none where the parser read the
 * sentence right, nor in a name ("The Independent on Sunday is …" gives the verb its subject). One pass over
 * the sentence, each token's subjects counted once.
 */
export function interposedTimePhrases(words: readonly string[], upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: readonly string[]): InterposedTimePhrase[] {
  const subjectsOf = words.map((): number[] => []);
  deprel.forEach((relation, at) => {
    if (head[at] >= 0 && (relation.startsWith("nsubj") || relation.startsWith("csubj") || relation === "expl")) subjectsOf[head[at]].push(at);
  });
  const phrases: InterposedTimePhrase[] = [];
  const opening = openingTimePhrase(words, upos, head, deprel, subjectsOf);
  if (opening) phrases.push(opening);
  for (let start = opening?.end ?? 1; start < words.length - 1; start++) {
    if (!SUBJECT_WORDS.has(upos[start - 1])) continue;
    const pattern = INTERPOSED_TIME_PHRASES.find((candidate) => {
      const end = start + candidate.slots.length;
      if (end >= words.length || !phraseAt(candidate, words, start)) return false;
      if (!mayBeFinite(end, xpos, head, deprel) || NAMES_WITH_TIME_WORDS.has(words.slice(start - 1, end).join(" ").toLowerCase())) return false;
      return !readRight(start, end, start + candidate.slots.findIndex((slot) => slot.relation === "head"), head, deprel, subjectsOf);
    });
    if (!pattern) continue;
    const end = start + pattern.slots.length;
    phrases.push({ start, end, relations: pattern.slots.map((slot) => slot.relation), verb: end, relation: pattern.relation });
    start = end;
  }
  return phrases;
}

/**
 * A time phrase that opens the sentence with a subject right after it (or after a comma), where the parse does not
 * read it as the time of a verb whose subject stands between them ("In 2003 Xstrata acquired …" is read right; in
 * "In January the Institute for Fiscal Studies said Mr Brown would …" the parse took "Mr Brown" for the subject).
 */
function openingTimePhrase(words: readonly string[], upos: readonly string[], head: Int32Array, deprel: readonly string[], subjectsOf: readonly number[][]): InterposedTimePhrase | undefined {
  // The comma after the phrase goes with it: "On Wednesday, Jacques Barrot, vice president of …, said" (the parse made
  // "Barrot" an apposition of "Wednesday").
  const subjectAfter = (at: number) => (words[at] === "," ? at + 1 : at);
  const pattern = OPENING_TIME_PHRASES.find((candidate) => {
    const next = subjectAfter(candidate.slots.length);
    return phraseAt(candidate, words, 0) && SUBJECT_OPENERS.has(upos[next] ?? "") && !continuesTheTime(words[next]);
  });
  if (!pattern) return undefined;
  const end = subjectAfter(pattern.slots.length);
  const phraseHead = pattern.slots.findIndex((slot) => slot.relation === "head");
  const verb = head[phraseHead];
  const timesAVerb = verb >= end && (deprel[phraseHead].startsWith("obl") || deprel[phraseHead] === "advmod") && subjectsOf[verb].some((at) => at >= end && at < verb);
  const relations = [...pattern.slots.map((slot) => slot.relation), ...(end > pattern.slots.length ? ["punct"] : [])];
  return timesAVerb ? undefined : { start: 0, end, relations, verb: -1, relation: pattern.relation };
}

/** Whether a word goes on with the time phrase before it rather than opening the subject: "In July last year, …", "On 3 March 2004". */
function continuesTheTime(word: string): boolean {
  const lower = word.toLowerCase();
  return LAST_OR_NEXT.has(lower) || THIS.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower) || DAY_WORDS.has(lower) || PARTS_OF_DAY.has(lower) || YEAR.test(word) || DAY_NUMBER.test(word);
}

/** Whether the words from `start` on begin with the pattern's phrase. */
export function phraseAt(pattern: TimePhrasePattern, words: readonly string[], start: number): boolean {
  return pattern.slots.every((slot, at) => {
    const word = words[start + at];
    return word !== undefined && (slot.dayNumber ? DAY_NUMBER.test(word) : slot.year ? YEAR.test(word) : slot.words!.has(word.toLowerCase()));
  });
}

/** A finite verb, or a past form the tagger read as a participle with no auxiliary ("Commandos today caught pirates"). */
function mayBeFinite(verb: number, xpos: readonly string[], head: Int32Array, deprel: readonly string[]): boolean {
  return FINITE_TAGS.has(xpos[verb]) || (xpos[verb] === "VBN" && !deprel.some((relation, i) => head[i] === verb && relation.startsWith("aux")));
}

/**
 * Whether the parse already reads the phrase as the time of the verb (or of the predicate a modal or copula
 * helps), which has a subject of its own; misread, the phrase is the subject ("He yesterday told"), the verb
 * has none ("today caught pirates") or the phrase hangs in the noun phrase before it ("Iraq on Wednesday said").
 */
function readRight(start: number, end: number, phraseHead: number, head: Int32Array, deprel: readonly string[], subjectsOf: readonly number[][]): boolean {
  const predicate = (deprel[end].startsWith("aux") || deprel[end] === "cop") && head[end] >= 0 ? head[end] : end;
  const subject = subjectsOf[predicate].some((at) => at < start || at >= end);
  return subject && head[phraseHead] === predicate && (deprel[phraseHead].startsWith("obl") || deprel[phraseHead] === "advmod");
}
