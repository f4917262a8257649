// Syntax scoring on two hand-made sentences whose every figure is worked out by hand.
import { describe, expect, it } from "vitest";
import { parseConllu } from "../../src/nlp/conllu.js";
import { scoreSyntax, syntaxOfConllu } from "../../src/nlp/evaluate-syntax.js";
import type { SentenceSyntax } from "../../src/nlp/syntax.js";

const sentence = (upos: string[], xpos: string[], lemma: string[], head: number[], deprel: string[]): SentenceSyntax => ({
  upos,
  xpos,
  lemma,
  head: Int32Array.from(head),
  deprel,
});

// "She saw him ." and "It was eaten"
const gold = [
  sentence(["PRON", "VERB", "PRON", "PUNCT"], ["PRP", "VBD", "PRP", "."], ["she", "see", "he", "."], [1, -1, 1, 1], ["nsubj", "root", "obj", "punct"]),
  sentence(["PRON", "AUX", "VERB"], ["PRP", "VBD", "VBN"], ["it", "_", "eat"], [2, 2, -1], ["nsubj:pass", "aux:pass", "root"]),
];
const predicted = [
  // wrong: XPOS of "him", lemma of "saw", the label of "him" (iobj), the head of "."
  sentence(["PRON", "VERB", "PRON", "PUNCT"], ["PRP", "VBD", "PRP$", "."], ["she", "saw", "he", "."], [1, -1, 1, 2], ["nsubj", "root", "iobj", "punct"]),
  // wrong: the subtype of "It" only; any lemma matches the gold "_"
  sentence(["PRON", "AUX", "VERB"], ["PRP", "VBD", "VBN"], ["it", "was", "eat"], [2, 2, -1], ["nsubj", "aux:pass", "root"]),
];

describe("scoreSyntax", () => {
  const scores = scoreSyntax(gold, predicted);

  it("counts every word, punctuation included", () => {
    expect(scores).toMatchObject({ sentences: 2, words: 7 });
    expect(scores.upos).toBe(1);
    expect(scores.xpos).toBeCloseTo(6 / 7, 12);
    expect(scores.lemma).toBeCloseTo(6 / 7, 12);
  });

  it("gives UAS, LAS with full relations and LAS with universal relations", () => {
    expect(scores.uas).toBeCloseTo(6 / 7, 12);
    expect(scores.las).toBeCloseTo(4 / 7, 12);
    expect(scores.universalLas).toBeCloseTo(5 / 7, 12);
  });

  it("scores each full relation on head and label, most frequent in gold first", () => {
    expect(scores.relations.map((r) => r.deprel)).toEqual(["root", "nsubj", "aux:pass", "punct", "nsubj:pass", "obj", "iobj"]);
    const byName = new Map(scores.relations.map((r) => [r.deprel, r]));
    expect(byName.get("root")).toEqual({ deprel: "root", gold: 2, predicted: 2, correct: 2, precision: 1, recall: 1, f1: 1 });
    expect(byName.get("nsubj")).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(byName.get("nsubj")!.f1).toBeCloseTo(2 / 3, 12);
    expect(byName.get("nsubj:pass")).toMatchObject({ gold: 1, predicted: 0, correct: 0, recall: 0 });
    expect(byName.get("punct")).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
    expect(byName.get("iobj")).toMatchObject({ gold: 0, predicted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
  });

  it("refuses sentences whose words differ in number", () => {
    expect(() => scoreSyntax(gold, predicted.slice(0, 1))).toThrow(/2 gold sentences but 1 predicted/);
    const short = { ...predicted[1], head: Int32Array.from([2, -1]) };
    expect(() => scoreSyntax(gold, [predicted[0], short])).toThrow(/sentence 2 has 3 gold words but 2 predicted/);
  });
});

describe("syntaxOfConllu", () => {
  it("makes heads 0-based with -1 for the root", () => {
    const [parsed] = parseConllu("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n");
    const syntax = syntaxOfConllu(parsed);
    expect([...syntax.head]).toEqual([-1, 0]);
    expect(syntax).toMatchObject({ upos: ["INTJ", "PUNCT"], xpos: ["UH", "."], lemma: ["hi", "!"], deprel: ["root", "punct"] });
  });
});
