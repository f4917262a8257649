import { describe, expect, it } from "vitest";
import { conll04Document, parseConll, wordsLeftOutside } from "../../src/nlp/conll.js";

const lastColumn = (document: ReturnType<typeof conll04Document>) => document.sentences[0].columns.map((columns) => columns[columns.length - 1]);

describe("CoNLL04 sentences as NER training data", () => {
  // A small CoNLL-2003-style corpus: "President" is left outside the people it opens, "the" outside organisations.
  const conll2003 = parseConll(
    ["President O", "Clinton B-PER", "met O", "the O", "United B-ORG", "Nations I-ORG", "", "President O", "Yeltsin B-PER", "and O", "the O", "Red B-ORG", "Cross I-ORG", ""].join("\n"),
  );
  const outside = wordsLeftOutside(conll2003);

  it("learns which opening words CoNLL-2003 leaves outside an entity, by type", () => {
    expect(outside.get("PER")).toEqual(new Set(["president"]));
    expect(outside.get("ORG")).toEqual(new Set(["the"]));
  });

  it("maps the types, drops the opening words left outside, and keeps only name-like Other spans as MISC", () => {
    const sentence = {
      tokens: ["President", "Lincoln", "of", "the", "United", "States", "saw", "the", "Civil", "War", "on", "13", "Feb", "94", "in", "Washington"],
      tags: ["B-Peop", "L-Peop", "O", "O", "B-Loc", "L-Loc", "O", "O", "B-Other", "L-Other", "O", "B-Other", "I-Other", "L-Other", "O", "U-Loc"],
    };
    expect(lastColumn(conll04Document(sentence, outside))).toEqual([
      "O", "B-PER", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-MISC", "I-MISC", "O", "O", "O", "O", "O", "B-LOC",
    ]);
  });

  it("keeps a one-word entity whose word is usually left outside", () => {
    expect(lastColumn(conll04Document({ tokens: ["President"], tags: ["U-Peop"] }, outside))).toEqual(["B-PER"]);
  });
});
