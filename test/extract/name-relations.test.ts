// Relations organisation names state by themselves: a name that adds to another organisation's name the words of a
// part is that part; one that adds a name's own further word, or a club's city, is no part of its short form.
import { describe, expect, it } from "vitest";
import type { ArticleDoc, Entity } from "../../src/doc.js";
import { nameRelations } from "../../src/extract/name-relations.js";

function entity(kind: Entity["kind"], name: string): Entity {
  const key = `${kind}:${name.toLowerCase()}`;
  return { key, kind, name, aliases: [], confidence: 1, mentions: [{ sentence: 0, tokenStart: 0, tokenEnd: 1, start: 0, end: name.length, text: name, kind, entity: key, confidence: 1 }] };
}

/** The PART_OF relations the names of one article's organisations state, as "part → whole". */
function parts(...names: string[]): string[] {
  const entities = names.map((name) => entity("Organization", name));
  const doc = { entities } as unknown as ArticleDoc;
  const nameOf = new Map(entities.map((e) => [e.key, e.name]));
  return nameRelations(doc).filter((relation) => relation.kind === "PART_OF").map((relation) => `${nameOf.get(relation.source)} → ${nameOf.get(relation.target)}`).sort();
}

describe("parts that names state", () => {
  it("reads a body, a division or a region the longer name adds as a part of the shorter", () => {
    expect(parts("United Nations", "United Nations General Assembly")).toEqual(["United Nations General Assembly → United Nations"]);
    expect(parts("Balfour Beatty", "Balfour Beatty Rail Maintenance")).toEqual(["Balfour Beatty Rail Maintenance → Balfour Beatty"]);
    expect(parts("AOL", "AOL Europe", "Yukos", "Yukos USA", "CBS", "CBS TV")).toEqual(["AOL Europe → AOL", "CBS TV → CBS", "Yukos USA → Yukos"]);
  });

  it("reads no part where the longer name only goes on with a name's own word or a club's city", () => {
    expect(parts("Merrill", "Merrill Lynch", "Biogen", "Biogen Idec")).toEqual([]);
    expect(parts("Atletico", "Atletico Madrid", "Borussia", "Borussia Dortmund", "Duchy", "Duchy of Cornwall")).toEqual([]);
    // Nor with another word of the language, which goes on a firm's own name more often than it names a division.
    expect(parts("Nissan", "Nissan Motor", "Jupiter", "Jupiter Research", "Leicester", "Leicester City")).toEqual([]);
    expect(parts("BBC", "BBC Two", "BBC Films", "EA", "EA Sports")).toEqual(["BBC Films → BBC", "BBC Two → BBC", "EA Sports → EA"]);
  });

  it("reads no part where the longer name adds the words of a group of businesses, which make it the whole, or of a government", () => {
    expect(parts("Independent", "Independent News & Media", "Telegraph", "Telegraph Group", "RDF", "RDF Media")).toEqual([]);
    // Nor is the body a party forms a part of it.
    expect(parts("Labour", "Labour government", "Labour administration")).toEqual([]);
  });
});
