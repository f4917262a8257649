// Resolution: mentions → one entity per real thing within an article. Merges case and
// accent variants ("BOZKIR"), full names and surnames ("Antonio Guterres" / "Guterres"),
// acronyms and full names ("UN" / "United Nations"), known aliases ("ISIS" / "Islamic
// State"), demonyms and countries ("Pakistani" / "Pakistan"), handles ("@volkan_bozkir"),
// and shorter forms of longer organisation names ("Supreme Court").
import { nodeKey, normaliseName } from "../../graph-schema/index.js";
import type { ArticleDoc, Entity, EventName, JudgedName, Mention, MentionKind, Token } from "../doc.js";
import { defaultLexicon } from "../nlp/model-files.js";
import { GAZETTEER_TYPES } from "../nlp/lexicon.js";
import { nounClass, nounFile } from "../nlp/wordnet.js";
import { BUSINESS_NOUNS, CITY_OF_REGION_WORDS, countryNamed, isCourtesyTitle, RANK_TITLES, DOCUMENT_NAME_ENDINGS, courtesyTitleSex, EMPLOYER_TITLES, givenNameSex, holdsTown, HONORIFICS, isAnimateNickname, isDemonym, isGivenName, isKnownPlace, isOrganisationDescriptor, isTeamNickname, isWorkDescriptor, knownOnlyElsewhere, NAME_HEAD_NOUNS, NAMING_VERBS, namedEventShortForm, namedEventType, OFFICE_HEADS, OFFICES_AS_HONORIFICS, ORGANISATION_HEADS, PLAYER_POSITIONS, ORGANISATION_NOUNS, SPEECH_VERBS, PERSON_PRONOUNS, WORK_OF_NOUNS, PUBLICATION_HEADS, PLACE_HEADS, PLACE_OF_NOUNS, THING_PRONOUNS, TITLE_CANNOT_START, TITLE_WORDS, TOWN_AS_TEAM, usStateAbbreviated, withoutHonorifics, withoutLegalSuffix } from "./lexicon.js";
import { dependentsOf, findMentions, mentionHeadToken, SEAT_NOUNS, type RawKind, type RawMention } from "./mentions.js";
import { outsideOdds, type NameEvidence } from "./outside.js";

export { resolvePronouns } from "./pronouns.js";
export { resolveNumberedGroups } from "./numbered-groups.js";
export { resolveReferringNouns } from "./referring-nouns.js";

interface Cluster {
  kind: RawKind;
  mentions: RawMention[];
  /** Canonical name forced by a gazetteer (country, known organisation). */
  fixedName?: string;
}

const CONNECTORS = new Set(["of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "al", "von", "van", "der"]);

function words(form: string): string[] {
  return form.split(" ").filter(Boolean);
}

/**
 * The normalised form a mention is compared by: handles lose their marker and underscores, companies
 * their legal suffix ("MCI Inc." is "MCI"), people their courtesy title ("Mr. LaRue" is "LaRue").
 */
function formOf(mention: RawMention): string {
  const text = (mention.gazetteerName ?? mention.text).replace(/^[#@]/, "").replace(/_/g, " ");
  if (mention.kind === "Person") return normaliseName(withoutHonorifics(text));
  return normaliseName(mention.kind === "Organization" ? withoutLegalSuffix(text) : text);
}

/** The initials of a name, its legal suffix left out: "Hewlett-Packard Co." → HP. */
function initials(name: string): string {
  return withoutLegalSuffix(name)
    .split(/[\s-]+/)
    .filter((word) => word && !CONNECTORS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}

function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[.\s]/g, "");
  return /^\p{Lu}{2,}$/u.test(letters) && initials(long).length >= 2 && initials(long) === letters;
}

/** The head word of a name: the last word before "of" ("Supreme Court of Cassation" → court). */
function headWord(form: string): string {
  const parts = words(form);
  const of = parts.indexOf("of");
  return (of > 0 ? parts[of - 1] : parts[parts.length - 1]) ?? "";
}

function containsSequence(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

function canonicalName(cluster: Cluster): string {
  if (cluster.fixedName) return cluster.fixedName;
  const counts = new Map<string, number>();
  for (const mention of cluster.mentions) {
    const written = mention.text.replace(/^[#@]/, "");
    const text = cluster.kind === "Person" ? withoutHonorifics(written) : written;
    if (/^@|_/.test(mention.text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const candidates = [...counts.keys()];
  if (candidates.length === 0) return cluster.mentions[0].text.replace(/^[#@]/, "").replace(/_/g, " ");
  // Most words first, then not shouting ("Volkan Bozkir" over "Volkan BOZKIR"), then the most frequent.
  const score = (text: string) =>
    words(text).length * 1000 + (text === text.toUpperCase() && text.length > 4 ? 0 : 100) + (counts.get(text) ?? 0);
  const best = candidates.sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0];
  // A place named only in capitals (a dateline's "LONDON", "SAN JOSE") is written as places are: "London".
  return cluster.kind === "Place" && best === best.toUpperCase() && best.length > 4 ? best.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (initial) => initial.toUpperCase()) : best;
}

/** Decides whether a shorter cluster is another name of a longer one. */
function isShortFormOf(doc: ArticleDoc, places: PlacesOfArticle, short: Cluster, shortForm: string, long: Cluster, longForm: string, longName: string): boolean {
  // "IE" for "Internet Explorer": a name outside the schema takes its acronym and its shorter forms of its own kind.
  if (long.kind === "Outside") return isAcronymOf(short.mentions[0].text, longName) || (short.kind === "Outside" && containsSequence(words(longForm), words(shortForm)));
  const shortWords = words(shortForm);
  const longWords = words(longForm);
  // "Commander Nirad Sinha … Sinha said", "Severine Potty, 19, … Rachel and Severine", with the surname or the given name
  // tagged a place: no place the gazetteers know, or one the article never writes as a place, of a full name that opens
  // with a given name ("Sarah Palin … Palin responded", though the index knows a Palin in Guatemala; not "East Leeds").
  const endOfName = longWords.at(-1) === shortWords[0] || longWords[0] === shortWords[0];
  if (short.kind === "Place" && long.kind === "Person") {
    const knownAsPerson = isGivenName(longName.split(" ")[0]) && !short.mentions.some((mention) => afterPrepositionOfWhere(doc.sentences[mention.sentence].tokens, mention, places));
    return shortWords.length === 1 && longWords.length > 1 && endOfName && (!isKnownPlace(shortForm) || knownAsPerson) && !countryNamed(shortForm) && !isDemonym(shortForm);
  }
  // "the Indianapolis Colts … the Colts", with the nickname alone tagged a place: a team's nickname is the team.
  if (short.kind === "Place" && long.kind === "Organization" && shortWords.length === 1 && longWords.length > 1 && longWords.at(-1) === shortWords[0]) {
    return isAnimateNickname(short.mentions[0].text);
  }
  if (short.kind !== long.kind && !(short.kind === "Organization" && long.kind === "Person") && !(short.kind === "Person" && long.kind !== "Place")) {
    return false;
  }
  if (shortWords.length >= longWords.length) return false;
  if (long.kind === "Person") {
    // A surname or first name alone, or a shorter run of the full name.
    return containsSequence(longWords, shortWords);
  }
  if (long.kind === "Organization") {
    const shortText = short.mentions[0].text;
    if (isAcronymOf(shortText, longName)) return true;
    // "La Fenice" for "La Fenice Theatre", "Labour" for "Labour Party", "Baikal" for "Baikal Finance Group": the long form
    // only adds generic heads.
    const added = longWords.slice(shortWords.length);
    const addsOnlyHead = added.length <= 2 && added.every((word) => ORGANISATION_HEADS.has(word) && !PUBLICATION_HEADS.has(word)) && shortWords.every((word, i) => longWords[i] === word);
    return short.kind === long.kind && (addsOnlyHead || (containsSequence(longWords, shortWords) && headWord(shortForm) === headWord(longForm)));
  }
  // "Guantanamo" for "Guantanamo Bay"; a suffix is another place ("Korea", "North Korea"), and so is the region a city is named after ("Qeshm", "Qeshm City").
  const namesItsCity = longWords.length === shortWords.length + 1 && CITY_OF_REGION_WORDS.has(longWords[longWords.length - 1]);
  return long.kind === "Place" && short.kind === "Place" && !namesItsCity && shortWords.every((word, index) => longWords[index] === word);
}

/** Words after an office's title that name the one who is to hold it. */
const OFFICE_TO_COME: ReadonlySet<string> = new Set(["nominee", "designate", "elect"]);

/**
 * Whether a name the tagger made an organisation or a place is only an office's title: every word a title word, headed
 * by an office's, last, or first before "of/for" whatever follows ("Interior Secretary", "Attorney General", "Commissioner for
 * Transport", "Secretary of Health and Human Services").
 * "Treasury" or "Interior", a department's short name, has no office for its head.
 */
function namesAnOffice(cluster: Cluster, form: string): boolean {
  // "Surgeon General Nominee", "Attorney General designate": the office someone is named to.
  const written = words(form);
  const names = written.length > 1 && OFFICE_TO_COME.has(written.at(-1)!) ? written.slice(0, -1) : written;
  const headFirst = ["of", "for"].includes(names[1]);
  const head = headFirst ? names[0] : names[names.length - 1];
  // After "of" or "for" any words name the office's field: "Secretary of Health and Human Services".
  return !cluster.fixedName && (cluster.kind === "Organization" || cluster.kind === "Place") && OFFICE_HEADS.has(head) && (headFirst || names.every((word) => TITLE_WORDS.has(word)));
}

/** A name only the tagger found, with the evidence of its words and contexts that it lies outside the schema. */
function evidenceOf(cluster: Cluster): NameEvidence | undefined {
  if (cluster.fixedName || cluster.mentions.some((mention) => !mention.outside)) return undefined;
  let name = 0;
  let context = 0;
  for (const mention of cluster.mentions) {
    name += mention.outside!.name;
    context += mention.outside!.context;
  }
  return { mentions: cluster.mentions.length, name, context, tagged: cluster.mentions.some((mention) => mention.kind !== "Outside") };
}

/**
 * Whether a name only the tagger found names a product, work or event: the learned log-odds of its
 * words, plus those of the words around each of its occurrences in the article ("Internet Explorer 8",
 * "a flaw in Internet Explorer", "Internet Explorer users").
 */
function isOutsideTheSchema(cluster: Cluster): boolean {
  if (namesADocument(canonicalName(cluster))) return true;
  const evidence = evidenceOf(cluster);
  return evidence !== undefined && outsideOdds(evidence) > 0 && !headedByABody(cluster);
}

/** Whether a name is a law's or a treaty's: "Prevention of Terrorism Bill", but not "Sir Bill". */
function namesADocument(name: string): boolean {
  const nameWords = words(normaliseName(name));
  return nameWords.length >= 2 && DOCUMENT_NAME_ENDINGS.has(nameWords[nameWords.length - 1]) && !HONORIFICS.has(nameWords[0]);
}

/** Words that end the head of a name and start its complement: "Commission for Elections", "Committee to Protect Bloggers". */
const HEAD_LINKS: ReadonlySet<string> = new Set(["of", "for", "to"]);

/**
 * "Central Commission for Elections", "Ministry of Culture": a name whose head, the word before its first "of", "for"
 * or "to", is a body's is that body, whatever its last word makes the learned table of outside names think ("Elections"
 * ends the names of many events).
 */
function headedByABody(cluster: Cluster): boolean {
  return cluster.mentions.some((mention) => {
    const nameWords = words(normaliseName(mention.text));
    const link = nameWords.findIndex((word) => HEAD_LINKS.has(word));
    return link > 0 && ORGANISATION_HEADS.has(nameWords[link - 1]);
  });
}

/**
 * "digital video recorders (DVR)", "weapons of mass destruction (WMD)": an acronym the article spells
 * out in lower-case words before its brackets names a thing, not an organisation.
 */
function spelledOutInCommonWords(doc: ArticleDoc, cluster: Cluster): boolean {
  return cluster.mentions.some((mention) => {
    const tokens = doc.sentences[mention.sentence].tokens;
    const letters = mention.text.toLowerCase();
    if (!ACRONYM.test(mention.text) || tokens[mention.tokenStart - 1]?.text !== "(" || tokens[mention.tokenEnd]?.text !== ")") return false;
    let initials = "";
    for (let at = mention.tokenStart - 2; at >= 0 && initials.length < letters.length; at--) {
      const word = tokens[at].text;
      if (CONNECTORS.has(word)) continue;
      if (!/^\p{Ll}/u.test(word)) return false;
      initials = word[0] + initials;
    }
    return initials === letters;
  });
}

/** WordNet's files of senses that name a being or a place, which a capitalised word may well stand for. */
const NAMING_FILES: ReadonlySet<string> = new Set(["person", "group", "location", "object"]);
/** The lexicon's case bucket of a word never seen in its news text. */
const UNSEEN_IN_NEWS = 5;

/**
 * "Alcoholism", "Absolution", "Hysteria", "Paxil", "Mistletoe": a one-word name that news text never has
 * (the lexicon has not seen it) but WordNet knows as a common noun of a thing, a state or an act is a
 * title or a product named by that word, outside the schema; not a gazetteer's name, a known place or a
 * given name, nor one its article introduces as a firm ("research firm Ovum"), gives a title or names as an employer
 * ("Chevron spokesman").
 */
function isRareCommonWord(doc: ArticleDoc, cluster: Cluster, form: string, surnames: ReadonlySet<string>): boolean {
  // Initials and inner capitals ("CU", "LiLo", "McIntosh") are written for names.
  if (cluster.fixedName || /\s/.test(form) || cluster.mentions.some((mention) => mention.tokenEnd - mention.tokenStart !== 1 || /\p{Lu}.*\p{Lu}/u.test(mention.text))) return false;
  const file = nounFile(form);
  // A word for a kind of person is a name unless an article stands before it ("the powerful Mafioso who avoided jail").
  const describesAPerson = file === "person" && cluster.mentions.every((mention) => hasArticle(doc, mention));
  if (file === undefined || (NAMING_FILES.has(file) && !describesAPerson) || defaultLexicon().caseBucket(form) !== UNSEEN_IN_NEWS) return false;
  if (isKnownPlace(form) || isGivenName(form) || countryNamed(form) || isDemonym(form)) return false;
  // A person's surname ("Heller" beside Mark Heller).
  if (surnames.has(form)) return false;
  return !cluster.mentions.some((mention) => introducedAsOrganisation(doc, mention) || introducedAsEmployer(doc, mention) || isTitledName(doc, mention) || employsTitleAfter(doc, mention));
}

/**
 * "A MAN was last night being quizzed by cops … Man held after sis and mum murdered": a word news writes in lower case,
 * shouted in capitals after an article (the tabloid opening) and otherwise capitalised only where a sentence or a
 * headline starts, is that common word, whatever town of that name the gazetteer knows (Man, Côte d'Ivoire).
 */
function isShoutedCommonWord(doc: ArticleDoc, cluster: Cluster, form: string): boolean {
  if (cluster.fixedName || /\s/.test(form) || !defaultLexicon().isCommonWord(form)) return false;
  const shouted = (mention: RawMention) => {
    const before = doc.sentences[mention.sentence].tokens[mention.tokenStart - 1];
    return /^\p{Lu}{2,}$/u.test(mention.text) && before !== undefined && /^(a|an|the)$/i.test(before.text);
  };
  return cluster.mentions.some(shouted) && cluster.mentions.every((mention) => shouted(mention) || mention.tokenStart === 0);
}

/** Whether "the" or "a" stands before a one-word mention as its determiner ("the last great Mafioso"). */
function hasArticle(doc: ArticleDoc, mention: RawMention): boolean {
  const { tokens } = doc.sentences[mention.sentence];
  return tokens.some((token) => token.head === mention.tokenStart && token.deprel === "det" && /^(the|a|an)$/i.test(token.text));
}

/** "Chevron spokesman Jonathan Lifa", "Ovum analyst": a name before a title of a job is the employer's. */
function employsTitleAfter(doc: ArticleDoc, mention: RawMention): boolean {
  const after = doc.sentences[mention.sentence].tokens[mention.tokenEnd];
  return after !== undefined && after.pos.startsWith("NN") && /^\p{Ll}/u.test(after.text) && TITLE_WORDS.has(after.text);
}

/** WordNet's files of a noun that names a body first, not a person or a place: "band", "firm", "company". */
const BODY_NOUN_FILES: ReadonlySet<string> = new Set(["group"]);

/** WordNet's files of nouns that name a body, a place or a person: an acronym WordNet files there is a name ("FBI", "NY"). */
const NAME_NOUN_FILES: ReadonlySet<string> = new Set(["group", "location", "person"]);

/** The fewest letters of an acronym that WordNet's word for a thing may count against: "DNA", not "FA". */
const MIN_WORDNET_ACRONYM_LETTERS = 3;

/** Above this share of its occurrences (one more counted, as if against) the parse makes a common noun, an acronym is one. */
const COMMON_NOUN_SHARE = 0.55;

/**
 * "TV", "PC", "DVD", "HD": an acronym the parser reads as a common noun in most of its occurrences in the article,
 * WordNet's word for a thing counted as one more ("his DNA", once), is a thing, not an organisation ("IBM", "BBC", "NHS"
 * are proper nouns nearly always: on the BBC corpus's tech and business articles TV is a noun in 89% of its
 * occurrences, PC 63%, DVD 85%, MTV 53%, IBM 0%).
 */
function isCommonNounAcronym(doc: ArticleDoc, cluster: Cluster): boolean {
  if (cluster.fixedName || !cluster.mentions.every((mention) => mention.tokenEnd - mention.tokenStart === 1 && ACRONYM.test(mention.text))) return false;
  // Every occurrence counts, those the tagger left untagged too ("watch TV").
  const texts = new Set(cluster.mentions.map((mention) => mention.text));
  let occurrences = 0;
  let nouns = 0;
  for (const sentence of doc.sentences) {
    for (const token of sentence.tokens) {
      if (!texts.has(token.text)) continue;
      // "the OECD said": what speaks is a body, however the parser tags it.
      if (isSpeakingSubject(sentence.tokens, token)) return false;
      occurrences++;
      if (token.upos === "NOUN") nouns++;
    }
  }
  // WordNet's word for a thing ("dna", "dvd", "gps", "html") counts as one more common noun's reading; one for a body, a
  // place or a person ("fbi", "ny", "jfk") does not, nor do two letters, which stand for too many things ("the FA" is no
  // note of the scale).
  const written = cluster.mentions[0].text;
  const file = written.length >= MIN_WORDNET_ACRONYM_LETTERS ? nounFile(written.toLowerCase()) : undefined;
  if (file !== undefined && !NAME_NOUN_FILES.has(file)) nouns++;
  return nouns / (occurrences + 1) > COMMON_NOUN_SHARE;
}

/** What may follow the place of "Morgan City, La." for the pair to be a place and its region, not a list or a description. */
const AFTER_REGION = new Set([".", ",", "(", ")", ";", ":", "-", "--"]);

/** The share of a list's other names that must be of one kind for a rare name in it to take theirs. */
const LIST_MAJORITY = 0.6;

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * "the villages were Tonban, Gavarzin, Khaledin and Gourian", "Subs: Wright, Pistone, Weir": a one-word
 * name seen once (or a longer "person" whose first word is no given name: "ChevronTexaco, Exxon Mobil and British
 * Petroleum"), listed with at least two names of one other kind that make LIST_MAJORITY of the list's
 * other names (names outside the schema aside), is of their kind; the tagger's guess for a rare word weighs
 * less than the list it stands in. Over the BBC corpus about three changes in four are right.
 */
function takeTheKindOfTheirList(doc: ArticleDoc, byForm: ReadonlyMap<string, Cluster>): void {
  const clusterOf = new Map<RawMention, Cluster>();
  const bySentence = new Map<number, RawMention[]>();
  for (const cluster of byForm.values()) {
    for (const mention of cluster.mentions) {
      clusterOf.set(mention, cluster);
      const inSentence = bySentence.get(mention.sentence);
      if (inSentence) inSentence.push(mention);
      else bySentence.set(mention.sentence, [mention]);
    }
  }
  const changes: [Cluster, RawKind][] = [];
  for (const [sentence, mentions] of bySentence) {
    const tokens = doc.sentences[sentence].tokens;
    const mentionAt = new Map<number, RawMention>();
    for (const mention of mentions) for (let at = mention.tokenStart; at < mention.tokenEnd; at++) mentionAt.set(at, mention);
    // The parse lists names by "conj", each member hanging on the one before or on the first.
    const firstOf = (mention: RawMention): RawMention => {
      const head = tokens.slice(mention.tokenStart, mention.tokenEnd).find((token) => token.head < mention.tokenStart || token.head >= mention.tokenEnd);
      const previous = head?.deprel === "conj" ? mentionAt.get(head.head) : undefined;
      return previous && previous !== mention ? firstOf(previous) : mention;
    };
    const lists = new Map<RawMention, RawMention[]>();
    for (const mention of mentions) {
      const first = firstOf(mention);
      const list = lists.get(first);
      if (list) list.push(mention);
      else lists.set(first, [mention]);
    }
    for (const list of lists.values()) {
      for (const member of list) {
        const cluster = clusterOf.get(member)!;
        // A longer "person" whose first word is no given name counts too, however often named: "Barcelona, Bayern Munich, Porto".
        const unnamedPerson = cluster.kind === "Person" && member.tokenEnd - member.tokenStart > 1 && !isGivenName(words(member.text)[0]);
        if (cluster.fixedName || (!unnamedPerson && (cluster.mentions.length !== 1 || member.tokenEnd - member.tokenStart !== 1))) continue;
        const others = list.filter((other) => other !== member).map((other) => clusterOf.get(other)!.kind).filter((kind) => kind !== "Outside");
        const kind = mostCommon(others);
        const agreeing = others.filter((other) => other === kind).length;
        if (!kind || agreeing < 2 || kind === cluster.kind) continue;
        if (agreeing < LIST_MAJORITY * others.length) continue;
        // A city the gazetteer knows stays one ("Milan's La Scala and Munich's Radio Orchestra" may parse as a list of
        // three), unless it is taken for an organisation in a list of places: "visits Manchester, Liverpool, Leicester".
        if (isKnownPlace(member.text)) {
          if (cluster.kind === "Organization" && kind === "Place") changes.push([cluster, kind]);
          continue;
        }
        // Bands stand in lists of singers, and software in lists of places: only a person or a place changes kind.
        if (cluster.kind === "Person" || cluster.kind === "Place") changes.push([cluster, kind]);
      }
    }
  }
  for (const [cluster, kind] of changes) cluster.kind = kind;
}

/** The NER lexicon's gazetteer types that list this whole name ("surname", "givenName", "org", "city", …). */
function gazetteerTypes(form: string): Set<string> {
  const nameWords = words(form);
  const phrases = defaultLexicon().phrasesStartingWith(nameWords[0]) ?? [];
  return new Set(phrases.filter((phrase) => phrase.words.length === nameWords.length && phrase.words.every((word, at) => word === nameWords[at])).map((phrase) => GAZETTEER_TYPES[phrase.type]));
}

/** Prepositions that say where: a name after one ("in Blaengwynfi", "from Bromesberrow", "at the Old Vic") is read as a place. */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on", "off", "from", "near", "to", "into", "across", "outside", "around", "towards", "toward", "throughout", "through", "via", "within", "inside", "between"]);
/** First words that make a name a place's: "Mount Sefton", "Lake Taupo", "Port Talbot". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(["mount", "mt", "lake", "port", "fort", "cape", "isle"]);
/** Words of a state's own name: "Croatian Republic of Herceg-Bosna". */
const PLACE_NAME_WORDS: ReadonlySet<string> = new Set(["republic", "kingdom", "emirate", "principality", "state"]);
/** Nouns for those who live in a place: "the people of Engerwitzdorf". */
const INHABITANT_NOUNS: ReadonlySet<string> = new Set(["people", "residents", "citizens", "inhabitants", "villagers"]);
/** Words for a site, which GOLD-FORMAT makes a place: "Promises Treatment Center", "Mueller Glacier", "Abbey Road studios". */
const SITE_WORDS: ReadonlySet<string> = new Set(["center", "centre", "clinic", "hospital", "arena", "hall", "theatre", "theater", "hotel", "museum", "station", "bridge", "tower", "road", "glacier", "studios"]);

/** The token before a mention, an article aside: "in the Gulf of Aden". */
function wordBefore(tokens: readonly Token[], mention: RawMention): number {
  return tokens[mention.tokenStart - 1]?.text.toLowerCase() === "the" ? mention.tokenStart - 2 : mention.tokenStart - 1;
}

/** The head of a mention's phrase, or of the first member of its list, which carries the list's preposition ("at Belmarsh and Woodhill prisons"). */
function listHead(tokens: readonly Token[], mention: RawMention): number {
  let head = mentionHeadToken(tokens as Token[], mention);
  while (tokens[head].deprel === "conj" && tokens[head].head < head) head = tokens[head].head;
  return head;
}

/** Whether a mention follows a preposition of where ("in Blaengwynfi", "at the Old Vic"): the word before it, or its phrase's `case`. */
function afterPrepositionOfWhere(tokens: readonly Token[], mention: RawMention, places: PlacesOfArticle): boolean {
  const before = tokens[wordBefore(tokens, mention)];
  return (before !== undefined && LOCATIVE_PREPOSITIONS.has(before.text.toLowerCase())) ||
    places.childrenOf(mention.sentence)[listHead(tokens, mention)].some((child) => tokens[child].deprel === "case" && LOCATIVE_PREPOSITIONS.has(tokens[child].text.toLowerCase()));
}

/**
 * Whether a name the tagger alone calls a place is written as one somewhere in the article: after a preposition
 * of where (the parse's "case" of the name or of the first member of its list, or the word before, "the"
 * aside), before a kind of place or a place's head word ("Aichi prefecture", "Stansted airport") or a comma and a
 * place ("Ledbury, Herefordshire"), after "the town of", with a place's first or last word ("Mount Sefton",
 * "Upper Afan Valley"), or as what a title holds ("the Mid-Bedfordshire MP", "MP for Bristol East").
 */
function writtenAsPlace(doc: ArticleDoc, cluster: Cluster, form: string, places: PlacesOfArticle): boolean {
  const nameWords = words(form);
  // "Joaquin River Delta", "South East Asia", "Mount Sefton", "Schenectady, N. Y."; a state's abbreviation may have
  // lost its period to the tokeniser ("Morgan City , La").
  const stateAfterComma = (text: string) => {
    const last = text.split(",").at(-1)!.trim();
    return text.includes(",") && (usStateAbbreviated(last) ?? usStateAbbreviated(`${last}.`)) !== undefined;
  };
  if (nameWords.some((word) => PLACE_HEADS.has(word) || SITE_WORDS.has(word) || PLACE_OF_NOUNS.has(word) || PLACE_NAME_WORDS.has(word)) || PLACE_OPENERS.has(nameWords[0]) || isKnownPlace(nameWords.at(-1)!) || cluster.mentions.some((mention) => stateAfterComma(mention.text))) return true;
  const isWord = (token: Token | undefined, set: ReadonlySet<string>) => token !== undefined && set.has(token.text.toLowerCase());
  const placeStartsAt = (sentence: number, at: number) => places.startAt.has(`${sentence}:${at}`) || places.startAt.has(`${sentence}:${at + 1}`);
  return cluster.mentions.some((mention) => {
    const tokens = doc.sentences[mention.sentence].tokens;
    const before = wordBefore(tokens, mention);
    const headAt = listHead(tokens, mention);
    const dependents = places.childrenOf(mention.sentence)[headAt].map((child) => tokens[child]);
    // "He represented Bristol East": the seat a member represents.
    const represented = tokens[headAt].deprel === "obj" && tokens[tokens[headAt].head]?.lemma.toLowerCase() === "represent";
    // "Balochistan is the poorest region in Pakistan", "Qeshm, an island in the Persian Gulf".
    const describedAsPlace = isWord(tokens[tokens[headAt].head], PLACE_OF_NOUNS) || dependents.some((token) => token.deprel === "appos" && isWord(token, PLACE_OF_NOUNS));
    const after = tokens[mention.tokenEnd];
    return (
      afterPrepositionOfWhere(tokens, mention, places) || describedAsPlace || represented || namedAsPlace(doc, mention) ||
      // "Hormozgan province", "Stansted airport", "the Aberavon seat", "the Anfield club", "the Mid-Bedfordshire MP".
      [NAME_HEAD_NOUNS, PLACE_HEADS, SITE_WORDS, SEAT_NOUNS, ORGANISATION_NOUNS, TITLE_WORDS].some((set) => isWord(after, set)) ||
      // "MP for Bristol East", "minister of Hormozgan", "the seat of Erewash", "the people of Engerwitzdorf", "Bob Wellington, of Torfaen".
      (["for", "of"].includes(tokens[before]?.text.toLowerCase() ?? "") && (isWord(tokens[before - 1], TITLE_WORDS) || isWord(tokens[before - 1], SEAT_NOUNS) || isWord(tokens[before - 1], INHABITANT_NOUNS))) ||
      (tokens[before]?.text.toLowerCase() === "of" && tokens[before - 1]?.text === ",") ||
      // "Ledbury, Herefordshire", "Eyl and Hobyo in Somalia", "Herefordshire, Ledbury".
      ((after?.text === "," || after?.text.toLowerCase() === "in") && placeStartsAt(mention.sentence, mention.tokenEnd + 1)) ||
      (tokens[mention.tokenStart - 1]?.text === "," && places.endAt.has(`${mention.sentence}:${mention.tokenStart - 1}`))
    );
  });
}

/** Prepositions after which a name is where something is, not someone: "a warehouse in Palmer", "near Hawaiian Gardens". */
const WITHIN_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "near", "outside", "inside", "within", "throughout", "across"]);

/**
 * Whether a "person" the tagger found is a town: a name the place index knows, never titled nor saying anything, that
 * the article puts after a preposition of where or after "the people of" ("a public meeting in Hinckley"); twice where
 * it is a given name too ("the warehouse in Palmer … the people of Palmer"; not "her role in Elizabeth"). Names the
 * index does not know stay as tagged: over the BBC corpus those "in" a sentence were as often drugs, shares, programs
 * and films ("shares in Krispy Kreme Doughnuts") as towns.
 */
function isPersonWhereTownsAre(doc: ArticleDoc, cluster: Cluster, form: string): boolean {
  if (cluster.kind !== "Person" || cluster.fixedName || cluster.mentions.some((mention) => isTitledName(doc, mention) || saysSomething(doc, mention))) return false;
  if (!isKnownPlace(form)) return false;
  const placed = cluster.mentions.filter((mention) => {
    const tokens = doc.sentences[mention.sentence].tokens;
    const before = tokens[mention.tokenStart - 1]?.text.toLowerCase() ?? "";
    const possessive = tokens[mention.tokenEnd]?.text === "'s" || tokens[mention.tokenEnd]?.text === "'";
    return !possessive && (WITHIN_PREPOSITIONS.has(before) || (before === "of" && INHABITANT_NOUNS.has(tokens[mention.tokenStart - 2]?.text.toLowerCase() ?? "")));
  });
  return placed.length >= (isGivenName(words(form)[0]) ? 2 : 1);
}

/** Whether a name is the subject of a verb of saying: "…, Owen said". */
function saysSomething(doc: ArticleDoc, mention: RawMention): boolean {
  const tokens = doc.sentences[mention.sentence].tokens;
  return isSpeakingSubject(tokens, tokens[mentionHeadToken(tokens, mention)]);
}

/** Whether a token is the subject of a verb of saying. */
function isSpeakingSubject(tokens: readonly Token[], token: Token): boolean {
  return token.deprel.startsWith("nsubj") && token.head >= 0 && SPEECH_VERBS.has(tokens[token.head].lemma);
}

/** The article's place mentions by where they start and end ("sentence:token"), and each sentence's dependents, listed on demand. */
interface PlacesOfArticle {
  startAt: ReadonlyMap<string, RawMention>;
  endAt: ReadonlySet<string>;
  childrenOf: (sentence: number) => number[][];
}

/** "the island of Qeshm", "the town of Millom": a name after a kind of place and "of" is that place, whatever the tagger says. */
function namedAsPlace(doc: ArticleDoc, mention: RawMention): boolean {
  const tokens = doc.sentences[mention.sentence].tokens;
  return tokens[mention.tokenStart - 1]?.text.toLowerCase() === "of" && PLACE_OF_NOUNS.has(tokens[mention.tokenStart - 2]?.text.toLowerCase() ?? "");
}

/**
 * "Morgan City, La., …", "BRISBANE, Australia (AP)": a name the tagger called an organisation that is
 * always followed by a comma and a place that ends the phrase is a place in that place, unless its words
 * say organisation. A list ("Penfolds, Rosemount and …") or a description ("Vodafone KK, Japan's number
 * three") is not such a pair. So is a one-word "person", no given name, always before a region a gazetteer
 * knows: "a native of Salisbury, N.C." (not before a country, which may be a player's side, "Dida, Brazil",
 * nor before a name the tagger guessed was a place: "Moilanen, Kizys" in a team sheet).
 */
function isPlaceBeforePlace(doc: ArticleDoc, cluster: Cluster, placeAt: ReadonlyMap<string, RawMention>): boolean {
  const surnameLike = cluster.kind === "Person" && cluster.mentions.every((mention) => mention.tokenEnd - mention.tokenStart === 1 && !isGivenName(mention.text) && !isTitledName(doc, mention));
  if ((cluster.kind !== "Organization" && !surnameLike) || cluster.fixedName) return false;
  return cluster.mentions.every((mention) => {
    const tokens = doc.sentences[mention.sentence].tokens;
    const place = placeAt.get(`${mention.sentence}:${mention.tokenEnd + 1}`);
    const before = tokens[mention.tokenStart - 1]?.text;
    const after = tokens[place?.tokenEnd ?? -1]?.text;
    return (
      tokens[mention.tokenEnd]?.text === "," && place !== undefined && (after === undefined || AFTER_REGION.has(after)) &&
      before !== "," && before?.toLowerCase() !== "and" && !words(normaliseName(mention.text)).some((word) => ORGANISATION_HEADS.has(word)) &&
      (cluster.kind === "Organization" || (place.gazetteerName !== undefined && !countryNamed(place.gazetteerName)))
    );
  });
}

/**
 * "the Indianapolis Colts", "the Colts": the tagger calls a team named by its city and a plural nickname
 * MISC more often than not, which would leave it out of the schema as a work (or make it a people). A known place and one
 * capitalised plural after it name a team, where the learned table of outside names does not say
 * otherwise; the nickname alone in the same article is that team. A people's name is no nickname.
 */
function teamsTaggedAsMisc(byForm: ReadonlyMap<string, Cluster>): void {
  const misread = (cluster: Cluster) => cluster.kind === "Outside" || (cluster.kind === "Group" && !cluster.fixedName);
  const nicknames = new Set<string>();
  for (const [form, cluster] of byForm) {
    const cut = form.lastIndexOf(" ");
    const nickname = cluster.mentions[0].text.split(/\s+/).at(-1)!;
    // A place so named is a team too where its nickname names beings: "Kansas City Chiefs", which the tagger may call a place.
    const placeNamedAsTeam = cluster.kind === "Place" && !cluster.fixedName && isAnimateNickname(nickname);
    if (!(misread(cluster) || placeNamedAsTeam) || cut < 0 || !isTeamNickname(nickname) || !isKnownPlace(form.slice(0, cut)) || countryNamed(form.slice(0, cut))) continue;
    // "Athens Olympics", "Golden Globes": events are named so too, and the learned table knows them.
    const evidence = evidenceOf(cluster);
    if (evidence && outsideOdds(evidence) >= 0) continue;
    cluster.kind = "Organization";
    nicknames.add(form.slice(cut + 1));
  }
  for (const form of nicknames) {
    const cluster = byForm.get(form);
    if (cluster && misread(cluster)) cluster.kind = "Organization";
  }
}

/**
 * "The Kansas City Chiefs won. Kansas City beat Denver in Kansas City": where the story names a team by its town and a
 * plural nickname, the town alone in a team's roles (`TOWN_AS_TEAM`) is the team, and so is a town the tagger called an
 * organisation wherever it stands; where the text says where, the town is the town.
 */
function townsNamingTheirTeam(doc: ArticleDoc, byForm: Map<string, Cluster>): void {
  for (const [form, team] of byForm) {
    const cut = form.lastIndexOf(" ");
    if (team.kind !== "Organization" || cut < 0 || !isAnimateNickname(team.mentions[0].text.split(/\s+/).at(-1)!)) continue;
    const townForm = form.slice(0, cut);
    const town = byForm.get(townForm);
    if (!isKnownPlace(townForm) || countryNamed(townForm) || !town || (town.kind !== "Place" && town.kind !== "Organization")) continue;
    const asTeam = town.mentions.filter((mention) => namesTheTeam(doc.sentences[mention.sentence].tokens, mention, town.kind === "Organization"));
    if (asTeam.length === 0) continue;
    for (const mention of asTeam) mention.kind = "Organization";
    team.mentions.push(...asTeam);
    town.mentions = town.mentions.filter((mention) => !asTeam.includes(mention));
    if (town.mentions.length === 0) byForm.delete(townForm);
  }
}

/** Whether a town's name stands where a team's would, and nothing says it is where something is (`TOWN_AS_TEAM`). */
function namesTheTeam(tokens: Token[], mention: RawMention, taggedAsOrganisation: boolean): boolean {
  const head = mentionHeadToken(tokens, mention);
  const before = tokens[mention.tokenStart - 1]?.text.toLowerCase();
  const cases = tokens.filter((token) => token.head === head && token.deprel === "case").map((token) => token.text.toLowerCase());
  if ((before !== undefined && TOWN_AS_TEAM.places.has(before)) || cases.some((word) => TOWN_AS_TEAM.places.has(word))) return false;
  if (taggedAsOrganisation) return true;
  const { deprel } = tokens[head];
  const owner = tokens[tokens[head].head];
  const ofTeamNoun = owner !== undefined && TOWN_AS_TEAM.nouns.has(owner.text.toLowerCase());
  if (deprel === "nmod:poss" || deprel === "compound" || deprel === "amod" || deprel === "nmod") return ofTeamNoun;
  return TOWN_AS_TEAM.roles.has(deprel);
}

/**
 * "Mr. Teixeira", "Sen. Lincoln", "Dr Kazemi", "Governor Palin": a name written with a courtesy title, an honorific or an
 * office written as one before it.
 */
function isTitledName(doc: ArticleDoc, mention: RawMention): boolean {
  const before = doc.sentences[mention.sentence].tokens[mention.tokenStart - 1];
  const title = before?.text.toLowerCase() ?? "";
  return withoutHonorifics(mention.text) !== mention.text || (before !== undefined && /^\p{Lu}/u.test(before.text) && (HONORIFICS.has(title) || OFFICES_AS_HONORIFICS.has(title)));
}

/** The oldest age news gives after a name. */
const OLDEST_AGE = 110;

/**
 * "Rachel Legeard, 18, and Severine Potty, 19, had gone shopping", "Kirkpatrick, 61, opened fire": a name of two or
 * three words set off by an age is a person's, whatever kind the tagger gave it; not a known town ("Springfield, 2").
 */
function isNamedWithAge(doc: ArticleDoc, mention: RawMention): boolean {
  const { tokens } = doc.sentences[mention.sentence];
  const [comma, age, after] = [tokens[mention.tokenEnd], tokens[mention.tokenEnd + 1], tokens[mention.tokenEnd + 2]];
  const nameWords = words(mention.text);
  return comma?.text === "," && /^\d{1,3}$/.test(age?.text ?? "") && Number(age.text) > 0 && Number(age.text) <= OLDEST_AGE && [",", "."].includes(after?.text ?? "") &&
    nameWords.length >= 2 && nameWords.length <= 3 && !isKnownPlace(mention.text);
}

/** Title words that also stand before the names of places and bodies: "official Bank of England figures", "Prince Edward Theatre". */
const TITLES_BEFORE_BODIES: ReadonlySet<string> = new Set(["official", "king", "queen", "prince", "princess"]);

/**
 * "Yukos spokesman Mike Lake", "Democratic Senator Kent Conrad", "actress Nathalie Press": a name of two or three words
 * that opens with a given name, right after a word of a title, is the holder's, whatever kind the tagger gave it.
 */
function isHolderNamed(doc: ArticleDoc, mention: RawMention): boolean {
  const title = doc.sentences[mention.sentence].tokens[mention.tokenStart - 1]?.text.toLowerCase() ?? "";
  if (!TITLE_WORDS.has(title) || TITLE_CANNOT_START.has(title) || TITLES_BEFORE_BODIES.has(title)) return false;
  const nameWords = words(mention.text);
  return nameWords.length >= 2 && nameWords.length <= 3 && (isGivenName(nameWords[0]) || PLAYER_POSITIONS.has(title)) && !isKnownPlace(mention.text);
}

/**
 * "medical technology firm Guidant", "Premiership side Liverpool": a name that a singular common noun of
 * organisations introduces. A plural one introduces a list of members: "World Cup winners Jonny Wilkinson, Will Greenwood".
 */
function introducedAsOrganisation(doc: ArticleDoc, mention: RawMention): boolean {
  const { tokens } = doc.sentences[mention.sentence];
  const before = tokens[mention.tokenStart - 1];
  if (isSingularCommonNoun(before) && isOrganisationDescriptor(before.text)) return true;
  // "a band called Oasis", "a company called Akamai": what such a noun is called, the name right after.
  const naming = calledBy(tokens, mention);
  if (naming !== undefined && isSingularCommonNoun(tokens[naming.head]) && isOrganisationDescriptor(tokens[naming.head].text)) return true;
  // "Hanover Re, Europe's fifth-largest reinsurance firm": such a noun in apposition right after the name's comma, with
  // its article or possessor (not one the parse hung on a name further back: "Einar Bjorgo from Unosat, the UN …
  // organisation"); or the name in apposition to one right before its comma.
  const inName = (index: number) => index >= mention.tokenStart && index < mention.tokenEnd;
  const determined = (index: number) => tokens.some((token) => token.head === index && (token.deprel === "det" || token.deprel === "nmod:poss"));
  // "The world's biggest confectionery firm, Cadbury Schweppes, has reported": the name in apposition to such a noun
  // that ends right before its comma.
  const head = mentionHeadToken(tokens, mention);
  const described = tokens[head].deprel === "appos" && tokens[mention.tokenStart - 1]?.text === "," && tokens[head].head === mention.tokenStart - 2;
  if (described && isSingularCommonNoun(tokens[tokens[head].head]) && isOrganisationDescriptor(tokens[tokens[head].head].text) && determined(tokens[head].head)) return true;
  if (tokens[mention.tokenEnd]?.text !== ",") return false;
  return tokens.some((token, index) => token.deprel === "appos" && inName(token.head) && !inName(index) && isSingularCommonNoun(token) && isOrganisationDescriptor(token.text) && determined(index));
}

/**
 * The verb of naming (`NAMING_VERBS`, a clause on a noun: "a novel called", "a band named") whose object or complement the
 * name is, and which it follows at once, perhaps after a title's article: "called The Kite Runner", not "called The
 * Notorious Bettie Page", which is of her.
 */
function calledBy(tokens: Token[], mention: RawMention, head = mentionHeadToken(tokens, mention)): Token | undefined {
  const at = tokens[head].head;
  const verb = tokens[at];
  if (!verb || !NAMING_VERBS.has(verb.lemma.toLowerCase()) || !verb.deprel.startsWith("acl") || (tokens[head].deprel !== "xcomp" && tokens[head].deprel !== "obj")) return undefined;
  return mention.tokenStart === at + 1 || (mention.tokenStart === at + 2 && TITLE_ARTICLES.has(tokens[at + 1].text)) ? verb : undefined;
}

/** "the Yugansk unit": a name that qualifies a noun of businesses (BUSINESS_NOUNS), as the head of its phrase. */
function qualifiesBusinessNoun(doc: ArticleDoc, mention: RawMention): boolean {
  const { tokens } = doc.sentences[mention.sentence];
  const after = mention.tokenEnd;
  return isSingularCommonNoun(tokens[after]) && BUSINESS_NOUNS.has(tokens[after].text) && tokens.slice(mention.tokenStart, after).some((token) => token.head === after && token.deprel === "compound");
}

/** WordNet's files of places: "Yorkshire" (location), "Europe" (object). */
const PLACE_FILES: ReadonlySet<string> = new Set(["location", "object"]);

/** "analyst at Troika Dialog", "chief executive of Wippit": a name after a title of a job at an organisation (EMPLOYER_TITLES), not a possessive. */
function introducedAsEmployer(doc: ArticleDoc, mention: RawMention): boolean {
  const { tokens } = doc.sentences[mention.sentence];
  const before = tokens[mention.tokenStart - 1]?.text.toLowerCase() === "the" ? mention.tokenStart - 1 : mention.tokenStart;
  const [title, preposition] = [tokens[before - 2], tokens[before - 1]];
  // "head of Hormozgan's crisis management", "head of Hormozgan province's emergency affairs": a possessive
  // names the employer's owner, which may be a place, and so does a kind of place after the name.
  const after = tokens[mention.tokenEnd];
  if (after && (after.pos === "POS" || PLACE_OF_NOUNS.has(after.text.toLowerCase()))) return false;
  return title !== undefined && /^\p{Ll}/u.test(title.text) && EMPLOYER_TITLES.titles.has(title.text) && EMPLOYER_TITLES.prepositions.has(preposition.text.toLowerCase());
}

/** A singular common noun in lower case: "firm", "film"; not "winners", nor "Film" opening a title. */
function isSingularCommonNoun(token: Token | undefined): token is Token {
  return token !== undefined && token.upos === "NOUN" && token.pos === "NN" && /^\p{Ll}/u.test(token.text);
}

/**
 * A name that a singular common noun of works, products or named events introduces ("the film
 * Sideways", "Spanish drama Maria Full of Grace") or that such a noun stands beside in apposition
 * ("Sideways, a wine-tasting comedy"). A noun for beings ("family", "rebel") in the learned table
 * introduces no work, nor does one the schema makes an organisation's head ("the magazine
 * MicroMega" is a media outlet).
 */
function introducedAsWork(doc: ArticleDoc, mention: RawMention, described = false): boolean {
  const { tokens } = doc.sentences[mention.sentence];
  const isWorkNoun = (token: Token | undefined) => isSingularCommonNoun(token) && isWorkDescriptor(token.text) && nounClass(token.lemma) !== "animate" && !ORGANISATION_HEADS.has(token.text);
  const inName = (index: number) => index >= mention.tokenStart && index < mention.tokenEnd;
  // The noun before must be one phrase with the name ("drama Maria Full of Grace"), not a verb the tagger took for a noun ("rioting show Alexandros Grigoropoulos died");
  // where `described`, a noun phrase of its own ("Spanish drama", "high school comedy", "the 2002 hit"), which "could picture Michael Howard" is not.
  const before = mention.tokenStart - 1;
  const isDescribed = (index: number) => tokens.some((token) => token.head === index && NOUN_DESCRIBERS.has(token.deprel));
  if (isWorkNoun(tokens[before]) && (!described || isDescribed(before)) && (inName(tokens[before].head) || tokens.some((token, index) => inName(index) && token.head === before))) return true;
  // "comedy The Matador", "the film A Very Long Engagement": a title's article, which the tagger leaves out of the name,
  // may stand between the noun and the name, where the parse seldom hangs the one on the other. Not a name deeper in
  // a title ("the 2005 film The Notorious Bettie Page"), which may be someone of the story.
  if (TITLE_ARTICLES.has(tokens[before]?.text ?? "") && isWorkNoun(tokens[before - 1]) && (!described || isDescribed(before - 1))) return true;
  // "The UK premiere of Polar Express", "a sequel to The Mask": what such a noun is of is a work (`WORK_OF_NOUNS`).
  const head = mentionHeadToken(tokens, mention);
  const governor = tokens[tokens[head].head];
  const link = tokens.find((token) => token.head === head && token.deprel === "case")?.text.toLowerCase();
  if (!described && tokens[head].deprel.startsWith("nmod") && governor && WORK_OF_NOUNS.has(governor.lemma.toLowerCase()) && (link === "of" || link === "to")) return true;
  // "a novel called The Kite Runner", "a film entitled Vera Drake": what a noun of works is called is a work, a
  // person's name too.
  const naming = calledBy(tokens, mention, head);
  if (naming && isWorkNoun(tokens[naming.head])) return true;
  // An apposition with its article, as a description is written ("Sideways, a wine-tasting comedy"); "well done Robbie, good show" is none.
  const hasArticle = (index: number) => tokens.some((token) => token.head === index && token.deprel === "det");
  return tokens.some((token, index) => token.deprel === "appos" && inName(token.head) && !inName(index) && isWorkNoun(token) && hasArticle(index));
}

/** The articles a title may open with: "The Matador", "A Very Long Engagement". */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(["The", "A", "An"]);

/** Words that open a list of examples after a noun: "films include A, B and C", "films such as A", "films, including A", "games like A". */
const LIST_OPENERS: ReadonlySet<string> = new Set(["include", "includes", "included", "including", "such as", "like"]);
/**
 * Words a title may hold in lower case, and the links of a list: "Shaun of the Dead", "Star Wars: The Phantom Menace",
 * "A, B and C". Not "for" or "at", which more often end the list: "Conleth Hill for The Producers at Theatre Royal".
 */
const TITLE_LINK_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "of", "and", "&", ",", ":", "'", "\u2019"]);

/**
 * The tokens of each sentence that stand in a list of works a noun of works opens ("films include Schindler's List,
 * Michael Collins and Star Wars", "films such as Minority Report, Phone Booth and Daredevil"): from the opener, the
 * capitalised words, figures and the words that link a title's words or a list's members, up to the first other
 * word. The noun is one of the learned nouns of works (`isWorkDescriptor`), singular or plural, in lower case; a
 * name before a possessive and a word in lower case ("shows such as Channel 4's gameshow") owns the work and ends
 * the list. Positions are "sentence:token".
 */
function listedWorkTokens(doc: ArticleDoc): Set<string> {
  const listed = new Set<string>();
  doc.sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    for (let at = 0; at + 2 < tokens.length; at++) {
      const noun = tokens[at];
      if (noun.upos !== "NOUN" || !/^\p{Ll}/u.test(noun.text) || !isWorkDescriptor(noun.lemma) || nounClass(noun.lemma) === "animate" || ORGANISATION_HEADS.has(noun.lemma)) continue;
      let start = at + 1;
      if (tokens[start].text === ",") start++;
      const two = `${tokens[start]?.text.toLowerCase()} ${tokens[start + 1]?.text.toLowerCase()}`;
      const opener = LIST_OPENERS.has(two) ? 2 : tokens[start] && LIST_OPENERS.has(tokens[start].text.toLowerCase()) ? 1 : 0;
      if (opener === 0) continue;
      for (let member = start + opener; member < tokens.length; member++) {
        const text = tokens[member].text;
        // "Channel 4's gameshow" owns the work named after it; "Schindler's List" is one title.
        if (tokens[member + 1]?.pos === "POS" && /^\p{Ll}/u.test(tokens[member + 2]?.text ?? "")) break;
        if (!/^[\p{Lu}\d]/u.test(text) && !TITLE_LINK_WORDS.has(text.toLowerCase()) && tokens[member].pos !== "POS") break;
        listed.add(`${index}:${member}`);
      }
    }
  });
  return listed;
}

/** Dependents that make a noun a phrase of its own: "the film", "Spanish drama", "high school comedy", "2002 hit". */
const NOUN_DESCRIBERS: ReadonlySet<string> = new Set(["det", "amod", "compound", "nummod", "nmod:poss"]);

/** How many words after a name its pronoun may follow in the sentence: "Toshiba said its profits rose". */
const PRONOUN_WINDOW = 8;

/**
 * A one-word name the tagger made a person that the article refers to as "its" and never as "he" or
 * "she" after it ("Macrovision said its revenue rose", "Nestle … its shares") is an organisation: over
 * the BBC corpus Toshiba, Heineken, Novartis, Diageo, Turkcell. Not a surname of a person the article
 * names in full, nor a name written with a title ("Mr. Jarvis").
 */
function spokenOfAsAThing(doc: ArticleDoc, form: string, cluster: Cluster, byForm: ReadonlyMap<string, Cluster>): boolean {
  if (cluster.kind !== "Person" || cluster.fixedName || words(form).length !== 1) return false;
  if (cluster.mentions.some((mention) => mention.tokenEnd - mention.tokenStart !== 1 || isTitledName(doc, mention))) return false;
  for (const [other, person] of byForm) if (person.kind === "Person" && other !== form && words(other).includes(form)) return false;
  let things = 0;
  for (const mention of cluster.mentions) {
    const tokens = doc.sentences[mention.sentence].tokens;
    const pronoun = tokens.slice(mention.tokenEnd, mention.tokenEnd + PRONOUN_WINDOW).map((token) => token.text.toLowerCase()).find((word) => THING_PRONOUNS.has(word) || PERSON_PRONOUNS.has(word));
    if (pronoun && PERSON_PRONOUNS.has(pronoun)) return false;
    if (pronoun) things++;
  }
  return things > 0;
}

/**
 * The names the learned table weighed, with their evidence and what the article made of them; "settled"
 * where a later rule of the article's own words made an entity of another kind than the evidence and the
 * tagger gave ("the firm Lionsgate", a person's name in a list of people).
 */
function judgedNames(byForm: ReadonlyMap<string, Cluster>, weighedKind: ReadonlyMap<Cluster, RawKind>, works: ReadonlySet<Cluster>): JudgedName[] {
  const judged: JudgedName[] = [];
  for (const cluster of byForm.values()) {
    const evidence = evidenceOf(cluster);
    if (!evidence) continue;
    const outside = cluster.kind === "Outside";
    const settled = !outside && cluster.kind !== weighedKind.get(cluster)!;
    // A place before its region is one reading of a comma ("Intel, California" would make Intel a place): only the
    // words that introduce a firm or list people settle a kind for the corpus.
    const settledKind = settled && cluster.kind !== "Place" ? (cluster.kind as MentionKind) : undefined;
    judged.push({ ...evidence, form: normaliseName(canonicalName(cluster)), outside, settled, ...(settledKind ? { settledKind } : {}), introducedAsWork: works.has(cluster) });
  }
  return judged;
}

/**
 * Names of happenings ("this weekend's European Indoor Athletics Championships", "the Oscars") leave the
 * entities, whatever kind the tagger gave them: the events read them (`NAMED_EVENTS`).
 */
function takeEventNames(doc: ArticleDoc, byForm: Map<string, Cluster>): EventName[] {
  const names: EventName[] = [];
  for (const [form, cluster] of byForm) {
    if (cluster.fixedName) continue;
    // "Hurricane Mitch" where the tagger's name is "Mitch" alone: the word before it says what it names.
    const kindWord = cluster.mentions.map((mention) => doc.sentences[mention.sentence].tokens[mention.tokenStart - 1]?.text).find((word) => word && /^\p{Lu}/u.test(word) && namedEventShortForm(`${word} ${form}`) !== undefined);
    const name = kindWord ? `${kindWord} ${canonicalName(cluster)}` : canonicalName(cluster);
    const eventType = namedEventType(name, cluster.mentions.some((mention) => mention.kind === "Outside"));
    if (!eventType) continue;
    names.push({ name, eventType, mentions: cluster.mentions.map(({ start, end, sentence, tokenStart, tokenEnd, text }) => ({ start, end, sentence, tokenStart, tokenEnd, text })) });
    byForm.delete(form);
  }
  // "Hurricane Mitch … Mitch killed about 10,000 people": the short name is the happening, not a person.
  for (const named of names) {
    const short = namedEventShortForm(named.name);
    const cluster = short === undefined ? undefined : byForm.get(short);
    if (!cluster || cluster.fixedName) continue;
    named.mentions.push(...cluster.mentions.map(({ start, end, sentence, tokenStart, tokenEnd, text }) => ({ start, end, sentence, tokenStart, tokenEnd, text })));
    byForm.delete(short!);
  }
  return names;
}

export function resolveEntities(doc: ArticleDoc): void {
  const mentions = findMentions(doc);
  // A titled name is a person's whatever the tagger's label: "Mr. Teixeira" of a story whose other "Teixeira"s it made a place.
  for (const mention of mentions) if (mention.kind !== "Person" && mention.kind !== "Group" && !mention.gazetteerName && (isTitledName(doc, mention) || isHolderNamed(doc, mention) || isNamedWithAge(doc, mention))) mention.kind = "Person";
  const byForm = new Map<string, Cluster>();
  for (const mention of mentions) {
    const form = formOf(mention);
    if (!form) continue;
    const cluster = byForm.get(form);
    if (cluster) cluster.mentions.push(mention);
    else byForm.set(form, { kind: mention.kind, mentions: [mention], fixedName: mention.gazetteerName });
  }
  // One label per form: the one most of its mentions got.
  const surnames = new Set(mentions.filter((mention) => mention.kind === "Person" && mention.tokenEnd - mention.tokenStart > 1).map((mention) => words(formOf(mention)).at(-1)!));
  const weighedKind = new Map<Cluster, RawKind>();
  for (const [form, cluster] of byForm) {
    const votes = new Map<RawKind, number>();
    for (const mention of cluster.mentions) votes.set(mention.kind, (votes.get(mention.kind) ?? 0) + mention.confidence);
    // The tagger's MISC makes a name one outside the schema only where it outvotes all the entity kinds together.
    const outside = votes.get("Outside") ?? 0;
    votes.delete("Outside");
    const entityVotes = [...votes.values()].reduce((sum, vote) => sum + vote, 0);
    cluster.kind = outside > entityVotes || votes.size === 0 ? "Outside" : [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
    // One "Mr. Teixeira" says whose name it is, however the tagger labelled the bare "Teixeira"s.
    if (!cluster.fixedName && cluster.mentions.some((mention) => mention.kind === "Person" && isTitledName(doc, mention))) cluster.kind = "Person";
    if (isOutsideTheSchema(cluster) || isCommonNounAcronym(doc, cluster) || spelledOutInCommonWords(doc, cluster) || isRareCommonWord(doc, cluster, form, surnames) || namesAnOffice(cluster, form) || isShoutedCommonWord(doc, cluster, form)) cluster.kind = "Outside";
    weighedKind.set(cluster, cluster.kind);
  }
  teamsTaggedAsMisc(byForm);
  townsNamingTheirTeam(doc, byForm);
  for (const [form, cluster] of byForm) if (spokenOfAsAThing(doc, form, cluster, byForm)) cluster.kind = "Organization";
  // A "person" the story introduces as a firm, a band or a side, and never with a title, is an organisation,
  // and one it introduces as a film or a game is a work; not a given name and a surname, which "games maker
  // Peter Molyneux", "winners Gwyneth Paltrow" or "could picture Michael Howard" (a verb tagged a noun) are.
  const works = new Set<Cluster>();
  const listedWorks = listedWorkTokens(doc);
  const listedAsWork = (mention: RawMention) => listedWorks.has(`${mention.sentence}:${mention.tokenStart}`) && listedWorks.has(`${mention.sentence}:${mention.tokenEnd - 1}`);
  for (const [form, cluster] of byForm) {
    // A given name and a surname stay a person unless a described noun of works introduces them ("Spanish drama Maria Full of Grace").
    const givenAndSurname = words(form).length > 1 && isGivenName(words(form)[0]) && !cluster.mentions.some((mention) => introducedAsWork(doc, mention, true));
    if (cluster.mentions.some((mention) => isTitledName(doc, mention))) continue;
    // "films such as Minority Report, Phone Booth and Daredevil": a work, whatever kind the tagger guessed, unless
    // a person's name ("Billy Elliot"), a place the gazetteer knows or a demonym ("Mexican movie").
    // Only a name the article names nowhere else: "portal sites which offer games, like AOL, Yahoo" may be read so.
    const listed = cluster.mentions.every(listedAsWork) && (cluster.kind === "Organization" || (cluster.kind === "Person" && !givenAndSurname) || (cluster.kind === "Place" && !isKnownPlace(form) && !countryNamed(form) && !isDemonym(form)));
    // … but not where a noun only of organisations introduces them: "Scottish rock band Franz Ferdinand" (not "film maker
    // Theo van Gogh", whose noun WordNet files under persons first, nor "secretary of state George Shultz").
    const introducedAsBody = cluster.kind === "Person" && cluster.mentions.some((mention) => introducedAsOrganisation(doc, mention));
    const introducedAsBodyOnly = introducedAsBody && cluster.mentions.some((mention) => introducedAsOrganisation(doc, mention) && BODY_NOUN_FILES.has(nounFile(doc.sentences[mention.sentence].tokens[mention.tokenStart - 1]?.lemma ?? "") ?? ""));
    if (givenAndSurname && !listed && !introducedAsBodyOnly) continue;
    // "the film Sideways", "the game Call of Duty", "Sideways, a wine-tasting comedy": a work, not a person or a firm.
    if (listed || ((cluster.kind === "Person" || cluster.kind === "Organization") && cluster.mentions.some((mention) => introducedAsWork(doc, mention)))) {
      cluster.kind = "Outside";
      // A list is weaker evidence than a noun before the name: the corpus weighs such a name on its evidence (`judgedNames`).
      if (!listed) works.add(cluster);
    } else if (introducedAsBody) cluster.kind = "Organization";
    else if (cluster.kind === "Place" && !cluster.fixedName && !isKnownPlace(form) && !PLACE_FILES.has(nounFile(form) ?? "") && cluster.mentions.some((mention) => introducedAsEmployer(doc, mention) || introducedAsOrganisation(doc, mention) || qualifiesBusinessNoun(doc, mention))) cluster.kind = "Organization";
  }
  const placeAt = new Map([...byForm.values()].filter((cluster) => cluster.kind === "Place").flatMap((cluster) => cluster.mentions.map((mention) => [`${mention.sentence}:${mention.tokenStart}`, mention] as const)));
  for (const cluster of byForm.values()) if (isPlaceBeforePlace(doc, cluster, placeAt) || cluster.mentions.some((mention) => namedAsPlace(doc, mention))) cluster.kind = "Place";
  // A name only the tagger calls a place, which no gazetteer or WordNet knows and the article never writes as one,
  // is no place to put anything in: "networks such as Razor 1911, Risciso", "Tennis Australia's Geoff Pollard".
  const unplaced = new Set<Cluster>();
  // A word of a longer name of the article ("Kirkpatrick" beside "Eric Allen Kirkpatrick") is left to join it below.
  const wordsOfNames = new Set([...byForm.keys()].filter((form) => words(form).length > 1).flatMap(words));
  const listedDependents: Array<number[][] | undefined> = [];
  const places: PlacesOfArticle = {
    startAt: placeAt,
    endAt: new Set([...placeAt.values()].map((place) => `${place.sentence}:${place.tokenEnd}`)),
    childrenOf: (sentence) => (listedDependents[sentence] ??= dependentsOf(doc.sentences[sentence].tokens)),
  };
  // Not a word of a longer person's name ("Jackson" beside Michael Jackson), which joins it below.
  const wordsOfPersonNames = new Set([...byForm].filter(([form, cluster]) => cluster.kind === "Person" && words(form).length > 1).flatMap(([form]) => words(form)));
  for (const [form, cluster] of byForm) if (!wordsOfPersonNames.has(form) && isPersonWhereTownsAre(doc, cluster, form)) cluster.kind = "Place";
  for (const [form, cluster] of byForm) {
    if (cluster.kind !== "Place" || cluster.fixedName || cluster.mentions.some((mention) => mention.gazetteerName) || isKnownPlace(form) || countryNamed(form) || isDemonym(form) || PLACE_FILES.has(nounFile(form) ?? "")) continue;
    if (words(form).length === 1 && wordsOfNames.has(form)) continue;
    if (writtenAsPlace(doc, cluster, form, places)) continue;
    // A name the NER's gazetteers list as a person's or an organisation's is that ("Kirkpatrick gave himself up");
    // else the corpus may still find it an organisation of another article ("Kansas City Chiefs"): see `unplacedName`.
    const listedAs = gazetteerTypes(form);
    if (listedAs.has("surname") || listedAs.has("givenName")) cluster.kind = "Person";
    else if (listedAs.has("org")) cluster.kind = "Organization";
    else {
      cluster.kind = "Outside";
      unplaced.add(cluster);
    }
  }
  takeTheKindOfTheirList(doc, byForm);
  doc.eventNames = takeEventNames(doc, byForm);
  // Shorter forms join the unique longer cluster they are a short form of.
  const wordCount = new Map([...byForm.keys()].map((form) => [form, words(form).length]));
  const forms = [...byForm.keys()].sort((a, b) => wordCount.get(b)! - wordCount.get(a)!);
  // A longer cluster only gains shorter mentions, so its canonical name is fixed once computed.
  const canonical = new Map<Cluster, string>();
  const nameOf = (cluster: Cluster) => canonical.get(cluster) ?? canonical.set(cluster, canonicalName(cluster)).get(cluster)!;
  // Candidates share a word with the short form, or spell it as initials: no comparison of every pair.
  const formsByKey = new Map<string, string[]>();
  const index = (key: string, form: string) => formsByKey.set(key, [...(formsByKey.get(key) ?? []), form]);
  for (const form of forms) {
    for (const word of new Set(words(form))) index(`w:${word}`, form);
    index(`i:${initials(nameOf(byForm.get(form)!)).toLowerCase()}`, form);
  }
  for (const shortForm of forms) {
    const short = byForm.get(shortForm)!;
    if (short.fixedName && short.kind === "Place") continue;
    const candidates = new Set([...(formsByKey.get(`w:${words(shortForm)[0]}`) ?? []), ...(formsByKey.get(`i:${shortForm.replace(/ /g, "")}`) ?? [])]);
    const targets = [...candidates].filter((longForm) => {
      const long = byForm.get(longForm);
      return long && long !== short && wordCount.get(longForm)! > wordCount.get(shortForm)! && isShortFormOf(doc, places, short, shortForm, long, longForm, nameOf(long));
    });
    // "Mr Howard" is a surname: of Michael Howard and Howard Flight, the one whose surname it is.
    const surnameOf = short.kind === "Person" && short.mentions.some((mention) => isTitledName(doc, mention)) ? targets.filter((form) => words(form).at(-1) === words(shortForm).at(-1)) : [];
    if (targets.length > 1 && surnameOf.length === 1) targets.splice(0, targets.length, surnameOf[0]);
    if (targets.length > 1 && short.kind === "Person") {
      const bearers = targets.map((form) => byForm.get(form)!);
      if (joinedByTitledSex(doc, short, bearers, nameOf) || joinedInReadingOrder(doc, short, shortForm, bearers, nameOf)) byForm.delete(shortForm);
      continue;
    }
    if (targets.length !== 1) continue;
    const long = byForm.get(targets[0])!;
    // "Michael Howard … Mr Howard … Mrs Howard": where the surname has courtesy titles of both sexes, the one of the
    // other sex is someone else of that name, his wife. (One title alone is not enough: the given-name lists are
    // English ones, and call "Philippe" a woman's name.)
    const titleSex = (mention: RawMention) => courtesyTitleSex(doc.sentences[mention.sentence].tokens, mention);
    const bothSexes = short.kind === "Person" && new Set(short.mentions.map(titleSex).filter(Boolean)).size === 2;
    const longSex = bothSexes ? sexOf(doc, long, nameOf) : undefined;
    const otherSex = longSex ? short.mentions.filter((mention) => titleSex(mention) !== undefined && titleSex(mention) !== longSex) : [];
    long.mentions.push(...short.mentions.filter((mention) => !otherSex.includes(mention)));
    if (otherSex.length > 0) short.mentions = otherSex;
    else byForm.delete(shortForm);
  }
  mergeParentheticalAcronyms(doc, byForm);
  doc.judgedNames = judgedNames(byForm, weighedKind, works);
  doc.outsideNames = [...byForm.values()]
    .filter((cluster) => cluster.kind === "Outside" && (unplaced.has(cluster) || cluster.mentions.every((mention) => mention.tokenEnd - mention.tokenStart === 1)))
    .map((cluster) => ({ name: canonicalName(cluster), mentions: cluster.mentions.map(({ start, end, sentence }) => ({ start, end, sentence })), ...(unplaced.has(cluster) ? { unplacedName: true } : {}) }));
  // A handle that matched no name is not an entity of the story, nor is a name outside the schema.
  const clusters = [...byForm.values()].filter(
    (cluster): cluster is Cluster & { kind: MentionKind } => cluster.kind !== "Outside" && cluster.mentions.some((mention) => !/^@/.test(mention.text)),
  );

  const entities: Entity[] = clusters.map((cluster) => {
    const name = canonicalName(cluster);
    const key = nodeKey(cluster.kind, name);
    const mentions: Mention[] = cluster.mentions.sort((a, b) => a.start - b.start).map((mention) => Object.assign(mention, { kind: cluster.kind, entity: key }));
    const aliases = [...new Set(mentions.map((mention) => mention.text))].filter((text) => text !== name);
    const miss = mentions.reduce((product, mention) => product * (1 - mention.confidence), 1);
    return { key, kind: cluster.kind, name, aliases, mentions, confidence: round(1 - miss) };
  });
  // Two clusters can reach the same key (a gazetteer name and a surface form): keep one entity per key.
  const byKey = new Map<string, Entity>();
  for (const entity of entities) {
    const existing = byKey.get(entity.key);
    if (!existing) byKey.set(entity.key, entity);
    else {
      existing.mentions.push(...entity.mentions);
      existing.aliases = [...new Set([...existing.aliases, ...entity.aliases])].filter((alias) => alias !== existing.name);
      existing.confidence = Math.max(existing.confidence, entity.confidence);
    }
  }
  doc.entities = [...byKey.values()];
  doc.mentions = doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  addQualifiedPlaceNames(doc, byKey);
  addTitledNames(doc, byKey);
  addRepeatedSurnames(doc);
}

/**
 * "John Jenkin … his sister Kathryn Jenkin … Mr Jenkin", "Ozzy and Sharon Osbourne … Mrs Osbourne": a surname
 * that several full names of the story end with is the one bearer its courtesy title's sex fits, where one
 * does (by the given name, or by a title the full name is written with; a bearer of unknown sex fits either).
 * Untitled mentions stay on their own: nothing says whose they are. Returns whether every mention found its bearer.
 */
function joinedByTitledSex(doc: ArticleDoc, short: Cluster, bearers: Cluster[], nameOf: (cluster: Cluster) => string): boolean {
  const sexes = bearers.map((bearer) => sexOf(doc, bearer, nameOf));
  const left = short.mentions.filter((mention) => {
    const sex = courtesyTitleSex(doc.sentences[mention.sentence].tokens, mention);
    const fitting = sex ? bearers.filter((_, index) => sexes[index] !== (sex === "m" ? "f" : "m")) : [];
    if (fitting.length !== 1) return true;
    fitting[0].mentions.push(mention);
    return false;
  });
  short.mentions = left;
  return left.length === 0;
}

/**
 * A surname that several full names of the story end with, where no courtesy title's sex settled it: read where the
 * story has named only one of them so far, it is that one's ("Receptionist Madeline Kafoury was shot … the death of
 * Kafoury"); read after several, it is the first one's, as news names the one it introduces first by the surname alone
 * and the relatives or namesakes it brings in after by their given names ("… her daughter, Charlene Kafoury … talked to
 * Kafoury"). Not two mentions of one sentence, which are two people ("Roberts (Wrexham), …, Roberts (Tranmere)").
 * Returns whether every mention found its bearer.
 */
function joinedInReadingOrder(doc: ArticleDoc, short: Cluster, shortForm: string, bearers: Cluster[], nameOf: (cluster: Cluster) => string): boolean {
  const firstStart = new Map(bearers.map((bearer) => [bearer, Math.min(...bearer.mentions.map((mention) => mention.start))]));
  const surname = words(shortForm).at(-1);
  // "Lewis" is Denise Lewis's surname, not Mark Lewis-Francis's.
  const own = bearers.filter((bearer) => words(normaliseName(nameOf(bearer))).at(-1) === surname);
  const byIntroduction = [...(own.length > 0 ? own : bearers)].sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  const inSentence = (sentence: number) => short.mentions.filter((mention) => mention.sentence === sentence).length;
  const titleBefore = (mention: RawMention) => doc.sentences[mention.sentence].tokens[mention.tokenStart - 1]?.text.toLowerCase() ?? "";
  const ranked = (cluster: Cluster) => cluster.mentions.some((mention) => RANK_TITLES.has(titleBefore(mention)));
  short.mentions = short.mentions.filter((mention) => {
    // "Sir Ian Blair … Tony Blair … Mr Blair": a person of rank is not "Mr".
    const bearer = isCourtesyTitle(titleBefore(mention)) ? byIntroduction.find((candidate) => !ranked(candidate)) : byIntroduction[0];
    if (!bearer || firstStart.get(bearer)! > mention.start || inSentence(mention.sentence) > 1) return true;
    bearer.mentions.push(mention);
    return false;
  });
  return short.mentions.length === 0;
}

/** A person's sex, by the given name, or by a courtesy title the name is written with. */
function sexOf(doc: ArticleDoc, cluster: Cluster, nameOf: (cluster: Cluster) => string): "m" | "f" | undefined {
  return givenNameSex(words(withoutHonorifics(nameOf(cluster)))[0] ?? "") ?? cluster.mentions.map((mention) => courtesyTitleSex(doc.sentences[mention.sentence].tokens, mention)).find(Boolean);
}

/** What a surname the tagger left untagged counts for, against a name it tagged: less. */
const REPEATED_SURNAME_CONFIDENCE = 0.5;
/** Last words of a name that are no surname. */
const NAME_SUFFIXES = new Set(["Jr", "Sr"]);

/**
 * "Andrew Luck … Luck threw": once the article has named a person in full, the surname alone is that
 * person wherever the tagger missed it, when no other name of the article ends with it and it stands
 * alone (no capitalised word beside it: "Luck Stadium" is something else).
 */
function addRepeatedSurnames(doc: ArticleDoc): void {
  const owners = new Map<string, Entity | null>();
  for (const entity of doc.entities) {
    const words = entity.name.split(/\s+/);
    const last = words[words.length - 1];
    if (!/^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(last) || NAME_SUFFIXES.has(last)) continue;
    owners.set(last, entity.kind === "Person" && words.length >= 2 && !owners.has(last) ? entity : null);
  }
  const covered = new Set(doc.mentions.flatMap((mention) => Array.from({ length: mention.tokenEnd - mention.tokenStart }, (_, offset) => `${mention.sentence}:${mention.tokenStart + offset}`)));
  const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
  const added: Mention[] = [];
  doc.sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((token, at) => {
      const person = owners.get(token.text);
      if (!person || covered.has(`${index}:${at}`) || capitalised(sentence.tokens[at + 1]) || (at > 0 && capitalised(sentence.tokens[at - 1]))) return;
      // A sentence's first word is capitalised whatever it is ("Felt" the verb): there it must be tagged a proper noun.
      if (at === 0 && token.upos !== "PROPN") return;
      const mention: Mention = { kind: "Person", text: token.text, start: token.start, end: token.end, sentence: index, tokenStart: at, tokenEnd: at + 1, confidence: REPEATED_SURNAME_CONFIDENCE, entity: person.key };
      person.mentions.push(mention);
      added.push(mention);
    });
  });
  if (added.length === 0) return;
  for (const entity of doc.entities) entity.mentions.sort((a, b) => a.start - b.start);
  doc.mentions = [...doc.mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Words of a title before a name, at most: "Roman Emperor Julius Caesar", "Foreign Secretary Jack Straw". */
const MAX_TITLE_WORDS = 3;

/** "President Lincoln", "Dr. Lee DeForest": a person written with a capitalised title is also known by that longer name. */
function addTitledNames(doc: ArticleDoc, byKey: Map<string, Entity>): void {
  for (const person of doc.mentions) {
    if (person.kind !== "Person") continue;
    const tokens = doc.sentences[person.sentence].tokens;
    let start = person.tokenStart;
    const isTitle = (token: Token) => /^\p{Lu}/u.test(token.text) && (TITLE_WORDS.has(token.text.toLowerCase()) || HONORIFICS.has(token.text.toLowerCase()));
    while (start > 0 && person.tokenStart - start < MAX_TITLE_WORDS && isTitle(tokens[start - 1])) start--;
    while (start < person.tokenStart && TITLE_CANNOT_START.has(tokens[start].text.toLowerCase())) start++;
    if (start === person.tokenStart || doc.mentions.some((other) => other.sentence === person.sentence && other.tokenEnd === start)) continue;
    const entity = byKey.get(person.entity!)!;
    const titled = doc.article.text.slice(tokens[start].start, person.end);
    if (!entity.aliases.includes(titled) && titled !== entity.name) entity.aliases.push(titled);
  }
}

/** "Amherst, Mass.", "North Bend, Ohio": a place written with the region after a comma is also known by that longer name. */
function addQualifiedPlaceNames(doc: ArticleDoc, byKey: Map<string, Entity>): void {
  doc.mentions.forEach((place, index) => {
    const region = doc.mentions[index + 1];
    if (place.kind !== "Place" || region?.kind !== "Place" || region.sentence !== place.sentence || region.tokenStart !== place.tokenEnd + 1) return;
    const tokens = doc.sentences[place.sentence].tokens;
    if (tokens[place.tokenEnd].text !== "," || region.entity === place.entity) return;
    // "Paris, London and Rome" is a list, not a place and its region; "born in Portland, Ore., and" is the place.
    const listed = /^(,|and|or)$/.test(tokens[region.tokenEnd]?.text ?? "") && !holdsTown(region.text, place.text);
    if (listed || tokens[place.tokenStart - 1]?.text === "," || !isRegionAfterComma(region, tokens)) return;
    // A country holds no place after it ("in Iraq, Afghanistan"), and a town the gazetteers put only elsewhere lies in no
    // country named after it ("France v Ireland in Paris, Ireland's third defeat").
    if (countryNamed(place.text) || isDemonym(place.text) || (countryNamed(region.text) && knownOnlyElsewhere(place.text, region.text))) return;
    const entity = byKey.get(place.entity!)!;
    const qualified = doc.article.text.slice(place.start, region.end);
    if (!entity.aliases.includes(qualified)) entity.aliases.push(qualified);
  });
}

/**
 * Whether a place after a comma reads as the region holding the place before it: a country, a US state or its
 * abbreviation, a place the gazetteer knows, or a name that ends the sentence ("Mach, Balochistan."). Not a name
 * that opens the next clause: "surrounding the Gulf of Aden, Sinha said", "in the Gulf of Aden, Yemen's official
 * news agency reported", "…, Indian warship INS Mysore thwarted".
 */
function isRegionAfterComma(region: Mention, tokens: Token[]): boolean {
  const after = tokens[region.tokenEnd]?.text;
  if (isDemonym(region.text) || (after !== undefined && /^['’]s?$/.test(after))) return false;
  return countryNamed(region.text) !== undefined || usStateAbbreviated(region.text) !== undefined || isKnownPlace(region.text) ||
    after === undefined || /^[.!?;:)"”]$/.test(after);
}

/** A short all-capitals name, with digits allowed: "UAAR", "M5S", "CEI". */
const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;

/**
 * "The Union of Rationalist Atheists and Agnostics (UAAR)", "CEI (Italian Episcopal Conference)":
 * a name and an acronym in brackets right after it are one organisation, whatever its letters
 * (often those of the name in another language).
 */
function mergeParentheticalAcronyms(doc: ArticleDoc, byForm: Map<string, Cluster>): void {
  const formOfMention = new Map<RawMention, string>();
  for (const [form, cluster] of byForm) for (const mention of cluster.mentions) formOfMention.set(mention, form);
  const mentions = [...formOfMention.keys()].sort((a, b) => a.start - b.start);
  mentions.forEach((name, index) => {
    const bracketed = mentions[index + 1];
    const tokens = doc.sentences[name.sentence].tokens;
    if (!bracketed || bracketed.sentence !== name.sentence || bracketed.tokenStart !== name.tokenEnd + 1) return;
    if (tokens[name.tokenEnd]?.text !== "(" || tokens[bracketed.tokenEnd]?.text !== ")") return;
    const [acronym, long] = ACRONYM.test(bracketed.text) ? [bracketed, name] : ACRONYM.test(name.text) ? [name, bracketed] : [];
    if (!acronym || !long || words(long.text).length < 2 || (long.kind !== "Organization" && acronym.kind !== "Organization")) return;
    const acronymForm = formOfMention.get(acronym)!;
    const longCluster = byForm.get(formOfMention.get(long)!);
    const acronymCluster = byForm.get(acronymForm);
    // "JOHANNESBURG, South Africa (AP)": a dateline's agency after a country is no acronym of it.
    if (!longCluster || !acronymCluster || longCluster === acronymCluster || acronymCluster.fixedName || longCluster.fixedName) return;
    longCluster.kind = "Organization";
    longCluster.mentions.push(...acronymCluster.mentions);
    for (const mention of acronymCluster.mentions) formOfMention.set(mention, formOfMention.get(long)!);
    byForm.delete(acronymForm);
  });
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
