import { describe, expect, it } from "vitest";
import { hashString } from "../../src/nlp/hash.js";
import { DependencyParser, type ParserInput } from "../../src/nlp/parser.js";
import { projectivize, trainParser, type ParserExample } from "../../src/nlp/train/parser.js";

const TAGS = ["DET", "NOUN", "VERB", "ADP", "PUNCT", "ADJ"];
const LABELS = ["root", "det", "nsubj", "obj", "case", "obl", "punct", "amod"];

/** A hand-made tree: words with tag, 1-based head (0 = root) and relation, "word/TAG/head/rel". */
function example(line: string): ParserExample {
  const items = line.split(" ").map((item) => item.split("/"));
  const n = items.length;
  const input: ParserInput = {
    n,
    word: Int32Array.from(items, ([word]) => hashString(word.toLowerCase())),
    tag: Uint8Array.from(items, ([, tag]) => TAGS.indexOf(tag)),
    coarse: Uint8Array.from(items, ([, tag]) => TAGS.indexOf(tag)),
    cluster: new Int32Array(n).fill(-1),
  };
  return {
    input,
    head: Int32Array.from(items, ([, , head]) => (head === "0" ? n : Number(head) - 1)),
    label: Int32Array.from(items, ([, , , rel]) => LABELS.indexOf(rel)),
  };
}

const TREEBANK = [
  "the/DET/2/det police/NOUN/3/nsubj arrested/VERB/0/root a/DET/5/det man/NOUN/3/obj ./PUNCT/3/punct",
  "a/DET/2/det court/NOUN/3/nsubj freed/VERB/0/root the/DET/5/det journalist/NOUN/3/obj in/ADP/7/case kabul/NOUN/3/obl ./PUNCT/3/punct",
  "the/DET/3/det young/ADJ/3/amod minister/NOUN/4/nsubj visited/VERB/0/root the/DET/6/det camp/NOUN/4/obj ./PUNCT/4/punct",
  "protesters/NOUN/2/nsubj blocked/VERB/0/root the/DET/4/det road/NOUN/2/obj on/ADP/6/case monday/NOUN/2/obl ./PUNCT/2/punct",
  "the/DET/2/det army/NOUN/3/nsubj shelled/VERB/0/root the/DET/6/det old/ADJ/6/amod town/NOUN/3/obj ./PUNCT/3/punct",
];

describe("parser training", () => {
  it("lifts crossing arcs until the tree is projective, keeping the root", () => {
    // The arc 2 → 0 spans token 1, which hangs from 3: token 0 is lifted to 2's head, 3.
    // Token 4 (= n) stands for the root.
    expect(Array.from(projectivize(Int32Array.from([2, 3, 3, 4])))).toEqual([3, 3, 3, 4]);
    // A projective tree is left alone.
    expect(Array.from(projectivize(Int32Array.from([1, 4, 1, 2])))).toEqual([1, 4, 1, 2]);
  });

  it.each([1, 3])("learns a small treebank exactly (beam width %i)", (beamWidth) => {
    const examples = TREEBANK.map(example);
    const { models } = trainParser({ examples, labels: LABELS, epochs: 12, beamWidth, minWeight: 0 });
    const parser = new DependencyParser(models);
    expect(parser.beamWidth).toBe(beamWidth);
    for (const { input, head, label } of examples) {
      const parse = parser.parse(input);
      expect(Array.from(parse.head, (h) => (h < 0 ? input.n : h))).toEqual(Array.from(head));
      expect(Array.from(parse.label)).toEqual(Array.from(label));
    }
  });
});
