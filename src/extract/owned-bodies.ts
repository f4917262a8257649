// Bodies a person's possessive pronoun owns: "Charles Kennedy has told voters his Liberal Democrats will offer them an
// honest choice", "a press release saying his Paulsmeier Group was interested". The sentence classifier pairs names
// only, and the owner here is a pronoun, so the person it stands for (pronoun resolution) is read as the body's member.
// Only a body named as a noun phrase of its own: one that qualifies another noun is that noun's ("his BBC One show",
// "his Champions League winner", "his own Labour government's spending cuts"), whatever the parse made of it.
import type { ArticleDoc, RelationMention } from "../doc.js";
import { mentionHead, sentenceViews, type SentenceView } from "./sentence-view.js";

/** Possessive pronouns of a person. */
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her"]);

/** How sure such an affiliation is: over the BBC corpus 3 of the 5 it gives are right, and the gold graphs' one. */
export const OWNED_BODY_CONFIDENCE = 0.6;

/** `views`: the sentence views of `doc`, where the caller has them already. */
export function ownedBodyRelations(doc: ArticleDoc, views: readonly SentenceView[] = sentenceViews(doc)): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const view of views) {
    for (const body of view.mentions) {
      if (body.kind !== "Organization" || !body.entity) continue;
      const head = mentionHead(view, body);
      const next = view.tokens[body.tokenEnd];
      if (view.tokens[head].deprel === "compound" || (next && (["NOUN", "PROPN", "NUM"].includes(next.upos) || /^(NN|CD|POS)/.test(next.pos)))) continue;
      view.tokens.forEach((token, at) => {
        const owner = view.referentAt[at];
        if (token.head !== head || token.deprel !== "nmod:poss" || !PERSON_POSSESSIVES.has(token.text.toLowerCase()) || owner?.kind !== "Person" || !owner.entity) return;
        relations.push({ kind: "AFFILIATED_WITH", source: owner.entity, target: body.entity!, sentence: view.index, span: { start: token.start, end: body.end }, confidence: OWNED_BODY_CONFIDENCE });
      });
    }
  }
  return relations;
}
