// Titles whose words name the kind of body they are held in: "police chief William J. Bratton" in a story that names
// one police force, the Los Angeles Police Department, in another sentence; "Senior Trooper William Hakim" and the Oregon
// State Police; "Rep. Nick Rahall" and the House. The sentence classifier pairs names of one sentence, and news names the
// force once and its officers by title, so the holder's body is read off the title: the one organisation of the article
// that the title's record names (`BODY_TITLES` in lexicon.ts). None where the article names two such bodies, where the
// title is another body's ("FBI agent", "LAPD detective": the sentence says whose) or where a place qualifies it that the
// body's name does not hold ("Woodburn police chief" is no officer of the Oregon State Police).
import type { ArticleDoc, Entity, Mention, RelationMention, Token } from "../doc.js";
import { normaliseName } from "../../graph-schema/index.js";
import { BODY_TITLES, OFFICE_MODIFIERS, ROLE_MODIFIERS, type BodyTitle } from "./lexicon.js";
import { sentenceViews, type SentenceView } from "./sentence-view.js";

/** How sure such an affiliation is: over the gold graphs, the BBC corpus, 99 ECB+ and 338 CoNLL-2003 stories all 7 it gave were right (session 54). */
export const BODY_TITLE_CONFIDENCE = 0.7;

/** How many words before a name a title may take: "Deputy Chief Constable", "Detective Chief Inspector". */
const MAX_TITLE_WORDS = 4;

/** A word as the records write it: lower case, without an abbreviation's period ("Capt." is "capt"). */
const recordWord = (token: Token) => token.text.toLowerCase().replace(/\.$/, "");

/** Every word the records' titles are made of, to tell a title inside a tagged name ("Trooper William Hakim") from the name. */
const TITLE_VOCABULARY: ReadonlySet<string> = new Set(BODY_TITLES.flatMap((record) => record.titles.flatMap((title) => title.split(" "))));

/** The record whose title the words end with, the longest title first, and that title's length. */
function recordOf(words: readonly string[]): { record: BodyTitle; length: number } | undefined {
  let best: { record: BodyTitle; length: number } | undefined;
  for (const record of BODY_TITLES) {
    for (const title of record.titles) {
      const wanted = title.split(" ");
      const offset = words.length - wanted.length;
      if (offset >= 0 && wanted.every((word, index) => words[offset + index] === word) && wanted.length > (best?.length ?? 0)) best = { record, length: wanted.length };
    }
  }
  return best;
}

/** The organisations of the article that a record's title is held in. */
function bodiesOf(record: BodyTitle, organisations: readonly Entity[]): Entity[] {
  const names = new Set((record.names ?? []).map(normaliseName));
  return organisations.filter((organisation) => {
    const name = normaliseName(organisation.name);
    return names.has(name) || (record.words ?? []).some((word) => ` ${name} `.includes(` ${normaliseName(word)} `));
  });
}

/** The title written before a holder's name, in the name's own tokens ("Trooper William Hakim") or before them: its first token and the words. */
function titleBefore(view: SentenceView, holder: Mention): { start: number; words: string[] } | undefined {
  const { tokens, mentionAt } = view;
  let nameStart = holder.tokenStart;
  while (nameStart < holder.tokenEnd - 1 && (TITLE_VOCABULARY.has(recordWord(tokens[nameStart])) || tokens[nameStart].text === ".")) nameStart++;
  let start = nameStart;
  while (start > holder.tokenStart || (start > 0 && start > nameStart - MAX_TITLE_WORDS && !mentionAt[start - 1] && /^\p{L}/u.test(tokens[start - 1].text))) start--;
  const words = tokens.slice(start, nameStart).map(recordWord).filter((word) => word !== "");
  return words.length > 0 ? { start, words } : undefined;
}

/** Affiliations that titles naming a kind of body give their holders, with the one body of that kind the article names. */
export function bodyTitleRelations(doc: ArticleDoc, found: readonly RelationMention[], views: readonly SentenceView[] = sentenceViews(doc)): RelationMention[] {
  const organisations = doc.entities.filter((entity) => entity.kind === "Organization");
  const places = new Map(doc.entities.filter((entity) => entity.kind === "Place").map((entity) => [entity.key, entity.name]));
  const known = new Set(found.filter((relation) => relation.kind === "AFFILIATED_WITH").map((relation) => `${relation.source} ${relation.target}`));
  const relations: RelationMention[] = [];
  for (const holder of doc.mentions) {
    if (holder.kind !== "Person" || !holder.entity) continue;
    const view = views[holder.sentence];
    const title = titleBefore(view, holder);
    const matched = title && recordOf(title.words);
    if (!title || !matched) continue;
    // What stands right before the title qualifies it: another body's ("FBI agent") or a place ("Woodburn police chief").
    const titleStart = title.start + title.words.length - matched.length;
    let before = titleStart - 1;
    while (before >= 0 && OFFICE_MODIFIERS.has(view.tokens[before].text.toLowerCase())) before--;
    // "Woodburn's police chief": the possessor qualifies it as well.
    if (/^['’]s?$/.test(view.tokens[before]?.text ?? "")) before--;
    const qualifier = view.mentionAt[before];
    if (qualifier?.kind === "Organization" || qualifier?.kind === "Person") continue;
    const place = qualifier?.kind === "Place" ? places.get(qualifier.entity ?? "") : undefined;
    const bodies = bodiesOf(matched.record, organisations).filter((body) => !place || ` ${normaliseName(body.name)} `.includes(` ${normaliseName(place)} `));
    if (bodies.length !== 1 || known.has(`${holder.entity} ${bodies[0].key}`)) continue;
    known.add(`${holder.entity} ${bodies[0].key}`);
    const roleStart = ROLE_MODIFIERS.has(view.tokens[titleStart - 1]?.text.toLowerCase() ?? "") ? titleStart - 1 : titleStart;
    const roleTokens = view.tokens.slice(roleStart, titleStart + matched.length + (view.tokens[titleStart + matched.length]?.text === "." ? 1 : 0));
    relations.push({
      kind: "AFFILIATED_WITH",
      source: holder.entity,
      target: bodies[0].key,
      sentence: holder.sentence,
      span: { start: Math.min(view.tokens[roleStart].start, holder.start), end: holder.end },
      confidence: BODY_TITLE_CONFIDENCE,
      role: roleTokens.map((token) => token.text).join(" "),
    });
  }
  return relations;
}
