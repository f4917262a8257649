// CoNLL/PTB-style tokeniser with exact character offsets. One left-to-right scan with
// constant lookahead, so it runs in linear time and never throws, whatever the input.
//
// Choices: punctuation, quotes, brackets and currency symbols are split off ("$1.13bn" →
// "$" "1.13bn"); possessive 's/’s and n't are split ("don't" → "do" "n't"); hyphenated
// words, decimals, digit groups ("5,00,000"), acronyms ("U.S.") and known abbreviations
// ("Mr.", "Jan.") stay whole; "#Pakistan" → "#" "Pakistan" (so the tagger sees the name);
// "@volkan_bozkir", e-mail addresses and URLs are one token; each emoji (with its
// modifiers and zero-width-joiner sequence) is one token; whitespace and control
// characters separate tokens and are never part of one.
import type { Span } from "../doc.js";

const enum CharClass {
  Unknown = 0,
  Space = 1,
  Letter = 2,
  Digit = 3,
  Mark = 4,
  Other = 5,
}

// Class of each BMP code unit, filled lazily so loading stays cheap.
const bmpClass = new Uint8Array(0x10000);
const letterPattern = /[\p{L}]/u;
const digitPattern = /[\p{N}]/u;
const markPattern = /[\p{M}]/u;
const spacePattern = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u;

function classifyCodePoint(cp: number): CharClass {
  const ch = String.fromCodePoint(cp);
  if (cp === 0x200d) return CharClass.Mark; // zero-width joiner binds emoji sequences
  if (spacePattern.test(ch)) return CharClass.Space;
  if (letterPattern.test(ch)) return CharClass.Letter;
  if (digitPattern.test(ch)) return CharClass.Digit;
  if (markPattern.test(ch)) return CharClass.Mark;
  return CharClass.Other;
}

function classOf(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classifyCodePoint(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  let cls = bmpClass[c];
  if (cls === CharClass.Unknown) {
    cls = c >= 0xd800 && c <= 0xdfff ? CharClass.Other : classifyCodePoint(c);
    bmpClass[c] = cls;
  }
  return cls;
}

/** Length in code units of the code point at i (2 for a surrogate pair). */
function unitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

const isWordClass = (cls: CharClass) => cls === CharClass.Letter || cls === CharClass.Digit || cls === CharClass.Mark;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

/** Abbreviations that keep their period (case-sensitive); "No" only before a number. */
export const ABBREVIATIONS = new Set(
  (
    "Mr Mrs Ms Messrs Dr Prof Sr Jr St Gen Col Lt Maj Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt Insp Det " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Co Corp Inc Ltd Plc Bros Cos vs etc approx Mt Ft Ave Rd " +
    "Dept Univ Assn Est Fig fig al cf est dept Nos Op Vol vol pp"
  ).split(" "),
);
/** Abbreviations that normally precede a name, so a sentence never ends after them. */
export const TITLE_ABBREVIATIONS = new Set(
  "Mr Mrs Ms Messrs Dr Prof St Gen Col Lt Maj Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt Insp Det No Nos".split(" "),
);

function nextNonSpaceIsDigit(text: string, i: number, limit: number): boolean {
  let j = i;
  while (j < limit && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  return j < limit && j > i && classOf(text, j) === CharClass.Digit;
}

/** End of a URL or e-mail address starting at i: up to whitespace, minus trailing punctuation. */
function scanNonSpace(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && classOf(text, j) !== CharClass.Space) j += unitLength(text, j);
  while (j > i + 1 && ".,;:!?)]}\"'’”".includes(text[j - 1])) j--;
  return j;
}

/**
 * Scans a word-like token starting at i (a letter, digit or mark) and returns its end:
 * letters and digits joined by hyphens, apostrophes, underscores, "&" between capitals,
 * decimal points, digit-group commas, "/" and ":" between digits, and acronym periods.
 */
function scanWord(text: string, i: number, limit: number): number {
  let j = i;
  let segmentLength = 0; // letters since the last period, to recognise acronyms
  let onlySingleLetterSegments = true;
  let hasPeriod = false;
  while (j < limit) {
    const cls = classOf(text, j);
    if (isWordClass(cls)) {
      segmentLength++;
      j += unitLength(text, j);
      continue;
    }
    const c = text.charCodeAt(j);
    if (j + 1 >= limit) break;
    const prevCls = classOf(text, j - 1);
    const nextCls = classOf(text, j + 1);
    const nextIsWord = isWordClass(nextCls);
    if (c === 0x3a && text.startsWith("//", j + 1) && prevCls === CharClass.Letter) return scanNonSpace(text, i, limit);
    if (c === 0x40 && nextIsWord) return scanNonSpace(text, i, limit); // e-mail address
    if (!nextIsWord) break;
    const digits = prevCls === CharClass.Digit && nextCls === CharClass.Digit;
    const afterAlphanumeric = prevCls === CharClass.Letter || prevCls === CharClass.Digit;
    if (c === 0x2d || c === 0x5f || (isApostrophe(c) && afterAlphanumeric && nextCls === CharClass.Letter)) {
      // hyphen, underscore, inner apostrophe (O'Neill; "Channel 4's" keeps its clitic whole)
    } else if (c === 0x26 && isUpper(text.charCodeAt(j - 1)) && isUpper(text.charCodeAt(j + 1))) {
      // AT&T, S&P
    } else if ((c === 0x2c || c === 0x2f || c === 0x3a) && digits) {
      // 5,00,000  24/7  10:30
    } else if (c === 0x2e && digits) {
      // decimal point
    } else if (
      c === 0x2e &&
      segmentLength === 1 &&
      onlySingleLetterSegments &&
      nextCls === CharClass.Letter &&
      j + 2 < limit &&
      text.charCodeAt(j + 2) === 0x2e
    ) {
      hasPeriod = true; // U.S., U.N., e.g.
      segmentLength = 0;
      j++;
      continue;
    } else {
      break;
    }
    if (segmentLength !== 1) onlySingleLetterSegments = false;
    segmentLength = 0;
    j++;
  }
  if (segmentLength !== 1) onlySingleLetterSegments = false;
  // A final period belongs to acronyms, initials and known abbreviations.
  if (j < limit && text.charCodeAt(j) === 0x2e && text.charCodeAt(j + 1) !== 0x2e) {
    const word = text.slice(i, j);
    // An initial, or initials joined by hyphens: a legislator's party and state, "D-W. Va.", would otherwise end a sentence.
    const isInitial = (j - i === 1 && isUpper(text.charCodeAt(i))) || (onlySingleLetterSegments && HYPHENED_INITIALS.test(word));
    const isAcronym = hasPeriod && onlySingleLetterSegments;
    const isAbbreviation =
      ABBREVIATIONS.has(word) || ((word === "No" || word === "no") && nextNonSpaceIsDigit(text, j + 1, limit));
    if (isInitial || isAcronym || isAbbreviation) return j + 1;
  }
  return j;
}

/** Single capital letters joined by hyphens: "D-W" of "D-W. Va.". */
const HYPHENED_INITIALS = /^\p{Lu}(?:-\p{Lu})+$/u;

/** Splits clitics off the word [start, end): "n't", "'s", "'re", "'ve", "'ll", "'d", "'m". */
function pushWordWithClitics(text: string, start: number, end: number, out: number[]): void {
  const length = end - start;
  if (length >= 4) {
    const a = text.charCodeAt(end - 3);
    if ((a === 0x6e || a === 0x4e) && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 0x20) === 0x74) {
      out.push(start, end - 3, end - 3, end); // n't
      return;
    }
    if (isApostrophe(a)) {
      const tail = text.slice(end - 2, end).toLowerCase();
      if (tail === "re" || tail === "ve" || tail === "ll") {
        out.push(start, end - 3, end - 3, end);
        return;
      }
    }
  }
  if (length >= 3 && isApostrophe(text.charCodeAt(end - 2))) {
    const last = text.charCodeAt(end - 1) | 0x20;
    if (last === 0x73 || last === 0x64 || last === 0x6d) {
      out.push(start, end - 2, end - 2, end); // 's 'd 'm
      return;
    }
  }
  out.push(start, end);
}

const EMOJI_MODIFIER_LOW = 0xdffb; // skin tones U+1F3FB..U+1F3FF are \uD83C\uDFFB..\uDFFF
function isEmojiModifier(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) return true;
  return c === 0xd83c && text.charCodeAt(i + 1) >= EMOJI_MODIFIER_LOW && text.charCodeAt(i + 1) <= 0xdfff;
}

/**
 * Appends the tokens of text[start, end) to `out` as flat (start, end) offset pairs.
 * The flat array avoids an object per token in the hot path.
 */
export function tokenizeRange(text: string, start: number, end: number, out: number[]): void {
  const limit = Math.min(end, text.length);
  let i = Math.max(0, start);
  while (i < limit) {
    const cls = classOf(text, i);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    if (isWordClass(cls)) {
      // A surrogate pair may straddle the span's end; the token stops at the span.
      const wordEnd = Math.min(scanWord(text, i, limit), limit);
      pushWordWithClitics(text, i, wordEnd, out);
      i = wordEnd;
      continue;
    }
    const c = text.charCodeAt(i);
    let j = i + unitLength(text, i);
    if (c === 0x2e || c === 0x2d || c === 0x60 || c === 0x27 || c === 0x2a || c === 0x3d || c === 0x3f || c === 0x21) {
      // runs of the same mark are one token: "...", "--", "``", "''", "***", "?!" stays split
      while (j < limit && text.charCodeAt(j) === c) j++;
    } else if (c === 0x40 && j < limit && isWordClass(classOf(text, j))) {
      // @handle: letters, digits and underscores
      while (j < limit && (isWordClass(classOf(text, j)) || text.charCodeAt(j) === 0x5f)) j += unitLength(text, j);
    } else if (cls === CharClass.Other && j - i === 2) {
      // emoji: absorb variation selectors, skin tones and zero-width-joiner sequences
      while (j < limit) {
        if (isEmojiModifier(text, j)) j += unitLength(text, j);
        else if (text.charCodeAt(j) === 0x200d && j + 1 < limit) j += 1 + unitLength(text, j + 1);
        else break;
      }
    }
    if (j > limit) j = limit;
    out.push(i, j);
    i = j;
  }
}

export interface TextToken extends Span {
  text: string;
}

/** Tokenises the whole text (or [start, end)) into tokens with offsets. */
export function tokenize(text: string, start = 0, end = text.length): TextToken[] {
  const offsets: number[] = [];
  tokenizeRange(text, start, end, offsets);
  const tokens: TextToken[] = new Array(offsets.length / 2);
  for (let k = 0; k < offsets.length; k += 2) {
    tokens[k / 2] = { start: offsets[k], end: offsets[k + 1], text: text.slice(offsets[k], offsets[k + 1]) };
  }
  return tokens;
}
