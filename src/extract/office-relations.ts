// Offices of state held under a title that names no country: "Foreign Secretary Jack Straw" in a
// story about the United Kingdom holds his office there, though no sentence puts him beside the
// country. The offices are data (NATIONAL_OFFICES in lexicon.ts, each with its example); this is
// the engine that finds them before a name ("Education Minister Stefania Giannini") or after it
// ("Claudio De Vincenti, undersecretary to the prime minister,"). A title with a country named right
// before it is held there ("Russian Foreign Minister Yevgeny Primakov"); one qualified by a body or a
// country further off ("Microsoft President", "British government minister", "president of Fiat")
// is left to the sentence classifier, and so is a holder the article already ties to another country.
// The home country is the dateline's, where the story names it (storyCountry in sentence-view.ts).
import type { ArticleDoc, Mention, RelationMention, Span } from "../doc.js";
import { countryNamed } from "../resolve/lexicon.js";
import { NATIONAL_OFFICES, OFFICE_MODIFIERS, PORTFOLIOS, TITLE_CANNOT_START, TITLE_WORDS, type NationalOffice } from "./lexicon.js";
import { datelinePlace, sentenceViews, storyCountry, type SentenceView } from "./sentence-view.js";

/**
 * How often such a holder holds the office in the article's home country: 77 of 95 in 800 BBC
 * articles. The rest are mostly foreign leaders ("President Bush" in a story about Iraq) and
 * British ministers in stories that name no country but Iraq.
 */
export const OFFICE_CONFIDENCE = 0.8;

/** How often an office of state is held in the country named right before its title ("Russian Foreign Minister Yevgeny Primakov"). */
export const NAMED_COUNTRY_OFFICE_CONFIDENCE = 0.9;

/** Words a title is made of: the title words and the offices' own ("surgeon"). */
const OFFICE_RUN_WORDS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...NATIONAL_OFFICES.flatMap(({ office }) => office.split(" "))]);

/** "its president", "their ambassador": an office of whatever the text spoke of before. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["its", "their", "his", "her"]);

/** Words after a title that hand it to a body: "president of the Indian Merchants Chamber", "Ambassador X of Iceland". */
const OF_A_BODY: ReadonlySet<string> = new Set(["of", "at", "from"]);

/** Titles of a party's spokespeople, not offices of state: "shadow chancellor Oliver Letwin". */
const PARTY_POSTS: ReadonlySet<string> = new Set(["shadow"]);

/** Words that may follow an office to name its portfolio: "Minister of Education", "Secretary for Health". */
const PORTFOLIO_LINKS: ReadonlySet<string> = new Set(["of", "for", "and", "the"]);

/** The office a title holds, if it is an office of state: the title's words, in lower case. */
export function nationalOffice(words: readonly string[]): NationalOffice | undefined {
  return NATIONAL_OFFICES.find(({ office, afterPortfolio }) => {
    const wanted = office.split(" ");
    for (let at = words.length - wanted.length; at >= 0; at--) {
      if (wanted.some((word, index) => words[at + index] !== word)) continue;
      // After the office, only its portfolio: "Minister of Education", not "President of Fiat" (whose name would be a mention).
      const rest = words.slice(at + wanted.length);
      if (rest.length && !(PORTFOLIO_LINKS.has(rest[0]) && rest.every((word) => PORTFOLIO_LINKS.has(word) || PORTFOLIOS.has(word)))) continue;
      return !afterPortfolio || PORTFOLIOS.has(words[at - 1]) || rest.length > 0;
    }
    return false;
  });
}

/** The title a person is named with, before the name or after it, and whether a body or another country qualifies it. */
function titleOf(holder: Mention, { tokens, mentionAt }: SentenceView, home: string): { words: string[]; span: Span; qualified: boolean; qualifier?: Mention } | undefined {
  const word = (at: number) => tokens[at]?.text.toLowerCase() ?? "";
  const inRun = (at: number) => at >= 0 && at < tokens.length && !mentionAt[at] && OFFICE_RUN_WORDS.has(word(at));
  // A body or another country beside the title makes it theirs: "UK finance minister", "Germany's Chancellor", "of the UN".
  const qualifies = (at: number) => {
    const mention = mentionAt[at];
    return (mention !== undefined && mention.entity !== home && mention.kind !== "Person") || /^['’]s?$/.test(tokens[at]?.text ?? "") || POSSESSIVE_DETERMINERS.has(word(at));
  };
  // Before the name: "Education Minister Stefania Giannini".
  let start = holder.tokenStart;
  while (inRun(start - 1)) start--;
  while (start < holder.tokenStart && TITLE_CANNOT_START.has(word(start))) start++;
  let end = holder.tokenStart;
  let qualified: boolean;
  let qualifier: Mention | undefined;
  if (start < end) {
    let before = start - 1;
    while (before >= 0 && OFFICE_MODIFIERS.has(word(before))) before--;
    // "Russian Foreign Minister Yevgeny Primakov": the name right before the title is whose office it is.
    qualifier = mentionAt[before] && mentionAt[before]!.kind !== "Person" ? mentionAt[before] : undefined;
    // "British government minister": the noun before the title may carry the qualifier; "Ambassador Stefan Johannesson of Iceland".
    qualified = qualifies(before) || (/^(NOUN|PROPN)$/.test(tokens[before]?.upos ?? "") && qualifies(before - 1)) || (OF_A_BODY.has(word(holder.tokenEnd)) && [holder.tokenEnd + 1, holder.tokenEnd + 2].some(qualifies));
  } else {
    // After it: "Jack Straw, the foreign secretary,".
    if (word(holder.tokenEnd) !== ",") return undefined;
    start = holder.tokenEnd + 1;
    while (OFFICE_MODIFIERS.has(word(start)) && !mentionAt[start]) start++;
    end = start;
    while (inRun(end)) end++;
    while (end > start && PORTFOLIO_LINKS.has(word(end - 1))) end--;
    // "Nanik Rupani, president of the Indian Merchants Chamber": someone else's office.
    qualified = OF_A_BODY.has(word(end)) || [end, end + 1, end + 2].some(qualifies);
  }
  if (start === end) return undefined;
  return { words: tokens.slice(start, end).map((token) => token.text), span: { start: tokens[start].start, end: tokens[end - 1].end }, qualified, qualifier };
}

export function officeRelations(doc: ArticleDoc, found: readonly RelationMention[], views: readonly SentenceView[] = sentenceViews(doc)): RelationMention[] {
  const home = storyCountry(doc, datelinePlace(views));
  const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  // A holder the sentences tie to another country holds no office at home (the home one they are tied to is confirmed).
  const tiedAbroad = new Set(found.filter((relation) => relation.kind === "AFFILIATED_WITH" && relation.target !== home?.key && countryNamed(names.get(relation.target) ?? "")).map((relation) => relation.source));

  const atHome: RelationMention[] = [];
  const inNamedCountry: RelationMention[] = [];
  // A holder titled by another body or country anywhere in the article ("US President Bush") holds no office here.
  const heldElsewhere = new Set<string>();
  for (const holder of doc.mentions) {
    if (holder.kind !== "Person" || !holder.entity) continue;
    const title = titleOf(holder, views[holder.sentence], home?.key ?? "");
    const lowerWords = title?.words.map((text) => text.toLowerCase()) ?? [];
    if (!title || !nationalOffice(lowerWords) || lowerWords.some((text) => PARTY_POSTS.has(text))) continue;
    const span = { start: Math.min(holder.start, title.span.start), end: Math.max(holder.end, title.span.end) };
    const role = title.words.join(" ");
    const country = title.qualifier?.entity && countryNamed(names.get(title.qualifier.entity) ?? "") ? title.qualifier : undefined;
    if (country) {
      inNamedCountry.push({ kind: "AFFILIATED_WITH", source: holder.entity, target: country.entity!, sentence: holder.sentence, span: { start: Math.min(span.start, country.start), end: span.end }, confidence: NAMED_COUNTRY_OFFICE_CONFIDENCE, role });
      heldElsewhere.add(holder.entity);
    } else if (title.qualified) heldElsewhere.add(holder.entity);
    else if (home && !tiedAbroad.has(holder.entity)) atHome.push({ kind: "AFFILIATED_WITH", source: holder.entity, target: home.key, sentence: holder.sentence, span, confidence: OFFICE_CONFIDENCE, role });
  }
  const seen = new Set<string>();
  const once = ({ source, target }: RelationMention) => !seen.has(`${source} ${target}`) && seen.add(`${source} ${target}`);
  return [...inNamedCountry.filter(once), ...atHome.filter(({ source }) => !heldElsewhere.has(source)).filter(once)];
}
