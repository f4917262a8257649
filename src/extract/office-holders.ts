// "Foreign Secretary Jack Straw" in an article about the United Kingdom holds his office there:
// a person whose title is a national office, with no holder named before the title, is
// AFFILIATED_WITH the country the article is clearly about. The text implies it rather than
// states it, so the edge carries the precision measured on the dev gold graphs.
import type { ArticleDoc, Entity, RelationMention } from "../doc.js";
import { countryNamed } from "../resolve/lexicon.js";
import { WORD_CLASSES } from "./word-classes.js";

/**
 * Right 3 times of 3 on the 31 dev gold graphs (Jack Straw → UK, Berdymukhamedov →
 * Turkmenistan, Arce → Costa Rica): too few to claim more than an even chance.
 */
export const OFFICE_HOLDER_CONFIDENCE = 0.5;

/** The one country an article is about: named at least twice, and more often than any other. */
export function articleCountry(doc: ArticleDoc): Entity | undefined {
  const countries = doc.entities.filter((entity) => entity.kind === "Place" && countryNamed(entity.name) === entity.name).sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = countries;
  return first && first.mentions.length >= 2 && (!second || first.mentions.length > second.mentions.length) ? first : undefined;
}

export function officeHolders(doc: ArticleDoc): RelationMention[] {
  const country = articleCountry(doc);
  if (!country) return [];
  const relations: RelationMention[] = [];
  const seen = new Set<string>();
  for (const mention of doc.mentions) {
    if (mention.kind !== "Person" || !mention.entity || seen.has(mention.entity)) continue;
    const tokens = doc.sentences[mention.sentence].tokens;
    let start = mention.tokenStart;
    while (start > 0 && WORD_CLASSES.title.has(tokens[start - 1].lemma.toLowerCase()) && /^\p{Lu}/u.test(tokens[start - 1].text)) start--;
    const title = tokens.slice(start, mention.tokenStart);
    if (!title.some((token) => WORD_CLASSES.nationalOffice.has(token.lemma.toLowerCase()))) continue;
    // "UN Secretary-General", "Microsoft's President", "Iranian President": the title's holder is named.
    const before = tokens[start - 1];
    if (before && (/^['’]s?$/.test(before.text) || doc.mentions.some((other) => other.sentence === mention.sentence && other.tokenEnd === start))) continue;
    seen.add(mention.entity);
    relations.push({
      kind: "AFFILIATED_WITH",
      source: mention.entity,
      target: country.key,
      role: title.map((token) => token.text).join(" "),
      sentence: mention.sentence,
      span: { start: tokens[start].start, end: mention.end },
      confidence: OFFICE_HOLDER_CONFIDENCE,
    });
  }
  return relations;
}
