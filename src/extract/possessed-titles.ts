// Titles owned by a pronoun that stands for a body: "a statement echoed by its president and chief executive, Robert
// Sznewajs", "Yukos … and its founder Mikhail Khodorkovsky", "Bath have signed their former scrum-half Andy Williams".
// The sentence classifier pairs names only, and the owner here is a pronoun, so the person's employer is read off it:
// the organisation named last before "its" or "their" in the sentence. (A noun such as "the company's" or "the
// group's" was read the same way, through the organisation referring-nouns.ts gives it, in session 40: over the BBC
// corpus 3 of 6 such affiliations were right, as that resolution favours the body the article names most, so it is
// left out.)
import type { ArticleDoc, Mention, RelationMention } from "../doc.js";
import { OFFICE_MODIFIERS, ROLE_MODIFIERS, TITLE_WORDS } from "./lexicon.js";
import { OFFICE_CONFIDENCE } from "./office-relations.js";
import { sentenceViews, type SentenceView } from "./sentence-view.js";

/** Possessive pronouns that stand for a body: "its president", "their coach". */
const BODY_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their"]);

/** Words that may join the titles of one holder: "its president and chief executive". */
const TITLE_JOINERS: ReadonlySet<string> = new Set(["and", "&"]);

/** `views`: the sentence views of `doc`, where the caller has them already. */
export function possessedTitleRelations(doc: ArticleDoc, views: readonly SentenceView[] = sentenceViews(doc)): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const { index: sentence, tokens, mentionAt } of views) {
    const word = (at: number) => tokens[at]?.text.toLowerCase() ?? "";
    tokens.forEach((token, at) => {
      if (!BODY_POSSESSIVES.has(word(at)) || token.upos !== "PRON") return;
      let owner: Mention | undefined;
      for (let before = at - 1; before >= 0 && !owner; before--) if (mentionAt[before]?.kind === "Organization") owner = mentionAt[before];
      if (!owner?.entity) return;
      // The title: title words and their modifiers, joined by "and", up to the holder's name ("its president and chief
      // executive, Robert Sznewajs"), not a second holder ("the company's chairman and Anil its deputy").
      let end = at + 1;
      while (!mentionAt[end] && (TITLE_WORDS.has(word(end)) || OFFICE_MODIFIERS.has(word(end)) || TITLE_JOINERS.has(word(end)))) end++;
      if (TITLE_JOINERS.has(word(end - 1))) return;
      const holderAt = word(end) === "," ? end + 1 : end;
      const holder = mentionAt[holderAt];
      const title = tokens.slice(at + 1, end).map((part) => part.text).filter((text) => !OFFICE_MODIFIERS.has(text.toLowerCase()) || ROLE_MODIFIERS.has(text.toLowerCase()));
      if (holder?.kind !== "Person" || !holder.entity || holder.tokenStart !== holderAt || !title.some((text) => TITLE_WORDS.has(text.toLowerCase()))) return;
      relations.push({ kind: "AFFILIATED_WITH", source: holder.entity, target: owner.entity, sentence, span: { start: token.start, end: holder.end }, confidence: OFFICE_CONFIDENCE, role: title.join(" ") });
    });
  }
  return relations;
}
