// Relations between entities (AFFILIATED_WITH, LOCATED_IN, PART_OF), sentence by sentence:
// every pair of mentions is a candidate (relation-candidates.ts), the patterns of
// relation-patterns.ts mark the pairs the parse joins the usual ways, and the trained
// classifier (relation-model.ts) decides the relation, its direction and its confidence; what
// one member of a list of names gets, every member gets, and what is in a town is in the region
// named after it ("of Miami, Fla."). Names that state a relation by themselves add theirs
// (name-relations.ts), and so do offices of state held in the article's country (office-relations.ts) and titles
// a pronoun gives a body ("its founder Mikhail Khodorkovsky", possessed-titles.ts), a counted group holds ("ten former
// directors at WorldCom", group-titles.ts) or a story opens with for the person it names next ("The founder of Parmalat
// has apologised … Calisto Tanzi said", referred-titles.ts), bodies a person's pronoun owns ("his Liberal
// Democrats", owned-bodies.ts) and titles that name the kind of body they are held in ("police chief William Bratton"
// and the one police force the article names, body-titles.ts).
import type { ArticleDoc, Mention, RelationMention } from "../doc.js";
import { normaliseName } from "../../graph-schema/index.js";
import { round } from "../resolve/index.js";
import { countryNamed, holdsTown, HONORIFICS, isBodyOfNations, isFormerCountry, isKnownPlace, knownOnlyElsewhere, LOCATING_COMPOUNDS, PLACE_COMPOUND, UK_NATIONS } from "../resolve/lexicon.js";
import { AUDIENCE_VERBS, SPEECH_VERBS } from "./event-lexicon.js";
import { PORTFOLIOS } from "./lexicon.js";
import { bodyTitleRelations } from "./body-titles.js";
import { nameRelations } from "./name-relations.js";
import { officeRelations } from "./office-relations.js";
import { groupTitleRelations } from "./group-titles.js";
import { possessedTitleRelations } from "./possessed-titles.js";
import { ownedBodyRelations } from "./owned-bodies.js";
import { referredTitleRelations } from "./referred-titles.js";
import { ancestors, CLAUSE_RELATIONS, matchesDeprel, parseTrees, treePath, withinOneClause, type ParseTree } from "./parse-tree.js";
import { labelRelation, likeliestRelation, RELATION_LABELS, relationCandidates, type RelationCandidate } from "./relation-candidates.js";
import { defaultRelationModel, type RelationModel } from "./relation-model.js";
import { listFrom, sentenceViews } from "./sentence-view.js";
import { inWordClass } from "./word-classes.js";

export function extractRelations(doc: ArticleDoc, model: RelationModel = defaultRelationModel()): RelationMention[] {
  const relations: RelationMention[] = [];
  const nameOf = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  const kindOf = new Map(doc.entities.map((entity) => [entity.key, entity.kind]));
  for (const tree of parseTrees(doc.sentences, doc.mentions)) {
    const decided: Decided[] = [];
    const lists = listsOf(tree);
    const roll = isRollOfNames(tree);
    for (const candidate of relationCandidates(tree)) {
      const relation = decide(candidate, model);
      if (!relation) continue;
      const forward = relation.source === candidate.first.entity;
      const [source, target] = forward ? [candidate.first, candidate.second] : [candidate.second, candidate.first];
      if (heldApart(tree, lists, roll, relation, source, target)) continue;
      decided.push({ relation, source, target, containment: relation.kind === "LOCATED_IN" && namesItsContainer(tree, source, target) });
    }
    // Each in one country before a list shares what its members got, and again after.
    const listedWith = new Map<string, Set<string>>();
    for (const [member, { others }] of lists) listedWith.set(member.entity!, new Set([...(listedWith.get(member.entity!) ?? []), ...others.map((other) => other.entity!)]));
    const countries: SentenceEntities = { nameOf, kindOf, listedWith };
    const kept = new Set(inOneCountryEach(decided.map(({ relation }) => relation), countries));
    const inOne = decided.filter(({ relation }) => kept.has(relation));
    relations.push(...inOneCountryEach([...inOne.map(({ relation }) => relation), ...sharedByList(tree, lists, inOne, roll), ...heldByContainingPlace(inOne)], countries));
  }
  relations.push(...nameRelations(doc));
  const views = sentenceViews(doc);
  relations.push(...officeRelations(doc, relations, views));
  relations.push(...possessedTitleRelations(doc, views));
  relations.push(...groupTitleRelations(doc, views));
  relations.push(...referredTitleRelations(doc, views));
  relations.push(...ownedBodyRelations(doc, views));
  relations.push(...bodyTitleRelations(doc, relations, views));
  return withoutDoubtfulSecondAffiliations(relations.filter((relation) => !impossibleContainment(relation, nameOf, kindOf)), kindOf);
}

/** An affiliation this sure is what a sentence says the person is (a title, an apposition, an office of state)… */
const SURE_AFFILIATION = 0.8;
/** …and one under this, to another body or place of the same sentence, is a neighbour rather than a second employer. */
const DOUBTFUL_AFFILIATION = 0.5;

/**
 * "Chelsea manager Jose Mourinho expects the clash with Barcelona", "Atinc Ozkan, analyst at Finans Investment in
 * Istanbul": where a sentence says surely what a person is with, a doubtful affiliation of theirs to another name of
 * it is dropped. Over the BBC corpus graph such doubtful second affiliations were right about one time in ten. So is
 * a doubtful one to an organisation that shares its role with a likelier one: one title is held at one body ("All
 * Blacks captain Tama Umaga has warned the British and Irish Lions", captain of the All Blacks at 0.68, of the Lions at
 * 0.41). A place may be a second ("Toulouse's former Irish international Trevor Brennan"). A title a sure one holds at
 * an organisation is held at no other of its sentence, however likely: "Everton defender David Weir … after beating
 * Liverpool" (a defender of Liverpool at 0.54); over the BBC corpus ten of the fourteen such ones were wrong.
 */
export function withoutDoubtfulSecondAffiliations(relations: RelationMention[], kindOf: ReadonlyMap<string, string>): RelationMention[] {
  const affiliations = relations.filter((relation) => relation.kind === "AFFILIATED_WITH");
  const surely = new Set(affiliations.filter((relation) => relation.confidence >= SURE_AFFILIATION).map((relation) => `${relation.source}|${relation.sentence}`));
  const titled = new Set(affiliations.filter((relation) => relation.role && relation.confidence >= DOUBTFUL_AFFILIATION).map((relation) => `${relation.source}|${relation.sentence}|${relation.role}`));
  const surelyTitled = new Set(affiliations.filter((relation) => relation.role && relation.confidence >= SURE_AFFILIATION && kindOf.get(relation.target) === "Organization").map((relation) => `${relation.source}|${relation.sentence}|${relation.role}`));
  const sharesRole = (relation: RelationMention, titles: Set<string>) => kindOf.get(relation.target) === "Organization" && titles.has(`${relation.source}|${relation.sentence}|${relation.role}`);
  return relations.filter(
    (relation) =>
      relation.kind !== "AFFILIATED_WITH" ||
      relation.confidence >= SURE_AFFILIATION ||
      (relation.confidence >= DOUBTFUL_AFFILIATION ? !sharesRole(relation, surelyTitled) : !surely.has(`${relation.source}|${relation.sentence}`) && !sharesRole(relation, titled)),
  );
}

/** Whether what the sentence says keeps two names from the relation the classifier gave them. */
function heldApart(tree: ParseTree, lists: ReadonlyMap<Mention, Listing>, roll: boolean, relation: RelationMention, source: Mention, target: Mention): boolean {
  // "Sweden, Denmark and Norway": names listed side by side hold no relation to each other.
  if (lists.get(source)?.plain && lists.get(source)!.others.includes(target)) return true;
  if (roll && neighboursInARoll(tree, source, target)) return true;
  if (coordinated(tree, source, target)) return true;
  if (relation.kind === "AFFILIATED_WITH" && titledElsewhere(tree, source, target)) return true;
  if (relation.kind === "AFFILIATED_WITH") {
    // "Mr Johnson told BBC News: 'Gordon Brown will play a central role'": whom a report is told to employs no one it names.
    // "a debut against Wales": whom one faces is no one's body, unless the person is named in that phrase ("a candidate
    // against Armed Forces Minister Adam Ingram").
    const inTargetsPhrase = ancestors(tree, tree.mentionHeads.get(source)!).includes(tree.mentionHeads.get(target)!);
    return isToldTo(tree, target) || heldToAccountBy(tree, source, target) || (reachedInPassage(tree, target, "beside") && !inTargetsPhrase);
  }
  if (relation.kind !== "LOCATED_IN") return false;
  // "the US-funded Radio Farda", "Swiss-born conductor Marcello Viotti": who funds or bore it does not say where it is.
  const compound = PLACE_COMPOUND.exec(tree.tokens[target.tokenStart]?.text ?? "");
  if (target.tokenEnd - target.tokenStart === 1 && compound && !LOCATING_COMPOUNDS.has(compound[2])) return true;
  return apartInAList(tree, source, target) ||
    (source.kind === "Place" && knownOnlyElsewhere(source.text, target.text) && !plainlyPlacedIn(tree, source, target)) ||
    reachedInPassage(tree, target, source.kind === "Place" ? "passage" : "beside") ||
    (isToldTo(tree, source) && !ancestors(tree, tree.mentionHeads.get(target)!).includes(tree.mentionHeads.get(source)!)) ||
    speaksOf(tree, source, target);
}

/**
 * "Michael Jackson, Aerosmith, Diana Ross and Phil Collins", "Shrek 2, Finding Nemo and the original Shrek": names the
 * parse coordinates with an "and" or "or" of its own, of whatever kinds, with nothing but other names, commas and their
 * articles between them, are listed side by side, not one within or with the other ("Culture, Media and Sport
 * Secretary Tessa Jowell" holds a title between; "Commerce and Industry" coordinates inside a name).
 */
function coordinated(tree: ParseTree, first: Mention, second: Mention): boolean {
  const [before, after] = first.tokenStart < second.tokenStart ? [first, second] : [second, first];
  const between = tree.tokens.slice(before.tokenEnd, after.tokenStart).map((token, offset) => ({ token, at: before.tokenEnd + offset }));
  if (between.some(({ token, at }) => !tree.mentionAt[at] && token.text !== "," && token.upos !== "CCONJ" && token.upos !== "DET" && token.upos !== "ADJ")) return false;
  // A place and a known region after its comma ("in Kentish Town, London, and 22 in Cambridge") is left to `apartInAList`.
  if (before.kind === "Place" && after.kind === "Place" && between.length === 1 && (isKnownPlace(after.text) || countryNamed(after.text) !== undefined)) return false;
  // The parse may hang the members before the last on the first as a `list`.
  const conjunctOf = (token: number) => (["conj", "list"].includes(tree.tokens[token].deprel) ? tree.heads[token] : token);
  const root = conjunctOf(tree.mentionHeads.get(first)!);
  if (root < 0 || root !== conjunctOf(tree.mentionHeads.get(second)!)) return false;
  const ownConjunction = (member: number) => tree.children[member].some((mark) => tree.tokens[mark].deprel === "cc" && !tree.mentionAt[mark]);
  return tree.children[root].some((child) => tree.tokens[child].deprel === "conj" && ownConjunction(child));
}

/**
 * "Chelsea manager Jose Mourinho and Arsenal boss Arsene Wenger": a body that qualifies the title of one person is not
 * the body of another who holds a title of their own ("Chelsea defenders John Terry and William Gallas" share theirs).
 */
function titledElsewhere(tree: ParseTree, person: Mention, body: Mention): boolean {
  const titleOf = (at: number) => tree.children[at].find((child) => child < at && ["nmod:desc", "compound"].includes(tree.tokens[child].deprel) && isTitle(tree, child));
  const title = tree.heads[tree.mentionHeads.get(body)!];
  if (title < 0 || !isTitle(tree, title) || tree.heads[title] < 0) return false;
  const holder = tree.mentionAt[tree.heads[title]];
  return holder !== undefined && holder !== person && holder.kind === "Person" && titleOf(tree.mentionHeads.get(person)!) !== undefined;
}

/** Parts of speech of the words of a noun phrase before its head: "the Washington-based independent think-tank". */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "VERB"]);

/** The relations by which what a reporting verb says hangs on it, or it on what it says ("…, the OECD said"). */
const SAID_CLAUSE_RELATIONS: readonly string[] = ["ccomp", "parataxis"];

/**
 * "US growth would reach 4.4% in 2004, the OECD said", "Mr Blair said Iraq had to hold elections": the speaker of a
 * report is not where the places it speaks of are.
 */
function speaksOf(tree: ParseTree, speaker: Mention, place: Mention): boolean {
  // "Mr Makower": the name hangs on its honorific, which stands for it in the clause.
  let name = tree.mentionHeads.get(speaker)!;
  while (tree.tokens[name].deprel === "flat" && tree.heads[name] >= 0 && tree.heads[name] < name) name = tree.heads[name];
  const verb = tree.heads[name];
  if (verb < 0 || !matchesDeprel(tree.tokens[name].deprel, "nsubj") || !SPEECH_VERBS.has(tree.lemmas[verb])) return false;
  // A place right before the speaker's name is of its phrase, however the parse tore it: "the Washington-based
  // independent think-tank The Brookings Institution said", "Ulster coach mark McCall said".
  const between = tree.tokens.slice(place.tokenEnd, speaker.tokenStart);
  if (place.tokenEnd <= speaker.tokenStart && between.every((token) => NOUN_PHRASE_TAGS.has(token.upos))) return false;
  const placeHead = tree.mentionHeads.get(place)!;
  const { up, top, down } = treePath(tree, name, placeHead);
  if (top === verb) return down[0] !== undefined && SAID_CLAUSE_RELATIONS.some((relation) => matchesDeprel(tree.tokens[down[0]].deprel, relation));
  // A report set in what it says hangs on it ("For instance, said Mr Makower, credit cards are rare in China"); one after
  // what it says, however the parse names the link: "…, but fall to 3.3%, the OECD said" (a conjunct), "would help world
  // economic recovery, the OECD said" (a complement).
  const link = (relations: readonly string[]) => relations.some((relation) => matchesDeprel(tree.tokens[verb].deprel, relation));
  return up[0] === verb && (link(SAID_CLAUSE_RELATIONS) || (verb > placeHead && link([...CLAUSE_RELATIONS, "conj"])));
}

/** A roll of names (a team sheet, a list of cities) has this many separators at least, and this many words in lower case at most. */
const ROLL_SEPARATORS = 4;
const ROLL_PROSE_WORDS = 2;

/** Whether a sentence is a roll of names rather than prose: many separators and names, hardly a word in lower case. */
function isRollOfNames(tree: ParseTree): boolean {
  if (tree.mentions.length <= ROLL_SEPARATORS) return false;
  const separators = tree.tokens.filter((token) => token.text === "," || token.text === ";").length;
  return separators >= ROLL_SEPARATORS && tree.tokens.filter((token) => /^\p{Ll}+$/u.test(token.text)).length <= ROLL_PROSE_WORDS;
}

/**
 * "Cech, Ferreira, Carvalho, Terry, Gallas, Tiago, Makelele": two names a roll of names (`isRollOfNames`) parts only by commas,
 * semicolons and bracketed asides hold no relation to each other, whatever kinds the tagger gave them
 * (it reads a player's surname as a place now and then). The header of a team sheet ("Everton: Martyn, …")
 * and a club in brackets ("Coyne (Burnley)") are no neighbours of that kind, nor is a place and a known region.
 */
function neighboursInARoll(tree: ParseTree, a: Mention, b: Mention): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  // "Venues: Houston, Texas; …": a place and the known region after its comma are no neighbours in a roll.
  if (first.kind === "Place" && second.kind === "Place" && (isKnownPlace(second.text) || countryNamed(second.text))) return false;
  let depth = 0;
  let parted = false;
  for (let at = first.tokenEnd; at < second.tokenStart; at++) {
    const text = tree.tokens[at].text;
    if (text === "(") depth++;
    else if (text === ")") depth = Math.max(0, depth - 1);
    else if (depth > 0 || tree.mentionAt[at]) continue;
    else if (text === "," || text === ";") parted = true;
    else return false;
  }
  return parted && depth === 0;
}

/**
 * "Goa, India", "Ontario in Canada": a place the text puts in a country in so many words, which the place index
 * may know only elsewhere (its Goa is in the Philippines, its Ontario in California).
 */
function plainlyPlacedIn(tree: ParseTree, place: Mention, country: Mention): boolean {
  if (country.tokenStart < place.tokenEnd) return false;
  const between = tree.tokens.slice(place.tokenEnd, country.tokenStart).map((token) => token.text.toLowerCase());
  return between.length <= 1 && between.every((word) => word === "," || word === "in");
}

/** The words that part the names of a list. */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([",", ";", "and", "or"]);

/**
 * "Gawker, This Fish Needs a Bicycle, Wonkette, Boing Boing and Gothamist", "Leeds North West, Cambridge, …, Orpington and
 * Haltemprice": two names with other names of the same list between them are no place and its container; only
 * neighbours may be ("Mach, Balochistan"), and not, in a list that goes on past them, a town the place index knows after
 * another ("visits Manchester, Liverpool, Leicester, Somerset"), unless the gazetteers say it holds the first (a US state,
 * a nation of the UK): "Leeds, West Yorkshire, England" is a chain.
 */
function apartInAList(tree: ParseTree, a: Mention, b: Mention): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  let between = 0;
  for (let at = first.tokenEnd; at < second.tokenStart; at++) {
    const mention = tree.mentionAt[at];
    if (mention) {
      if (mention.tokenStart === at) between++;
    } else if (!LIST_SEPARATORS.has(tree.tokens[at].text.toLowerCase())) return false;
  }
  if (between > 0) return true;
  const listedBefore = tree.tokens[first.tokenStart - 1]?.text === "," && tree.mentionAt[first.tokenStart - 2] !== undefined;
  const listedAfter = LIST_SEPARATORS.has(tree.tokens[second.tokenEnd]?.text.toLowerCase() ?? "") && tree.mentionAt[second.tokenEnd + 1] !== undefined;
  return (listedBefore || listedAfter) && isKnownPlace(second.text) && !holdsTown(second.text, first.text) && !UK_NATIONS.has(normaliseName(second.text));
}

/**
 * Containments no sentence can state. "a friendly against Hungary in Cardiff", "France v Israel", "the UK, Finland and
 * Belgium": a country is in no other country and no city, whatever the words around it suggest (none of the dev gold
 * graphs' 117 LOCATED_IN starts at a country; over the BBC corpus all 79 such edges were wrong). A continent, a region
 * or a former state ("Serbia, Yugoslavia") may still hold it. So is a nation of the United Kingdom, but for the UK
 * itself ("England in Cardiff", "Wales in Rome"). Nor is a body of nations in a country.
 */
function impossibleContainment(relation: RelationMention, nameOf: ReadonlyMap<string, string>, kindOf: ReadonlyMap<string, string>): boolean {
  const [source, target] = [nameOf.get(relation.source) ?? "", nameOf.get(relation.target) ?? ""];
  if (relation.kind !== "LOCATED_IN") return false;
  // A country beside a body of nations is a member, a borrower or its subject ("Poland, one of the largest EU member
  // states", "the IMF approved Sri Lanka's request"), not its seat: that is a city ("the Geneva-based WTO").
  if (kindOf.get(relation.source) === "Organization" && isBodyOfNations(source)) return countryNamed(target) !== undefined;
  // A side is no more in the stadium it plays at ("Scotland in Murrayfield") than in the town.
  if (UK_NATIONS.has(normaliseName(source))) return countryNamed(target) !== "United Kingdom" && !NATIONS_HOLDERS.has(normaliseName(target));
  return countryNamed(source) !== undefined && !isFormerCountry(target) && (countryNamed(target) !== undefined || isKnownPlace(target));
}

/** Kinds of entity that one sentence puts in one country at most. */
const IN_ONE_COUNTRY: ReadonlySet<string> = new Set(["Place", "Person"]);
/**
 * An organisation may have a seat in several ("operations in Australia, South Africa, Spain"), so one sentence puts it
 * in a second country only at this confidence, at which the classifier's edge is likelier right than wrong.
 */
const SECOND_COUNTRY_CONFIDENCE = 0.5;

/**
 * "missions in Baghdad and Basra in Iraq, Kabul in Afghanistan and Pyongyang in North Korea": a place or a person that
 * one sentence puts in several countries is in the one the classifier is surest of (Basra in Iraq at 0.82, not in
 * Afghanistan at 0.52 nor North Korea at 0.49); an organisation, in the others too only where it is likelier so than
 * not ("when Belgium's Interbrew bought Brazilian brewer Ambev": Ambev in Brazil at 0.82, not in Belgium at 0.34).
 * Countries listed together are read together: "the Andean Group (Colombia, Bolivia, Ecuador, Peru, and Venezuela)"
 * is in each, as CoNLL04 annotates it. No dev gold graph puts anything but a group ("Hazaras") in two countries.
 */
function inOneCountryEach(relations: RelationMention[], { nameOf, kindOf, listedWith }: SentenceEntities): RelationMention[] {
  const countryOf = (relation: RelationMention) => (relation.kind === "LOCATED_IN" ? countryNamed(nameOf.get(relation.target) ?? "") : undefined);
  const surest = new Map<string, RelationMention>();
  for (const relation of relations) {
    const best = surest.get(relation.source);
    if (countryOf(relation) !== undefined && (!best || relation.confidence > best.confidence)) surest.set(relation.source, relation);
  }
  return relations.filter((relation) => {
    const country = countryOf(relation);
    if (country === undefined) return true;
    const best = surest.get(relation.source)!;
    if (country === countryOf(best) || listedWith.get(best.target)?.has(relation.target)) return true;
    const kind = kindOf.get(relation.source) ?? "";
    return kind === "Organization" ? relation.confidence >= SECOND_COUNTRY_CONFIDENCE : !IN_ONE_COUNTRY.has(kind);
  });
}

/** The article's entities by key, and the entities each is listed with in the sentence at hand. */
interface SentenceEntities {
  nameOf: ReadonlyMap<string, string>;
  kindOf: ReadonlyMap<string, string>;
  listedWith: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What holds a nation of the United Kingdom, beside the UK. */
const NATIONS_HOLDERS: ReadonlySet<string> = new Set(["europe", "british isles"]);

/**
 * "sailing to Alaska from Canada", "a mock split from Rome", "Umbria between Rome and Florence": a place
 * named as where something goes, comes from or lies beside holds no other place (`@passage`); and one named
 * as what something lies beside holds nothing ("the Municipality of Bogliasco, next to Genova": `@beside`,
 * as the preposition or the adverb before "to").
 */
function reachedInPassage(tree: ParseTree, place: Mention, wordClass: "passage" | "beside"): boolean {
  const head = tree.mentionHeads.get(place)!;
  // A conjunct after "and" or "or" shares the first one's preposition: "between Russia and the US" (not "from Omaha, Nebraska").
  const joined = tree.tokens[head].deprel === "conj" && tree.children[head].some((child) => tree.tokens[child].deprel === "cc");
  const phrase = joined ? [head, tree.heads[head]] : [head];
  return phrase.some((token) => tree.children[token].some((child) => ["case", "advmod"].includes(tree.tokens[child].deprel) && inWordClass(wordClass, tree.lemmas[child])));
}

/**
 * "Archbishop Tutu told BBC News: …", "told Reuters television a U.S. team found the pots": the outlet a report
 * is told to is not in the places the report names, only in one its own phrase names ("told Dutch newspaper
 * Algemeen Dagblad").
 */
function isToldTo(tree: ParseTree, mention: Mention): boolean {
  // Right after "told (the)" and right before a person's name, whatever the parse made of it: "told the BBC Michael Howard
  // has always been in favour", "told the Sunday Times Mr Campbell would …", which the parser reads as one noun phrase.
  const before = mention.tokenStart - (tree.tokens[mention.tokenStart - 1]?.text.toLowerCase() === "the" ? 2 : 1);
  const personAfter = tree.mentionAt[mention.tokenEnd]?.kind === "Person" || HONORIFICS.has(tree.tokens[mention.tokenEnd]?.text.toLowerCase() ?? "");
  if (before >= 0 && AUDIENCE_VERBS.has(tree.lemmas[before]) && personAfter) return true;
  const name = tree.mentionHeads.get(mention)!;
  // The outlet's name may qualify what is told: "told Reuters television"; a body's name before a title qualifies the person
  // told, who is no outlet ("told fellow WorldCom board member Bert Roberts").
  const qualified = tree.heads[name];
  const head = tree.tokens[name].deprel === "compound" && qualified >= 0 && !tree.mentionAt[qualified] && !inWordClass("title", tree.lemmas[qualified]) ? qualified : name;
  const verb = tree.heads[head];
  return verb >= 0 && ["obj", "iobj"].includes(tree.tokens[head].deprel) && AUDIENCE_VERBS.has(tree.lemmas[verb]);
}

/**
 * "Dallas police arrested Oswald", "Oswald was arrested by Dallas police": whom a body arrests, charges or sues
 * (`@accountability`) it does not employ.
 */
function heldToAccountBy(tree: ParseTree, person: Mention, body: Mention): boolean {
  const [personHead, bodyHead] = [tree.mentionHeads.get(person)!, tree.mentionHeads.get(body)!];
  const verb = tree.heads[personHead];
  if (verb < 0 || tree.heads[bodyHead] !== verb || !inWordClass("accountability", tree.lemmas[verb])) return false;
  const [personRole, bodyRole] = [tree.tokens[personHead].deprel, tree.tokens[bodyHead].deprel];
  return (personRole === "obj" && bodyRole === "nsubj") || (personRole === "nsubj:pass" && bodyRole === "obl:agent");
}

/** What makes two relations one fact: their type and their two ends. */
const relationKey = ({ kind, source, target }: Pick<RelationMention, "kind" | "source" | "target">) => `${kind}|${source}|${target}`;

interface Decided {
  relation: RelationMention;
  source: Mention;
  target: Mention;
  /** Whether the pair is a place and, after a comma, the place containing it: "Bethany, Conn.". */
  containment: boolean;
}

/** Whether a place is followed by the place it is in, with only a comma between: "Miami, Fla.", whatever the parse made of it. */
const namesItsContainer = (tree: ParseTree, place: Mention, container: Mention) =>
  place.kind === "Place" && container.kind === "Place" && container.tokenStart === place.tokenEnd + 1 && tree.tokens[place.tokenEnd].text === ",";

/**
 * "Andrew Hall of Miami, Fla.": who or what is in a place is in the place the text names as containing
 * it, with the weaker of the two confidences.
 */
function heldByContainingPlace(decided: Decided[]): RelationMention[] {
  const containers = new Map<Mention, Decided[]>();
  for (const fact of decided) if (fact.containment) containers.set(fact.source, [...(containers.get(fact.source) ?? []), fact]);
  const known = new Map(decided.map(({ relation }) => [relationKey(relation), relation]));
  const held: RelationMention[] = [];
  for (const { relation, target, containment } of decided) {
    if (containment || relation.kind === "PART_OF") continue;
    for (const container of containers.get(target) ?? []) {
      if (container.relation.target === relation.source) continue;
      const confidence = Math.min(relation.confidence, container.relation.confidence);
      const key = relationKey({ ...relation, target: container.relation.target });
      // Where the classifier found the same relation by itself, the better-supported confidence holds.
      const same = known.get(key);
      if (same) {
        same.confidence = Math.max(same.confidence, confidence);
        continue;
      }
      const span = { start: Math.min(relation.span.start, container.relation.span.start), end: Math.max(relation.span.end, container.relation.span.end) };
      const inferred = { ...relation, target: container.relation.target, span, confidence };
      known.set(key, inferred);
      held.push(inferred);
    }
  }
  return held;
}

/**
 * "Martin Mubanga, Richard Belmar and Feroz Abbasi, from London": what the classifier gives one
 * member of a list of names of one kind holds for every member, with the same confidence; not a
 * relation between two members ("Sardinia, Corsica and Cyprus").
 */
function sharedByList(tree: ParseTree, lists: ReadonlyMap<Mention, Listing>, decided: Decided[], roll: boolean): RelationMention[] {
  const known = new Set(decided.map(({ relation }) => relationKey(relation)));
  const shared: RelationMention[] = [];
  for (const { relation, source, target } of decided) {
    const members = lists.get(source)?.others ?? [];
    if (members.includes(target)) continue;
    const premodifier = modifiesBefore(tree, target, source);
    // "behind Justin Gatlin and Francis Obikwelu of Portugal": a place hung on the last member with no comma is its own
    // ("Martin Mubanga, Richard Belmar and Feroz Abbasi, from London" is the list's).
    const tight = target.tokenStart > source.tokenEnd && tree.tokens.slice(source.tokenEnd, target.tokenStart).every((token) => token.upos === "ADP" || token.upos === "DET");
    for (const member of members) {
      if (tight && member.tokenStart < source.tokenStart) continue;
      const key = relationKey({ ...relation, source: member.entity! });
      if (member.entity === relation.target || known.has(key)) continue;
      // "Israel's Jonathan Erlich and Andy Ram" share the possessive; "Milan's La Scala and the Vienna State Opera", "the
      // UK's Foreign Office and Lawrence Livermore National Laboratories in the US" do not: a member with its own article
      // or its own relation of that kind is a phrase of its own.
      if (premodifier && (hasDeterminer(tree, member) || decided.some((other) => other.source === member && other.relation.kind === relation.kind))) continue;
      // What keeps a member apart from the target keeps it from the shared relation too: "Hong Kong, Tokyo and Pusan in
      // South Korea" puts no Tokyo in South Korea, as it puts no Hong Kong there.
      if (heldApart(tree, lists, roll, { ...relation, source: member.entity! }, member, target)) continue;
      known.add(key);
      shared.push({ ...relation, source: member.entity!, span: { start: Math.min(relation.span.start, member.start), end: Math.max(relation.span.end, member.end) } });
    }
  }
  return shared;
}

/** Whether a mention qualifies another before its name, as its possessive or modifier ("Milan's La Scala", "US giant Microsoft"). */
function modifiesBefore(tree: ParseTree, modifier: Mention, named: Mention): boolean {
  const head = tree.mentionHeads.get(modifier)!;
  return modifier.tokenEnd <= named.tokenStart && tree.heads[head] === tree.mentionHeads.get(named) && ["nmod:poss", "compound", "amod"].includes(tree.tokens[head].deprel);
}

/** Whether a name has its own article: "the Vienna State Opera". */
function hasDeterminer(tree: ParseTree, mention: Mention): boolean {
  return tree.children[tree.mentionHeads.get(mention)!].some((child) => tree.tokens[child].deprel === "det");
}

/** A mention's place in a list of names of one kind. */
interface Listing {
  /** The other members (of other entities), when the list has an "and" or "or": "Paris, Texas" is a place and its region. */
  others: Mention[];
  /**
   * Whether it is a plain list ("A, B and C", "A and B": one "and" or "or", before the last member).
   * "Bethany, Conn., and Boston, Mass." is none: its commas part each town from its state.
   */
  plain: boolean;
}

/** Each mention of a list of names of one kind with its listing. */
function listsOf(tree: ParseTree): Map<Mention, Listing> {
  const lists = new Map<Mention, Listing>();
  const isConjunction = (token: { text: string }) => /^(and|or)$/i.test(token.text);
  for (const mention of tree.mentions) {
    if (lists.has(mention)) continue;
    const members = listFrom(tree, mention);
    const last = members[members.length - 1];
    const coordinated = members.length > 1 && tree.tokens.slice(mention.tokenEnd, last.tokenStart).some(isConjunction);
    const joinedBy = members.slice(1).map((member, index) => tree.tokens.slice(members[index].tokenEnd, member.tokenStart).some(isConjunction));
    const plain = joinedBy.length > 0 && joinedBy.indexOf(true) === joinedBy.length - 1;
    for (const member of members) lists.set(member, { others: coordinated ? members.filter((other) => other !== member && other.entity !== member.entity) : [], plain });
  }
  return lists;
}

/** The relation the model gives a candidate, when one reaches the model's threshold. */
export function decide(candidate: RelationCandidate, model: RelationModel): RelationMention | undefined {
  const probabilities = model.probabilities(candidate.features, candidate.allowed);
  // The likeliest relation, kept when its own confidence reaches the threshold, even where NONE
  // is likelier still: the threshold and the calibration were fitted on exactly this choice.
  const { label: best, probability } = likeliestRelation(probabilities);
  if (probabilities[best] === 0) return undefined;
  const read = labelRelation(RELATION_LABELS[best])!;
  const [source, target] = read.forward ? [candidate.first, candidate.second] : [candidate.second, candidate.first];
  const confidence = model.calibrated(probability, read.relation, source.kind);
  if (confidence < model.threshold) return undefined;
  const { tree } = candidate;
  const role = read.relation === "AFFILIATED_WITH" ? roleOf(candidate, source, target) : undefined;
  return {
    kind: read.relation,
    source: source.entity!,
    target: target.entity!,
    sentence: tree.sentence,
    span: { start: Math.min(source.start, target.start), end: Math.max(source.end, target.end) },
    confidence: round(confidence),
    ...(role ? { role } : {}),
  };
}

/**
 * The title a pattern read for the pair, else a title word between them in the holder's own clause: "director",
 * "Prime Minister"; not the title of another clause's subject ("A BBC spokeswoman said Andi Peters would continue").
 */
function roleOf(candidate: RelationCandidate, source: Mention, target: Mention): string | undefined {
  const { tree } = candidate;
  const matched = candidate.matches.find((match) => match.role !== undefined && match.source === source && match.target === target);
  if (matched) return asRole(titleAround(tree, matched.role!));
  const from = Math.min(source.tokenEnd, target.tokenEnd);
  const to = Math.max(source.tokenStart, target.tokenStart);
  const holder = tree.mentionHeads.get(source);
  for (let token = from; token < to; token++) {
    // A title word the tagger read as an adverb is one only right before the name: "Liverpool forward Milan Baros", not
    // "Middlesbrough poured forward and Kiely saved"; one it read as a verb is none ("who starred in", "who chairs").
    const { upos } = tree.tokens[token];
    const titleWord = isTitle(tree, token) && upos !== "VERB" && (upos !== "ADV" || token === source.tokenStart - 1) && (holder === undefined || heldBy(tree, token, holder));
    const role = titleWord ? asRole(titleAround(tree, token)) : undefined;
    if (role) return role;
  }
  // "Secretary-General Antonio Guterres" with its holder named earlier.
  const before = source.tokenStart - 1;
  return before >= 0 && isTitle(tree, before) ? asRole(titleAround(tree, before)) : undefined;
}

/**
 * Whether a title word is its holder's: in the holder's own clause, or the predicate of a relative clause on the holder
 * ("Professor Rothwell, who is also vice-president of research at Manchester University").
 */
function heldBy(tree: ParseTree, title: number, holder: number): boolean {
  if (withinOneClause(tree, title, holder)) return true;
  const noun = tree.heads[title];
  if (noun < 0 || !matchesDeprel(tree.tokens[title].deprel, "acl:relcl")) return false;
  // The clause hangs on the holder's own phrase ("Professor" of "Professor Rothwell"), with no verb between.
  const path = treePath(tree, noun, holder);
  return withinOneClause(tree, noun, holder, path) && [...path.up, path.top, ...path.down].every((token) => tree.tokens[token].upos !== "VERB" && tree.tokens[token].upos !== "AUX");
}

/** A title, unless it is only a portfolio, which names a field, not an office: "Japan's economy", "home to brands". */
function asRole(title: string): string | undefined {
  return title.toLowerCase().split(/\s+/).every((word) => PORTFOLIOS.has(word) || PORTFOLIOS.has(word.replace(/s$/, ""))) ? undefined : title;
}

const isTitle = (tree: ParseTree, token: number) => inWordClass("title", tree.lemmas[token]) && !tree.mentionAt[token];

/** The run of title words around a title token, in the text's own spelling: "chief conductor". */
export function titleAround(tree: ParseTree, token: number): string {
  let start = token;
  let end = token + 1;
  while (start > 0 && isTitle(tree, start - 1)) start--;
  while (end < tree.tokens.length && isTitle(tree, end)) end++;
  return tree.tokens.slice(start, end).map((word) => word.text).join(" ");
}
