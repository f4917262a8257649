// The parser reads a run of capitalised words as one name (`flat`), but the tagger knows better
// where names end: "killed John F. Kennedy assassin Lee Harvey Oswald" is two people, the second
// the one killed; "James Allen, Judith Areen, Carl Aycock and John Porter" is a list. Where a name
// hangs by `flat` on another name of a different entity, its arc is rewritten as UD would have it:
// with commas or "and" between names that form a list, a conjunct; with only words between
// ("Qeshm Gov. Heidar Alishvandi"), the later name heads the phrase and the earlier name and the
// title words are its compounds. Two names side by side, or two with only a comma between, are left
// as parsed: more often a name the tagger split, or a team sheet. Run after resolution (it needs
// the mentions' entities), before relations and events read the parse.
import type { ArticleDoc, Mention, Token } from "../doc.js";
import { mentionHeadToken } from "../resolve/mentions.js";
import { inWordClass } from "./word-classes.js";

const COORDINATORS = new Set(["and", "or"]);

export function repairNameArcs(doc: ArticleDoc): void {
  const bySentence = new Map<number, Mention[]>();
  for (const mention of doc.mentions) if (mention.entity) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
  for (const [index, mentions] of bySentence) repairSentence(doc.sentences[index].tokens, mentions);
}

function repairSentence(tokens: Token[], mentions: Mention[]): void {
  const mentionAt = new Array<Mention | undefined>(tokens.length);
  for (const mention of mentions) for (let i = mention.tokenStart; i < mention.tokenEnd; i++) mentionAt[i] = mention;
  for (const mention of mentions) holderInApposition(tokens, mention, mentionAt);
  // Each name that hangs by `flat` on an earlier name of another entity, grouped by that name.
  const hanging = new Map<Mention, Mention[]>();
  for (const mention of [...mentions].sort((a, b) => a.tokenStart - b.tokenStart)) {
    const head = mentionHeadToken(tokens, mention);
    const on = tokens[head].head >= 0 ? mentionAt[tokens[head].head] : undefined;
    if (!tokens[head].deprel.startsWith("flat") || !on || on === mention || on.entity === mention.entity || on.tokenStart > mention.tokenStart) continue;
    hanging.set(on, [...(hanging.get(on) ?? []), mention]);
  }
  for (const [first, rest] of hanging) {
    const firstHead = mentionHeadToken(tokens, first);
    // Three names or more, or two with "and" between, are a list; "Ricardo, Bellion" alone says too little.
    const isList = rest.length > 1 || rest.some((mention, i) => wordsBetween(tokens, i === 0 ? first : rest[i - 1], mention).some((token) => COORDINATORS.has(token.text.toLowerCase())));
    let previous = first;
    for (const mention of rest) {
      const head = mentionHeadToken(tokens, mention);
      const betweenStart = previous.tokenEnd;
      const between = wordsBetween(tokens, previous, mention);
      const separated = between.some(isSeparator);
      const parted = separated ? isList : between.length > 0 && previous === first;
      previous = mention;
      if (!parted) continue;
      // The rest of the name hangs on its own first word, not on the other name.
      for (let i = head + 1; i < mention.tokenEnd; i++) if (mentionAt[tokens[i].head] === first) Object.assign(tokens[i], { head, deprel: "flat" });
      if (separated) {
        tokens[head].deprel = "conj";
        // "… and United team-mate Paul Scholes": the words before a name describe that name.
        const described = new Set<number>();
        between.forEach((token, offset) => {
          if (isSeparator(token) || mentionAt[token.head] !== first) return;
          Object.assign(token, { head, deprel: "compound" });
          described.add(betweenStart + offset);
        });
        for (const token of between) if (isSeparator(token) && described.has(token.head)) token.head = head;
      } else {
        headPhrase(tokens, firstHead, head, first.tokenEnd);
      }
    }
  }
}

/**
 * "The secretary general of CEI, Nunzio Galantino, has called …", "a Republican senator from Kansas, Sam
 * Brownbeck, is set to …": the parser may take the name after the body or place that completes a title for a
 * second member of a list with it. A person set off by commas, with no "and" or "or", hung as a conjunct on a
 * name of another kind that depends on a title, is the title's holder: its apposition.
 */
function holderInApposition(tokens: Token[], mention: Mention, mentionAt: ReadonlyArray<Mention | undefined>): void {
  const head = mentionHeadToken(tokens, mention);
  const on = tokens[head].head >= 0 ? mentionAt[tokens[head].head] : undefined;
  // Set off by commas (or ending the sentence), not a member of a list with "and": "the directors of Shameless, Hustle and Bodies".
  const closed = [",", ".", undefined].includes(tokens[mention.tokenEnd]?.text);
  if (mention.kind !== "Person" || tokens[head].deprel !== "conj" || !on || on.kind === "Person" || on.kind === "Group" || tokens[mention.tokenStart - 1]?.text !== "," || !closed) return;
  if (tokens.some((token) => token.head === head && token.deprel === "cc")) return;
  const title = tokens[mentionHeadToken(tokens, on)].head;
  if (title < 0 || mentionAt[title] || tokens[title].upos !== "NOUN" || !inWordClass("title", tokens[title].lemma.toLowerCase())) return;
  Object.assign(tokens[head], { head: title, deprel: "appos" });
}

const isSeparator = (token: Token) => token.upos === "PUNCT" || COORDINATORS.has(token.text.toLowerCase());

/** The tokens strictly between two mentions. */
const wordsBetween = (tokens: Token[], before: Mention, after: Mention) => tokens.slice(before.tokenEnd, after.tokenStart);

/**
 * "John F. Kennedy assassin Lee Harvey Oswald": the later name takes the earlier one's place in the
 * sentence; the earlier name and the words between become its compounds, and what followed the
 * phrase and hung on the earlier name now hangs on the later one.
 */
function headPhrase(tokens: Token[], earlier: number, later: number, earlierEnd: number): void {
  tokens[later].head = tokens[earlier].head;
  tokens[later].deprel = tokens[earlier].deprel;
  for (let i = earlierEnd; i < later; i++) if (tokens[i].head === earlier) Object.assign(tokens[i], { head: later, deprel: "compound" });
  tokens[earlier].head = later;
  tokens[earlier].deprel = "compound";
  for (let i = later + 1; i < tokens.length; i++) if (tokens[i].head === earlier) tokens[i].head = later;
}
