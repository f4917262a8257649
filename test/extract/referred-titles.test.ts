// A title that opens a story stands for the person named next ("The founder of Parmalat has apologised … Calisto Tanzi
// said"), who holds it where the title's phrase says, through the real tagger, parser and resolution.
import { describe, expect, it } from "vitest";
import { referredTitleRelations } from "../../src/extract/referred-titles.js";
import { processArticle } from "../../src/pipeline.js";

/** The affiliations a text's opening titles give, as "holder → body (role) confidence". */
function affiliations(text: string): string[] {
  const doc = processArticle({ id: "t", text, date: null });
  const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return referredTitleRelations(doc).map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)} (${relation.role}) ${relation.confidence}`);
}

describe("titles that open a story and stand for the person named next", () => {
  it("ties the holder to the body after 'of', on a title joined to the first one", () => {
    expect(affiliations("The founder and former boss of Parmalat has apologised to investors. Calisto Tanzi said he would co-operate fully.")).toEqual([
      "Calisto Tanzi → Parmalat (founder and former boss) 0.8",
    ]);
  });

  it("ties the holder to a country that owns the title or an organisation before it", () => {
    expect(affiliations("India's defence minister has opened the air show. Pranab Mukherjee said firms could outsource jobs to India.")).toEqual([
      "Pranab Mukherjee → India (defence minister) 0.8",
    ]);
    expect(affiliations("A former Home Office minister has called for an independent body. Barbara Roche said it should publish figures.")).toEqual([
      "Barbara Roche → Home Office (minister) 0.8",
    ]);
  });

  it("gives nothing for a nationality, a title with no body, or a title standing for someone named before it", () => {
    expect(affiliations("The Australian actress has arrived in Sydney. Nicole Kidman said she was happy.")).toEqual([]);
    expect(affiliations("The prime minister has defended the plans. Tony Blair said they were needed.")).toEqual([]);
    expect(affiliations("Chelsea striker Didier Drogba was injured. The Chelsea striker said he would be back soon.")).toEqual([]);
  });
});
