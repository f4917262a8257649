import { describe, expect, it } from "vitest";
import { defaultSyntax, tokenize } from "../../src/nlp/index.js";
import { bestAllowed, learnTagConstraints, TagConstraints } from "../../src/nlp/tag-constraints.js";

const TAGS = ["AUX|MD", "ADJ|JJ", "NOUN|NN", "VERB|VB", "VERB|VBD", "VERB|VBN"];
const times = (count: number, item: [string, string, string]) => Array.from({ length: count }, () => item);
const tagged: Array<[string, string, string]> = [
  ...times(4, ["fell", "VERB|VBD", "fall"]),
  ["fallen", "VERB|VBN", "fall"],
  ...times(3, ["won", "VERB|VBD", "win"]),
  ...times(2, ["saw", "VERB|VBD", "see"]),
  ["saw", "NOUN|NN", "saw"],
  ["seen", "VERB|VBN", "see"],
  ...times(2, ["showed", "VERB|VBD", "show"]),
  ["shown", "VERB|VBN", "show"],
  ...times(5, ["will", "AUX|MD", "will"]),
  ...times(2, ["Fell", "VERB|VBD", "fall"]),
  ...times(4, ["consumer", "NOUN|NN", "consumer"]),
  ...times(3, ["housing", "NOUN|NN", "housing"]),
];
const constraints = new TagConstraints(learnTagConstraints(tagged, TAGS, 3), TAGS);
const allowedTags = (word: string) => {
  const mask = constraints.allowed(word);
  return mask && TAGS.filter((_, t) => mask[t]);
};

describe("tag constraints", () => {
  it("keeps a word seen often, only in open classes, out of the closed ones", () => {
    expect(allowedTags("won")).toEqual(["ADJ|JJ", "NOUN|NN", "VERB|VB", "VERB|VBD", "VERB|VBN"]);
    expect(allowedTags("will")).toBeUndefined();
  });

  it("holds an irregular past tense of a verb with another participle to the tags it was seen with", () => {
    expect(allowedTags("fell")).toEqual(["VERB|VBD"]);
    expect(allowedTags("saw")).toEqual(["NOUN|NN", "VERB|VBD"]);
    // "won" is its own participle ("has won"), and an "-ed" form is both.
    expect(allowedTags("won")).toContain("VERB|VBN");
    expect(allowedTags("showed")).toBeUndefined();
  });

  it("reads the listed irregular past tenses as past tenses alone, where the treebank lacks their participle", () => {
    // "rose" beside "risen", which the toy treebank (like EWT) never shows: not a participle, nor a noun.
    const withRose = new TagConstraints(learnTagConstraints([...tagged, ...times(3, ["rose", "NOUN|NN", "rose"])], TAGS, 3), TAGS);
    const mask = withRose.allowed("rose")!;
    expect(TAGS.filter((_, t) => mask[t])).toEqual(["VERB|VBD"]);
    expect(constraints.allowed("took")).toBeDefined();
    expect(allowedTags("won")).toContain("VERB|VBN");
  });

  it("makes no verb of a capitalised word the treebank shows often and never as a verb, but for an '-ing' form", () => {
    expect(allowedTags("Consumer")).toEqual(["ADJ|JJ", "NOUN|NN"]);
    expect(allowedTags("CONSUMER")).toEqual(["ADJ|JJ", "NOUN|NN"]);
    // "Housing experts are split" and "Understanding your work personality allows …" look alike.
    expect(allowedTags("Housing")).toBeUndefined();
    // Written in lower case it may still be a verb the treebank never showed ("to fund the purchase").
    expect(allowedTags("consumer")).toEqual(["ADJ|JJ", "NOUN|NN", "VERB|VB", "VERB|VBD", "VERB|VBN"]);
  });

  it("leaves capitalised and unseen words free", () => {
    expect(allowedTags("Fell")).toBeUndefined();
    expect(allowedTags("Rose")).toBeUndefined();
    expect(allowedTags("amid")).toBeUndefined();
  });

  it("picks the best tag the mask allows, the first best one without a mask", () => {
    const scores = Float32Array.from([5, 1, 0, 3, 3, 2]);
    expect(bestAllowed(scores, 6, undefined)).toBe(0);
    expect(bestAllowed(scores, 6, Uint8Array.from([0, 1, 1, 1, 1, 1]))).toBe(3);
  });

  it.each([
    ["Profits fell sharply.", "fell", "VBD", "root"],
    ["The economy grew by 8%.", "grew", "VBD", "root"],
    ["Consumer credit rose by 1.5bn in December, the Bank of England said.", "rose", "VBD", "ccomp"],
    ["Consumer borrowing rose at a near-record pace in January.", "rose", "VBD", "root"],
  ])("tags a news past tense the treebank seldom shows as one: %s", (sentence, word, xpos, deprel) => {
    // Read by their endings and neighbours, "fell" had been a modal like "will" and "grew" a participle describing the noun.
    const words = tokenize(sentence).map((token) => token.text);
    const parsed = defaultSyntax().analyse(words);
    const at = words.indexOf(word);
    expect(parsed.xpos[at]).toBe(xpos);
    expect(parsed.deprel[at]).toBe(deprel);
  });
});
