// Relations that organisation names state by themselves, across the article: "UN General
// Assembly" PART_OF "UN"; "Municipality of Livorno" LOCATED_IN "Livorno"; "Italian Supreme
// Court" LOCATED_IN Italy.
import type { ArticleDoc, Entity, RelationMention } from "../doc.js";
import { countryOfDemonym } from "../resolve/lexicon.js";

/** How often a name that contains another's is a part of it or lies in it (on the dev gold articles, about 0.7). */
const NAME_CONFIDENCE = 0.7;

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
      if (formsOf(parent).some((form) => names.some((name) => name.startsWith(`${form} `)))) {
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

