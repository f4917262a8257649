import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.js";

const split = (text: string) => splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not end sentences at abbreviations, initials or decimals", () => {
    expect(split("Mr. Smith met Dr. J. R. Brown on Jan. 5 in the U.S. capital. It cost $3.5m. No. 10 agreed.")).toEqual([
      "Mr. Smith met Dr. J. R. Brown on Jan. 5 in the U.S. capital.",
      "It cost $3.5m.",
      "No. 10 agreed.",
    ]);
  });

  it("goes on after a period that a comma follows: an abbreviation the tokeniser does not know", () => {
    expect(split("The Survey in Golden, Colo., said it was 6.1. It was felt.")).toEqual(["The Survey in Golden, Colo., said it was 6.1.", "It was felt."]);
  });

  it("does not end a sentence at initials joined by hyphens: a legislator's party and state", () => {
    expect(split("Rep. Nick Rahall, D-W. Va., who chairs the committee, agreed. Sen. Byrd, D-W.Va., did not.")).toEqual([
      "Rep. Nick Rahall, D-W. Va., who chairs the committee, agreed.",
      "Sen. Byrd, D-W.Va., did not.",
    ]);
  });

  it("ends a sentence after an acronym when a sentence opener follows", () => {
    expect(split("He moved to the U.S. The firm followed.")).toEqual(["He moved to the U.S.", "The firm followed."]);
  });

  it("keeps closing quotes with their sentence and goes on after a quoted question", () => {
    expect(split('"We will win." She smiled. "Why?" he asked.')).toEqual(['"We will win."', "She smiled.", '"Why?" he asked.']);
  });

  it("ends sentences at blank lines and at headline line breaks, not at wrapped lines", () => {
    expect(split("Headline without a stop\nThe story starts here and\ncontinues here.\n\nA new paragraph")).toEqual([
      "Headline without a stop",
      "The story starts here and\ncontinues here.",
      "A new paragraph",
    ]);
  });

  it("keeps sentences inside their story spans", () => {
    const text = "Teaser text. Story one. Story two. Credits.";
    const spans = splitSentences(text, [{ start: 13, end: 34 }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Story one.", "Story two."]);
  });

  it("never throws; sentences are ordered, inside the spans, and cover every token once", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        let previousEnd = start;
        for (const sentence of splitSentences(text, [{ start, end }])) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeLessThanOrEqual(end);
          expect(sentence.tokenOffsets.length).toBeGreaterThan(0);
          previousEnd = sentence.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
