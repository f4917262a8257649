// Offices of state tie their holder to the article's home country: every record's example,
// through the real tagger, parser and entity resolution, and the titles that belong to someone else.
import { describe, expect, it } from "vitest";
import { NATIONAL_OFFICES } from "../../src/extract/lexicon.js";
import { NAMED_COUNTRY_OFFICE_CONFIDENCE, nationalOffice, OFFICE_CONFIDENCE, officeRelations } from "../../src/extract/office-relations.js";
import { analyseText } from "../../src/extract/train/relation-data.js";

/** The office relations of a text, as "holder → country (role)". */
function offices(text: string): string[] {
  const doc = analyseText({ id: "t", text, date: null });
  const names = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return officeRelations(doc, []).map((relation) => `${names.get(relation.source)} → ${names.get(relation.target)} (${relation.role})`);
}

describe("office relations", () => {
  it.each(NATIONAL_OFFICES.map((record) => [record.office, record] as const))("%s gives its example", (_, { example }) => {
    expect(offices(example.text)).toContain(`${example.holder} → ${example.country} (${example.role})`);
  });

  it("reads an office with its portfolio after it, and a modifier before it", () => {
    expect(nationalOffice(["minister", "of", "education"])?.office).toBe("minister");
    expect(nationalOffice(["foreign", "secretary"])?.office).toBe("secretary");
    expect(nationalOffice(["general", "secretary"])).toBeUndefined();
    expect(nationalOffice(["chief", "executive"])).toBeUndefined();
    expect(offices("Italy will pay. Former Prime Minister Romano Prodi said Italy had no choice.")).toEqual(["Romano Prodi → Italy (Prime Minister)"]);
  });

  it("gives a title to the country named right before it, even where the title stands alone later", () => {
    expect(offices("Iraq voted. US President George W Bush praised Iraq. President Bush said the vote was free.")).toEqual(["George W Bush → United States (President)"]);
    expect(offices("WARSAW 1996-08-28\n\nPoland's president spoke. He criticised Russian Foreign Minister Yevgeny Primakov. Poland said so.")).toEqual(["Yevgeny Primakov → Russia (Foreign Minister)"]);
  });

  it("gives a title with the home country named before it to that country surely, whatever the classifier made of it", () => {
    const doc = analyseText({ id: "t", text: "Iraq voted. Iraqi President Saddam Hussein said Iraq was free.", date: null });
    const [saddam, iraq] = ["Saddam Hussein", "Iraq"].map((name) => doc.entities.find((entity) => entity.name === name)!.key);
    const guessed = { kind: "AFFILIATED_WITH" as const, source: saddam, target: iraq, sentence: 1, span: { start: 0, end: 1 }, confidence: 0.45 };
    expect(officeRelations(doc, [guessed]).map(({ source, target, confidence }) => [source, target, confidence])).toEqual([[saddam, iraq, NAMED_COUNTRY_OFFICE_CONFIDENCE]]);
  });

  it("confirms an office at home that the classifier gave only doubtfully, and gives none to a holder it ties to another country", () => {
    const doc = analyseText({ id: "t", text: "Thailand's army is restless, Laos says. Prime Minister Banharn Silpa-archa said Thailand was calm.", date: null });
    const key = (name: string) => doc.entities.find((entity) => entity.name === name)!.key;
    const tie = (country: string) => ({ kind: "AFFILIATED_WITH" as const, source: key("Banharn Silpa-archa"), target: country, sentence: 1, span: { start: 0, end: 1 }, confidence: 0.39 });
    expect(officeRelations(doc, [tie(key("Thailand"))]).map(({ target, confidence }) => [target, confidence])).toEqual([[key("Thailand"), OFFICE_CONFIDENCE]]);
    expect(officeRelations(doc, [tie(key("Laos"))])).toEqual([]);
  });

  it("takes a story filed from a town for at home in the one country of the town's that it names", () => {
    expect(offices("BONN 1996-08-24\n\nDefence Minister Volker Ruehe said German troops would stay on in Bosnia. Bosnia votes in September, and Bosnia is calm.")).toEqual(["Volker Ruehe → Germany (Defence Minister)"]);
    // Washington is a town of England too, which the story does not name.
    expect(offices("WASHINGTON 1996-08-23\n\nAgriculture Secretary Dan Glickman said the department was watching U.S. corn. Egypt set new levels for wheat.")).toEqual(["Dan Glickman → United States (Agriculture Secretary)"]);
  });

  it("leaves a title to a body or another country", () => {
    expect(offices("Russia joined. His comments came as Ambassador Stefan Johannesson of Iceland spoke of Russia.")).toEqual([]);
    expect(offices("India's markets rose, said Nanik Rupani, president of the Indian Merchants Chamber, of India.")).toEqual([]);
    expect(offices("Spain fined the club. But its president Angel Maria Villar said Spain was wrong.")).toEqual([]);
    expect(offices("The United Kingdom economy grew. Shadow chancellor Oliver Letwin said the United Kingdom was lucky.")).toEqual([]);
  });

  it("needs a country the article is about", () => {
    expect(offices("Prime Minister Tony Blair said the election would be in May.")).toEqual([]);
  });
});
