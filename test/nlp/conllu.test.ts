// The CoNLL-U reader and writer: a file comes back as it went in, comments, multiword-token
// and empty-node lines included, and a malformed line is reported by its number.
import { describe, expect, it } from "vitest";
import { formatConllu, parseConllu } from "../../src/nlp/conllu.js";

const row = (...columns: (string | number)[]) => columns.join("\t");

const TEXT = [
  "# newdoc id = hand-made",
  "# sent_id = 1",
  "# text = I don't know.",
  row(1, "I", "I", "PRON", "PRP", "Case=Nom|Number=Sing|Person=1|PronType=Prs", 4, "nsubj", "4:nsubj", "_"),
  row(2, "do", "do", "AUX", "VBP", "Mood=Ind|Tense=Pres|VerbForm=Fin", 4, "aux", "4:aux", "_"),
  row("3-4", "don't", "_", "_", "_", "_", "_", "_", "_", "_"),
  row(3, "n't", "not", "PART", "RB", "Polarity=Neg", 4, "advmod", "4:advmod", "_"),
  row(4, "know", "know", "VERB", "VB", "VerbForm=Inf", 0, "root", "0:root", "SpaceAfter=No"),
  row(5, ".", ".", "PUNCT", ".", "_", 4, "punct", "4:punct", "_"),
  "",
  "# sent_id = 2",
  "# text = Sue likes coffee and Bill tea",
  row(1, "Sue", "Sue", "PROPN", "NNP", "Number=Sing", 2, "nsubj", "2:nsubj|5.1:nsubj", "_"),
  row(2, "likes", "like", "VERB", "VBZ", "Number=Sing|Person=3|Tense=Pres", 0, "root", "0:root", "_"),
  row(3, "coffee", "coffee", "NOUN", "NN", "Number=Sing", 2, "obj", "2:obj", "_"),
  row(4, "and", "and", "CCONJ", "CC", "_", 5, "cc", "5.1:cc", "_"),
  row(5, "Bill", "Bill", "PROPN", "NNP", "Number=Sing", 2, "conj", "5.1:nsubj", "_"),
  row("5.1", "likes", "like", "VERB", "VBZ", "_", "_", "_", "2:conj:and", "CopyOf=2"),
  row(6, "tea", "tea", "NOUN", "NN", "Number=Sing", 5, "orphan", "5.1:obj", "_"),
  "",
  "",
].join("\n");

describe("parseConllu and formatConllu", () => {
  it("write back exactly what they read", () => {
    expect(parseConllu(TEXT).map(formatConllu).join("")).toBe(TEXT);
  });

  it("read words, not the multiword-token and empty-node lines", () => {
    const [first, second] = parseConllu(TEXT);
    expect(first.comments).toEqual(["# newdoc id = hand-made", "# sent_id = 1", "# text = I don't know."]);
    expect(first.words.map((w) => w.form)).toEqual(["I", "do", "n't", "know", "."]);
    expect(first.words.map((w) => w.head)).toEqual([4, 4, 4, 0, 4]);
    expect(first.words[3]).toMatchObject({ lemma: "know", upos: "VERB", xpos: "VB", deprel: "root", misc: "SpaceAfter=No" });
    expect(first.extraLines).toEqual([{ before: 2, line: row("3-4", "don't", "_", "_", "_", "_", "_", "_", "_", "_") }]);
    expect(second.words.map((w) => w.form)).toEqual(["Sue", "likes", "coffee", "and", "Bill", "tea"]);
    expect(second.extraLines.map((e) => e.before)).toEqual([5]);
  });

  it("names the line of a malformed word", () => {
    const lines = TEXT.split("\n");
    lines[6] = "4 know know VERB VB _ 0 root _ _";
    expect(() => parseConllu(lines.join("\n"))).toThrow(/^line 7: expected 10 tab-separated columns, found 1$/);
    lines[6] = row("four", "know", "know", "VERB", "VB", "_", 0, "root", "_", "_");
    expect(() => parseConllu(lines.join("\n"))).toThrow(/^line 7: bad word id "four"$/);
  });
});
