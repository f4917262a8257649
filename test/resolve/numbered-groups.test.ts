import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../src/doc.js";
import { processArticle } from "../../src/pipeline.js";

function article(text: string): ArticleDoc {
  return processArticle({ id: "numbered-groups", text, date: null });
}

/** Each counted phrase as "head -> member, member, …" in reading order. */
function groups(doc: ArticleDoc): string[] {
  return (doc.groups ?? []).map(({ sentence, token, members }) => `${doc.sentences[sentence].tokens[token].text} -> ${members.map((member) => member.text).join(", ")}`);
}

/** The entities that take part in events in a role, by name. */
function inRole(doc: ArticleDoc, role: string): string[] {
  const nameOf = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return doc.relations.filter((relation) => relation.kind === "PARTICIPANT" && relation.role === role).map((relation) => nameOf.get(relation.source)!).sort();
}

describe("phrases that count a group the article lists", () => {
  it("reads 'the four' as the four people just named, and makes them what the agreement is about", () => {
    const doc = article(
      "Moazzam Begg, from Birmingham, and Martin Mubanga, Richard Belmar and Feroz Abbasi, from London, have been held by the US at Guantanamo Bay for almost three years. On Tuesday Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four after intensive and complex discussions over security.",
    );
    expect(groups(doc)).toEqual(["four -> Moazzam Begg, Martin Mubanga, Richard Belmar, Feroz Abbasi"]);
    const agreement = doc.events.find((event) => event.eventType === "Agreement")!;
    const targets = doc.relations.filter((relation) => relation.target === agreement.key && relation.role === "target").map((relation) => relation.source);
    expect(targets).toEqual(["Person:moazzam begg", "Person:martin mubanga", "Person:richard belmar", "Person:feroz abbasi"]);
  });

  it("spells out a group where the text says who its members are, and gives every phrase of that count and noun the same members", () => {
    const doc = article(
      "Ten former directors at WorldCom have agreed to pay $54m to settle a class action lawsuit, reports say. The ten former outside directors are James Allen, Judith Areen, Carl Aycock, Max Bobbitt, Clifford Alexander, Stiles Kellett, Gordon Macklin, John Porter, Lawrence Tucker and the estate of John Sidgmore, who died last year. Two other outside former directors, Bert Roberts and Francesco Galesi, remain defendants in the lawsuit.",
    );
    const ten = "James Allen, Judith Areen, Carl Aycock, Max Bobbitt, Clifford Alexander, Stiles Kellett, Gordon Macklin, John Porter, Lawrence Tucker, John Sidgmore";
    expect(groups(doc)).toEqual([`directors -> ${ten}`, `directors -> ${ten}`, "directors -> Bert Roberts, Francesco Galesi"]);
    expect(inRole(doc, "agent")).toEqual(ten.split(", ").sort());
  });

  it("reads 'the two countries', 'both men' and 'the pair' by the kind their noun names", () => {
    const doc = article(
      "In a sign of a thaw in relations between Egypt and Israel, the two countries have signed a trade protocol. Ken Lay and Jeff Skilling left Enron in 2001. Both men are facing criminal charges. Kostas Kenteris and Katerina Thanou missed a test. The pair face lengthy bans.",
    );
    expect(groups(doc)).toEqual(["countries -> Egypt, Israel", "men -> Ken Lay, Jeff Skilling", "pair -> Kostas Kenteris, Katerina Thanou"]);
    expect(inRole(doc, "agent")).toContain("Israel");
    expect(inRole(doc, "target")).toEqual(expect.arrayContaining(["Ken Lay", "Jeff Skilling"]));
  });

  it("leaves alone a count whose nearest list is of another size or kind, an indefinite count, and 'both' that opens a coordination", () => {
    expect(groups(article("Sony, Microsoft and Nintendo cut prices. Analysts said the two firms would gain."))).toEqual([]);
    expect(groups(article("Tony Blair and Gordon Brown met on Monday. Two men were later arrested outside."))).toEqual([]);
    expect(groups(article("Egypt and Israel signed a deal. Analysts said the two men behind it were pleased."))).toEqual([]);
    expect(groups(article("Ford and General Motors lost ground. The year is starting slower than expected, both for GM and the industry."))).toEqual([]);
    expect(groups(article("Tony Blair and Gordon Brown met. The views expressed by both backbenchers and Labour peers were clear."))).toEqual([]);
  });
});
