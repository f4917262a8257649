// Corpus-level entity resolution: after many articles are in one graph, nodes that name the
// same real thing are joined. Within an article, resolve/ joins "Blair" to "Tony Blair" only when
// both are in that article; here the whole corpus is the context. A short form joins a longer name
// when the corpus holds exactly one compatible longer name, or when the articles that use it all
// point to the same one by the other entities they name ("Thomas" beside the New Orleans Saints is
// Pierre Thomas); "Brown" of the sports pages and of the politics pages stays apart. Candidates are found through indexes of words, initials and word prefixes,
// never by comparing every pair of nodes.
//
// First, a name the articles weighed as a product or work goes where the corpus's evidence, pooled, says it is
// one (`leaveOutTheSchema`). Then the rules, in order (each sees the merges of the ones before):
//   legal suffix   "Microsoft Corp" → "Microsoft"
//   qualifier      "US Federal Reserve", "U. S. Fish and Wildlife Service" → the name after a leading country or
//                  demonym, where that name's articles name that country most
//   abbreviation   "Mt Cook" → "Mount Cook", "St Helens" → "Saint Helens" (a place's abbreviated first word)
//   (short name)   "Hormozgan" → "Hormozgan Province", "Schenectady" → "Schenectady, N. Y.": a place of the same
//                  story without the word for its kind or the place that holds it; "Betty Ford" → "Betty Ford Center",
//                  a facility's name without its head and the words for its kind, place or organisation
//   facility name  "Betty Ford Treatment Center" → "Betty Ford Center": one facility of one story named with other words
//                  for its kind, into the name the story uses most
//   longer name    "Coroner Gary Hargrove", "W Mark Felt", "Richard M Nixon" → the unique two-or-more-word
//                  person name inside it (same first and last word, or a contiguous run), a full name: not "Sir John",
//                  "S Thompson", "Lo Cicero"
//   spelling       "Jerymayne Timmons" → "Jermayne Timmons", "Indianapolis Colt" → "Indianapolis Colts": a person's,
//                  an organisation's or a place's name with one word one edit apart or spelt as it sounds ("Jon Owen",
//                  "John Owen"; "Betty Page", "Bettie Page"), in the same story
//   short given name "Fred LaRue" → "Frederick LaRue", in the same story
//   nickname       "Jerry Ortiz" → "Luis Gerardo Ortiz", known as Luis Gerardo "Jerry" Ortiz, in the same story
//   initial        "R O'Gara" → "Ronan O'Gara", "D Dal Maso" → "David Dal Maso"
//   surname        "Blair" → "Tony Blair", "Lo Cicero" → "Andrea Lo Cicero"; given name "Vincent" → "Vincent Gigante"
//                  (one-token names only, or a surname opening with its particle)
//   word order     "Defence Ministry" → "Ministry of Defence", "Office of National Statistics" → "Office for National
//                  Statistics": an organisation's name with the same words in another order or other small words between
//                  them, into the one the corpus uses more (as with spelling, only articles that use either name can change which)
//   acronym        "BT" → "British Telecom", "UKIP" → "UK Independence Party" (also an alias seen in brackets)
//   short name     "Colts" → "Indianapolis Colts", "Yugansk" → "Yuganskneftegas" (not a word of the language:
//                  "Inter" is no "International Monetary Fund", nor words of it all, unless the longer name adds only a kind
//                  of body and whose: "Democratic Party" is no "Kurdistan Democratic Party"; not a name like a person's:
//                  "Phillips" is no "Shaun Wright-Phillips"); a plural read as a group, "Saints",
//                  → the one team it ends whose story it shares
//   kind vote      "Paula Radcliffe" as an Organization in one article joins the Person of many; "Kansas City
//                  Chiefs" as a Place in 6 mentions joins the team of 8; "Yuganskneftegas" as a Place in 19 joins the
//                  organisation some article's own words introduce ("Russian oil firm Yuganskneftegas")
// The node that absorbs is always the fuller name (or the kind most articles, or their own words, agree on), so a merge
// never re-keys the full-name node: its key stays what it was before the unrelated articles came.
// The absorbed node's key, evidence, aliases and edges move to the survivor, which lists
// "<absorbed key> (<rule>)" in `mergedFrom`.
import { RELATION_TYPES, normaliseName, type EdgeAttributes, type EntityLabel, type Evidence, type NodeAttributes } from "../../graph-schema/index.js";
import { countryNamed, countryOfDemonym, HONORIFICS, organisationNamed, isAnimateNickname, isDemonym, isGivenName, isKnownPlace, isPluralName, isShortGivenName, LEGAL_SUFFIXES, NAME_LINK_WORDS, NAME_PARTICLES, ORGANISATION_HEADS, usStateAbbreviated, withoutLegalSuffix } from "../resolve/lexicon.js";
import { defaultLexicon } from "../nlp/model-files.js";
import { articleKey, mergeEdge, type NewsGraph } from "./index.js";
import { nationalOffice } from "../extract/office-relations.js";
import type { JudgedName } from "../doc.js";
import { outsideOdds, pooledEvidence, type NameEvidence } from "../resolve/outside.js";

export type MergeRule = "legal suffix" | "qualifier" | "abbreviation" | "longer name" | "spelling" | "word order" | "short given name" | "nickname" | "initial" | "surname" | "given name" | "acronym" | "short name" | "facility name" | "kind vote";

/** What the planner needs to know of a node. */
export interface EntitySummary {
  key: string;
  kind: EntityLabel;
  name: string;
  aliases: string[];
  mentions: number;
  /** The articles that name it: the other entities they name tell two people called Obama apart. */
  articles?: ReadonlySet<string>;
  /** The kind some article's own words gave its name ("oil firm Yuganskneftegas"), where no article's words disagree. */
  settledKind?: EntityLabel;
}

export interface EntityMerge {
  from: string;
  into: string;
  rule: MergeRule;
}

/** Settings of the planner, with their defaults. */
export interface MergeSettings {
  /** A kind vote moves a node only when the other kind has this many times its mentions. */
  kindVoteRatio: number;
  /** Between Place and Organization ("England" the country and the team) the ratio is higher ... */
  placeOrganizationRatio: number;
  /**
   * ... and lower for a name of several words that no gazetteer knows: "Kansas City Chiefs" read as a
   * place in some articles and as the team in more is one team; so is a one-word one between a place and an
   * organisation: "Millom", a town the gazetteer does not list, is a place in 14 mentions and an organisation in 9.
   */
  multiWordKindVoteRatio: number;
  /** A surname read as a place or an organisation joins its person only if at most this many of its articles do not name the person. */
  maxArticlesApart: number;
  /** A one-word name joins a longer word it starts ("Yugansk") only from this many letters. */
  minPrefixLetters: number;
  /** The kind that wins a vote has at least this many mentions. */
  minKindVotes: number;
  /** Two spellings of a word one edit apart are one name only from this many letters ("Rob" and "Rod" are two names). */
  minSpellingLetters: number;
  /**
   * A short name or an acronym that more than this many times as many articles use on its own as use the
   * longer name is a name in its own right, not a short form of that one: "Liverpool" (40 BBC articles) is
   * not "BBC Liverpool" (1), nor the "European Union" (78) the "Non-European Union" (1), nor "NBC" (10) the
   * "Norwegian Broadcasting Corporation" (1); an acronym the longer name was written with ("British
   * Telecom (BT)") still joins it.
   */
  ownNameArticleRatio: number;
  /**
   * An acronym that no article wrote beside its expansion joins the name whose initials it is only where their articles
   * name at least this many of the same other entities: the boxing pages' WBC is no Wasilla Bible Church, nor the business
   * pages' SBC (the US telco) the Scottish Borders Council, nor "LMA Manager 2005" the League Managers Association.
   */
  minSharedForInitials: number;
  /**
   * Where a short name fits several longer ones ("Obama": Barack and Michelle Obama), it joins the one
   * whose articles name at least this many of the same other entities as its own articles do ...
   */
  minSharedContext: number;
  /** ... and this many times as many as any other candidate shares; */
  contextRatio: number;
  /** or, among the candidates that share that much, has this many times the mentions of the next. */
  dominanceRatio: number;
}
export const DEFAULT_MERGE_SETTINGS: MergeSettings = { kindVoteRatio: 2, placeOrganizationRatio: 5, multiWordKindVoteRatio: 1.2, minPrefixLetters: 5, minKindVotes: 3, minSharedContext: 2, contextRatio: 2, dominanceRatio: 3, minSpellingLetters: 4, ownNameArticleRatio: 2, maxArticlesApart: 2, minSharedForInitials: 1 };

const ENTITY_KINDS = new Set<string>(["Person", "Organization", "Place", "Group"]);
/**
 * Heads a short form drops: "Labour" for the Labour Party, "Lenovo" for Lenovo Group, "Staunton Police" for the
 * Staunton Police Department. Not a part's head: Microsoft is not Microsoft Office, nor Kodak the Kodak
 * Theatre, nor Celtic the Celtic League.
 */
const DROPPABLE_HEADS = new Set(["party", "group", "company", "corporation", "holdings", "airlines", "airways", "department"]);
/** A name with a quoted or bracketed nickname before the surname: "Luis Gerardo (Jerry) Ortiz" → Jerry, Ortiz. */
const NICKNAMED = /^\S.*?\s["'“‘(]+\s*([^"'“”‘’()]+?)\s*["'”’)]+\s+(\S.*)$/u;
/** Words for a kind of region that its name may go without. */
const REGION_KIND_WORDS = new Set(["province", "region", "island", "district", "prefecture", "governorate"]);
/** Words for a kind of facility that its name may go without: "Betty Ford Center", "Betty Ford". */
const FACILITY_HEADS = new Set(["center", "centre", "clinic", "hospital", "stadium", "arena"]);
/** Words for what a facility does, that its name may go without before its head: "Morningside Recovery Center", "Betty Ford Treatment Center". */
const FACILITY_KIND_WORDS = new Set(["recovery", "rehab", "rehabilitation", "treatment", "addiction", "medical", "health", "care", "trauma", "psychiatric", "cancer", "research", "detention", "correctional", "conference", "convention", "shopping", "sports", "community"]);

/**
 * The shorter names a facility may go by: without its head, then without each word for its kind before it ("Betty Ford
 * Treatment Center" → "betty ford treatment", "betty ford"); none for a name without a facility's head.
 */
function facilityShortNames(words: readonly string[]): string[] {
  if (words.length < 2 || !FACILITY_HEADS.has(words[words.length - 1])) return [];
  const names = [words.slice(0, -1).join(" ")];
  for (let end = words.length - 1; end > 1 && FACILITY_KIND_WORDS.has(words[end - 1]); end--) names.push(words.slice(0, end - 1).join(" "));
  return names;
}
/** How many words make a name long enough that one of them spelt otherwise ("Central Elections Commission of Turkmenistan") needs less of a shared story. */
const LONG_NAME_WORDS = 4;
/** Words a place's name may open with abbreviated, and what they stand for. */
const PLACE_ABBREVIATIONS: Record<string, string> = { mt: "mount", st: "saint", ft: "fort", pt: "point" };
const CONNECTORS = new Set(["of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "al", "von", "van", "der", "in", "on"]);

interface Node extends EntitySummary {
  words: string[];
  form: string;
  /** Whitespace-separated tokens of the display name ("O'Gara" is one token, two words). */
  tokens: number;
}

/** Whether some article names the node with an honorific before it: "Mr Brown", "Dr. Benjamin". */
function namedWithHonorific(node: EntitySummary): boolean {
  return [node.name, ...node.aliases].some((alias) => HONORIFICS.has(alias.split(/\s+/)[0].toLowerCase()) && /\s/.test(alias));
}

/**
 * Whether a name of several words is a person's full name rather than a surname with its particle ("Lo Cicero", "de
 * Marigny"), an initial and a surname ("S Thompson") or a title and a given name ("Sir John"), which many people share.
 */
function isFullName(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0].toLowerCase();
  if (NAME_PARTICLES.has(first) || /^\p{Lu}\.?$/u.test(words[0])) return false;
  return !(HONORIFICS.has(first) && words.length === 2 && isGivenName(words[1]));
}

/** A name of two or three words that opens with a common given name and ends in no plural ("Shaun Wright-Phillips", not "Drake Bulldogs"). */
const namedLikeAPerson = (node: Node) => {
  const words = node.name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && isGivenName(words[0]) && !isPluralName(words.at(-1)!);
};

/** Whether one insertion, deletion, substitution or swap of neighbours turns one word into the other. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const [restA, restB] = [a.slice(start, endA), b.slice(start, endB)];
  return restA.length + restB.length <= 1 || (restA.length === 1 && restB.length === 1) || (restA.length === 2 && restB === restA[1] + restA[0]);
}

/**
 * A word as it sounds, roughly, so that two spellings of one name meet: "Jon" and "John", "Bettie" and "Betty",
 * "Kristopher" and "Christopher", "Sarah" and "Sara". A doubled letter is one, "ph" is "f", an "h" after the
 * first letter is silent, a hard "c" is "k", and "-ie", "-ey", "-i" end as "-y".
 */
export function soundOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/ph/gu, "f")
    .replace(/(?<!^)h/gu, "")
    .replace(/^c(?=[aoulr])/u, "k")
    .replace(/(.)\1+/gu, "$1")
    .replace(/(ie|ey|i)$/u, "y");
}

/** The initials a name is abbreviated to: "British Telecom" → BT, "Hewlett-Packard Co." → HP; an acronym in it counts whole: "UK Independence Party" → UKIP. */
function initialsOf(name: string): string {
  const parts = withoutLegalSuffix(name).split(/[\s-]+/).map((word) => word.replace(/\./g, "")).filter((word) => word && !CONNECTORS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word));
  if (parts.length < 2) return "";
  return parts.map((word) => (/^\p{Lu}{2,5}$/u.test(word) ? word : word[0])).join("");
}

/** A word news writes in lowercase at least some of the time. */
const isCommonWord = (form: string) => defaultLexicon().isCommonWord(form);
/**
 * Whether a longer name adds to a short one only the words for a kind of body and the place or body it is of: "Department
 * for International Development", "US Department of Homeland Security", "London Stock Exchange", "U.N. Security Council";
 * not "National Football League" nor "European Central Bank", other bodies.
 */
function addsOnlyKindOrPlace(short: { words: string[] }, long: { name: string }, isOwner: (form: string, text: string) => boolean): boolean {
  const written = long.name.split(/\s+/);
  const added = written.slice(0, written.length - short.words.length);
  const owner = added.filter((word) => !ORGANISATION_HEADS.has(normaliseName(word)) && !NAME_LINK_WORDS.has(normaliseName(word)));
  return added.length > 0 && (owner.length === 0 || isOwner(normaliseName(owner.join(" ")), owner.join(" ")));
}
const isAcronym = (name: string) => /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ""));
/**
 * Whether a name an article left outside the schema may be claimed by an organisation of the corpus: a
 * capitalised plural, the shape of a team's or a house's short name ("Colts", "Commons"), that is no
 * people's name; not "PC", "Walkman", "Internet", "Czechs".
 */
export const isClaimableName = (name: string) => isPluralName(name) && !isDemonym(name);

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** Plans the merges for a corpus's entity nodes: a pure function of the nodes, in a fixed order. */
export function planEntityMerges(entities: EntitySummary[], settings: MergeSettings = DEFAULT_MERGE_SETTINGS): EntityMerge[] {
  const nodes = entities
    .map((entity): Node => {
      const form = normaliseName(entity.name);
      return { ...entity, form, words: form.split(" ").filter(Boolean), tokens: entity.name.trim().split(/\s+/).length };
    })
    .filter((node) => node.words.length > 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  const merges: EntityMerge[] = [];
  const weight = new Map(nodes.map((node) => [node.key, node.mentions]));
  /** The nodes of each group, by the group's root. */
  const groupMembers = new Map(nodes.map((node) => [node.key, [node]]));
  const join = (from: Node, into: Node, rule: MergeRule) => {
    const a = find(from.key);
    const b = find(into.key);
    if (a === b) return;
    parent.set(a, b);
    weight.set(b, (weight.get(b) ?? 0) + (weight.get(a) ?? 0));
    groupMembers.get(b)!.push(...groupMembers.get(a)!);
    groupMembers.delete(a);
    merges.push({ from: a, into: b, rule });
  };
  /**
   * The one group the candidates fall into. Among several, each article naming the node votes for
   * the candidate its other entities point to (see `storyChoice`); the node joins the one every vote
   * goes to, when at least half the articles vote. Else nothing: "Brown" of the sports pages and of
   * the politics pages stays apart from both Gordon and Wes Brown.
   */
  const unique = (candidates: Node[] | undefined, except: Node): Node | undefined => {
    const roots = new Set((candidates ?? []).filter((node) => node !== except).map((node) => find(node.key)));
    roots.delete(find(except.key));
    if (roots.size === 1) return byKey.get([...roots][0]);
    if (roots.size === 0 || !except.articles || except.articles.size === 0) return undefined;
    const rivals = new Set([...roots, except.key]);
    // A candidate's story is that of each node of its group that bears the name ("Anthony LaCalamita III"
    // for LaCalamita), not that of every alias it absorbed ("Gordon Brown" is not the "Brown" of the sports pages).
    const bearsName = (member: Node) => except.words.every((word) => member.words.includes(word));
    const contextsOf = new Map([...roots].map((root) => [root, groupMembers.get(root)!.filter((member) => candidates!.includes(member) || bearsName(member)).map(contextOf)]));
    const votes = new Set<string>();
    let voters = 0;
    for (const article of except.articles) {
      const named = (entitiesOf.get(article) ?? []).filter((key) => !rivals.has(key));
      const shared = [...roots].map((root) => ({ root, count: named.filter((key) => contextsOf.get(root)!.some((context) => context.has(key))).length }));
      const choice = storyChoice(shared);
      if (choice) {
        votes.add(choice);
        voters++;
      }
    }
    return votes.size === 1 && voters * 2 >= except.articles.size ? byKey.get([...votes][0]) : undefined;
  };
  /**
   * The candidate an article's other entities point to: the one whose articles share clearly most of
   * them, else, among those sharing enough (the same story), the one mentioned far more often ("Felt"
   * in the Deep Throat articles is Mark Felt, not his daughter Joan).
   */
  const storyChoice = (shared: Array<{ root: string; count: number }>): string | undefined => {
    const [best, second] = [...shared].sort((a, b) => b.count - a.count);
    if (best.count >= settings.minSharedContext && best.count >= settings.contextRatio * second.count) return best.root;
    const inStory = shared.filter(({ count }) => count >= settings.minSharedContext).sort((a, b) => weight.get(b.root)! - weight.get(a.root)!);
    if (inStory.length === 0 || weight.get(inStory[0].root)! < settings.dominanceRatio * (weight.get(inStory[1]?.root ?? "") ?? 0)) return undefined;
    return inStory[0].root;
  };
  // Contexts are read only for the few ambiguous names, so they are built on demand.
  const entitiesOf = new Map<string, string[]>();
  for (const node of nodes) for (const article of node.articles ?? []) push(entitiesOf, article, node.key);
  const contexts = new Map<string, Set<string>>();
  const contextOf = (node: Node): Set<string> => {
    let context = contexts.get(node.key);
    if (!context) {
      context = new Set([...(node.articles ?? [])].flatMap((article) => entitiesOf.get(article) ?? []));
      contexts.set(node.key, context);
    }
    return context;
  };
  /** The country a node's articles name most often (in most articles), if one leads. */
  const mostNamedCountry = (node: Node): string | undefined => {
    const articlesNaming = new Map<string, number>();
    for (const article of node.articles ?? []) {
      for (const key of entitiesOf.get(article) ?? []) {
        const named = byKey.get(key)!;
        const country = named.kind === "Place" ? countryNamed(named.name) : undefined;
        if (country === named.name) articlesNaming.set(country, (articlesNaming.get(country) ?? 0) + 1);
      }
    }
    const [first, second] = [...articlesNaming].sort((a, b) => b[1] - a[1]);
    return first && first[1] > (second?.[1] ?? 0) ? first[0] : undefined;
  };
  /** Whether the articles of two nodes name at least `minShared` (by default `minSharedContext`) of the same other entities. */
  const sharesStory = (a: Node, b: Node, minShared = settings.minSharedContext): boolean => {
    const [small, large] = [contextOf(a), contextOf(b)].sort((x, y) => x.size - y.size);
    let shared = 0;
    for (const key of small) if (key !== a.key && key !== b.key && large.has(key) && ++shared >= minShared) return true;
    return false;
  };
  /** The articles that name a group's members. */
  const articlesOfGroup = (root: string): Set<string> => new Set(groupMembers.get(root)!.flatMap((member) => [...(member.articles ?? [])]));
  /**
   * Whether a name stands on its own, away from the longer name it would join (`ownNameArticleRatio`). A
   * longer organisation's name counts the articles that wrote it as a place too: "Los Angeles Angels" read
   * as a place in half its articles is still written there.
   */
  const standsAlone = (short: Node, long: Node): boolean => {
    const samePlace = long.kind === "Organization" ? (withForm("Place", long.form) ?? []) : [];
    const longArticles = new Set([long, ...samePlace].flatMap((node) => [...articlesOfGroup(find(node.key))]));
    return articlesOfGroup(find(short.key)).size > settings.ownNameArticleRatio * longArticles.size;
  };

  /**
   * Whether most of the articles that use a short name also name the longer one: a word of the language ends many names,
   * and is the short form of one only where the stories say so. "Villa" beside Aston Villa, "United" beside Manchester
   * United; not "the House" of the Commons stories, which never name the White House, nor "Borders", the rugby side, or
   * "Universal" beside Vivendi Universal.
   */
  const mostlyBeside = (short: Node, long: Node): boolean => {
    const shortArticles = articlesOfGroup(find(short.key));
    const longArticles = articlesOfGroup(find(long.key));
    let beside = 0;
    for (const article of shortArticles) if (longArticles.has(article)) beside++;
    return 2 * beside >= shortArticles.size;
  };

  const byForm = new Map<string, Node[]>();
  for (const node of nodes) push(byForm, `${node.kind}:${node.form}`, node);
  const withForm = (kind: EntityLabel, form: string) => byForm.get(`${kind}:${form}`);
  // What a body may be of: a place the corpus names as one, a country however written ("US"), or a body the gazetteer
  // knows ("U.N. Security Council").
  const ownerOfCorpus = (form: string, text: string) => withForm("Place", form) !== undefined || countryNamed(text) !== undefined || organisationNamed(text) !== undefined;

  // "Mt Cook" is Mount Cook, "St Helens" Saint Helens, "Ft Worth" Fort Worth.
  for (const node of nodes) {
    const full = PLACE_ABBREVIATIONS[node.words[0]];
    if (node.kind !== "Place" || !full || node.words.length < 2) continue;
    const target = unique(withForm("Place", [full, ...node.words.slice(1)].join(" ")), node);
    if (target) join(node, target, "abbreviation");
  }
  // A place of the same story named without the word for its kind or the place that holds it joins the longer
  // name: "Hormozgan" is Hormozgan Province, "Schenectady" the "Schenectady, N. Y." ("Passport to Paradise" is
  // no Paradise Island, nor is the Paris of another story "Paris, Texas"). Not a city or a county: Mexico City
  // is not Mexico, nor Los Angeles County Los Angeles.
  const longerPlaces = new Map<string, Node[]>();
  for (const node of nodes) {
    if (node.kind !== "Place") continue;
    if (node.words.length >= 2 && REGION_KIND_WORDS.has(node.words[node.words.length - 1])) push(longerPlaces, node.words.slice(0, -1).join(" "), node);
    const [town, container] = node.name.split(/,\s*/);
    if (town && container !== undefined && (usStateAbbreviated(container) || countryNamed(container) || isKnownPlace(container))) push(longerPlaces, normaliseName(town), node);
  }
  for (const node of nodes) {
    const target = node.kind === "Place" ? unique(longerPlaces.get(node.form)?.filter((longer) => sharesStory(node, longer)), node) : undefined;
    if (target) join(node, target, "short name");
  }
  // A facility named with the words for its kind ("Betty Ford Center", "Morningside Recovery Center") is the one of the
  // same story named without them, whichever of place or organisation the tagger made either; not a town the gazetteer
  // knows ("Manchester" is no "Manchester Arena"). Named with other such words in the same story ("Betty Ford Clinic",
  // "Betty Ford Treatment Center") it is the one the story names most.
  const facility = (node: Node) => node.kind === "Place" || node.kind === "Organization";
  const longerFacilities = new Map<string, Node[]>();
  const facilitiesByCore = new Map<string, Node[]>();
  for (const node of nodes) {
    const shortNames = facility(node) ? facilityShortNames(node.words) : [];
    for (const name of shortNames) push(longerFacilities, name, node);
    if (shortNames.length > 0) push(facilitiesByCore, `${node.kind}:${shortNames[shortNames.length - 1]}`, node);
  }
  for (const named of facilitiesByCore.values()) {
    const [most, ...others] = [...named].sort((a, b) => weight.get(b.key)! - weight.get(a.key)! || a.key.localeCompare(b.key));
    for (const other of others) if (sharesStory(other, most)) join(other, most, "facility name");
  }
  for (const node of nodes) {
    if (!facility(node) || find(node.key) !== node.key || isKnownPlace(node.name)) continue;
    const target = unique(longerFacilities.get(node.form)?.filter((longer) => sharesStory(node, longer)), node);
    if (target) join(node, target, "short name");
  }
  // Legal suffixes and leading country qualifiers of organisations.
  for (const node of nodes) {
    if (node.kind !== "Organization" || node.words.length < 2) continue;
    if (LEGAL_SUFFIXES.has(node.words[node.words.length - 1])) {
      const target = unique(withForm("Organization", node.words.slice(0, -1).join(" ")), node);
      if (target) join(node, target, "legal suffix");
      continue;
    }
    // The country may be written in two or three parts: "U. S. Fish and Wildlife Service", "New Zealand High Court".
    const parts = node.name.split(/\s+/);
    const lead = [3, 2, 1].map((count) => parts.slice(0, count).join(" ")).find((words) => countryNamed(words) || countryOfDemonym(words));
    const country = lead === undefined ? undefined : (countryNamed(lead) ?? countryOfDemonym(lead));
    const rest = lead === undefined ? [] : node.words.slice(normaliseName(lead).split(" ").length);
    if (rest.length < 2) continue;
    // The unqualified name is that country's only where its own articles name that country more than any
    // other: the "Court of Appeal" of British news is not the US Court of Appeal, nor the Rugby Football
    // Union the Japanese one.
    const target = unique(withForm("Organization", rest.join(" ")), node);
    if (target && mostNamedCountry(target) === country) join(node, target, "qualifier");
  }

  const persons = nodes.filter((node) => node.kind === "Person");
  // A person name of three or more words holding exactly one shorter person name of two or more words.
  for (const node of persons) {
    const n = node.words.length;
    if (n < 3 || n > 8) continue;
    const candidates: Node[] = [];
    for (let length = 2; length < n; length++) {
      for (let start = 0; start + length <= n; start++) candidates.push(...(withForm("Person", node.words.slice(start, start + length).join(" ")) ?? []));
    }
    candidates.push(...(withForm("Person", `${node.words[0]} ${node.words[n - 1]}`) ?? []));
    // "Kilroy-Silk" is one token, a surname, not a shorter full name of "Robert Kilroy-Silk".
    const target = unique(candidates.filter((candidate) => candidate.tokens >= 2 && candidate.tokens < node.tokens && isFullName(candidate.name)), node);
    if (target) join(node, target, "longer name");
  }
  // One name spelt two ways in one story: "Jermayne" and "Jerymayne Timmons", "Indianapolis Colt(s)", "Lansdowne Road".
  const spelt = nodes.filter((node) => node.kind === "Person" || node.kind === "Organization" || node.kind === "Place");
  const byOtherTokens = new Map<string, Node[]>();
  const nameTokens = new Map(spelt.map((node) => [node, node.name.trim().split(/\s+/).map(normaliseName).filter(Boolean)]));
  const tokensOf = (node: Node) => nameTokens.get(node)!;
  const withOneTokenOut = (kind: string, tokens: string[], index: number) => `${kind}|${tokens.map((token, at) => (at === index ? "*" : token)).join(" ")}`;
  const extraS = (one: Node, other: Node) => one.kind === "Person" && tokensOf(one).some((token, index) => token === `${tokensOf(other)[index]}s`);
  for (const node of spelt) {
    const tokens = tokensOf(node);
    if (tokens.length >= 2) tokens.forEach((_, index) => push(byOtherTokens, withOneTokenOut(node.kind, tokens, index), node));
  }
  for (const node of spelt) {
    const tokens = tokensOf(node);
    if (tokens.length < 2) continue;
    const variants = tokens.flatMap((token, index) =>
      token.length < 3 ? [] : (byOtherTokens.get(withOneTokenOut(node.kind, tokens, index)) ?? []).filter((other) => {
        const variant = tokensOf(other)[index];
        const spelling = variant !== undefined && ((Math.min(token.length, variant.length) >= settings.minSpellingLetters && oneEditApart(token, variant)) || (variant !== token && soundOf(variant) === soundOf(token)));
        // A long name with one word spelt otherwise is the same name in any story that shares one other name with it.
        return other !== node && spelling && sharesStory(node, other, tokens.length >= LONG_NAME_WORDS ? 1 : settings.minSharedContext);
      }),
    );
    // The spelling the story uses more absorbs the other; but a person's name with an "s" too many is a possessive or
    // a plural the tagger ran into it ("Princes William and Harry", "Steve Cotterills'"), absorbed whatever its count.
    const target = unique(variants, node);
    if (target && (extraS(node, target) || (!extraS(target, node) && weight.get(target.key)! >= weight.get(find(node.key))!))) join(node, target, "spelling");
  }
  // "Fred LaRue" and "Frederick LaRue" in one story: the formal name absorbs the short one.
  for (const node of persons) {
    const tokens = tokensOf(node);
    if (tokens.length < 2 || find(node.key) !== node.key) continue;
    const formal = (byOtherTokens.get(withOneTokenOut("Person", tokens, 0)) ?? []).filter((other) => isShortGivenName(tokens[0], tokensOf(other)[0]) && sharesStory(node, other));
    const target = unique(formal, node);
    if (target) join(node, target, "short given name");
  }
  // "Jerry Ortiz" and "Luis Gerardo (Jerry) Ortiz" in one story: the name written with the nickname absorbs it.
  const byNickname = new Map<string, Node[]>();
  for (const node of persons) {
    for (const alias of node.aliases) {
      const nicknamed = NICKNAMED.exec(alias);
      if (nicknamed) push(byNickname, normaliseName(`${nicknamed[1]} ${nicknamed[2].split(/\s+/).pop()}`), node);
    }
  }
  for (const node of persons) {
    if (node.words.length !== 2) continue;
    const target = unique(byNickname.get(node.form)?.filter((other) => other !== node && sharesStory(node, other)), node);
    if (target) join(node, target, "nickname");
  }
  // Full person names by first token, last token, and by all but the first token; a name already joined
  // to another counts for it ("Raite" is Duncan Rait, also spelt "Duncan Raite").
  const byLastToken = new Map<string, Node[]>();
  const byFirstToken = new Map<string, Node[]>();
  const byRest = new Map<string, Node[]>();
  for (const node of persons) {
    if (node.tokens < 2) continue;
    const tokens = node.name.trim().split(/\s+/);
    push(byLastToken, normaliseName(tokens[tokens.length - 1]), node);
    // A first word a longer name dropped is no given name of the person: "Unison Dave Prentis", "Dane Kenneth Carlsen"
    // (a name of as many words, "Katie Jenkin" beside Kathryn Jenkin, still gives its own).
    const root = byKey.get(find(node.key))!;
    if (node.words.length <= root.words.length || root.words[0] === node.words[0]) push(byFirstToken, normaliseName(tokens[0]), node);
    if (tokens[0].replace(/\.$/, "").length > 1) push(byRest, normaliseName(tokens.slice(1).join(" ")), node);
  }
  for (const node of persons) {
    const tokens = node.name.trim().split(/\s+/);
    // "R O'Gara", "D Dal Maso": an initial and the rest of one full name.
    if (tokens.length >= 2 && /^\p{Lu}\.?$/u.test(tokens[0])) {
      const initial = tokens[0][0].toLowerCase();
      const target = unique(byRest.get(normaliseName(tokens.slice(1).join(" ")))?.filter((full) => full.words[0].startsWith(initial)), node);
      if (target) join(node, target, "initial");
    }
  }
  for (const node of persons) {
    // A surname may open with its particle: "Lo Cicero" is Andrea Lo Cicero, "de Marigny" Roland de Marigny.
    const particleSurname = node.tokens >= 2 && NAME_PARTICLES.has(node.name.split(/\s+/)[0].toLowerCase());
    if ((node.tokens !== 1 && !particleSurname) || isAcronym(node.name)) continue;
    const surnameOf = (particleSurname ? byRest : byLastToken).get(node.form) ?? [];
    const givenNameOf = particleSurname ? [] : byFirstToken.get(node.form) ?? [];
    const target = unique([...surnameOf, ...givenNameOf], node);
    if (!target) continue;
    // News names a person by the surname alone after the first mention, by the given name alone rarely: a
    // given name far more articles use alone than use the full name is someone else ("Shaun", "Sandra").
    const rule = surnameOf.some((full) => find(full.key) === target.key) ? "surname" : "given name";
    if (rule === "surname" || !standsAlone(node, target)) join(node, target, rule);
  }
  // A surname the tagger took for a place or an organisation ("Heller" beside Mark Heller) is the one person
  // of the same story it names who is mentioned at least as often, and that few articles use without that person
  // (Ford, the maker, is named in four articles that never name Bill Ford). Never a place a gazetteer knows
  // ("Washington" beside Denzel Washington) nor a word news mostly writes in lowercase ("Dance", "House").
  for (const node of nodes) {
    if ((node.kind !== "Place" && node.kind !== "Organization") || node.tokens !== 1 || isAcronym(node.name) || isKnownPlace(node.name) || countryNamed(node.name) || isDemonym(node.name) || isCommonWord(node.form)) continue;
    const target = unique(byLastToken.get(node.form)?.filter((full) => sharesStory(node, full)), node);
    const together = target ? [...(node.articles ?? [])].filter((article) => articlesOfGroup(find(target.key)).has(article)).length : 0;
    if (target && weight.get(target.key)! >= weight.get(find(node.key))! && (node.articles?.size ?? 0) - together <= settings.maxArticlesApart) join(node, target, "surname");
  }

  // Acronyms: an all-capitals name and the one organisation whose initials (or a bracketed alias) it is.
  const organisations = nodes.filter((node) => node.kind === "Organization");
  // One body named with its words in another order or joined by other small words: "Defence Ministry" and "Ministry of
  // Defence", "Office for National Statistics" and "Office of National Statistics", "Food & Agriculture Organisation".
  // The name the corpus uses more absorbs the other. Not a plural for a singular: the US "Court of Appeals" is not the
  // English "Court of Appeal".
  const byContentWords = new Map<string, Node[]>();
  for (const node of organisations) {
    const content = node.words.filter((word) => !NAME_LINK_WORDS.has(word)).sort();
    if (content.length >= 2) push(byContentWords, content.join(" "), node);
  }
  for (const variants of byContentWords.values()) {
    const roots = [...new Set(variants.map((node) => find(node.key)))].map((key) => byKey.get(key)!);
    if (roots.length < 2) continue;
    const heaviest = roots.reduce((best, node) => (weight.get(node.key)! > weight.get(best.key)! || (weight.get(node.key) === weight.get(best.key) && node.key < best.key) ? node : best));
    for (const node of roots) if (node !== heaviest) join(node, heaviest, "word order");
  }
  // Two letters stand for too many things ("DC", "MD"): those join only a name some article gave them with.
  const byInitials = new Map<string, Node[]>();
  const byAcronymAlias = new Map<string, Node[]>();
  for (const node of organisations) {
    if (node.tokens < 2) continue;
    const initials = initialsOf(node.name);
    if (initials.length >= 3) push(byInitials, initials, node);
    for (const alias of node.aliases) if (isAcronym(alias)) push(byAcronymAlias, alias.replace(/\./g, ""), node);
  }
  for (const node of nodes) {
    if ((node.kind !== "Organization" && node.kind !== "Person") || node.tokens !== 1 || !isAcronym(node.name)) continue;
    const letters = node.name.replace(/\./g, "");
    // Initials first: "London UKIP" may have been given the alias UKIP, the party's name spells it.
    const target = unique(byInitials.get(letters), node) ?? (byInitials.has(letters) ? undefined : unique(byAcronymAlias.get(letters), node));
    const writtenWith = target !== undefined && groupMembers.get(find(target.key))!.some((member) => member.aliases.some((alias) => alias.replace(/\./g, "") === letters));
    // An acronym no article wrote beside its expansion joins it only where their stories meet (`minSharedForInitials`).
    if (target && (writtenWith || (!standsAlone(node, target) && sharesStory(node, target, settings.minSharedForInitials)))) join(node, target, "acronym");
  }

  // Short organisation names: the last words of exactly one longer name ("Colts", "Indianapolis Colts"), that
  // name less a generic head ("Labour", "Labour Party"), or the start of its one word ("Yugansk"). The longer
  // name must be seen more than once: a headline read as a name ("Peyton Manning passes Colts past Jags") is not.
  const byEdgeWords = new Map<string, Node[]>();
  const byPrefix = new Map<string, Node[]>();
  for (const node of organisations) {
    // An "organisation" named like a person ("Shaun Wright-Phillips", typed so in some article) is no long form of a company's short name.
    if (node.mentions < 2 || find(node.key) !== node.key || namedLikeAPerson(node)) continue;
    const n = node.words.length;
    for (let length = 1; length < n; length++) push(byEdgeWords, node.words.slice(n - length).join(" "), node);
    if (n >= 2 && DROPPABLE_HEADS.has(node.words[n - 1])) push(byEdgeWords, node.words.slice(0, n - 1).join(" "), node);
    if (node.words[0].length > settings.minPrefixLetters) push(byPrefix, node.words[0].slice(0, settings.minPrefixLetters), node);
  }
  for (const node of organisations) {
    if (node.tokens > 2 || node.form.length < 3 || isAcronym(node.name) || countryNamed(node.name) || (node.words.length === 1 && ORGANISATION_HEADS.has(node.form))) continue;
    let target = unique(byEdgeWords.get(node.form), node);
    if (target) {
      // A team's nickname ("Chiefs", "Saints") names its team wherever it stands; other words of the language only beside
      // it, and so do names made only of such words, which many bodies share ("Democratic Party", "White House"), unless
      // the longer name adds only what kind of body it is or where ("Department for International Development").
      const ofTheLanguage = node.words.length === 1 ? isCommonWord(node.form) : node.words.every(isCommonWord) && !addsOnlyKindOrPlace(node, target, ownerOfCorpus);
      const nameOfItsOwn = !ofTheLanguage || isAnimateNickname(node.name);
      if (!standsAlone(node, target) && (nameOfItsOwn || mostlyBeside(node, target))) join(node, target, "short name");
      continue;
    }
    if (node.words.length !== 1 || node.form.length < settings.minPrefixLetters || byEdgeWords.has(node.form)) continue;
    // Only a word of a name, not of the language: "Inter" (Milan) is no short form of the International Monetary Fund,
    // nor "Motor" of Motorola; nor a name of its own: "Brent" (crude, the borough) is no short form of Brentford.
    if (isCommonWord(node.form) || isGivenName(node.name) || isKnownPlace(node.name)) continue;
    target = unique(byPrefix.get(node.form.slice(0, settings.minPrefixLetters))?.filter((long) => long.words[0].startsWith(node.form) && long.words[0] !== node.form && !isCommonWord(long.words[0])), node);
    if (target && !standsAlone(node, target)) join(node, target, "short name");
  }
  // A plural name read as a group ("Saints", "Bluejays") that ends the name of one organisation its
  // articles share a story with is that team or band: "the Democrats" of one story and the "Liberal
  // Democrats" of another share none. This comes first, so that a team's full name counts the articles
  // that name it by its nickname alone when a short name is weighed against it below.
  for (const node of nodes) {
    if (node.kind !== "Group" || node.tokens !== 1 || isDemonym(node.name)) continue;
    const target = unique(byEdgeWords.get(node.form)?.filter((long) => sharesStory(node, long)), node);
    if (target) join(node, target, "short name");
  }

  // A city or a school read as an organisation is the team of the same story named by it and a plural
  // ("Indianapolis", "Indianapolis Colts"; "Boca", "Boca Juniors"; "Beach", "Beach Boys"). Not any organisation
  // the name starts: over the BBC corpus that gave "Microsoft" to "Microsoft Office", "London" to "London Stock
  // Exchange", "Kyoto" to "Kyoto Protocol". Over the BBC corpus 13 names join so, 2 of them a parent to its
  // subsidiary ("Standard Life Investments").
  const teamsByCity = new Map<string, Node[]>();
  for (const node of organisations) {
    const nickname = node.name.split(/\s+/).at(-1)!;
    if (node.mentions < 2 || find(node.key) !== node.key || !isPluralName(nickname) || ORGANISATION_HEADS.has(nickname.toLowerCase())) continue;
    push(teamsByCity, node.words.slice(0, -1).join(" "), node);
  }
  for (const node of organisations) {
    if (find(node.key) !== node.key || countryNamed(node.name)) continue;
    const target = unique(teamsByCity.get(node.form)?.filter((team) => sharesStory(node, team)), node);
    if (target && !standsAlone(node, target)) join(node, target, "short name");
  }
  // Kind votes: a node whose name a group of another kind also goes by, with far more mentions.
  const groupsByName = new Map<string, Node[]>();
  for (const node of nodes) push(groupsByName, node.form, node);
  for (const node of nodes) {
    const root = find(node.key);
    if (root !== node.key) continue;
    // A Group ("Group:new orleans") is never the kind a name is voted into.
    const others = [...new Set((groupsByName.get(node.form) ?? []).map((other) => find(other.key)))]
      .filter((other) => other !== root && byKey.get(other)!.kind !== node.kind && byKey.get(other)!.kind !== "Group")
      .map((other) => byKey.get(other)!);
    // Nor is the kind articles' own words gave a name voted away, nor a person some article names with an honorific:
    // the "Mr Brown" of one story is no "Brown" of the firm Brown and Williamson, however often the firm is named.
    if (others.length === 0 || node.settledKind === node.kind || (node.kind === "Person" && namedWithHonorific(node))) continue;
    const best = others.sort((a, b) => weight.get(b.key)! - weight.get(a.key)! || (a.key < b.key ? -1 : 1))[0];
    // A one-word place that is a word of the language is no surname: "the West" of the business pages is no Kanye West;
    // nor is a name written in capitals a person's: "Italy's TIM" is no Tim Henman.
    if (best.kind === "Person" && ((node.kind === "Place" && node.tokens === 1 && isCommonWord(node.form)) || isAcronym(node.name))) continue;
    const placeAndOrganisation = new Set([best.kind, node.kind]).has("Place") && new Set([best.kind, node.kind]).has("Organization");
    const unknownWords = (node.tokens >= 2 || placeAndOrganisation) && !isKnownPlace(node.name) && !countryNamed(node.name);
    // A one-word "person" whom no article names in full and an organisation of that name are one thing, of the kind
    // most mentions give: "Lionsgate", a person where its tagger said so and an organisation where the article says "its".
    const personNamedByNoOne = new Set([node.kind, best.kind]).has("Person") && new Set([node.kind, best.kind]).has("Organization") && node.tokens === 1 && !byLastToken.has(node.form) && !byFirstToken.has(node.form);
    const ratio = unknownWords || personNamedByNoOne ? settings.multiWordKindVoteRatio : placeAndOrganisation ? settings.placeOrganizationRatio : settings.kindVoteRatio;
    const rivals = others.filter((other) => other !== best).reduce((sum, other) => sum + weight.get(other.key)!, weight.get(root)!);
    // "Russian oil firm Yuganskneftegas" in some articles, a place to the tagger in more: the articles' own words decide.
    const settledByWords = node.settledKind !== undefined && node.settledKind === best.kind;
    // "Mumbai", "Lima" as a person that no article names in full, nor any person of the corpus bears: a known place the
    // corpus names as one, however few its mentions.
    const placeNamedByNoOne = node.kind === "Person" && best.kind === "Place" && node.tokens === 1 && isKnownPlace(node.name) && !node.aliases.some((alias) => /\s/.test(alias.trim())) && !byLastToken.has(node.form) && !byFirstToken.has(node.form);
    if (settledByWords || placeNamedByNoOne || weight.get(best.key)! >= Math.max(settings.minKindVotes, ratio * rivals)) join(node, best, "kind vote");
  }
  return merges;
}

export interface MergeReport {
  /** Names the corpus judged to lie outside the schema, whose entity nodes went (`leaveOutTheSchema`). */
  leftOutside: string[];
  merges: EntityMerge[];
  /** Edges dropped because the survivor's kind may not carry them (a Person's AFFILIATED_WITH on an Organization). */
  droppedEdges: number;
  /** Offices of state dropped because more articles give the same person's office to another country. */
  droppedOffices: number;
  /** Names outside the schema in one article that were found to be an organisation of the corpus. */
  claimedNames: number;
}

/** A one-word name an article left outside the schema, with its evidence there. */
export interface OutsideNameUse {
  article: string;
  name: string;
  evidence: Evidence[];
  /** A name the article took for no place, which an organisation of exactly that name may claim. */
  unplacedName?: boolean;
}

/**
 * Joins the entity nodes of a whole graph that name the same thing; returns what was merged and why. First the
 * names the corpus judges outside the schema go (`leaveOutTheSchema`, from the articles' `judgedNames`); last,
 * names the articles left outside the schema are claimed by the organisation they name (see `claimOutsideNames`).
 */
export function mergeEntities(
  graph: NewsGraph,
  settings: MergeSettings = DEFAULT_MERGE_SETTINGS,
  outsideNames: readonly OutsideNameUse[] = [],
  judgedNames: ReadonlyMap<string, NameOverCorpus> = new Map(),
): MergeReport {
  const leftOutside = leaveOutTheSchema(graph, judgedNames);
  const summaries: EntitySummary[] = [];
  graph.forEachNode((key, attributes) => {
    if (!ENTITY_KINDS.has(attributes.kind)) return;
    const articles = new Set((attributes.evidence ?? []).map((evidence) => evidence.article));
    const settledKind = judgedNames.get(normaliseName(attributes.name))?.settledKind ?? undefined;
    summaries.push({ key, kind: attributes.kind as EntityLabel, name: attributes.name, aliases: attributes.aliases ?? [], mentions: attributes.mentions ?? 0, articles, ...(settledKind ? { settledKind } : {}) });
  });
  const merges = planEntityMerges(summaries, settings);
  let droppedEdges = 0;
  for (const { from, into, rule } of merges) droppedEdges += absorb(graph, from, into, rule);
  const claimedNames = claimOutsideNames(graph, outsideNames, settings);
  if (merges.length > 0 || claimedNames > 0) dropAliasesOwnedElsewhere(graph);
  return { leftOutside, merges, droppedEdges, claimedNames, droppedOffices: officesInOneCountry(graph) };
}

/** A name's evidence of lying outside the schema pooled over the articles that weighed it, and what they made of it. */
export interface NameOverCorpus {
  evidence: NameEvidence;
  /** Articles that made it an entity, and that left it outside the schema. */
  entityArticles: number;
  outsideArticles: number;
  /** Some article's own words made it an entity ("the firm X"): the corpus does not overrule that. */
  settled: boolean;
  /** The kind those words gave it, where all such articles agree (null where they do not). */
  settledKind?: EntityLabel | null;
  /** Articles whose own words made it a work ("the film Sideways"). */
  workArticles: number;
}

/** Adds one article's judgement of a name to the corpus's. */
export function addJudgedName(names: Map<string, NameOverCorpus>, judged: JudgedName): void {
  const known = names.get(judged.form);
  const entity = judged.outside ? 0 : 1;
  const { mentions, name, context, tagged } = judged;
  const work = judged.introducedAsWork ? 1 : 0;
  const settledKind = judged.settledKind as EntityLabel | undefined;
  if (!known) names.set(judged.form, { evidence: { mentions, name, context, tagged }, entityArticles: entity, outsideArticles: 1 - entity, settled: judged.settled, settledKind, workArticles: work });
  else {
    known.evidence = pooledEvidence(known.evidence, judged);
    known.entityArticles += entity;
    known.outsideArticles += 1 - entity;
    known.settled ||= judged.settled;
    if (settledKind) known.settledKind = known.settledKind === undefined || known.settledKind === settledKind ? settledKind : null;
    known.workArticles += work;
  }
}

/**
 * "Oscar" a person in 33 articles, the award in 16; "Aviator" an organisation in 21, the film in 14: each
 * article weighs a name on the few occurrences it has, and the corpus weighs it again on all of them, with
 * the same learned table (`outsideOdds`). Where the pooled evidence says outside the schema, or some article's
 * own words made it a work ("boxing drama Million Dollar Baby"), and at least one article already left it out,
 * the name's entity nodes go with their edges. Never a name some
 * article's own words made an entity, nor a node some of whose articles did not weigh the name (a gazetteer's
 * place, a name joined to a longer one). Over the BBC corpus that takes out Oscar, Aviator, PC, Xbox, the
 * Six Nations, Halo and about 30 more. The keys are listed in the graph's `leftOutside`, for the Neo4j writer to
 * delete what an earlier write stored under them.
 */
function leaveOutTheSchema(graph: NewsGraph, judgedNames: ReadonlyMap<string, NameOverCorpus>): string[] {
  if (judgedNames.size === 0) return [];
  const outside = (form: string) => {
    const judged = judgedNames.get(form);
    return judged !== undefined && !judged.settled && judged.outsideArticles > 0 && judged.entityArticles > 0 && (judged.workArticles > 0 || outsideOdds(judged.evidence) > 0);
  };
  const nodesByForm = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    if (!ENTITY_KINDS.has(attributes.kind)) return;
    const form = normaliseName(attributes.name);
    if (outside(form)) push(nodesByForm, form, key);
  });
  const left: string[] = [];
  const leftKeys: string[] = [];
  for (const [form, keys] of nodesByForm) {
    const articles = keys.reduce((sum, key) => sum + new Set((graph.getNodeAttribute(key, "evidence") ?? []).map((evidence) => evidence.article)).size, 0);
    if (articles !== judgedNames.get(form)!.entityArticles) continue;
    left.push(graph.getNodeAttribute(keys[0], "name"));
    leftKeys.push(...keys);
    for (const key of keys) graph.dropNode(key);
  }
  if (leftKeys.length > 0) graph.setAttribute("leftOutside", [...(graph.getAttribute("leftOutside") ?? []), ...leftKeys].sort());
  return left.sort();
}

/**
 * An office of state is held in one country: where the articles give one person's office to several
 * ("Prime Minister Tony Blair" in stories about the UK, and in one about Iraq that names no other
 * country), the country most articles give stays and one given by half as many or fewer goes.
 */
function officesInOneCountry(graph: NewsGraph): number {
  let dropped = 0;
  graph.forEachNode((person, attributes) => {
    if (attributes.kind !== "Person") return;
    const offices = graph.outEdges(person).filter((edge) => {
      const { kind, role } = graph.getEdgeAttributes(edge);
      const target = graph.getNodeAttributes(graph.target(edge));
      return kind === "AFFILIATED_WITH" && role !== undefined && target.kind === "Place" && countryNamed(target.name) !== undefined && nationalOffice(role.toLowerCase().split(/\s+/)) !== undefined;
    });
    if (new Set(offices.map((edge) => graph.target(edge))).size < 2) return;
    const articles = (edge: string) => new Set(graph.getEdgeAttribute(edge, "evidence").map((evidence) => evidence.article)).size;
    const most = Math.max(...offices.map(articles));
    for (const edge of offices) {
      if (articles(edge) * 2 > most) continue;
      graph.dropEdge(edge);
      dropped++;
    }
  });
  return dropped;
}

/**
 * "The Colts", which one article's tagger took for a product, is the Indianapolis Colts where the corpus
 * has exactly one organisation, seen more than once, whose name the plural ends and whose story the article
 * shares (its articles name at least `minSharedContext` of the entities this article names). So is a name
 * the article left out for being written as no place ("Kansas City Chiefs", tagged a place), where such an
 * organisation bears exactly that name. The mentions become the organisation's evidence, with a MENTIONS
 * edge from the article; its key stays.
 */
function claimOutsideNames(graph: NewsGraph, names: readonly OutsideNameUse[], settings: MergeSettings): number {
  if (names.length === 0) return 0;
  const byLastWord = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    const words = normaliseName(attributes.name).split(" ");
    if (attributes.kind !== "Organization" || (attributes.mentions ?? 0) < 2) return;
    push(byName, words.join(" "), key);
    if (words.length >= 2) push(byLastWord, words[words.length - 1], key);
  });
  // What each article names, read once per article however many organisations it is read for.
  const named = new Map<string, Set<string>>();
  const namedBy = (article: string): Set<string> => {
    let entities = named.get(article);
    if (!entities) {
      entities = new Set(graph.hasNode(article) ? graph.outNeighbors(article).filter((key) => ENTITY_KINDS.has(graph.getNodeAttribute(key, "kind"))) : []);
      named.set(article, entities);
    }
    return entities;
  };
  const contexts = new Map<string, Set<string>>();
  const contextOf = (organisation: string): Set<string> => {
    let context = contexts.get(organisation);
    if (!context) {
      const articles = graph.inNeighbors(organisation).filter((key) => graph.getNodeAttribute(key, "kind") === "Article");
      context = new Set(articles.flatMap((article) => [...namedBy(article)]));
      contexts.set(organisation, context);
    }
    return context;
  };
  let claimed = 0;
  for (const { article, name, evidence, unplacedName } of names) {
    const candidates = (unplacedName ? byName.get(normaliseName(name)) : undefined) ?? (isClaimableName(name) ? byLastWord.get(normaliseName(name)) : undefined);
    if (!candidates) continue;
    const articleNode = articleKey(article);
    const sharing = candidates.filter((organisation) => {
      let shared = 0;
      for (const key of namedBy(articleNode)) if (key !== organisation && contextOf(organisation).has(key)) shared++;
      return shared >= settings.minSharedContext;
    });
    if (sharing.length !== 1) continue;
    const organisation = graph.getNodeAttributes(sharing[0]);
    organisation.aliases = [...new Set([...(organisation.aliases ?? []), name])].filter((alias) => alias !== organisation.name);
    organisation.mentions = (organisation.mentions ?? 0) + evidence.length;
    // In place, as articles add theirs: a hub's evidence is long.
    (organisation.evidence ??= []).push(...evidence);
    mergeEdge(graph, "MENTIONS", articleNode, sharing[0], { count: evidence.length, confidence: organisation.confidence ?? 0, evidence });
    claimed++;
  }
  return claimed;
}

/** Moves one node's evidence, aliases, counts and edges onto another and drops it; returns the edges that could not move. */
function absorb(graph: NewsGraph, from: string, into: string, rule: MergeRule): number {
  const source = graph.getNodeAttributes(from);
  const target = graph.getNodeAttributes(into);
  target.aliases = [...new Set([...(target.aliases ?? []), source.name, ...(source.aliases ?? [])])].filter((alias) => alias !== target.name);
  target.mentions = (target.mentions ?? 0) + (source.mentions ?? 0);
  target.confidence = Math.max(target.confidence ?? 0, source.confidence ?? 0);
  const seen = new Set((target.evidence ?? []).map((e) => `${e.article}@${e.start}-${e.end}`));
  target.evidence = [...(target.evidence ?? []), ...(source.evidence ?? []).filter((e) => !seen.has(`${e.article}@${e.start}-${e.end}`))];
  target.mergedFrom = [...(target.mergedFrom ?? []), `${from} (${rule})`, ...(source.mergedFrom ?? [])];
  let dropped = 0;
  const edges: Array<[string, EdgeAttributes, string, string]> = [];
  graph.forEachEdge(from, (edge, attributes, edgeSource, edgeTarget) => edges.push([edge, attributes, edgeSource, edgeTarget]));
  for (const [edge, attributes, edgeSource, edgeTarget] of edges) {
    graph.dropEdge(edge);
    const newSource = edgeSource === from ? into : edgeSource;
    const newTarget = edgeTarget === from ? into : edgeTarget;
    const spec = RELATION_TYPES[attributes.kind];
    const fits = (spec.from as readonly string[]).includes(graph.getNodeAttribute(newSource, "kind")) && (spec.to as readonly string[]).includes(graph.getNodeAttribute(newTarget, "kind"));
    if (newSource === newTarget || !fits) {
      dropped++;
      continue;
    }
    const { kind, ...rest } = attributes;
    mergeEdge(graph, kind, newSource, newTarget, rest);
  }
  graph.dropNode(from);
  return dropped;
}

/** An alias is never the name of another node: "Blair" stays an alias of Tony Blair only while no other node is named Blair. */
function dropAliasesOwnedElsewhere(graph: NewsGraph): void {
  const owners = new Map<string, number>();
  graph.forEachNode((_, attributes) => {
    if (ENTITY_KINDS.has(attributes.kind)) owners.set(normaliseName(attributes.name), (owners.get(normaliseName(attributes.name)) ?? 0) + 1);
  });
  graph.forEachNode((_, attributes: NodeAttributes) => {
    if (!ENTITY_KINDS.has(attributes.kind) || !attributes.aliases) return;
    const own = normaliseName(attributes.name);
    attributes.aliases = attributes.aliases.filter((alias) => {
      const form = normaliseName(alias);
      return form === own || !owners.has(form);
    });
  });
}
