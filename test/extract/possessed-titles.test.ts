// Titles a pronoun owns ("its founder Mikhail Khodorkovsky") tie their holder to the organisation named before it,
// through the real tagger, parser and entity resolution.
import { describe, expect, it } from "vitest";
import { possessedTitleRelations } from "../../src/extract/possessed-titles.js";
import { analyseText } from "../../src/extract/train/relation-data.js";
import { processArticle } from "../../src/pipeline.js";

/** The affiliations a text's possessed titles give, as "holder → body (role)". */
function affiliations(text: string): string[] {
  const doc = analyseText({ id: "t", text, date: null });
  const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return possessedTitleRelations(doc).map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)} (${relation.role})`);
}

describe("titles owned by a pronoun", () => {
  it("ties the holder to the organisation named last before 'its' or 'their', with the whole title", () => {
    expect(affiliations("Lieutenant Hastings said he knew of no grudges against the West Coast Bank, a statement echoed by its president and chief executive, Robert Sznewajs.")).toEqual(["Robert Sznewajs → West Coast Bank (president and chief executive)"]);
    expect(affiliations("Yukos has been hit by a huge tax bill and its former chief executive Mikhail Khodorkovsky is in jail.")).toEqual(["Mikhail Khodorkovsky → Yukos (former chief executive)"]);
    expect(affiliations("Leeds United have signed their former striker Alan Smith on a short-term deal.")).toEqual(["Alan Smith → Leeds United (former striker)"]);
  });

  it("takes no place for the owner, no second holder after 'and', and no title without a name right after it", () => {
    expect(affiliations("Yukos has no assets in the US apart from a house in Houston owned by its chief finance officer Bruce Misamore.")).toEqual(["Bruce Misamore → Yukos (chief finance officer)"]);
    expect(affiliations("Reliance said Mukesh Ambani is its chairman and Anil Ambani its deputy.")).toEqual([]);
    expect(affiliations("Vivendi said its chairman would stay, Jean-Rene Fourtou said.")).toEqual([]);
  });

  it("adds what it reads to the article's relations, where it outweighs the classifier's doubtful guesses", () => {
    const affiliated = (text: string) => {
      const doc = processArticle({ id: "t", text, date: null });
      const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
      return doc.relations.filter((relation) => relation.kind === "AFFILIATED_WITH").map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)}`);
    };
    expect(affiliated("Many believe the pursuit of Yukos is a response to the political ambitions of its former chief executive, Mikhail Khodorkovsky.")).toEqual(["Mikhail Khodorkovsky → Yukos"]);
    expect(affiliated("Deutsche Bank maintains Yukos has no assets in the US, apart from a house in Houston owned by its chief finance officer Bruce Misamore.")).toEqual(["Bruce Misamore → Yukos"]);
  });
});
