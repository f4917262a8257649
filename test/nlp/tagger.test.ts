import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagConll } from "../../src/cli/ner.js";
import { annotate, loadTagger } from "../../src/nlp/index.js";

/** Entities as "TYPE:text" from annotate's IOB2 tags. */
function entities(text: string): string[] {
  const found: string[] = [];
  for (const sentence of annotate(text, [{ start: 0, end: text.length }])) {
    let current: { type: string; start: number; end: number } | null = null;
    const close = () => {
      if (current) found.push(`${current.type}:${text.slice(current.start, current.end)}`);
      current = null;
    };
    for (const token of sentence.tokens) {
      if (token.ner === "O" || token.ner.startsWith("B-")) close();
      if (token.ner.startsWith("B-")) current = { type: token.ner.slice(2), start: token.start, end: token.end };
      else if (token.ner.startsWith("I-") && current) current.end = token.end;
    }
    close();
  }
  return found;
}

describe("tagger", () => {
  it("loads its models in under a second", () => {
    const start = performance.now();
    const tagger = loadTagger();
    expect(performance.now() - start).toBeLessThan(1000);
    expect(tagger.models.pos.tags).toContain("NNP");
  });

  it("finds people, organisations and places in plain news sentences", () => {
    const found = entities(
      "Angela Merkel met Emmanuel Macron in Paris on Tuesday.\n\n" +
        "The World Health Organization warned that cases were rising in Brazil and India.\n\n" +
        "Shares in Toyota Motor Corp. fell after the company's chief executive, Akio Toyoda, resigned.",
    );
    for (const entity of [
      "PER:Angela Merkel",
      "PER:Emmanuel Macron",
      "LOC:Paris",
      "ORG:World Health Organization",
      "LOC:Brazil",
      "LOC:India",
      "PER:Akio Toyoda",
    ]) {
      expect(found).toContain(entity);
    }
  });

  it("gives every token a Penn Treebank tag", () => {
    const [sentence] = annotate("The minister resigned on Friday.", [{ start: 0, end: 32 }]);
    expect(sentence.tokens.map((t) => t.pos)).toEqual(["DT", "NN", "VBD", "IN", "NNP", "."]);
  });

  it("annotates with exact offsets and well-formed IOB2 for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const sentence of annotate(text, [{ start: 0, end: text.length }])) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          let previous = "O";
          for (const token of sentence.tokens) {
            expect(text.slice(token.start, token.end)).toBe(token.text);
            expect(token.ner).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
            if (token.ner.startsWith("I-")) expect(previous.slice(2)).toBe(token.ner.slice(2));
            previous = token.ner;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns nothing for empty or blank input", () => {
    expect(annotate("", [])).toEqual([]);
    expect(annotate(" \n\t\u0000 ", [{ start: 0, end: 5 }])).toEqual([]);
  });

  it("runs in roughly linear time", () => {
    const paragraph = "Prime Minister Boris Johnson told the BBC in London that the U.S. deal was signed. ";
    const time = (text: string) => {
      const start = performance.now();
      annotate(text, [{ start: 0, end: text.length }]);
      return performance.now() - start;
    };
    const small = paragraph.repeat(200);
    const large = paragraph.repeat(2_000);
    time(small);
    const smallTime = Math.max(time(small), 1);
    expect(time(large)).toBeLessThan(30 * smallTime);
    const oneLongSentence = "word ".repeat(50_000);
    expect(annotate(oneLongSentence, [{ start: 0, end: oneLongSentence.length }])[0].tokens).toHaveLength(50_000);
  });
});

describe("ner --conll", () => {
  it("appends one tag to each token line and keeps blank and -DOCSTART- lines", () => {
    const input = "-DOCSTART- -X- -X- O\n\nJohn NNP\nSmith NNP\nvisited VBD\nBerlin NNP\n. .\n\nHe PRP\nleft VBD\n";
    const lines = tagConll(input).split("\n");
    expect(lines[0]).toBe("-DOCSTART- -X- -X- O");
    expect(lines[1]).toBe("");
    expect(lines.slice(2, 7)).toEqual(["John NNP B-PER", "Smith NNP I-PER", "visited VBD O", "Berlin NNP B-LOC", ". . O"]);
    expect(lines[7]).toBe("");
    expect(lines[8]).toMatch(/^He PRP O$/);
    expect(lines).toHaveLength(11);
  });
});
