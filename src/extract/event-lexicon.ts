// Word classes and confidences for event extraction over the dependency parse. Each class
// is defined once, as data, and compared in lower case (lemmas where the parse gives one);
// events.ts reads them, so a word is added here, not as a branch in a function.
import type { EventType } from "../../graph-schema/index.js";
import { DAY_WORDS, MONTHS, WEEKDAYS } from "../nlp/calendar.js";
import { SPEECH_VERBS } from "../resolve/lexicon.js";

export { SPEECH_VERBS } from "../resolve/lexicon.js";

/**
 * Verbs that take a clause without "that", which the parse may read as a second verb coordinated with them: in
 * "Fanning alleged the man opened fire" the one who opened fire is the man, not Fanning.
 */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, "allege", "believe", "think", "suggest", "fear", "hope", "know", "feel"]);

/** Pronouns that open a relative clause about the name before them: "Jack Ruby, who killed Oswald". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "that"]);

/** Prepositions that name where a report comes from, not who spoke: "…happy," and, according to Reuters, once told analysts. */
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(["according"]);

/** Reporting verbs whose object is the audience: "told BBC News". */
export const AUDIENCE_VERBS: ReadonlySet<string> = new Set(["tell"]);

/** Reporting verbs whose object is what the statement is about, not whom it is aimed at: "described Phan as cooperative", "thanked two of her mentors", "praised Benjamin". */
export const TOPIC_VERBS: ReadonlySet<string> = new Set(["describe", "praise", "thank", "hail", "commend", "salute", "mourn", "eulogise", "eulogize"]);

/** Verbs whose subject takes part in the named happening they govern: "Federer won the Australian Open", "she will compete at the European Indoors". */
export const PARTICIPATION_VERBS: ReadonlySet<string> = new Set(["compete", "play", "race", "run", "win", "participate", "attend", "enter", "perform"]);

/** Verbs whose subject undergoes the event named by their object: "Ebbers is to face trial", "stand trial", "suffered a knee injury", "picking up a hamstring injury". */
export const UNDERGOING_VERBS: ReadonlySet<string> = new Set(["face", "stand", "undergo", "await", "suffer", "sustain", "pick"]);

/**
 * Nouns for happenings one is in, undergoing them, with the prepositions that put one there: "Khodorkovsky is on
 * trial", "five managers are to go on trial", "Mr Tanzi was kept under house arrest", "the suspect remains in
 * custody", "police took him into custody". Not every such noun: one acts "on the ruling".
 */
export const UNDERGONE_IN: ReadonlyMap<string, readonly string[]> = new Map([
  ["trial", ["on"]],
  ["arrest", ["under"]],
  ["custody", ["in", "into"]],
  ["detention", ["in", "into"]],
]);
/** Verbs that put someone on or in such a happening, who is then their object: "Pinochet has never been put on trial", "police took him into custody". */
export const PUTTING_VERBS: ReadonlySet<string> = new Set(["put", "place", "bring", "take"]);

/** Verbs that only say that the event named by their subject happened: "the attack took place on Sunday". */
export const OCCURRENCE_VERBS: ReadonlySet<string> = new Set(["take", "happen", "occur", "come", "start", "begin", "end"]);

/**
 * Verbs by which a happening named by a noun harms what it acts on: "the fire destroyed La Fenice", "La Fenice was
 * destroyed by fire", "a blast hit the Marriott hotel". Their object or passive subject undergoes the happening.
 */
export const HARMING_VERBS: ReadonlySet<string> = new Set([
  "destroy", "damage", "hit", "strike", "raze", "flatten", "ravage", "devastate", "wreck", "gut", "engulf", "demolish", "level", "sink", "injure", "wound", "kill",
]);

/** Nouns that speak or act for the organisation or country they name: "a spokesman for the Home Office", "Pakistani authorities". */
export const SPOKESPEOPLE: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative", "representatives", "ambassador", "envoy",
]);

/** Nouns for those who speak for a body the noun before them names: "navy spokesperson", "police officials". */
export const BODY_SPEAKERS: ReadonlySet<string> = new Set([...SPOKESPEOPLE, "official", "officials", "source", "sources"]);

/**
 * Words that hold someone to account for a deed named in their complement: "convicted of murdering
 * Don Bolles", "charged with killing Escalante", "suspected of the assassination", "pleaded guilty to
 * the bombings". As far as the story tells, the one accused did it.
 */
export const ACCUSING_WORDS: ReadonlySet<string> = new Set([
  "convict", "convicted", "accuse", "accused", "suspect", "suspected", "charge", "charged", "indict", "indicted", "guilty",
  "jail", "jailed", "sentence", "sentenced", "arrest", "arrested", "blame", "blamed", "responsible", "admit", "confess", "serve",
]);

/** Things a deed is done with, whose wielder did it: "Oswald fired the shots that killed Kennedy". */
export const INSTRUMENT_NOUNS: ReadonlySet<string> = new Set(["shot", "shots", "bullet", "bullets", "bomb", "bombs", "gunfire", "grenade", "grenades", "missile", "missiles", "rocket", "rockets"]);

/** The prepositions and markers that join an accusation to its deed: "of", "with", "for", "to". */
export const ACCUSATION_MARKERS: ReadonlySet<string> = new Set(["of", "with", "for", "to", "in"]);

/** Nouns whose "of" names who had a deed done: "murdered on the orders of Pizarro", "at the behest of the king". */
export const ORDER_NOUNS: ReadonlySet<string> = new Set(["order", "orders", "behest", "instruction", "instructions", "command", "bidding"]);

/** Nouns of a side or a place in one, before which a country or nation names the side, not where anything happened: "named in the Scotland squad". */
export const SIDE_NOUNS: ReadonlySet<string> = new Set(["squad", "squads", "team", "teams", "side", "sides", "cap", "caps", "captain", "coach", "xv"]);

/** Verbs of addressing people whose participle sets where a report was made: "Speaking in Buenos Aires, Blair said". */
export const SPEAKING_VERBS: ReadonlySet<string> = new Set(["speak", "talk", "address"]);

/** Prepositions that put a happening at an organisation, which then takes part: "a debut at the Metropolitan Opera". */
export const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(["at"]);

/** Prepositions that put a happening at a place: "in Mach", "at Guantanamo Bay", "marched through London", "protests across Ukraine", "off the coast of Sumatra". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "inside", "on", "off", "through", "across", "throughout"]);

/** Place prepositions that say what a place is near, not what holds it: a happening "in an area near the border" is not at the border. */
export const PROXIMITY_PREPOSITIONS: ReadonlySet<string> = new Set(["near", "outside"]);

/** Nouns of asking whose "at the … of X" names who asked, not where: "arrested at the request of German authorities". */
export const BIDDING_NOUNS: ReadonlySet<string> = new Set(["request", "invitation", "behest", "urging", "insistence", "initiative", "suggestion"]);

/** Verbs of taking someone away, whose "from X" is where it happened: "abducted from a farm in Costa Rica". */
export const TAKING_VERBS: ReadonlySet<string> = new Set(["abduct", "abducted", "kidnap", "kidnapped", "snatch", "snatched", "seize", "seized"]);

/** Nouns of a part of a business, whose "in" names the business a deal is about: "bought a 26% stake in Jagran". */
export const STAKE_NOUNS: ReadonlySet<string> = new Set(["stake", "stakes", "holding", "holdings", "shareholding", "interest"]);

/** Prepositions after a noun trigger that introduce what it happened to: "the killing of", "the attack on", "protests against". */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "on", "against", "into"]);

/** Prepositions that introduce what a report is about: "talked about the attack", "protests over the ruling". */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(["about", "over", "on", "of", "for", "against", "into"]);

/** Event types that answer for another happening, named after "for/over": "arrested for the assassination", "jailed over the killing". */
export const ANSWERS_FOR: ReadonlySet<EventType> = new Set(["Arrest", "Sentence"]);

/** Event types that hold someone to account: an arrest, trial, sentence or inquiry of the one who did a deed is about that deed. */
export const HOLDS_TO_ACCOUNT: ReadonlySet<EventType> = new Set(["Arrest", "Trial", "Sentence", "Investigation"]);

/** Attacks by the authorities, no crime an arrest or a trial answers for: police "raids". */
export const POLICE_ACTIONS: ReadonlySet<string> = new Set(["raid"]);

/** Types that are about a story's only crime whoever they hold to account: "the trial of Bernard Ebbers" in a story of WorldCom's fraud. */
export const ANSWERS_FOR_ONLY_DEED: ReadonlySet<EventType> = new Set(["Arrest", "Trial"]);

/** Prepositions that give what someone answers for. */
export const REASON_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "over"]);

/** Reflexive pronouns: "found himself locked in" tells the subject's state, not a happening. */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"]);

/** Adverbs by which someone does what another did before, then: "Bozkir also condemned the attack". */
export const ADDITIVE_ADVERBS: ReadonlySet<string> = new Set(["also", "likewise"]);

/** Event types done with a partner, whom "with" names, verb or noun: "met with Bush", "talks with the rebels", "a deal with Gazprom". */
export const PARTNERED_TYPES: ReadonlySet<EventType> = new Set(["Meeting", "Agreement"]);

/** Event types whose noun's "to" names who or what it was addressed or made to: "a statement to the press", "a visit to the Interior Department". */
export const ADDRESSED_TYPES: ReadonlySet<EventType> = new Set(["Statement", "Visit"]);

/** Prepositions by which a happening sets the time of a clause, whose subject then did it: "During a visit to X, Obama said". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(["during"]);

/** Event types whose singular noun after a bare "in" says how something was done, not that it happened: "resigned in protest", "good moments in attack" (a position on the field). */
export const MANNER_TYPES: ReadonlySet<EventType> = new Set(["Protest", "Attack"]);

/**
 * Nouns of laws, which name a happening only where a law is being made or fought over: as what a verb does
 * to it ("MPs will debate the bill", "the bill was passed", "oppose the legislation") or as a new one ("the new
 * law"), not where a law is applied or described ("under Italian law", "British law is open to cloning",
 * "the laws of the game": over the BBC corpus about 40 of 70 such events).
 */
export const STATUTE_NOUNS: ReadonlySet<string> = new Set(["law", "laws", "bill", "bills", "legislation"]);
/** The relations by which a verb acts on a law (`STATUTE_NOUNS`), and the modifiers that make one new. */
export const STATUTE_IN_THE_MAKING = { relations: new Set(["obj", "nsubj:pass"]), modifiers: new Set(["new", "proposed", "draft"]) };

/** States of the body one is found in that make finding someone a happening: "found Ms Bakley dead in a car". */
export const FOUND_STATES: ReadonlySet<string> = new Set(["dead", "alive", "unconscious", "injured", "wounded", "missing", "safe", "unharmed", "naked"]);

/** Forms of "be", before which a participle is a predicate, not a description: "was named best musical". */
export const BE_FORMS: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were", "been", "being", "'s", "'re"]);

/** Markers of an indirect question: "asked Myers if he knew". */
export const QUESTION_MARKERS: ReadonlySet<string> = new Set(["if", "whether"]);

/**
 * Event types whose verbs take a clause as what they are: "said that …", "called for …", "the court
 * ruled that …", "investigating whether …". A verb of another type with a clause is another verb:
 * "agreed that the figures were weak" concurs, "found that" concludes, "this demonstrates that"
 * shows (24, 18 and 14 such events over the BBC corpus).
 */
export const CLAUSE_TAKING_TYPES: ReadonlySet<EventType> = new Set(["Statement", "Demand", "Trial", "Investigation"]);

/**
 * Verbs whose "to" infinitive happened, done by their object, or by their subject where they are
 * passive: "prompted Sir Stanley Odell to resign", "Santini was forced to quit". Other verbs with an
 * infinitive ("wants to resign", "will meet") tell of what has not happened.
 */
export const IMPLICATIVE_VERBS: ReadonlySet<string> = new Set(["force", "prompt", "compel", "oblige", "cause"]);

/** Prepositions that give where a period starts or ends, not when a happening was: "missing since Thursday have been found". */
export const PERIOD_BOUNDS: ReadonlySet<string> = new Set(["since", "until", "till"]);

/** Verbs whose object did not happen to their subject: "she narrowly escaped death", "avoided arrest", "averted a strike". */
export const AVOIDING_VERBS: ReadonlySet<string> = new Set(["escape", "avoid", "evade", "dodge", "avert", "cheat"]);

/**
 * Words of trying whose "to" infinitive, where it is violence, happened as an attempt, which is an attack: "Gigante was
 * the hitman in a botched attempt to assassinate Frank Costello", "the pirates fired at it and tried to board it".
 * Trying to do anything else ("tried to buy the firm") is no happening yet.
 */
export const ATTEMPT_WORDS: ReadonlySet<string> = new Set(["try", "attempt"]);

/**
 * Dependents that say an event did not happen: "detained without trial", "no agreement", "never met", "were not arrested",
 * and "nor", the conjunction of a denied conjunct ("did not steal the car, nor did he kill the guard").
 */
export const NEGATORS: ReadonlySet<string> = new Set(["without", "no", "never", "not", "n't", "nor"]);
/** Words that open a clause of what is only supposed, a condition or a question: "if convicted", "whether he knew". */
export const SUPPOSING_MARKERS: ReadonlySet<string> = new Set(["if", "unless", "whether"]);

/** Words of prizes, which make a nomination noun one for a prize: "a Golden Globe nomination", "nominations for the Oscars". */
export const AWARD_WORDS: ReadonlySet<string> = new Set([
  "award", "awards", "prize", "prizes", "oscar", "oscars", "globe", "globes", "bafta", "baftas", "grammy", "grammys", "emmy", "emmys",
  "brit", "brits", "booker", "pulitzer", "nobel", "mercury", "olivier",
]);

/** Pronouns for a thing, never a person, as a trigger's object: "executed it perfectly". */
export const THING_OBJECTS: ReadonlySet<string> = new Set(["it", "itself"]);

/** Personal pronouns that stand for the last person named. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/** Words that name a day on their own or head a date: "Sunday", "yesterday", "January 3". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...DAY_WORDS,
  ...MONTHS,
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Month names that are ordinary words too ("may", "march"): a day only next to a number. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "jan", "mar", "sept"]);

/** Words that may be part of a time expression around its head: "last Sunday night", "the 3rd of January 2021". */
export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  "on", "the", "of", "last", "this", "next", "early", "late", "night", "morning", "afternoon", "evening", ",",
]);

/** Conjunctions that make a clause happen at the same time as the one it modifies: "as", "when", "while". */
export const SIMULTANEITY_MARKERS: ReadonlySet<string> = new Set(["as", "when", "while"]);

/** Numbers that are a date by themselves: 1996-08-22, 12/19/2005. */
export const NUMERIC_DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/** Words that may open or fill a publication-date line: "Updated 12/19/2005 2:48 PM ET", "Published: …". */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set(["updated", "published", "posted", "last", "update", "publish", "post"]);

/** How many sentences from the top a publication-date line or a dateline may sit (after a title and a standfirst). */
export const HEADER_SENTENCES = 6;

/** How many sentences after the dateline its lead runs: the happenings it reports there are the story's own. */
export const LEAD_SENTENCES = 2;

/** How many sentences open a story (its headline and first three): a happening told there, or more than once, is its own. */
export const OPENING_SENTENCES = 4;

/**
 * Words of an attack on a person with a gun or a blade (triggers of type Attack): a happening told with them that also
 * kills is a killing ("Shooting at a Vancouver office Christmas party kills Benjamin David Banky"), where a bombing or
 * an attack that kills stays an attack ("bomb explosion … killed two officers"), as the gold graphs type them.
 */
export const WEAPON_ATTACK_WORDS: ReadonlySet<string> = new Set([
  "shoot", "shoots", "shot", "shooting", "shootings", "gunfire", "stab", "stabs", "stabbed", "stabbing", "stabbings",
  // the verbs of "opened fire" and "fired at", triggers only with their particle
  "open", "opens", "opened", "opening", "fire", "fires", "fired", "firing",
]);

/**
 * How many sentences tell a story's main happening, news writing it first (its headline and first sentence): a
 * happening told there is what the story's bare statements are about before one told more often further down.
 */
export const LEDE_SENTENCES = 2;

/**
 * Happenings the story reports as taking place where it is filed from, unless the text places them elsewhere:
 * an official's statement, a court's ruling, a local protest, an arrest by the local police.
 */
export const AT_DATELINE: ReadonlySet<EventType> = new Set(["Statement", "Trial", "Sentence", "Arrest", "Protest", "Investigation"]);

/**
 * Happenings that take place where the organisation giving them sits, when the text places them nowhere:
 * a court's ruling or sentence ("the House of Lords, the UK's highest court, ruled"). A company's deal, a
 * party's win or a commission's inquiry is not placed at its seat: over the BBC corpus that gave about
 * 130 edges, three in four wrong ("Inbev bought out another partner" in Belgium).
 */
export const AT_SEAT: ReadonlySet<EventType> = new Set(["Trial", "Sentence"]);

/**
 * Words of a suit, which a plaintiff brings wherever the court is, not where the plaintiff sits: "Yukos has sued four
 * companies" was heard in Houston, "the parents … are suing Wal-Mart" nowhere near Washington County.
 */
export const SUIT_WORDS: ReadonlySet<string> = new Set(["sue", "sued", "sues", "suing", "lawsuit", "lawsuits"]);

/**
 * Votes whose contenders are the subjects of the clauses they stand in, as object or after `CONTEST_PREPOSITIONS`:
 * "Mr Kennedy is going into the looming election", "Galloway is to stand at the next general election" (not an opinion
 * poll a band tops, nor a vote the public faces).
 */
export const CONTESTED_VOTES: ReadonlySet<string> = new Set(["election", "elections"]);
export const CONTEST_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "in", "into"]);

/** Votes a country holds, which take place in the story's country when the text places them nowhere else. */
export const NATIONAL_VOTES: ReadonlySet<string> = new Set(["election", "elections", "referendum"]);

/** Verbs of keeping someone in custody, which say where those arrested are held: "are being held at Belmarsh". */
export const CUSTODY_VERBS: ReadonlySet<string> = new Set(["held", "kept", "jailed", "imprisoned", "detained", "locked"]);

/** Happenings that kill or hurt without anyone doing it: in an article with one and no attack, the dead are its. */
export const CALAMITIES: ReadonlySet<EventType> = new Set(["Disaster", "Accident"]);

/**
 * Attacks on property, which kill no one: a death in a story of burglaries ("Deep Throat dies at 95", beside the
 * Watergate break-in) is none of theirs.
 */
export const PROPERTY_CRIMES: ReadonlySet<string> = new Set(["robbery", "robberies", "heist", "burglary", "burglaries", "break-in", "break-ins"]);

/** Reports that, where their own clause names no happening, are taken to be about the story's main one. */
export const ABOUT_MAIN_EVENT: ReadonlySet<EventType> = new Set(["Statement", "Demand"]);

/** Reports whose object, where it names no one, stands for its owner: "criticised Bush's handling of the economy" is aimed at Bush. */
export const AIMED_AT_OWNER: ReadonlySet<EventType> = new Set(["Statement"]);

/** Event types whose verb names a speaker, found even where the parse gives the verb no subject. */
export const REPORTING_SPEAKER: ReadonlySet<EventType> = new Set(["Statement", "Demand"]);

/** Event types a country's authorities carry out on their own soil. */
export const ACTS_AT_HOME: ReadonlySet<EventType> = new Set(["Arrest", "Trial", "Sentence", "Legislation", "Election", "Investigation"]);

/** Confidence of each kind of edge events add, by the evidence for it. */
/**
 * Confidences of the edges events give, each near the share of such edges that were right on the 31
 * dev gold articles (the rules' own tuning set, so if anything too high): agents 86 of 107, objects 38
 * of 48, places from an argument 16 of 22, ABOUT from a report's complement 11 of 23, ABOUT to the
 * story's main event 24 of 43 (session 6, before this change).
 */
export const CONFIDENCE = {
  /** Agent from the subject, "by" or a possessive. */
  agent: 0.8,
  /** What it happened to, from the object or "of/on/against". */
  object: 0.75,
  /** Place from a place argument of the trigger. */
  place: 0.7,
  /** Place from where the court giving a ruling sits (`AT_SEAT`). */
  seat: 0.5,
  /** Place from the dateline. */
  dateline: 0.45,
  /** An election's place from the country the story names most (`NATIONAL_VOTES`; about 7 in 10 right over the BBC corpus). */
  homeCountry: 0.6,
  /** A report's complement names the event. */
  about: 0.5,
  /** A report names the specific place of another event. */
  aboutPlaced: 0.5,
  /** A report whose clause names no happening is about the story's main one. */
  aboutMain: 0.55,
  /** An arrest, trial or sentence of the one who did a deed the article reports is about that deed. */
  aboutDeed: 0.55,
  /** An arrest or a trial in a story of one crime, whoever it holds to account, is about that crime (`ANSWERS_FOR_ONLY_DEED`). */
  aboutOnlyDeed: 0.45,
  /** A report's complement names an entity. */
  aboutEntity: 0.5,
  /** "X claimed the attack": the claimant did it. */
  claimant: 0.7,
  /** An event node: a base, raised by each edge it has, up to a ceiling. */
  eventBase: 0.5,
  eventPerEdge: 0.1,
  eventMax: 0.95,
} as const;
