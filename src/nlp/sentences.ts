// Sentence splitting over the token stream of each story span. Working on tokens (not
// characters) means abbreviations, initials, acronyms and decimals have already been kept
// whole by the tokeniser, so a lone ".", "!" or "?" token is a strong sentence end.
import type { Span } from "../doc.js";
import { TITLE_ABBREVIATIONS, tokenizeRange } from "./tokenize.js";

/** Words that begin sentences and rarely follow an abbreviation mid-sentence. */
const SENTENCE_STARTERS = new Set(
  (
    "The A An He She It They We I You This That These Those There Here His Her Its Their Our My " +
    "But And Yet So Now Then However Meanwhile In On At For If When While After Before As " +
    "What Why How Who Where Mr Mrs Ms Dr"
  ).split(" "),
);

/** Punctuation that never opens a sentence. */
const CONTINUERS = new Set([",", ";"]);

const CLOSERS = new Set(['"', "''", "'", "’", "”", ")", "]", "}", "»"]);

function isSentenceFinal(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) return false;
  }
  return true;
}

function startsLowercase(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Counts line breaks in the whitespace between two tokens (0, 1, or 2 for a blank line). */
function lineBreaksBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2029 || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      if (++breaks === 2) return 2;
    }
  }
  return breaks;
}

/**
 * Splits the tokens (flat start/end pairs, from tokenizeRange) into sentences and returns,
 * for each sentence, its token range [first, last) as flat pairs of token indices.
 */
export function splitTokens(text: string, offsets: number[]): number[] {
  const tokenCount = offsets.length / 2;
  const bounds: number[] = [];
  let first = 0;
  for (let t = 0; t < tokenCount; t++) {
    const start = offsets[2 * t];
    const end = offsets[2 * t + 1];
    let last = t; // the sentence's last token, after absorbing closing quotes and brackets
    let isEnd = false;
    if (isSentenceFinal(text, start, end)) {
      while (
        last + 1 < tokenCount &&
        offsets[2 * (last + 1)] === offsets[2 * last + 1] &&
        CLOSERS.has(text.slice(offsets[2 * (last + 1)], offsets[2 * (last + 1) + 1]))
      ) {
        last++;
      }
      // A comma or semicolon after the period continues the sentence: "in Golden, Colo., said".
      isEnd = last + 1 >= tokenCount || (!startsLowercase(text, offsets[2 * (last + 1)]) && !CONTINUERS.has(text[offsets[2 * (last + 1)]]));
    } else if (end - start > 1 && text.charCodeAt(end - 1) === 0x2e && t + 1 < tokenCount) {
      // "U.S." or "Inc." can end a sentence when a typical sentence opener follows; "Mr." never.
      const word = text.slice(start, end - 1);
      const next = text.slice(offsets[2 * t + 2], offsets[2 * t + 3]);
      isEnd = !TITLE_ABBREVIATIONS.has(word) && SENTENCE_STARTERS.has(next);
    }
    t = last;
    if (!isEnd && t + 1 < tokenCount) {
      const breaks = lineBreaksBetween(text, offsets[2 * t + 1], offsets[2 * t + 2]);
      // A blank line always ends a sentence; a single line break ends a headline-like line
      // unless the next line carries on in lowercase (hard-wrapped prose).
      isEnd = breaks === 2 || (breaks === 1 && !startsLowercase(text, offsets[2 * t + 2]));
    }
    if (isEnd || t + 1 >= tokenCount) {
      bounds.push(first, t + 1);
      first = t + 1;
    }
  }
  return bounds;
}

export interface SentenceSpan extends Span {
  /** Token offsets as flat (start, end) pairs. */
  tokenOffsets: number[];
}

/** The token strings of a sentence span. */
export function sentenceWords(text: string, sentence: SentenceSpan): string[] {
  const offsets = sentence.tokenOffsets;
  const words = new Array<string>(offsets.length / 2);
  for (let k = 0; k < offsets.length; k += 2) words[k / 2] = text.slice(offsets[k], offsets[k + 1]);
  return words;
}

/** Sentences of the given story spans, each with its token offsets. */
export function splitSentences(text: string, storySpans: Span[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const span of storySpans) {
    const offsets: number[] = [];
    tokenizeRange(text, span.start, span.end, offsets);
    const bounds = splitTokens(text, offsets);
    for (let b = 0; b < bounds.length; b += 2) {
      const tokenOffsets = offsets.slice(2 * bounds[b], 2 * bounds[b + 1]);
      sentences.push({ start: tokenOffsets[0], end: tokenOffsets[tokenOffsets.length - 1], tokenOffsets });
    }
  }
  return sentences;
}
