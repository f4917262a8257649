// Titles a counted group holds ("ten former directors at WorldCom") tie each member the article lists to the body the
// phrase names, through the real tagger, parser, entity resolution and group resolution.
import { describe, expect, it } from "vitest";
import { groupTitleRelations } from "../../src/extract/group-titles.js";
import { processArticle } from "../../src/pipeline.js";

/** The affiliations a text's counted groups of title holders give, as "member → body (role) confidence", once each. */
function affiliations(text: string): string[] {
  const doc = processArticle({ id: "t", text, date: null });
  const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return [...new Set(groupTitleRelations(doc).map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)} (${relation.role}) ${relation.confidence}`))];
}

const DIRECTORS =
  "Four former directors at WorldCom have agreed to pay $54m to settle a class action lawsuit. " +
  "The four former outside directors are James Allen, Judith Areen, Carl Aycock and John Porter.";

describe("titles held by a counted group", () => {
  it("ties each listed member to the body named after the title, keeping 'former'", () => {
    expect(affiliations(DIRECTORS)).toEqual([
      "James Allen → WorldCom (former director) 0.8",
      "Judith Areen → WorldCom (former director) 0.8",
      "Carl Aycock → WorldCom (former director) 0.8",
      "John Porter → WorldCom (former director) 0.8",
    ]);
  });

  it("adds them to the article's relations", () => {
    const doc = processArticle({ id: "t", text: DIRECTORS, date: null });
    const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
    const affiliated = doc.relations.filter((relation) => relation.kind === "AFFILIATED_WITH").map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)}`);
    expect(affiliated).toContain("Judith Areen → WorldCom");
  });

  it("lends the body to another group of the same title that names none, less surely", () => {
    expect(affiliations(`${DIRECTORS} Two other outside former directors, Bert Roberts and Francesco Galesi, remain defendants in the lawsuit.`)).toContain(
      "Francesco Galesi → WorldCom (former director) 0.7",
    );
  });

  it("gives nothing where the counted noun is no title or no body is named", () => {
    expect(affiliations("The two men, John Smith and Bob Jones, were arrested at WorldCom's offices.")).toEqual([]);
    expect(affiliations("The two directors, John Smith and Bob Jones, resigned on Monday.")).toEqual([]);
  });
});
