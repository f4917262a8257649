import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/tokenize.js";

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it("gives exact offsets into the original text", () => {
    const text = "  Mr. O'Neill’s firm didn't pay $1.13bn\t(£600m) on Jan. 5.\n";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("keeps abbreviations, acronyms and initials with their periods", () => {
    expect(texts("Mr. Smith and Dr. J. R. Brown of the U.S. and U.N. met on Jan. 5.")).toEqual([
      "Mr.", "Smith", "and", "Dr.", "J.", "R.", "Brown", "of", "the", "U.S.", "and", "U.N.", "met", "on", "Jan.", "5", ".",
    ]);
    expect(texts("It ranks No. 1, but no. Really no.")).toEqual(["It", "ranks", "No.", "1", ",", "but", "no", ".", "Really", "no", "."]);
  });

  it("splits possessives and n't, with straight or curly apostrophes", () => {
    expect(texts("Obama's plan isn't Merkel’s. They can't.")).toEqual([
      "Obama", "'s", "plan", "is", "n't", "Merkel", "’s", ".", "They", "ca", "n't", ".",
    ]);
    expect(texts("the teachers' union, O'Neill")).toEqual(["the", "teachers", "'", "union", ",", "O'Neill"]);
    expect(texts("Channel 4's show")).toEqual(["Channel", "4", "'s", "show"]);
  });

  it("keeps numbers, hyphenated words and handles whole, and splits currency and hashtags", () => {
    expect(texts("Secretary-General Guterres: 5,00,000 people, $1.13bn, 3.5% #Pakistan @volkan_bozkir")).toEqual([
      "Secretary-General", "Guterres", ":", "5,00,000", "people", ",", "$", "1.13bn", ",", "3.5", "%", "#", "Pakistan", "@volkan_bozkir",
    ]);
  });

  it("keeps URLs and e-mail addresses whole, without trailing punctuation", () => {
    expect(texts("See http://bbc.co.uk/news, or mail news@bbc.co.uk.")).toEqual([
      "See", "http://bbc.co.uk/news", ",", "or", "mail", "news@bbc.co.uk", ".",
    ]);
  });

  it("makes each emoji, with its modifiers and joiners, one token", () => {
    expect(texts("Great 👍🏽👨‍👩‍👧!")).toEqual(["Great", "👍🏽", "👨‍👩‍👧", "!"]);
  });

  it("never puts whitespace or control characters inside a token", () => {
    expect(texts("a\u0000b\u200bc\u00a0d\u2028e")).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("never throws and returns ordered, non-empty, exact tokens for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(/\s/.test(token.text)).toBe(false);
          previousEnd = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("handles very long tokens and lines in roughly linear time", () => {
    const unit = "Mr. Smith's 5,000-strong U.S.-led a.b.c.d.e.f.g.h " + "x".repeat(200) + " ...\u0000 👍🏽 ";
    const time = (text: string) => {
      const start = performance.now();
      tokenize(text);
      return performance.now() - start;
    };
    const small = unit.repeat(2_000);
    const large = unit.repeat(20_000);
    time(small);
    const smallTime = Math.max(time(small), 1);
    expect(time(large)).toBeLessThan(30 * smallTime);
    const longWord = "a".repeat(1_000_000);
    expect(tokenize(longWord)).toEqual([{ start: 0, end: 1_000_000, text: longWord }]);
  });
});
