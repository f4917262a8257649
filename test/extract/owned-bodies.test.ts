import { describe, expect, it } from "vitest";
import { processArticle } from "../../src/pipeline.js";
import type { ArticleDoc } from "../../src/doc.js";

const name = (doc: ArticleDoc, key: string) => doc.entities.find((entity) => entity.key === key)?.name;
const affiliations = (text: string) => {
  const doc = processArticle({ id: "owned", text, date: null });
  return doc.relations.filter((relation) => relation.kind === "AFFILIATED_WITH").map((relation) => `${name(doc, relation.source)} -> ${name(doc, relation.target)}`);
};

describe("bodies a person's possessive pronoun owns", () => {
  it("makes the person the pronoun stands for a member of the body it owns", () => {
    expect(affiliations("Charles Kennedy has told voters his Liberal Democrats will offer them an honest choice.")).toContain("Charles Kennedy -> Liberal Democrats");
  });

  it("reads nothing into a body that only qualifies another noun", () => {
    expect(affiliations("Steven Gerrard reiterated his desire to win trophies after his superb Champions League winner on Wednesday.")).toEqual([]);
  });
});
