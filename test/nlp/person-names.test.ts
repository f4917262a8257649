import { describe, expect, it } from "vitest";
import { learnPersonNames } from "../../src/nlp/train/person-names.js";

describe("learnPersonNames", () => {
  const documents = [
    {
      vertexSet: [
        [{ type: "PER", name: "Lee Harvey Oswald" }, { type: "PER", name: "Oswald" }],
        [{ type: "PER", name: "Abraham Lincoln" }],
        [{ type: "ORG", name: "Lincoln Center" }],
        [{ type: "LOC", name: "Lincoln" }],
      ],
    },
  ];
  const sentences = [{ tokens: ["Kenneth", "Starr", "of", "Harvard", "University", "said"], tags: ["B-Peop", "L-Peop", "O", "B-Org", "L-Org", "O"] }];

  it("takes the first word of a full name as a given name and the last as a surname", () => {
    const { givenNames, surnames } = learnPersonNames(documents, sentences);
    expect(givenNames).toEqual(expect.arrayContaining(["lee", "kenneth"]));
    expect(surnames).toEqual(expect.arrayContaining(["oswald", "starr"]));
    expect(givenNames).not.toContain("harvey");
  });

  it("leaves out a word that is as often part of other entities' names", () => {
    const { givenNames, surnames } = learnPersonNames(documents, sentences);
    expect(surnames).not.toContain("lincoln");
    expect([...givenNames, ...surnames]).not.toContain("harvard");
  });

  it("keeps a word whose share of person mentions reaches the ratio", () => {
    expect(learnPersonNames(documents, sentences, { personRatio: 0.5, minCount: 1 }).surnames).toContain("lincoln");
  });
});
