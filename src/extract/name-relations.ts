// Relations that organisation names state by themselves, across the article: "UN General
// Assembly" PART_OF "UN"; "Municipality of Livorno" LOCATED_IN "Livorno"; "Italian Supreme
// Court" LOCATED_IN Italy.
import type { ArticleDoc, Entity, RelationMention } from "../doc.js";
import { BUSINESS_GROUP_WORDS, COMMON_NOUN_ACRONYMS, countryNamed, countryOfDemonym, NAME_LINK_WORDS, ORGANISATION_HEADS, UK_NATIONS } from "../resolve/lexicon.js";

/** How often a name that contains another's is a part of it or lies in it (on the dev gold articles, about 0.7). */
const NAME_CONFIDENCE = 0.7;

/** Regions a firm names its branch for, beside countries: "AOL Europe", "MTV Asia", "UKIP Scotland". */
const BRANCH_REGIONS: ReadonlySet<string> = new Set(["europe", "asia", "africa", "america", "americas", "latin america", "middle east", "pacific", ...UK_NATIONS]);

/**
 * Words after a firm's name for one of its divisions: "BBC Radio Sheffield", "BBC Films", "BBC Two", "EA Sports", "Sky
 * Movies", "Fiat Auto", "Fiat Powertrain", "Jarvis Rail Maintenance". Any other word of the language is more often a
 * firm's own name ("Nissan Motor", "Cairn Energy", "Jupiter Research", "Leicester City") than a part of it.
 */
const DIVISION_WORDS: ReadonlySet<string> = new Set([
  "radio", "films", "movies", "pictures", "sport", "sports", "news", "music", "records", "television", "tv", "online", "mobile",
  "games", "one", "two", "three", "four", "five", "auto", "powertrain", "rail", "maintenance", "capital",
]);

/** Words after a party's name for the body it forms, which is no part of the party: "Labour government", "Labour administration". */
const FORMED_BODIES: ReadonlySet<string> = new Set(["government", "administration"]);

/**
 * Whether the words a name adds to its parent's name describe a part: a body or a division ("General Assembly",
 * "Rail Maintenance", "Capital", "Radio Sheffield", "CBS TV"), or the country or region it serves ("AOL Europe", "Yukos
 * USA"); not a name's own further word ("Merrill Lynch", "Biogen Idec", "Duchy of Cornwall") nor a club's city
 * ("Atletico Madrid", "Borussia Dortmund"), which make the shorter name a short form of the longer.
 */
function namesAPart(added: readonly string[]): boolean {
  // "Independent News & Media", "Virgin Group": words that name a group of businesses make the longer name the whole;
  // "Labour government": a party forms it.
  if (added.some((word) => BUSINESS_GROUP_WORDS.has(word.toLowerCase()) || FORMED_BODIES.has(word.toLowerCase()))) return false;
  const region = added.join(" ");
  if (countryNamed(region) || BRANCH_REGIONS.has(region.toLowerCase())) return true;
  return added.some((word) => {
    const lower = word.toLowerCase();
    return !NAME_LINK_WORDS.has(lower) && (ORGANISATION_HEADS.has(lower) || COMMON_NOUN_ACRONYMS.has(word) || DIVISION_WORDS.has(lower));
  });
}

/** Relations that organisation names state: "UN General Assembly" PART_OF "UN"; "Municipality of Livorno" LOCATED_IN "Livorno"; "Italian Supreme Court" LOCATED_IN Italy. */
export function nameRelations(doc: ArticleDoc): RelationMention[] {
  const relations: RelationMention[] = [];
  const organisations = doc.entities.filter((entity) => entity.kind === "Organization");
  const places = doc.entities.filter((entity) => entity.kind === "Place");
  const formsOf = (entity: Entity) => [entity.name, ...entity.aliases].filter((form) => !/^[#@]/.test(form));
  for (const organisation of organisations) {
    const mention = organisation.mentions.find((m) => m.text === organisation.name) ?? organisation.mentions[0];
    const evidence = { sentence: mention.sentence, span: { start: mention.start, end: mention.end } };
    const names = formsOf(organisation);
    for (const parent of organisations) {
      if (parent === organisation) continue;
      if (formsOf(parent).some((form) => names.some((name) => name.startsWith(`${form} `) && namesAPart(name.slice(form.length + 1).split(" "))))) {
        relations.push({ kind: "PART_OF", source: organisation.key, target: parent.key, confidence: NAME_CONFIDENCE, ...evidence });
      }
    }
    const demonymCountries = new Set(names.map((name) => countryOfDemonym(name.split(" ")[0])));
    for (const place of places) {
      const placeForms = formsOf(place);
      const located = demonymCountries.has(place.name) || names.some((name) =>
        placeForms.some((form) => name.endsWith(` of ${form}`) || name.endsWith(` in ${form}`) || name.startsWith(`${form} `)),
      );
      if (located) relations.push({ kind: "LOCATED_IN", source: organisation.key, target: place.key, confidence: NAME_CONFIDENCE, ...evidence });
    }
  }
  return relations;
}

