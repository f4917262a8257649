import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../src/doc.js";
import { processArticle } from "../../src/pipeline.js";
import { resolveReferringNouns } from "../../src/resolve/referring-nouns.js";

function article(text: string): ArticleDoc {
  return processArticle({ id: "referring-nouns", text, date: null });
}

/** Each organisation noun as "noun -> organisation" in reading order. */
function references(doc: ArticleDoc): string[] {
  const nameOf = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return resolveReferringNouns(doc).map(({ sentence, token, antecedent }) => `${doc.sentences[sentence].tokens[token].text} -> ${nameOf.get(antecedent.entity!)}`);
}

describe("nouns that stand for a named organisation or country", () => {
  it("reads 'the company' as the organisation the story has named most, not the one named last", () => {
    const doc = article(
      "Lufthansa cancelled 77 flights on Monday. Lufthansa blamed the strike, and the Civil Aviation Authority said the airport would reopen. The company said the strike had cost it 10m euros.",
    );
    expect(references(doc)).toEqual(["company -> Lufthansa"]);
  });

  it("makes the organisation the speaker of what 'the firm' said", () => {
    const doc = article("Shares in Deutsche Telekom rose on Thursday. The firm said profits had doubled in 2004.");
    const speakers = doc.relations
      .filter((relation) => relation.kind === "PARTICIPANT" && relation.role === "agent")
      .map((relation) => doc.entities.find((entity) => entity.key === relation.source)?.name);
    expect(speakers).toEqual(["Deutsche Telekom"]);
  });

  it("reads 'the government' as the country the story names most, and leaves it alone where none is named", () => {
    const doc = article("Brazil's economy grew 5.2% in 2004. Exports from Brazil and Argentina rose. The government said inflation would fall.");
    expect(references(doc)).toEqual(["government -> Brazil"]);
    expect(references(article("Ministers met on Monday. The government said inflation would fall."))).toEqual([]);
  });

  it("leaves alone a noun that names something else: a group of people, a new company, a noun with no organisation before it", () => {
    expect(references(article("Vodafone met the group of ministers in Brussels. Rosneft is the company that acquired Yuganskneftegas. The combined company would be bigger."))).toEqual([]);
    expect(references(article("The company said profits rose. Its shares fell on Monday in New York."))).toEqual([]);
  });

  it("reads a title after 'the' as the person last named with that title, and makes that person the speaker", () => {
    const doc = article("Tory MP Jonathan Sayeed has resigned. The Mid-Bedfordshire MP had denied a claim that he was paid. Chelsea striker Didier Drogba was injured on Saturday. The striker said he would be back soon.");
    expect(references(doc)).toEqual(["MP -> Jonathan Sayeed", "striker -> Didier Drogba"]);
    const speakers = doc.relations
      .filter((relation) => relation.kind === "PARTICIPANT" && relation.role === "agent")
      .map((relation) => doc.entities.find((entity) => entity.key === relation.source)?.name);
    // Not the seat that qualifies the title.
    expect(speakers).not.toContain("Mid-Bedfordshire");
    expect(speakers).toEqual(expect.arrayContaining(["Jonathan Sayeed", "Didier Drogba"]));
    // The statement is named for its speaker, without the title that stood for him.
    expect(doc.events.map((event) => event.name)).toContain("Didier Drogba: said");
  });

  it("matches the whole title, and leaves a title that names someone else alone", () => {
    // "the prime minister" is not the deputy prime minister; "the minister for Europe" is another minister.
    expect(references(article("Deputy Prime Minister John Prescott spoke first. The prime minister said the economy was strong."))).toEqual([]);
    expect(references(article("Foreign Minister Jack Straw spoke. The minister for Europe said nothing."))).toEqual([]);
    // A title qualified by another body than the person's title was; a title before the name it gives.
    expect(references(article("Chelsea striker Didier Drogba scored twice. The Arsenal striker missed a penalty."))).toEqual([]);
    expect(references(article("Chelsea striker Didier Drogba scored twice. The Chelsea striker said he was happy."))).toEqual(["striker -> Didier Drogba"]);
    expect(references(article("Film director Michael Moore spoke first. The director Mel Gibson said nothing."))).toEqual([]);
  });

  it("reads a title that opens the story as the person the next sentence names first, and makes that person its agent", () => {
    const doc = article("Scotland's justice minister has warned bigoted soccer fans. Cathy Jamieson said exclusion orders were being considered.");
    expect(references(doc)).toEqual(["minister -> Cathy Jamieson"]);
    const agents = doc.relations
      .filter((relation) => relation.kind === "PARTICIPANT" && relation.role === "agent")
      .map((relation) => doc.entities.find((entity) => entity.key === relation.source)?.name);
    // Not the country that qualifies the title.
    expect(agents).not.toContain("Scotland");
    expect(agents).toContain("Cathy Jamieson");
  });

  it("leaves an opening title alone where the next person named is no subject, has another title, or the lede names a person", () => {
    // "Gibbons" is no subject in this parse, and Jane Hutt, named after him, is the minister who was sacked.
    expect(references(article("The new health minister for Wales has admitted big challenges. Speaking to the BBC about Jane Hutt, Dr Brian Gibbons said the essentials were in place."))).toEqual([]);
    expect(references(article("An executive at Marsh & McLennan has pleaded guilty. New York Attorney General Elliot Spitzer said the case was closed."))).toEqual([]);
    expect(references(article("The chairman of Fiat met Tony Blair on Monday. Sergio Marchionne said the talks went well."))).toEqual([]);
  });
});
