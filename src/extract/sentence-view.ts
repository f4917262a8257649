// A sentence seen with its entity mentions laid over its tokens, for pattern matching.
import type { ArticleDoc, Mention, Sentence, Span, Token } from "../doc.js";

export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  /** The mention covering each token, if any. */
  mentionAt: Array<Mention | undefined>;
  mentions: Mention[];
}

export function sentenceViews(doc: ArticleDoc): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((sentence, index) => ({
    index,
    sentence,
    tokens: sentence.tokens,
    mentionAt: new Array<Mention | undefined>(sentence.tokens.length),
    mentions: [],
  }));
  for (const mention of doc.mentions) {
    const view = views[mention.sentence];
    if (!view || !mention.entity) continue;
    view.mentions.push(mention);
    for (let i = mention.tokenStart; i < mention.tokenEnd; i++) view.mentionAt[i] = mention;
  }
  return views;
}

export function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : "";
}

/** The mention that ends right before token index `at`, if any. */
export function mentionEndingAt(view: SentenceView, at: number): Mention | undefined {
  const mention = view.mentionAt[at - 1];
  return mention && mention.tokenEnd === at ? mention : undefined;
}

/** The mention that starts at token index `at`, if any. */
export function mentionStartingAt(view: SentenceView, at: number): Mention | undefined {
  const mention = view.mentionAt[at];
  return mention && mention.tokenStart === at ? mention : undefined;
}

/** The character span from the start of token `from` to the end of token `to - 1`. */
export function tokenSpan(view: SentenceView, from: number, to: number): Span {
  return { start: view.tokens[from].start, end: view.tokens[Math.max(from, to - 1)].end };
}
