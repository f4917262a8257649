// Titles that name the kind of body they are held in tie their holder to the one such body the article names: every
// record's example, through the real tagger, parser and entity resolution, and the titles that belong elsewhere.
import { describe, expect, it } from "vitest";
import { BODY_TITLE_CONFIDENCE, bodyTitleRelations } from "../../src/extract/body-titles.js";
import { BODY_TITLES } from "../../src/extract/lexicon.js";
import { analyseText } from "../../src/extract/train/relation-data.js";

/** The body-title relations of a text, as "holder → body (role)". */
function bodyTitles(text: string): string[] {
  const doc = analyseText({ id: "t", text, date: null });
  const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return bodyTitleRelations(doc, []).map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)} (${relation.role})`);
}

describe("body titles", () => {
  it.each(BODY_TITLES.map((record) => [record.titles[0], record] as const))("%s gives its example", (_, { example }) => {
    expect(bodyTitles(example.text)).toContain(`${example.holder} → ${example.body} (${example.role})`);
  });

  it("reads the longest title and the one body of its kind, in another sentence", () => {
    expect(bodyTitles("Northumbria Police met the protesters. But Assistant Chief Constable David Warcup said all negotiations had gone well.")).toEqual([
      "David Warcup → Northumbria Police (Assistant Chief Constable)",
    ]);
    // A sheriff's department is no police force.
    expect(bodyTitles("The Los Angeles Police Department and the Los Angeles County Sheriff's Department searched the house. Detective Jim Smith said nothing.")).toEqual([
      "Jim Smith → Los Angeles Police Department (Detective)",
    ]);
  });

  it("gives none where the article names two such bodies, or another body or a person owns the title", () => {
    expect(bodyTitles("The Los Angeles Police Department and the Pasadena Police Department searched the house. Detective Jim Smith said nothing.")).toEqual([]);
    expect(bodyTitles("The Los Angeles Police Department searched the house. LAPD detective Jim Smith said nothing.")).toEqual([]);
    expect(bodyTitles("The Los Angeles Police Department searched the house. Sam Wilson's police chief Jim Smith said nothing.")).toEqual([]);
  });

  it("gives its relations at the confidence measured", () => {
    const doc = analyseText({ id: "t", text: BODY_TITLES[0].example.text, date: null });
    expect(bodyTitleRelations(doc, []).map((relation) => relation.confidence)).toEqual([BODY_TITLE_CONFIDENCE]);
  });

  it("adds nothing the sentences already tie", () => {
    const doc = analyseText({ id: "t", text: BODY_TITLES[0].example.text, date: null });
    const [first] = bodyTitleRelations(doc, []);
    expect(bodyTitleRelations(doc, [first])).toEqual([]);
  });
});
