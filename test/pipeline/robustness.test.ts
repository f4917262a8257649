// Property-based: the whole pipeline takes arbitrary text without throwing, keeps its
// offsets inside the text, produces a schema-valid graph, and runs in linear time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addArticle, createGraph, validateGraph } from "../../src/graph/index.js";
import { processArticle } from "../../src/pipeline.js";

const newsLike = fc.array(
  fc.oneof(
    fc.constantFrom("Antonio Guterres", "the United Nations", "Pakistan's", "attacked", "said", "on Monday", "in Mach, Balochistan", "ISIS", ".", ",", "\n\n", "Read: more", "\u0000", "\u202e", "🇺🇳", "'s", "\"", "Mr.", "U.S."),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 12 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(" "));

function run(text: string) {
  const doc = processArticle({ id: "prop", text, date: "2021-01-06" });
  const graph = createGraph();
  addArticle(graph, doc);
  return { doc, graph };
}

describe("pipeline on arbitrary input", () => {
  it("never throws, keeps offsets in range and the graph valid", () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ unit: "binary", maxLength: 400 })), (text) => {
        const { doc, graph } = run(text);
        for (const mention of doc.mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        }
        expect(validateGraph(graph)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("handles empty sentences, a very long token and a very long line", () => {
    expect(() => run("")).not.toThrow();
    expect(() => run(". . . ! ? \n\n\n ;;;")).not.toThrow();
    expect(() => run("A".repeat(200_000))).not.toThrow();
    expect(() => run("Guterres said ".repeat(20_000))).not.toThrow();
  }, 90_000); // 40,000 tokens in one sentence, parsed: about 16 s alone, over 30 s on a busy machine

  it.each([
    ["many sentences", "United Nations Secretary-General Antonio Guterres on Monday condemned the attack in Mach, Balochistan. "],
    // No full stop: one ever longer sentence full of appositives, possessives, lists and quotes.
    // Time phrases the parser is shown without, titles that stand for people, organisations named after a noun.
    ["one long sentence of repairs", "Iraq on Wednesday said the striker yesterday told Tory MP John Smith, the MP for Bath, and watchdog Reporters Without Borders that "],
    ["one long sentence", 'Giampaolo Vianello, superintendent of the Fenice Theatre Foundation, said Arsenal\'s Sol Campbell, as chief conductor of Milan\'s La Scala, and the directors are James Allen, Judith Areen and Carl Aycock, "fine," said the Wall Street Journal (WSJ) and '],
  ])("takes time linear in the input's length: %s", (_, unit) => {
    // The fastest of three runs, so a busy machine's pauses do not count.
    const time = (copies: number) => {
      const text = unit.repeat(copies);
      return Math.min(
        ...[1, 2, 3].map(() => {
          const start = performance.now();
          run(text);
          return performance.now() - start;
        }),
      );
    };
    time(50); // warm up
    const small = Math.max(time(100), 1);
    const large = time(1000);
    // Ten times the text may take at most ~30 times as long: linear gives 10, quadratic 100.
    expect(large / small).toBeLessThan(30);
  }, 90_000); // about 125,000 tokens through the whole pipeline, parser included, on a slow machine (2,000 copies came within a second of the limit)
});
