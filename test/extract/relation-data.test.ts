// How Re-DocRED's Wikidata relations become training examples for the relation classifier.
import { describe, expect, it } from "vitest";
import { RELATION_LABELS } from "../../src/extract/relation-candidates.js";
import { reDocRedExamples, type ReDocRedDocument } from "../../src/extract/train/relation-data.js";

/** One sentence of two names, with the given Wikidata properties from the first to the second. */
function document(words: string[], first: [number, number], second: [number, number], properties: string[]): ReDocRedDocument {
  return {
    title: words.slice(...first).join(" "),
    sents: [words],
    vertexSet: [first, second].map((pos) => [{ pos, sent_id: 0, type: "", name: words.slice(...pos).join(" ") }]),
    labels: properties.map((r) => ({ h: 0, t: 1, r, evidence: [0] })),
  };
}

const siemens = (properties: string[]) => document(["Siemens", "has", "its", "offices", "in", "Munich", "."], [0, 1], [5, 6], properties);
const labelsOf = (doc: ReDocRedDocument) => reDocRedExamples([doc], 1).map((example) => RELATION_LABELS[example.example.label]);

describe("Re-DocRED examples", () => {
  it("teaches a Wikidata relation the schema has as that relation", () => {
    expect(labelsOf(siemens(["P159"]))).toEqual(["LOCATED_IN>"]);
  });

  it("teaches a pair with no relation at all as no relation", () => {
    expect(labelsOf(siemens([]))).toEqual(["NONE"]);
  });

  it("leaves out a pair related in a way the schema has no name for (location of formation), rather than teach it as no relation", () => {
    expect(labelsOf(siemens(["P740"]))).toEqual([]);
  });

  it("teaches nothing about a person and a place, which Wikipedia relates by birth and news by residence", () => {
    expect(labelsOf(document(["Mary", "Smith", "lives", "in", "Boston", "."], [0, 2], [4, 5], ["P551"]))).toEqual([]);
  });
});
