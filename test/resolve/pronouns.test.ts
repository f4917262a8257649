import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../src/doc.js";
import { processArticle } from "../../src/pipeline.js";
import { PronounCandidates, resolvePronouns } from "../../src/resolve/pronouns.js";

function article(text: string): ArticleDoc {
  return processArticle({ id: "pronouns", text, date: null });
}

/** Each pronoun as "word -> person" in reading order. */
function references(doc: ArticleDoc): string[] {
  const nameOf = new Map(doc.entities.map((entity) => [entity.key, entity.name]));
  return (doc.pronouns ?? []).map(({ sentence, token, antecedent }) => `${doc.sentences[sentence].tokens[token].text} -> ${nameOf.get(antecedent.entity!)}`);
}

describe("personal pronouns", () => {
  it("goes back to the subject the story is about, past a person named in passing", () => {
    const doc = article(
      "Arjen Robben has broken a bone in his foot. The winger missed three months of last season after a challenge with Olivier Dacourt. And he added: \"It felt different then.\"",
    );
    expect(references(doc)).toContain("he -> Arjen Robben");
  });

  it("takes the person whose given name agrees with the pronoun, not the nearest one", () => {
    const doc = article("Regina Benjamin met Barack Obama at the White House. She said the job was an honour.");
    expect(references(doc)).toEqual(["She -> Regina Benjamin"]);
  });

  it("reads a courtesy title as the person's sex", () => {
    const doc = article("Mrs Thatcher greeted John Major in Downing Street on Monday. Later she flew to Paris.");
    expect(references(doc)).toEqual(["she -> Thatcher"]);
  });

  it("does not make a subject pronoun stand for a name inside its own verb's clause", () => {
    const doc = article('Gordon Brown spoke to reporters on Monday. "Mr Blair has the same passion as in 1997," he said.');
    expect(references(doc)).toEqual(["he -> Gordon Brown"]);
  });

  it("does not make a pronoun outside a quotation stand for a name inside it", () => {
    const doc = article('Bernie Ebbers took the stand on Monday. "I was not advised by Scott Sullivan of anything ever being wrong," he told the court.');
    expect(references(doc)).toEqual(["he -> Bernie Ebbers"]);
  });

  it("leaves a pronoun with no person before it alone", () => {
    const doc = article("He arrived in London on Tuesday. The talks with Microsoft began later.");
    expect(doc.pronouns).toEqual([]);
  });

  it("offers only people named in the pronoun's sentence before it or in the sentences just before", () => {
    const doc = article(
      "Tony Blair spoke on Monday. It rained. The market fell. Shares rose. Prices dropped. Trading ended. Oil slipped. Gold gained. He left.",
    );
    const last = doc.sentences.length - 1;
    expect(new PronounCandidates(doc).candidates(last, 0)).toEqual([]);
    expect(resolvePronouns(doc)).toEqual([]);
  });

  it("makes the speaker of 'he added' the person the pronoun stands for", () => {
    const doc = article(
      "Arjen Robben has broken a bone in his foot. The winger missed three months of last season after a challenge with Olivier Dacourt. And he added: \"It felt different then.\"",
    );
    const speakers = doc.relations
      .filter((relation) => relation.kind === "PARTICIPANT" && relation.role === "agent" && relation.sentence === 2)
      .map((relation) => doc.entities.find((entity) => entity.key === relation.source)?.name);
    expect(speakers).toEqual(["Arjen Robben"]);
  });
});
