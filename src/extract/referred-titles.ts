// Titles that open a story and stand for the person it names next: "The founder and former boss of Parmalat has
// apologised … Calisto Tanzi said". Resolution found whom the title stands for (referring-nouns.ts); the sentence
// classifier pairs names only, and the title here names no one, so the holder's body is read off the title's own
// phrase: the organisation or place after "of/at/for", as its possessor or before it. A title that stands for a
// person named before it ("the Livi striker", "the Dutch goalkeeper") is left to the sentence that named them: over
// the BBC corpus such titles gave 3 right affiliations in 7, as the last person so titled is often another player.
import type { ArticleDoc, RelationMention } from "../doc.js";
import { bodyOfTitle } from "./group-titles.js";
import { TITLE_FUNCTION_WORDS, TITLE_WORDS } from "./lexicon.js";
import { OFFICE_CONFIDENCE } from "./office-relations.js";
import { sentenceViews, type SentenceView } from "./sentence-view.js";

/** `views`: the sentence views of `doc`, where the caller has them already. */
export function referredTitleRelations(doc: ArticleDoc, views: readonly SentenceView[] = sentenceViews(doc)): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const { index: sentence, tokens, mentionAt, referentAt } of views) {
    referentAt.forEach((holder, at) => {
      const title = tokens[at];
      if (holder?.kind !== "Person" || !holder.entity || holder.sentence <= sentence || !TITLE_WORDS.has(title.text.toLowerCase())) return;
      // "The founder and former boss of Parmalat": the body may hang on a title joined to this one.
      const joined = tokens.flatMap((token, other) => (token.head === at && token.deprel === "conj" && TITLE_WORDS.has(token.text.toLowerCase()) ? [other] : []));
      const body = [at, ...joined].map((title) => bodyOfTitle(tokens, mentionAt, title, true)).find((found) => found !== undefined);
      if (!body?.entity || body.entity === holder.entity) return;
      // The title's own words before it ("defence minister", "chief financial officer") and the titles joined to it.
      let start = at;
      while (start > 0 && tokens[start - 1].head === at && !mentionAt[start - 1] && TITLE_WORDS.has(tokens[start - 1].text.toLowerCase()) && !TITLE_FUNCTION_WORDS.has(tokens[start - 1].text.toLowerCase())) start--;
      const role = tokens.slice(start, Math.max(at, ...joined) + 1).map((token) => token.text).join(" ");
      relations.push({ kind: "AFFILIATED_WITH", source: holder.entity, target: body.entity, sentence, span: { start: Math.min(title.start, body.start), end: Math.max(title.end, body.end) }, confidence: OFFICE_CONFIDENCE, role });
    });
  }
  return relations;
}
