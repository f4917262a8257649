// Word lists for relation and event extraction: titles (kept with the names they precede, in
// resolve's lexicon), place nouns (for LOCATED_IN), and event triggers by type. Patterns in
// relations.ts and events.ts combine these with the parse and entity mentions, so they carry
// to news in general rather than to one article's sentences.
import type { EventType } from "../../graph-schema/index.js";
export { ABBREVIATED_OFFICES, NO_HOLDER_TITLE_WORDS, PORTFOLIOS, TITLE_CANNOT_START, TITLE_FUNCTION_WORDS, TITLE_WORDS } from "../resolve/lexicon.js";

/**
 * Offices of state: a person named under one with no country or body beside it holds it in the
 * country the article is about (office-relations.ts). `office` is how the title ends, in lower
 * case; `afterPortfolio` offices count only after a portfolio ("Foreign Secretary", not "company
 * secretary"). test/extract/office-relations.test.ts runs every example.
 */
export const NATIONAL_OFFICES: readonly NationalOffice[] = [
  { office: "minister", example: { text: "Italy's schools wait. In Rome, Education Minister Stefania Giannini said Italy would act.", holder: "Stefania Giannini", country: "Italy", role: "Education Minister" } },
  { office: "president", example: { text: "Iran jailed a blogger. President Mohammad Khatami said Iran would respond.", holder: "Mohammad Khatami", country: "Iran", role: "President" } },
  { office: "vice-president", example: { text: "The United States will stay. Vice-President Dick Cheney said the United States would not leave.", holder: "Dick Cheney", country: "United States", role: "Vice-President" } },
  { office: "premier", example: { text: "China's exports rose. Premier Wen Jiabao said China would keep growing.", holder: "Wen Jiabao", country: "China", role: "Premier" } },
  { office: "chancellor", example: { text: "Germany's economy slowed. Chancellor Gerhard Schroeder said Germany would recover.", holder: "Gerhard Schroeder", country: "Germany", role: "Chancellor" } },
  { office: "secretary", afterPortfolio: true, example: { text: "The UK will ask again, Foreign Secretary Jack Straw said of the UK detainees.", holder: "Jack Straw", country: "United Kingdom", role: "Foreign Secretary" } },
  { office: "secretary of state", example: { text: "The United States will help. Secretary of State Colin Powell said the United States had sent aid.", holder: "Colin Powell", country: "United States", role: "Secretary of State" } },
  { office: "undersecretary", example: { text: "Italy's budget is tight. Claudio De Vincenti, undersecretary to the prime minister, said Italy would pay.", holder: "Claudio De Vincenti", country: "Italy", role: "undersecretary" } },
  { office: "surgeon general", example: { text: "The United States has a new doctor. Former Surgeon General David Satcher praised the choice for the United States.", holder: "David Satcher", country: "United States", role: "Surgeon General" } },
  { office: "attorney general", example: { text: "Kenya's courts are slow. Attorney General Amos Wako said Kenya would reform them.", holder: "Amos Wako", country: "Kenya", role: "Attorney General" } },
  { office: "ambassador", example: { text: "Iraq denied the claim. Ambassador Abdulsamad Hameed Ali said Iraq had no part in it.", holder: "Abdulsamad Hameed Ali", country: "Iraq", role: "Ambassador" } },
];

export interface NationalOffice {
  office: string;
  afterPortfolio?: boolean;
  example: { text: string; holder: string; country: string; role: string };
}

/**
 * Titles whose words name the kind of body they are held in (`body-titles.ts`): the holder is with the one organisation
 * of the article whose name is one of `names` or holds one of `words` ("police chief William J. Bratton" and the Los
 * Angeles Police Department named in another sentence). Titles are lower case, without the period of an abbreviation.
 */
export interface BodyTitle {
  titles: readonly string[];
  /** Words one of which the body's name holds. */
  words?: readonly string[];
  /** Whole names the body may have. */
  names?: readonly string[];
  example: { text: string; holder: string; body: string; role: string };
}
export const BODY_TITLES: readonly BodyTitle[] = [
  {
    titles: ["police chief", "chief of police", "police commissioner", "police superintendent", "police spokesman", "police spokeswoman", "police spokesperson", "police officer", "police captain", "police capt", "police sergeant", "police sgt", "police lieutenant", "police lt", "police detective", "police inspector", "police constable", "chief constable", "deputy chief constable", "assistant chief constable", "detective", "detective sergeant", "detective inspector", "detective chief inspector", "detective superintendent", "det"],
    words: ["police", "constabulary"],
    example: { text: "The Los Angeles Police Department arrested two men on Friday. Police chief William Bratton would not confirm their gang links.", holder: "William Bratton", body: "Los Angeles Police Department", role: "Police chief" },
  },
  {
    titles: ["trooper", "state trooper", "senior trooper"],
    words: ["state police", "highway patrol"],
    example: { text: "The Oregon State Police and the Woodburn Police Department searched the bank. Senior Trooper William Hakim died at the scene.", holder: "William Hakim", body: "Oregon State Police", role: "Senior Trooper" },
  },
  {
    titles: ["sheriff", "deputy sheriff", "sheriff's deputy", "undersheriff"],
    words: ["sheriff", "sheriff's"],
    example: { text: "The Los Angeles County Sheriff's Department took the case. Sheriff Lee Baca said the deputy was a veteran.", holder: "Lee Baca", body: "Los Angeles County Sheriff's Department", role: "Sheriff" },
  },
  {
    titles: ["rep", "representative", "congressman", "congresswoman"],
    names: ["house", "house of representatives", "us house of representatives", "u s house of representatives"],
    example: { text: "The House of Representatives passed the bill on Tuesday. Rep. Nick Rahall said the rule would be overturned.", holder: "Nick Rahall", body: "House of Representatives", role: "Rep." },
  },
  {
    titles: ["sen", "senator"],
    names: ["senate", "us senate", "u s senate"],
    example: { text: "The Senate will vote on the nominee next week. Senator Edward Kennedy said he would support her.", holder: "Edward Kennedy", body: "Senate", role: "Senator" },
  },
];

/** Words before a title that leave it unqualified: "former Surgeon General David Satcher". */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(["former", "acting", "then", "new", "outgoing", "incoming", "interim", "senior", "junior", "the", "a"]);
/** Office modifiers a role keeps: a former holder held it ("former director"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(["former"]);

/** Nouns that name a kind of place: "Balochistan province", "the region in Pakistan". */
export const PLACE_NOUNS = new Set([
  "province", "state", "region", "district", "city", "capital", "county", "town", "village", "area", "country",
  "territory", "island", "municipality", "prefecture", "department", "governorate", "valley", "suburb", "neighbourhood",
  "neighborhood", "borough", "republic", "kingdom",
]);


export interface TriggerSpec {
  type: EventType;
  /** A noun trigger names the event ("the attack"); a verb trigger reports it ("attacked"). */
  pos: "noun" | "verb";
}

const TRIGGERS = new Map<string, { type: EventType; noun: boolean; verb: boolean }>();
function define(type: EventType, pos: TriggerSpec["pos"], forms: string): void {
  for (const form of forms.split(/\s+/).filter(Boolean)) {
    const entry = TRIGGERS.get(form) ?? { type, noun: false, verb: false };
    entry[pos] = true;
    TRIGGERS.set(form, entry);
  }
}
define("Attack", "verb", "attack attacks attacked attacking bombed bombing stormed storming ambushed raided shelled assaulted shoot shoots shot stabbed kidnapped abducted hijacked rammed torched seized snatched");
define("Attack", "noun", "attack attacks bombing bombings assault raid raids ambush shooting shootings shelling airstrike airstrikes blast explosion explosions offensive kidnapping kidnappings abduction hijacking hijack arson robbery robberies heist burglary burglaries break-in break-ins");
define("Killing", "verb", "kill kills killed killing murder murdered murdering assassinated massacred executed slain hanged");
define("Killing", "noun", "killing killings murder murders assassination massacre deaths");
define("Injury", "verb", "injured injuring wounded wounding hurt");
define("Injury", "noun", "injuries injury");
define("Arrest", "verb", "arrest arrested arresting detain detained detaining captured caught");
define("Arrest", "noun", "arrest arrests detention detentions custody crackdown capture");
define("Trial", "verb", "charged prosecuted convicted acquitted sued ruled indicted");
// Not "trials": over the BBC corpus all 11 were athletics trials or trials of a technology.
define("Trial", "noun", "charges trial verdict ruling judgement judgment lawsuit lawsuits prosecution hearing hearings indictment indictments");
define("Sentence", "verb", "sentenced jailed imprisoned suspended");
define("Sentence", "noun", "sentence prison-sentence");
define("Protest", "verb", "protest protested protesting demonstrated demonstrating rallied marched");
define("Protest", "noun", "protest protests demonstration demonstrations rally rallies sit-in boycott campaign vigil vigils riot riots rioting");
define("Statement", "verb", "said says say condemn condemned condemns condemning announced announces announce warned warns warning claimed claims criticised criticized criticises criticizes denied denies confirmed confirms told tells added described praised welcomed rejected accused insisted argued stated expressed admitted revealed reported reacted proposed proposing defended defends describe describes called calls complained applauded advised alleged thanked thanks hailed explained explains adds insists joked replied commented stressed noted suggested suggests apologised apologized apologises apologizes apologise apologize spoke speaks");
// Statements only with what was said (`CLAUSE_NEEDING_VERBS`): "predicted demand would soar", not "recalled 1m cars".
define("Statement", "verb", "predicted predicts cautioned cautions conceded concedes reiterated reiterates maintained maintains acknowledged acknowledges declared declares asserted asserts emphasised emphasises emphasized emphasizes recalled recalls estimated estimates");
define("Statement", "noun", "statement condemnation announcement warning claim comments remarks condolences interview interviews proposal apology");
define("Demand", "verb", "demand demanded demanding demands urged urges urging appealed petitioned asked asks asking requested requests requesting");
define("Demand", "noun", "demand demands appeal appeals petition petitions ultimatum request requests");
define("Meeting", "verb", "met meet meets meeting");
define("Meeting", "noun", "meeting meetings talks summit negotiations");
define("Visit", "verb", "visit visited visiting visits toured arrived arrives");
define("Visit", "noun", "visit visits tour");
define("Agreement", "verb", "agreed agree signed sign acquired merged");
define("Agreement", "noun", "agreement deal treaty accord pact merger takeover acquisition ceasefire truce");
define("Election", "verb", "elected re-elected voted");
define("Election", "noun", "election elections vote referendum poll primary");
define("Appointment", "verb", "appointed named nominated hired promoted");
define("Appointment", "noun", "appointment nomination");
define("Resignation", "verb", "resigned resign resigns quit retired");
define("Resignation", "noun", "resignation");
define("Disaster", "noun", "fire blaze earthquake quake flood floods flooding tsunami hurricane cyclone typhoon wildfire wildfires drought famine landslide eruption epidemic pandemic outbreak aftershock aftershocks");
define("Accident", "verb", "crashed collided derailed");
define("Accident", "noun", "crash accident collision derailment hit-and-run");
define("Legislation", "verb", "legislated enacted banned");
define("Legislation", "noun", "bill legislation law laws ban");
define("Investigation", "verb", "investigate investigated investigating probed probing");
define("Investigation", "noun", "investigation investigations probe inquiry inquest");
define("Other", "verb", "died dies won wins defeated surrendered surrenders refuelled refueled landed rescued withdrew withdraws withdraw withdrawn found finds escaped fled fired sacked");
define("Other", "noun", "debut bankruptcy fraud scandal death victory win outage blackout disruption escape collapse");

/** What an "Other" trigger names, so "won" and "wins" are one happening and "won" and "debut" two. */
export const OTHER_HAPPENINGS = new Map([
  ["died", "death"], ["dies", "death"], ["won", "win"], ["wins", "win"], ["win", "win"], ["defeated", "win"], ["escaped", "escape"], ["fled", "escape"], ["escape", "escape"], ["debut", "debut"], ["surrendered", "surrender"], ["surrenders", "surrender"],
  ["refuelled", "flight"], ["refueled", "flight"], ["landed", "flight"], ["rescued", "rescue"], ["withdrew", "withdrawal"], ["withdraws", "withdrawal"], ["withdraw", "withdrawal"], ["withdrawn", "withdrawal"],
  ["fired", "dismissal"], ["sacked", "dismissal"], ["forced", "withdrawal"], ["pull", "withdrawal"], ["pulls", "withdrawal"], ["pulled", "withdrawal"], ["pulling", "withdrawal"],
  ["bankruptcy", "bankruptcy"], ["collapse", "bankruptcy"], ["fraud", "fraud"], ["death", "death"], ["deaths", "death"], ["victory", "win"], ["outage", "outage"], ["blackout", "outage"], ["disruption", "outage"], ["scandal", "fraud"], ["found", "finding"], ["finds", "finding"],
]);

/**
 * Nouns the lexicon gives killings that name them only in a story that tells violence by another word ("the attack …
 * the deaths"): elsewhere they are deaths ("Other"), of climbers, of winter or of players. test/extract/events.test.ts
 * runs both examples.
 */
export const DEATHS_AMID_VIOLENCE = {
  nouns: new Set(["deaths"]),
  examples: {
    deaths: "The party says the plans could save the average pensioner £100 every year and cut winter deaths.",
    killings: "Gunmen attacked a bus in Quetta on Sunday. Police said the deaths were the worst this year.",
  },
};

/**
 * Verbs of violence that a named person or body does only in words where the story tells no violence by another word
 * and no crime (no arrest, trial or inquiry): over the BBC corpus a politician, a party or a firm that "attacked" did so
 * in speech ("Mr Cable also attacked Labour's unfair taxes", "UKIP officials argue Mr Kilroy-Silk has not been
 * straightforward in attacking the party"). Those who attack with fists or guns are mostly unnamed ("a fan attacked the
 * singer") or in a story of violence. test/extract/events.test.ts runs both examples.
 */
export const CRITICISM_OUTSIDE_VIOLENCE = {
  lemmas: new Set(["attack"]),
  agents: new Set(["Person", "Organization"]),
  becomes: "Statement" as const,
  examples: {
    criticism: "Responding to the pre-Budget report, Vince Cable also attacked Labour's unfair and over-complicated taxes.",
    violence: "Gunmen killed a guard in Quetta on Monday. Police said John Smith attacked the driver with a knife.",
  },
};

/** Nouns after an "Other" trigger that leave it naming the happening: "filed for bankruptcy protection" is bankruptcy. */
export const HAPPENING_PHRASE_HEADS: ReadonlySet<string> = new Set(["protection", "proceedings"]);

/** "Other" happenings that befall their possessor rather than being done by it: "Buckley's death" (but "Primer's win"). */
export const BEFALLS_POSSESSOR: ReadonlySet<string> = new Set(["death"]);

/** "Other" happenings that befall a place, which is where they happen: "India suffers massive internet disruption". */
export const BEFALLS_PLACE: ReadonlySet<string> = new Set(["outage"]);

/** Verbs whose subject is the one it happened to: "Viotti has died", "Buckley fell 2,000 feet". */
export const HAPPENS_TO_SUBJECT = new Set(["died", "dies", "fell", "falls"]);

/**
 * Nouns that name the one who did a killing: "Kennedy's assassin, Lee Harvey Oswald", "Booth, assassin of Lincoln".
 * A trigger only where the text names who it is; the name is the agent, the one killed its possessor, "of" or compound.
 */
export const AGENT_NOUNS = new Map<string, EventType>([
  ["assassin", "Killing"], ["assassins", "Killing"], ["killer", "Killing"], ["killers", "Killing"], ["murderer", "Killing"], ["murderers", "Killing"],
]);

function verbEntry(lemma: string) {
  if (!lemma) return undefined;
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const form = [lemma, `${lemma}s`, `${stem}ed`, `${stem}ing`].find((candidate) => {
    const entry = TRIGGERS.get(candidate);
    return entry?.verb && !LISTED_FORMS_ONLY.has(entry.type) && !OWN_FORM_ONLY.has(candidate);
  });
  return form === undefined ? undefined : TRIGGERS.get(form);
}

/** Forms that name their happening only as written: one is "hanged", a picture "hung", a threat "hanging over" a deal. */
const OWN_FORM_ONLY: ReadonlySet<string> = new Set(["hanged"]);

/**
 * Types whose verbs count only in the forms listed: a participle of speech or of an "Other"
 * happening ("…, saying it was wrong", "after winning") mostly restates what another trigger names.
 */
const LISTED_FORMS_ONLY: ReadonlySet<EventType> = new Set(["Statement", "Other"]);

/** Nouns of a height one falls: "fell 600 metres", "fell about 2,000 feet". A fall of anything else is a measure ("Corus fell 2.2%"). */
export const HEIGHTS: ReadonlySet<string> = new Set(["metre", "meter", "m", "foot", "feet", "ft", "yard", "storey", "story", "floor", "mile"]);

/** Calamities that strike: the subject of "struck" or "hit" in a disaster. */
export const CALAMITY_NOUNS: ReadonlySet<string> = new Set(["earthquake", "quake", "aftershock", "tremor", "tsunami", "storm", "hurricane", "cyclone", "typhoon", "tornado", "flood", "fire", "blaze", "wildfire", "avalanche", "landslide", "drought", "blizzard", "heatwave"]);

/**
 * Violence told with its deadly result is a killing: "was shot dead", "stabbed to death in Leicester", "gunmen shot him
 * dead"; by the verb's lemma, whatever it names alone ("beaten to death", but a team is beaten). Not "sentenced to death",
 * "scared to death". test/extract/events.test.ts runs every example.
 */
export const FATAL_RESULTS = {
  lemmas: new Set(["shoot", "shot", "stab", "beat", "hack", "club", "bludgeon", "batter", "crush", "burn", "strangle", "kick", "trample", "maul", "gun"]),
  /** The result: an adjective, or a noun after "to". */
  dead: "dead",
  death: { noun: "death", case: "to" },
  examples: [
    { text: "The receptionist was shot dead in Troy on Monday.", trigger: "shot" },
    { text: "Stefan Pakeerah was stabbed to death in Leicester in February.", trigger: "stabbed" },
    { text: "Gunmen shot him dead in Karachi on Monday.", trigger: "shot" },
    { text: "Baha Mousa was beaten to death in Basra in September 2003.", trigger: "beaten" },
  ],
};

/**
 * A death whose verb names its cause with one of `cases` ("killed in a car accident", "died in a plane crash", "killed in
 * the earthquake") is that accident or disaster, not the story's violence. test/extract/events.test.ts runs every example.
 */
export const CALAMITY_CAUSES = {
  cases: new Set(["in", "by"]),
  examples: [
    { text: "The gunman shot Kimani Gray on Saturday. His older brother, Jamar, was killed in a car accident two years ago.", trigger: "killed", type: "Accident" },
    { text: "Police shot the suspect. His father, Tom Reed, died in a plane crash in Alaska in 1998.", trigger: "died", type: "Accident" },
  ],
} as const;

/** Vehicles and those who drive them: the subject (or "by" agent) of "struck" or "hit" in a road accident. */
export const VEHICLES: ReadonlySet<string> = new Set(["car", "vehicle", "truck", "lorry", "van", "bus", "train", "tram", "taxi", "cab", "motorcycle", "motorbike", "suv", "pickup", "driver", "motorist"]);

/** What goes off: the subject of "exploded" in an attack ("a car bomb exploded", "the device was detonated"). */
export const EXPLOSIVES: ReadonlySet<string> = new Set(["bomb", "device", "grenade", "mine", "landmine", "shell", "rocket", "missile", "explosive", "explosives", "ied"]);

/**
 * Verbs that name a happening only when their subject (active or passive) is of a kind: a person, or a pronoun for
 * one ("Buckley fell 2,000 feet", but shares that fell are no accident), a named person or organisation (its "by" agent
 * counts: "was bought by Rosneft"), or a word of a class ("a bomb exploded
 * outside a bank", but sales that exploded are no attack). test/extract/events.test.ts runs both examples of each record.
 */
export const SUBJECT_NEEDING_VERBS: ReadonlyArray<{
  words: string[];
  type: EventType;
  subject: "person" | "named" | ReadonlySet<string>;
  /** Where the verb has a direct object, the nouns it must be ("fell 600 metres"; not "fell 2.2%", "fell two places"). */
  objects?: ReadonlySet<string>;
  /**
   * The "by" agent of the passive is the subject, or that of the verb it is coordinated with ("she was struck and killed by
   * a motorist"). Not for a subject that names the happening itself ("hit by the tsunami": the tsunami is the event).
   */
  byAgent?: boolean;
  with: string;
  without: string;
}> = [
  { words: ["fell", "falls"], type: "Accident", subject: "person", objects: HEIGHTS, with: "Robert Buckley fell 600 metres on Mount Sefton on Saturday.", without: "Coach Carter fell two places to number four at the box office." },
  // A purchase is a deal where a named buyer buys or a named thing is bought; fans buying tickets and pounds buying yen are not.
  { words: ["buy", "buys", "buying", "bought"], type: "Agreement", subject: "named", with: "Irish publishing group Independent News & Media is buying a 26% stake in Jagran.", without: "Fans who bought tickets for the February show can attend the new concert." },
  // What a calamity does is the calamity: "an earthquake struck the island", "floods hit the region"; a player hits the post.
  { words: ["hit", "hits", "struck", "strikes", "rocked", "rocks", "jolted", "shook", "ravaged", "battered", "swept"], type: "Disaster", subject: CALAMITY_NOUNS, with: "A strong earthquake struck Qeshm island in southern Iran on Sunday.", without: "Thierry Henry struck the post in the first half." },
  // What a vehicle or its driver hits is a road accident: "she was struck by a gray Toyota Camry"; a shot that hits the bar is not.
  { words: ["hit", "hits", "struck", "strikes", "knocked", "ran"], type: "Accident", subject: VEHICLES, byAgent: true, with: "Raj Chohan was struck by a car on 117th Street in Queens on Friday.", without: "Frank Lampard struck the bar from 25 yards." },
  { words: ["exploded", "explodes", "detonated"], type: "Attack", subject: EXPLOSIVES, with: "A bomb exploded outside a Wells Fargo bank in Woodburn on Friday.", without: "Sales of digital music exploded in the US in 2004." },
];

/**
 * Words that name a happening only where their context says which: a clash is violence where police, troops or an armed
 * group face a crowd or each other ("protesters clashed with riot police", "clashes between troops and rebels"), not a
 * match ("the Six Nations clash with Wales") nor a row ("ministers clashed over tax"); a strike is a stoppage of work
 * where it is one by its words ("a general strike", "went on strike", "called a 48-hour strike", "strike action"), not
 * a shot at goal ("a superb 25-yard strike"); an air strike is an attack. Each party word is a noun's lemma; a clash
 * with a crowd on one side is a protest, one between forces an attack. test/extract/events.test.ts runs every example.
 */
export const CLASH_WORDS: ReadonlySet<string> = new Set(["clash", "clashes", "clashed", "clashing"]);
export const CLASH_CROWDS: ReadonlySet<string> = new Set([
  "protester", "protestor", "demonstrator", "rioter", "student", "youth", "mourner", "activist", "anarchist", "striker",
  "worker", "fan", "supporter", "villager", "crowd", "mob", "marcher", "settler", "refugee",
]);
export const CLASH_FORCES: ReadonlySet<string> = new Set([
  "police", "policeman", "officer", "cop", "troop", "soldier", "army", "force", "rebel", "militant", "guerrilla", "gunman",
  "insurgent", "militia", "fighter", "guard",
]);
export const STRIKE_WORDS: ReadonlySet<string> = new Set(["strike", "strikes"]);
/** What makes "strike" a stoppage of work: a word before it, the verb it is the object of, or "on strike". */
export const STRIKE_CUES = {
  /** Words before it that make it a stoppage ("general strike", "48-hour strike" by its shape too) ... */
  modifiers: new Set(["general", "national", "nationwide", "hunger", "wildcat", "rail", "postal", "tube", "union", "writers", "actors", "workers", "staff", "teachers", "miners", "pilots", "drivers", "doctors", "nurses", "firefighters", "dockers"]),
  /** ... or an attack: "a US air strike". */
  attackModifiers: new Set(["air", "missile", "drone", "military", "rocket", "artillery"]),
  /** Verbs it is the object of: "called a strike", "threatened strikes". */
  verbs: new Set(["call", "stage", "hold", "threaten", "join", "launch", "end", "begin", "start", "announce", "avert", "avoid", "organise", "organize"]),
  /** Nouns it names the kind of: "strike action", "a strike ballot". */
  heads: new Set(["action", "ballot", "threat"]),
  /** Verbs of "on strike": "went on strike", "are on strike". */
  onVerbs: new Set(["go", "be", "come", "remain", "stay"]),
};
export const CONTEXT_TRIGGER_EXAMPLES: ReadonlyArray<{ text: string; trigger: string; type: EventType | null }> = [
  { text: "Thousands of protesters clashed with riot police in central Athens on Wednesday.", trigger: "clashed", type: "Protest" },
  { text: "There were fierce clashes between troops and rebels near Grozny on Sunday.", trigger: "clashes", type: "Attack" },
  { text: "Wales face England in a Six Nations clash at Twickenham on Saturday.", trigger: "clash", type: null },
  { text: "Cabinet ministers clashed over tax cuts on Monday.", trigger: "clashed", type: null },
  { text: "Unions called a 48-hour general strike that paralysed Greece on Wednesday.", trigger: "strike", type: "Protest" },
  { text: "Tube drivers went on strike in London on Monday.", trigger: "strike", type: "Protest" },
  { text: "Steven Gerrard's superb 25-yard strike earned Liverpool a draw at Anfield.", trigger: "strike", type: null },
  { text: "A US air strike hit a village near Kandahar on Sunday.", trigger: "strike", type: "Attack" },
];

/**
 * The trigger a word is, given its part of speech, if any. A verb the table lists in another regular
 * form counts in all of them, through its lemma: "assassinating" as "assassinated" (LISTED_FORMS_ONLY aside).
 */
export function triggerFor(word: string, pos: string, lemma = ""): TriggerSpec | undefined {
  const entry = TRIGGERS.get(word.toLowerCase()) ?? (pos.startsWith("VB") ? verbEntry(lemma.toLowerCase()) : undefined);
  // Proper nouns are names, not triggers ("Attack" in a film title, "March" the month).
  if (!entry || pos.startsWith("NNP")) return undefined;
  if (pos.startsWith("NN")) return entry.noun ? { type: entry.type, pos: "noun" } : undefined;
  if (pos.startsWith("VB")) return entry.verb ? { type: entry.type, pos: "verb" } : undefined;
  return undefined;
}

/** A phrasal trigger: its particles, its type and whether its subject is the one it holds to account. */
interface PhrasalTrigger {
  particles: string[];
  type: EventType;
  accountableSubject?: boolean;
}

const PHRASAL_TRIGGERS = new Map<string, PhrasalTrigger>([
  ["call", { particles: ["on", "for"], type: "Demand" }],
  ["calls", { particles: ["on", "for"], type: "Demand" }],
  ["called", { particles: ["on", "for"], type: "Demand" }],
  ["calling", { particles: ["on", "for"], type: "Demand" }],
  ["step", { particles: ["down"], type: "Resignation" }],
  ["stepped", { particles: ["down"], type: "Resignation" }],
  ["steps", { particles: ["down"], type: "Resignation" }],
  ["open", { particles: ["fire"], type: "Attack" }],
  ["opens", { particles: ["fire"], type: "Attack" }],
  ["opened", { particles: ["fire"], type: "Attack" }],
  ["opening", { particles: ["fire"], type: "Attack" }],
  ["fire", { particles: ["at"], type: "Attack" }],
  ["fires", { particles: ["at"], type: "Attack" }],
  ["fired", { particles: ["at"], type: "Attack" }],
  ["firing", { particles: ["at"], type: "Attack" }],
  // Who pulls out of a race, a deal or a country withdraws from it (OTHER_HAPPENINGS); "pulled out a gun" is no withdrawal (OBJECTLESS_VERBS).
  ...phrasalForms(["pull", "pulls", "pulled", "pulling"], { particles: ["out"], type: "Other" }),
  // Who is forced out of a race or an office withdraws from it: "Kelly Holmes has been forced out of the European Indoors".
  ...phrasalForms(["forced"], { particles: ["out of"], type: "Other" }),
  ...phrasalForms(["gun", "guns", "gunned", "gunning"], { particles: ["down"], type: "Killing" }),
  ...phrasalForms(["plead", "pleads", "pleaded", "pleading"], { particles: ["guilty", "not guilty", "innocent"], type: "Trial", accountableSubject: true }),
  // Who gives or hands themselves up or in is taken into custody.
  ...phrasalForms(["give", "gives", "gave", "giving"], { particles: ["himself up", "herself up", "themselves up"], type: "Arrest", accountableSubject: true }),
  ...phrasalForms(["turn", "turns", "turned", "turning", "hand", "hands", "handed", "handing"], { particles: ["himself in", "herself in", "themselves in"], type: "Arrest", accountableSubject: true }),
]);

function phrasalForms(verbs: string[], trigger: PhrasalTrigger): Array<[string, PhrasalTrigger]> {
  return verbs.map((verb) => [verb, trigger]);
}

/** Phrasal triggers whose subject is the one held to account: "Ebbers pleaded not guilty", "the gunman gave himself up". */
export const ACCOUNTABLE_SUBJECT: ReadonlySet<string> = new Set([...PHRASAL_TRIGGERS].filter(([, trigger]) => trigger.accountableSubject).map(([verb]) => verb));

/** The particle of a phrasal trigger the words after its verb begin with, if any: "on", "not guilty", "himself up". */
export function phrasalParticle(word: string, following: readonly string[]): string | undefined {
  const words = following.map((next) => next.toLowerCase());
  return PHRASAL_TRIGGERS.get(word.toLowerCase())?.particles.find((particle) => particle.split(" ").every((part, i) => words[i] === part));
}

/** A verb that is a trigger only with its particle: "called on", "stepped down", "opened fire", "gave himself up". */
export function phrasalTriggerFor(word: string, pos: string, following: readonly string[]): TriggerSpec | undefined {
  const phrasal = PHRASAL_TRIGGERS.get(word.toLowerCase());
  return phrasal && pos.startsWith("VB") && phrasalParticle(word, following) !== undefined ? { type: phrasal.type, pos: "verb" } : undefined;
}

/**
 * Trigger verbs (by lemma, and the forms the lemmatiser may leave) with the particles after which
 * they still name their happening. With any other particle the verb says something else: the
 * government "ruled out" a change, shares "shot up", those "caught up in" a disaster, a player
 * "crashed out" of a tournament or was "called up" (22, 8, 4, 1 and 1 such events over the BBC
 * corpus before this table).
 */
export const SENSE_KEEPING_PARTICLES: ReadonlyArray<{ verbs: string[]; particles: string[]; example: string }> = [
  { verbs: ["sign", "signed"], particles: ["up", "off"], example: "ExxonMobil signed up for a $12.8bn deal" },
  { verbs: ["buy", "bought"], particles: ["out", "up"], example: "Inbev bought out another partner in August 2004" },
  { verbs: ["vote", "voted"], particles: ["out"], example: "three directors were voted out" },
  { verbs: ["shoot", "shot"], particles: ["down", "dead"], example: "Gunmen shot down a police helicopter" },
  { verbs: ["kill", "killed"], particles: ["off"], example: "Dirty Den was killed off on Friday" },
];

/**
 * Nouns of sudden happenings that news also uses as figures of speech ("an explosion of portable media", "has
 * been a blast", "a binge drinking epidemic"): an event only with someone who took part, a place or a day.
 */
export const ANCHOR_NEEDING_NOUNS: ReadonlySet<string> = new Set(["explosion", "explosions", "blast", "blasts", "collapse", "epidemic"]);

/** Particles that stand before "of" as often as a verb's ("ruled out of the tournament", "crashed out of the Open"). */
export const ADVERB_PARTICLES: ReadonlySet<string> = new Set(["out", "off", "up", "down", "away"]);

/** Whether a trigger verb keeps its sense with a particle: "shot down" does, "shot up" does not. */
export function keepsSenseWith(lemma: string, word: string, particle: string): boolean {
  return SENSE_KEEPING_PARTICLES.some((entry) => (entry.verbs.includes(lemma.toLowerCase()) || entry.verbs.includes(word.toLowerCase())) && entry.particles.includes(particle));
}

/**
 * Trigger verbs (by lemma, and the forms the lemmatiser may leave) that name their happening only when
 * someone or something undergoes it: an object, a passive subject, a noun the participle describes
 * ("a skeleton found by the river") or a being shot at. Without one they tell of motion, sport or a
 * survey: a player "shot wide", a band "shot to fame", an athlete "stormed to the title", a side "defended well" (over the
 * BBC corpus about 40 attacks), "the survey has found".
 * test/extract/events.test.ts runs both examples of each record.
 */
/**
 * Trigger verbs that name their happening only with no object or passive subject: protesters "demonstrated"
 * outside the embassy, but a firm that "demonstrated a phone" showed it (over the BBC corpus 12 of the 14 verb
 * "demonstrations" before this table). test/extract/events.test.ts runs both examples of each record.
 */
export const OBJECTLESS_VERBS: ReadonlyArray<{ lemmas: string[]; type: EventType; with: string; without: string }> = [
  { lemmas: ["demonstrate", "demonstrated", "demonstrates", "demonstrating"], type: "Protest", with: "Samsung demonstrated a phone using UWB technology at the conference in Cannes.", without: "Thousands of students demonstrated outside the parliament in Kiev on Monday." },
  { lemmas: ["pull", "pulls", "pulled", "pulling"], type: "Other", with: "The gunman pulled out a pistol and fired.", without: "Kelly Holmes has pulled out of the European Indoor Championships." },
];

/**
 * Verbs that report only with what was said, a clause or a quotation: "Helmut Panke predicted demand would soar", but
 * a firm that "recalled 1m cars", "declared bankruptcy" or "maintains its network" said nothing. Measured on the first
 * 500 BBC articles, these are the verbs besides the Statement list whose named subject most often has a clause.
 * test/extract/events.test.ts runs both examples of each record.
 */
export const CLAUSE_NEEDING_VERBS: ReadonlyArray<{ lemmas: string[]; type: EventType; with: string; without: string }> = [
  { lemmas: ["predict"], type: "Statement", with: "Helmut Panke predicted demand for such crossover vehicles would soar in Europe.", without: "Nobody predicted the outcome." },
  { lemmas: ["caution"], type: "Statement", with: "Chancellor Gordon Brown cautioned that growth this year may be slower than in 2004.", without: "The referee cautioned Smith for a late tackle." },
  { lemmas: ["concede"], type: "Statement", with: "EC spokeswoman Marja Quillinan-Meiland conceded there were grey areas.", without: "Chelsea conceded a late goal at Anfield." },
  { lemmas: ["reiterate"], type: "Statement", with: "The EU has reiterated that it supports Ukraine's accession to the WTO.", without: "The EU has reiterated its support." },
  { lemmas: ["maintain"], type: "Statement", with: "Yukos maintains that it filed for bankruptcy in the US because it feared it could not do so in Russia.", without: "BT maintains the network across the country." },
  { lemmas: ["acknowledge"], type: "Statement", with: "Microsoft acknowledged that the flaw had been exploited.", without: "Microsoft acknowledged the flaw." },
  { lemmas: ["declare"], type: "Statement", with: "Tony Blair declared that the war was over.", without: "Yukos declared bankruptcy in December." },
  { lemmas: ["assert"], type: "Statement", with: "Microsoft's Bill Gates asserted that its search results were not affected.", without: "Microsoft's Bill Gates asserted his rights." },
  { lemmas: ["emphasise", "emphasize"], type: "Statement", with: "Gordon Brown emphasised that the economy remained strong.", without: "Gordon Brown emphasised stability." },
  { lemmas: ["recall"], type: "Statement", with: "Sir Alex Ferguson recalled that the club had nearly gone bust.", without: "General Motors recalled 1m cars in the US." },
  { lemmas: ["estimate"], type: "Statement", with: "The Inter-American Development Bank estimates that remittances reached $45bn in 2004.", without: "Analysts estimate the cost at £2bn." },
];

export const TARGET_NEEDING_VERBS: ReadonlyArray<{ lemmas: string[]; type: EventType; without: string; with: string }> = [
  { lemmas: ["shoot", "shot"], type: "Attack", without: "Steve McManaman shot wide from three yards in the first half.", with: "Gunmen shot a police officer in Karachi on Monday." },
  { lemmas: ["find", "found", "finds"], type: "Other", without: "Business confidence has weakened, the quarterly Tankan survey has found.", with: "Police found Tuan Quac Phan in a boxcar at Whittier." },
  { lemmas: ["storm", "stormed"], type: "Attack", without: "Kelly Holmes stormed to the 1,000m title at the Birmingham Grand Prix.", with: "Eight protesters stormed the House of Commons chamber during a debate." },
  { lemmas: ["fire", "fired", "sack", "sacked"], type: "Other", without: "Thierry Henry fired wide from 20 yards in the first half.", with: "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday." },
  // A film or a show that "bombed" flopped; a place is bombed by someone.
  { lemmas: ["bomb", "bombed"], type: "Attack", without: "He distanced himself from the movie, and the film bombed.", with: "Nato aircraft bombed the bridge at Novi Sad on Tuesday." },
  { lemmas: ["defend", "defended", "defends"], type: "Statement", without: "Wales defended fairly well but gave Italy the ball.", with: "Tony Blair defended the plans against criticism from his backbenchers." },
];

/**
 * Verbs that name a trial only where someone is accused: the passive subject ("Young Buck has been charged") or the
 * object ("police charged him"), and not for a price: after "for", in money ("charged £5") or of those who pay
 * (`payers`: "charging users", unless with what they are accused of), which is what a business did, an "Other"
 * happening; a player who "charged to the net" runs; nor for a task ("charged with resolving the conflict", `duties`).
 * test/extract/events.test.ts runs every example.
 */
export const ACCUSATION_VERBS: ReadonlyArray<{ lemmas: string[]; type: EventType; pricing: string[]; accusing: string[]; payers: ReadonlySet<string>; duties: ReadonlySet<string>; without: string; with: string; duty: string }> = [
  {
    lemmas: ["charge", "charged", "charging"],
    type: "Trial",
    pricing: ["for"],
    accusing: ["with"],
    payers: new Set(["user", "customer", "consumer", "subscriber", "client", "passenger", "motorist", "shopper", "viewer", "listener", "household", "driver", "buyer", "borrower"]),
    // Verbs of a task one is charged with, not of a crime: "charged with resolving the conflict", "with ensuring order".
    duties: new Set(["ensure", "resolve", "oversee", "run", "manage", "organise", "organize", "lead", "draft", "implement", "coordinate", "negotiate", "find", "test", "develop", "monitor", "review", "examine", "prepare", "design", "plan", "supervise", "restore", "rebuild", "promote", "protect", "investigate", "enforce"]),
    without: "Microsoft will soon be charging users for the service.",
    with: "US prosecutors have charged nine food suppliers with fraud.",
    duty: "Lebed had been charged with resolving the conflict in Chechnya.",
  },
];

/**
 * Verbs that name a happening only where the sentence says where it happened, as a place name after a place
 * preposition: a flight "landed at Stansted", but a kicker "landed a penalty", an MP "landed in trouble" and a
 * clearance "landed kindly at the feet" of a striker (over the BBC corpus all 10 "landed" flights were such).
 * test/extract/events.test.ts runs both examples of each record.
 */
export const PLACE_NEEDING_VERBS: ReadonlyArray<{ lemmas: string[]; type: EventType; without: string; with: string }> = [
  { lemmas: ["land", "landed"], type: "Other", without: "Yachvili landed six penalties for France to put the visitors in front.", with: "The hijacked plane refuelled in Cyprus and landed at Stansted on Tuesday." },
];

/**
 * Triggers whose sense depends on what kind of thing their object is (the object of a verb, or
 * the "on/against/of" noun of a noun trigger), by the object's class: a name or a noun whose most
 * frequent WordNet sense is a being ("animate"), a physical thing or an abstraction. Where the
 * object is of a class listed in `objects`, the trigger names `becomes` instead, or nothing (null).
 * Over the BBC corpus, 40 of the 245 attacks attacked plans, records, policies or decisions, and
 * 10 of 79 meetings met targets, rules, a fate or a cross; a campaign is a protest only against a cause
 * ("a campaign against the death penalty"), not a party's, a player's or a firm's with no object (about
 * 120 of 131). test/extract/events.test.ts runs every example.
 */
export const OBJECT_SENSES: readonly ObjectSense[] = [
  { lemmas: ["attack", "assault"], type: "Attack", objects: ["abstract"], becomes: "Statement", example: { text: "Michael Howard attacked Tory plans to process asylum claims abroad.", trigger: "attacked" } },
  { lemmas: ["meet", "meeting"], type: "Meeting", objects: ["abstract", "physical"], becomes: null, example: { text: "Gordon Brown said he had met his golden rule.", trigger: "met" } },
  { lemmas: ["execute"], type: "Killing", objects: ["abstract", "physical"], becomes: null, example: { text: "The firm executed its business plans.", trigger: "executed" } },
  // What is killed is a being; a ball, a deal or a bill that is "killed" is stopped.
  { lemmas: ["kill", "killed", "killing"], type: "Killing", objects: ["abstract", "physical"], becomes: null, example: { text: "Mark Blair was yellow carded for killing the ball on the ground.", trigger: "killing" } },
  { lemmas: ["capture", "captured"], type: "Arrest", objects: ["abstract", "physical"], becomes: null, example: { text: "Serbia's Ana Ivanovic captured her first WTA title with a straight-sets victory.", trigger: "captured" } },
  // Sports news writes "re-sign" without its hyphen: resigning a player keeps him; one resigns a post.
  { lemmas: ["resign"], type: "Resignation", objects: ["animate"], direct: true, becomes: "Agreement", example: { text: "Tony Reagins said that resigning Teixeira was his top priority.", trigger: "resigning" } },
  // Who is caught is arrested; winds, a volley or spam e-mails that are "caught" are not.
  { lemmas: ["catch", "caught"], type: "Arrest", objects: ["abstract", "physical"], becomes: null, example: { text: "MessageLabs caught only 273 phishing e-mails in September.", trigger: "caught" } },
  { lemmas: ["crash", "crashed"], type: "Accident", objects: ["abstract"], becomes: null, example: { text: "Fabregas crashed a rising drive against the bar from 20 yards.", trigger: "crashed" } },
  { lemmas: ["shoot", "shot"], type: "Attack", objects: ["abstract"], becomes: null, example: { text: "A film version of Carmen was shot in Cape Town.", trigger: "shot" } },
  // Who is seized or snatched is abducted; power, drugs or a chance that is seized is taken.
  { lemmas: ["seize", "snatch"], type: "Attack", objects: ["abstract", "physical"], becomes: null, example: { text: "Police seized 20 kilograms of heroin in Karachi on Monday.", trigger: "seized" }, without: { becomes: null, example: { text: "The rebels seized on the confusion.", trigger: "seized" } } },
  // The shooting of a film, a drama or a scene makes it; the shooting of a person is an attack.
  { lemmas: ["shooting"], type: "Attack", objects: ["abstract"], through: ["on", "of"], becomes: null, example: { text: "Shooting on period drama Tulip Fever was postponed indefinitely.", trigger: "Shooting" } },
  // Who agrees with a view, a decision or an assessment shares an opinion; one agrees a deal with a party.
  { lemmas: ["agree"], type: "Agreement", objects: ["abstract"], through: ["with"], becomes: null, example: { text: "Tory peer Lord Tebbit said he agreed with Dr Fox's view.", trigger: "agreed" } },
  // Who a poll is "of" are those asked: a survey, not a vote.
  { lemmas: ["poll"], type: "Election", objects: ["animate"], through: ["of"], becomes: null, example: { text: "The poll of 22,953 people was conducted by the international polling firm GlobeScan.", trigger: "poll" } },
  { lemmas: ["fall", "fell"], type: "Accident", objects: ["abstract"], through: ["into"], becomes: "Other", example: { text: "Marcello Viotti fell into a coma after suffering a stroke.", trigger: "fell" } },
  // Who falls to a rival loses a match; who falls in love or in line comes to a state.
  { lemmas: ["fall", "fell"], type: "Accident", objects: ["animate"], through: ["to"], becomes: null, example: { text: "Greg Rusedski fell to Jim Courier in the deciding rubber.", trigger: "fell" } },
  { lemmas: ["fall", "fell"], type: "Accident", objects: ["abstract"], through: ["in"], becomes: null, example: { text: "Mr Blunkett talked about how he fell in love.", trigger: "fell" } },
  // A flood of water is a disaster; a flood of publicity, of e-mails or of refugees is a great many.
  { lemmas: ["flood"], type: "Disaster", objects: ["abstract", "animate"], through: ["of"], becomes: null, example: { text: "It began with a flood of publicity which helped UKIP into third place.", trigger: "flood" } },
  // So is a blaze of publicity or of glory; a blaze of a building is a fire.
  { lemmas: ["blaze"], type: "Disaster", objects: ["abstract"], through: ["of"], becomes: null, example: { text: "Top of the Pops was relaunched in a blaze of publicity in December.", trigger: "blaze" } },
  // Who protests something ("protested his innocence", "protested the decision") says so; a protest is against it.
  { lemmas: ["protest"], type: "Protest", objects: ["abstract"], becomes: "Statement", example: { text: "Kostas Kenteris has continually protested his innocence.", trigger: "protested" } },
  // A summit of leaders is a meeting; the summit of a chart or a mountain is its top.
  { lemmas: ["summit"], type: "Meeting", objects: ["abstract", "physical"], through: ["of"], becomes: null, example: { text: "Unconditional reached the summit of the listeners' chart within a fortnight.", trigger: "summit" } },
  // Whoever is fired or sacked loses a job; a gun, a shot or a cross that is fired is no dismissal.
  { lemmas: ["fire", "fired", "sack", "sacked"], type: "Other", objects: ["abstract", "physical"], becomes: null, example: { text: "Police said the man fired a gun outside the club on Friday.", trigger: "fired" } },
  // What one adds to a thing ("added to speculation", "adds to the three Grammys") is no word said.
  { lemmas: ["add", "added", "adds", "adding"], type: "Statement", objects: ["abstract", "physical"], through: ["to"], becomes: null, example: { text: "Jose Antonio Reyes has added to speculation linking him with a move from Arsenal to Real Madrid.", trigger: "added" } },
  // What one adds outside quotation marks ("added 101 yards", "added a second goal") is a score, not a word said.
  { lemmas: ["add", "added", "adds", "adding"], type: "Statement", objects: ["abstract", "physical"], direct: true, becomes: null, example: { text: "Peyton Hillis added 101 yards on the ground for the Chiefs.", trigger: "added" } },
  // Who escapes from custody escapes; who escapes death, injury or a ban is spared it.
  { lemmas: ["escape", "escaped"], type: "Other", objects: ["abstract"], direct: true, becomes: null, example: { text: "Thatcher narrowly escaped death in the bombing of a hotel in Brighton.", trigger: "escaped" } },
  { lemmas: ["find", "found", "finds"], type: "Other", objects: ["abstract"], becomes: null, example: { text: "Keanu Reeves first found fame in the teen comedy Bill and Ted's Excellent Adventure.", trigger: "found" } },
  { lemmas: ["promote", "promoted", "promoting"], type: "Appointment", objects: ["abstract", "physical"], becomes: null, example: { text: "Ofcom is reviewing ways of promoting greater competition in the telecom sector.", trigger: "promoting" } },
  // A court rules that or on something; whoever rules a country governs it.
  { lemmas: ["rule", "ruled"], type: "Trial", objects: ["physical"], becomes: null, example: { text: "Saparmurat Niyazov ruled Turkmenistan for 21 years until his death.", trigger: "ruled" } },
  { lemmas: ["ban", "banned"], type: "Legislation", objects: ["animate"], becomes: "Sentence", example: { text: "Kelli White has been banned for two years after a positive drugs test.", trigger: "banned" } },
  {
    // A player, an MP or a candidate is suspended as a punishment; trading, flights or a campaign are only halted.
    lemmas: ["suspend", "suspended"],
    type: "Sentence",
    objects: ["abstract", "physical"],
    becomes: null,
    example: { text: "Wal-Mart has suspended gun sales at its stores in California.", trigger: "suspended" },
    without: { becomes: null, example: { text: "Trading in the shares will remain suspended until Monday.", trigger: "suspended" } },
  },
  { lemmas: ["explosion", "explosions"], type: "Attack", objects: ["abstract"], through: ["in", "of"], becomes: null, example: { text: "Critics feared an explosion in gambling after the casino bill, Tessa Jowell said.", trigger: "explosion" } },
  { lemmas: ["demonstration", "demonstrations"], type: "Protest", objects: ["abstract", "physical"], through: ["of"], becomes: null, example: { text: "Mr Schwartz ran a demonstration of the service in London on Monday.", trigger: "demonstration" } },
  {
    lemmas: ["campaign"],
    type: "Protest",
    objects: ["animate", "physical"],
    becomes: null,
    example: { text: "Marat Safin opens his campaign against a qualifier on Monday.", trigger: "campaign" },
    without: { becomes: null, example: { text: "Tim Henman will start his 2005 campaign at the Kooyong event on 12 January.", trigger: "campaign" } },
  },
  {
    // A rally of prices or of a player recovers, as one "from" a deficit does; one in or across a place is a protest ("a rally in Los Angeles").
    lemmas: ["rally"],
    type: "Protest",
    objects: ["abstract"],
    through: ["from", "in", "for", "of", "at", "across", "throughout", "outside"],
    becomes: null,
    example: { text: "Disappointing figures brought a sudden end to a rally in the value of the dollar.", trigger: "rally" },
    without: { becomes: null, example: { text: "Defending champion Andy Roddick rallied to beat Sweden's Thomas Enqvist.", trigger: "rallied" } },
  },
];

/**
 * Violence told with the reason it is for is criticism: to attack someone "for backing down" or "over its
 * handling" of something is to speak against them. test/extract/events.test.ts runs each example.
 */
export const CRITICISM_BY_REASON: ReadonlyArray<{ lemmas: string[]; type: EventType; becomes: EventType; clauseMarkers: string[]; prepositions: string[]; examples: Array<{ text: string; trigger: string }> }> = [
  {
    lemmas: ["attack", "assault"],
    type: "Attack",
    becomes: "Statement",
    // A clause after "for" gives a reason; a noun after it may give a time instead ("attacked the base for the second time"),
    // and a place after "over" is where ("shot down a helicopter over Tyre").
    clauseMarkers: ["for"],
    prepositions: ["over"],
    examples: [
      { text: "The European People's Party attacked the Commission for backing down from punitive action.", trigger: "attacked" },
      { text: "Michael Howard attacked Tony Blair over his record on crime.", trigger: "attacked" },
    ],
  },
];

/**
 * Triggers whose sense is the adjective they predicate of their object or passive subject: to be "found guilty"
 * is a verdict, a trial's outcome, not a finding. test/extract/events.test.ts runs each example.
 */
export const VERDICT_COMPLEMENTS: ReadonlyArray<{ lemmas: string[]; complements: string[]; becomes: EventType; example: string }> = [
  { lemmas: ["find", "found"], complements: ["guilty", "innocent", "liable"], becomes: "Trial", example: "Jayanti Buhecha was found guilty of two trademark offences last month." },
];

/**
 * A ban is a law ("a ban on hunting"), but a ban for a time or for doping punishes someone: "an eight-year ban",
 * "banned for two years", "a drugs ban", "banned for life". Its term is a word before it ("two-year", "seven-match")
 * or a phrase after "for" naming one of `units`. test/extract/events.test.ts runs both examples.
 */
export const TIMED_SANCTIONS = {
  lemmas: new Set(["ban"]),
  units: new Set(["day", "week", "month", "year", "match", "game", "race", "season", "life", "lifetime"]),
  causes: new Set(["drug", "drugs", "doping"]),
  examples: { sentence: "Southampton's David Prutton faces a possible seven-match ban.", law: "The EU imposed its arms ban on China in 1989." },
};

/**
 * Verbs that ask either for something or a question. With what is wanted, as a verb or after "for", they
 * name a `request`; with a question, a clause or a quotation after an active verb, the asker says something
 * (`question`); with neither they name nothing ("even if Mr Blair asked", "asked about the remark by
 * reporters, said"). Over the BBC corpus the 59 "asked" demands became 27 demands and 12 statements.
 * test/extract/events.test.ts runs each example.
 */
export const ASKING_VERBS: ReadonlyArray<{ lemmas: string[]; request: EventType; question: EventType; examples: { request: string; question: string; neither: string } }> = [
  {
    lemmas: ["ask"],
    request: "Demand",
    question: "Statement",
    examples: {
      request: "The United States has asked the World Trade Organisation to investigate European Union customs tariffs.",
      question: "During cross examination, Reid Weingarten asked Scott Myers if he ever knew Bernard Ebbers.",
      neither: "Tory leader Michael Howard, asked about the remark by reporters, said politicians should be mindful.",
    },
  },
];

/**
 * Trigger nouns whose sense depends on what qualifies them: a word before them (`modifiers`) or a name that owns them
 * (possessive or compound) of one of `owners`' kinds. Then the noun names `becomes` instead, or nothing (null). A poll
 * a newspaper, a broadcaster or a pollster owns, or an opinion poll, is a survey, not a vote (over the BBC corpus about
 * half the "poll" elections were surveys: "a BBC World Service poll", "a Daily Telegraph poll of 1,313 people"); location
 * shooting makes a film.
 * test/extract/events.test.ts runs every example.
 */
export const OWNER_SENSES: ReadonlyArray<{ lemmas: string[]; type: EventType; modifiers: readonly string[]; owners: readonly string[]; becomes: EventType | null; example: { text: string; trigger: string } }> = [
  { lemmas: ["poll"], type: "Election", modifiers: ["opinion", "magazine", "online", "exit", "readers", "newspaper"], owners: ["Organization"], becomes: null, example: { text: "Citizens in a majority of nations surveyed in a BBC World Service poll believe the world economy is worsening.", trigger: "poll" } },
  // Location shooting makes a film.
  { lemmas: ["shooting"], type: "Attack", modifiers: ["location", "film", "studio"], owners: [], becomes: null, example: { text: "She said he agreed while CSI was doing some location shooting in Las Vegas.", trigger: "shooting" } },
  // A party's or an election's landslide is a win at the polls, no earth that slid.
  { lemmas: ["landslide"], type: "Disaster", modifiers: ["election", "electoral", "poll", "general"], owners: ["Organization"], becomes: "Election", example: { text: "Tony Blair became prime minister after the 1997 Labour landslide.", trigger: "landslide" } },
  // A body's or a weapon's fire is shooting; a fire of nobody's is a blaze.
  { lemmas: ["fire"], type: "Disaster", modifiers: ["tank", "artillery", "mortar", "rocket", "sniper", "machine-gun", "cannon", "gun", "rifle", "enemy", "rebel"], owners: ["Organization", "Group"], becomes: "Attack", example: { text: "Two Lebanese residents were injured by Hizbollah fire in the village.", trigger: "fire" } },
];

export interface ObjectSense {
  /** Lemmas of the trigger, verb or noun. */
  lemmas: string[];
  type: EventType;
  objects: Array<"animate" | "physical" | "abstract">;
  becomes: EventType | null;
  /** The prepositions that introduce the object, where it comes that way ("fell into a coma", "an explosion in gambling"). */
  through?: readonly string[];
  /** Only a direct object counts, not a passive subject (which a misparse may give: "Cat Deeley has resigned"). */
  direct?: boolean;
  /** A sentence and its trigger word, which names `becomes` there (or nothing). */
  example: { text: string; trigger: string };
  /** What the trigger names with no object at all, where that is not itself ("his 2005 campaign"), with an example. */
  without?: { becomes: EventType | null; example: { text: string; trigger: string } };
}

/**
 * Idioms whose trigger word names no happening of its kind: a minister "under fire" is criticised, not
 * burning; a "heart attack" is no assault; a "market crash" no accident; an election, advertising or World
 * Cup "campaign" is no protest (over the BBC corpus about half the protests were such campaigns); "a clean
 * bill of health" is no law; "water charges" are fees.
 */
export const IDIOMS: ReadonlySet<string> = new Set([
  "under fire",
  "clean bill",
  // Fees: "water charges", "congestion charging".
  ...["water", "congestion", "roaming", "service", "bank", "call", "admission", "parking", "prescription", "interest", "delivery", "user", "toll"].flatMap((kind) => [`${kind} charge`, `${kind} charges`, `${kind} charging`]),
  // Markets tumbling and what was not meant: "the dot-com crash", "by accident".
  "by accident",
  ...["dot-com", "market", "property", "housing", "stock"].map((kind) => `${kind} crash`),
  ...["heart", "panic", "asthma"].flatMap((kind) => [`${kind} attack`, `${kind} attacks`]),
  ...["election", "advertising", "marketing", "poster", "ad", "cup", "title", "league", "qualifying", "nations"].flatMap((kind) => [`${kind} campaign`, `${kind} campaigns`]),
]);

/** A trigger noun before one of these names a thing, not a happening: "riot police", "a protest vote", "attack helicopters", "a crash course". */
export const MODIFIER_IDIOMS: ReadonlySet<string> = new Set([
  ...["police", "gear", "squad", "squads", "act", "shields", "officers", "vans", "control"].map((noun) => `riot ${noun}`),
  // Trades: "a Swiss tour guide".
  ...["guide", "guides", "operator", "operators"].map((noun) => `tour ${noun}`),
  "protest vote", "protest votes", "attack helicopter", "attack helicopters", "attack dog", "attack dogs", "crash course", "crash courses",
  // Weapons named for what they are made for: "brandishing assault rifles".
  ...["rifle", "rifles", "weapon", "weapons", "ship", "ships", "craft"].map((noun) => `assault ${noun}`),
  // "A U.S. appeals court on Tuesday gave Lloyd's a reprieve": a court that hears appeals, no appeal made.
  ...["court", "courts", "judge", "judges", "panel"].flatMap((noun) => [`appeal ${noun}`, `appeals ${noun}`]),
]);

/** Whether a word is the particle of a phrasal trigger's verb before it, however the verb is tagged: the "fire" of "opening fire". */
export function isPhrasalParticle(previous: string, word: string): boolean {
  return PHRASAL_TRIGGERS.get(previous.toLowerCase())?.particles.some((particle) => particle.split(" ")[0] === word.toLowerCase()) ?? false;
}

/**
 * Verbs that hand the naming of an event to their object noun: "UAAR launched a petition", "gave interviews", "police
 * opened an investigation", "the FBI conducted the inquiry"; passive, to their agent: "the inquiry, led by Lord Butler".
 */
export const LIGHT_VERBS = new Set([
  "launched", "launches", "made", "makes", "issued", "issues", "gave", "gives", "held", "holds", "staged", "stages",
  "filed", "files", "signed", "signs", "reached", "reaches", "began", "begins", "started", "starts", "led", "leads",
  "opened", "opens", "conducted", "conducts", "carried", "carries", "mounted", "mounts", "organised", "organises",
  "organized", "organizes", "waged", "wages",
]);

/** Nouns after a demonym that make the country itself the actor: "Pakistani authorities said". */
export const GOVERNMENT_NOUNS = new Set([
  "authorities", "government", "officials", "official", "police", "forces", "army", "military", "troops", "ministry",
  "minister", "president", "leaders", "diplomats", "navy", "regime", "administration", "prosecutors", "court",
]);

/**
 * Nouns for people outside what a name before them names: "Apple fans", "PC users", "Chelsea supporters" do not
 * act or suffer for Apple, PC or Chelsea, as "Fifa spokesman" or "BBC reporters" do for theirs.
 */
export const OUTSIDER_NOUNS = new Set([
  "fan", "user", "customer", "supporter", "voter", "shareholder", "investor", "subscriber", "viewer", "reader",
  "listener", "consumer", "client", "rival", "critic", "passenger", "visitor", "tourist",
]);

/** Verb triggers that take their object as the one it happened to, with the role that object plays. */
export const OBJECT_ROLE: Partial<Record<EventType, "victim" | "target">> = {
  Attack: "target", Killing: "victim", Injury: "victim", Accident: "victim", Arrest: "target", Trial: "target", Sentence: "target",
  Demand: "target", Visit: "target", Meeting: "target", Appointment: "target", Agreement: "target",
};

/**
 * Verb triggers whose infinitive's object is what they are about: "the US had agreed to release the four" (the four
 * are the agreement's target), "agreed to buy Jagran"; not "signed a memorandum putting on hold a regulation".
 */
export const COMPLEMENT_OBJECT_TYPES: ReadonlySet<EventType> = new Set(["Agreement"]);

/** "Other" happenings whose object is what it was done to: whoever is fired or sacked ("Chelsea sacked Adrian Mutu"). */
export const HAPPENING_OBJECT_ROLE: ReadonlyMap<string, "target"> = new Map([["dismissal", "target"]]);

/**
 * Noun triggers whose possessor is the one it happened to, not the one who did it: "Kennedy's assassination", "his arrest",
 * "Ebbers's trial", "Buckley's fall"; a place that suffers one is where it was ("Britain's mad cow epidemic").
 */
export const POSSESSOR_ROLE: Partial<Record<EventType, "victim" | "target">> = {
  Killing: "victim", Injury: "victim", Arrest: "target", Trial: "target", Sentence: "target", Disaster: "victim", Accident: "victim",
};

/** Noun triggers whose possessor is the one it befalls only where no "of" names that one: "Rubin's appointment as chairman", not "Obama's nomination of Benjamin". */
export const POSSESSOR_ROLE_WITHOUT_OF: Partial<Record<EventType, "target">> = { Appointment: "target" };

/** Event types whose mentions in one article are taken to be one happening unless their arguments differ. */
export const VIOLENCE: ReadonlySet<EventType> = new Set(["Attack", "Killing", "Injury"]);

/**
 * An attack named by the noun alone is violence only where something says so: one it is aimed at or hurts ("an attack
 * on the miners"), a place it happened in ("the attacks in Quetta"; not "an attack in the Italian half"), a date ("the
 * 11 September attacks"), a clause that tells it ("attacks exploiting the IE vulnerability"), another act of violence
 * in the story, or a word of its own from this list ("terrorist attacks", "a suicide attack", "malicious attacks"). In
 * a match report "the United attack", "Liverpool's desperate attacks" and "a series of probing attacks" are play.
 * test/extract/events.test.ts runs both examples.
 */
export const ATTACK_IN_PLAY = {
  nouns: new Set(["attack", "attacks"]),
  violentWords: new Set([
    "terrorist", "terror", "suicide", "bomb", "gun", "knife", "armed", "military", "air", "missile", "rocket", "mortar", "grenade", "sniper",
    "militant", "insurgent", "rebel", "guerrilla", "deadly", "fatal", "brutal", "vicious", "savage", "violent", "physical", "sexual",
    "racist", "racial", "homophobic", "arson", "chemical", "nuclear", "biological", "acid", "dog",
    // Attacks on computers are happenings too: "malicious attacks", "targeted attacks", "denial of service attacks".
    "malicious", "targeted", "cyber", "hacker", "hackers", "phishing", "virus", "worm", "service", "net", "online", "internet", "web",
  ]),
  play: "The striker looked set to inject some much-needed pace into the United attack, but Liverpool's desperate attacks came to nothing.",
  violence: "Pakistan condemned the terrorist attacks on Sunday.",
};
/** Event types that report on another event: they get ABOUT edges. */
export const REPORTING: ReadonlySet<EventType> = new Set(["Statement", "Demand", "Protest", "Investigation", "Trial"]);
