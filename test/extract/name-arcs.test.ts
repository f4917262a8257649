// Names the parser ran together with `flat` are parted where the tagger says they are two entities.
import { describe, expect, it } from "vitest";
import type { ArticleDoc, Mention, Sentence, Token } from "../../src/doc.js";
import { repairNameArcs } from "../../src/extract/name-arcs.js";
import { processArticle } from "../../src/pipeline.js";

/** A one-sentence doc from [word, head, deprel, upos] rows and the mentions' token ranges with their entities. */
function handMade(rows: Array<[string, number, string, string?]>, mentions: Array<[number, number, string]>): ArticleDoc {
  const tokens = rows.map(([text, head, deprel, upos = "PROPN"]) => ({ text, head, deprel, upos, pos: "NNP", ner: "O", lemma: text, start: 0, end: 0 }) as Token);
  const sentence = { tokens, start: 0, end: 0 } as unknown as Sentence;
  const named = mentions.map(([tokenStart, tokenEnd, entity]) => ({ kind: "Person", text: entity, sentence: 0, tokenStart, tokenEnd, start: 0, end: 0, confidence: 1, entity }) as Mention);
  return { article: { id: "t", text: "", date: null }, storySpans: [], sentences: [sentence], mentions: named, entities: [], events: [], relations: [] };
}

const arcs = (doc: ArticleDoc) => doc.sentences[0].tokens.map((token) => `${token.text}>${token.head}:${token.deprel}`);

describe("repairNameArcs", () => {
  it("heads a title phrase on the later name: 'Kennedy assassin Oswald' is Oswald, with Kennedy and the title as compounds", () => {
    const doc = handMade(
      [["killed", -1, "root", "VERB"], ["Kennedy", 0, "obj"], ["assassin", 1, "flat", "NOUN"], ["Lee", 1, "flat"], ["Oswald", 1, "flat"], [".", 0, "punct", "PUNCT"]],
      [[1, 2, "kennedy"], [3, 5, "oswald"]],
    );
    repairNameArcs(doc);
    expect(arcs(doc)).toEqual(["killed>-1:root", "Kennedy>3:compound", "assassin>3:compound", "Lee>0:obj", "Oswald>3:flat", ".>0:punct"]);
  });

  it("makes a run of names with 'and' a list, the words before a name describing that name", () => {
    const doc = handMade(
      [["joined", -1, "root", "VERB"], ["Gary", 0, "obj"], ["Speed", 1, "flat"], ["and", 4, "cc", "CCONJ"], ["team-mate", 1, "conj", "NOUN"], ["Paul", 1, "flat"], ["Scholes", 1, "flat"]],
      [[1, 3, "speed"], [5, 7, "scholes"]],
    );
    repairNameArcs(doc);
    expect(arcs(doc)).toEqual(["joined>-1:root", "Gary>0:obj", "Speed>1:flat", "and>5:cc", "team-mate>5:compound", "Paul>1:conj", "Scholes>5:flat"]);
  });

  it("leaves alone two names with only a comma between, names side by side, and the words of one entity", () => {
    const cases = [
      handMade([["Ricardo", -1, "root"], [",", 0, "punct", "PUNCT"], ["Bellion", 0, "flat"]], [[0, 1, "ricardo"], [2, 3, "bellion"]]),
      handMade([["PSA", -1, "root"], ["Peugeot", 0, "flat"], ["Citroen", 0, "flat"]], [[0, 1, "psa"], [1, 3, "peugeot"]]),
      handMade([["Tony", -1, "root"], ["Blair", 0, "flat"], ["Blair", 0, "flat"]], [[0, 2, "blair"], [2, 3, "blair"]]),
    ];
    for (const doc of cases) {
      const before = arcs(doc);
      repairNameArcs(doc);
      expect(arcs(doc)).toEqual(before);
    }
  });

  it("makes a person set off by commas after a title's body its holder, where the parse made them a list", () => {
    const doc = processArticle({ id: "arcs", text: "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the ruling dangerous.", date: null });
    const name = (key: string) => doc.entities.find((entity) => entity.key === key)?.name ?? doc.events.find((event) => event.key === key)?.name;
    const facts = doc.relations.map((relation) => `${name(relation.source)} ${relation.kind} ${name(relation.target)} ${relation.role ?? ""}`.trim());
    expect(facts).toContain("Nunzio Galantino AFFILIATED_WITH Italian Episcopal Conference secretary general");
    expect(facts).toContain("Nunzio Galantino PARTICIPANT Nunzio Galantino: called agent");
    // A member of a list with "and" stays one: "the directors of Shameless, Hustle and Bodies".
    const list = processArticle({ id: "arcs", text: "The directors of Shameless, Hustle and Bodies are all nominated.", date: null });
    expect(list.sentences[0].tokens.filter((token) => token.deprel === "appos")).toEqual([]);
  });

  it("lets the events read the repaired parse: who killed whom in a name run", () => {
    const doc = processArticle({ id: "arcs", text: "Belli's clients have included Jack Ruby, who killed John F. Kennedy assassin Lee Harvey Oswald.", date: null });
    const name = (key: string) => doc.entities.find((entity) => entity.key === key)?.name;
    const killing = doc.events.find((event) => event.name.startsWith("Jack Ruby"));
    const victims = doc.relations.filter((relation) => relation.target === killing?.key && relation.role === "victim").map((relation) => name(relation.source));
    expect(victims).toEqual(["Lee Harvey Oswald"]);
  });
});
