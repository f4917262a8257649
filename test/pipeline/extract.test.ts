import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/pipeline.js";
import type { ArticleDoc } from "../../src/doc.js";
import { handDoc } from "../helpers/hand-doc.js";

function run(sentences: string[], date: string | null = "2021-01-06"): ArticleDoc {
  return extractFacts(handDoc(sentences, date));
}

const name = (doc: ArticleDoc, key: string) => doc.entities.find((entity) => entity.key === key)?.name ?? doc.events.find((event) => event.key === key)?.eventType;
const triples = (doc: ArticleDoc) =>
  doc.relations.map((relation) => [name(doc, relation.source), relation.kind, name(doc, relation.target), relation.role ?? ""].join(" "));

describe("relations from names", () => {
  it("reads PART_OF from an organisation named after its parent", () => {
    const doc = run(["The/DT United/NNP/B-ORG Nations/NNPS/I-ORG General/NNP/I-ORG Assembly/NNP/I-ORG and/CC the/DT United/NNP/B-ORG Nations/NNPS/I-ORG met/VBD ./."]);
    expect(triples(doc)).toContain("United Nations General Assembly PART_OF United Nations ");
  });
});

describe("events", () => {
  const seedLike = [
    "Antonio/NNP/B-PER Guterres/NNP/I-PER on/IN Monday/NNP strongly/RB condemned/VBD the/DT terrorist/JJ attack/NN and/CC killing/NN of/IN 11/CD Hazaras/NNPS/B-MISC in/IN Pakistan/NNP/B-LOC 's/POS Balochistan/NNP/B-LOC province/NN on/IN January/NNP 3/CD ./.",
    "The/DT attack/NN took/VBD place/NN on/IN Sunday/NNP when/WRB gunmen/NNS stormed/VBD a/DT coal/NN mine/NN in/IN Mach/NNP/B-LOC ,/, Balochistan/NNP/B-LOC ./.",
    "The/DT Sunday/NNP attack/NN was/VBD claimed/VBN by/IN the/DT Islamic/NNP/B-ORG State/NNP/I-ORG ./.",
  ];

  it("merges the mentions of one attack, dates it from the dateline and places it most specifically", () => {
    const doc = run(seedLike);
    const attacks = doc.events.filter((event) => event.eventType === "Attack");
    expect(attacks).toHaveLength(1);
    expect(attacks[0].date).toBe("2021-01-03");
    expect(triples(doc)).toContain("Attack OCCURRED_IN Mach ");
    expect(triples(doc)).toContain("Hazaras PARTICIPANT Attack victim");
  });

  it("makes the condemnation a statement by its speaker about the attack, dated Monday", () => {
    const doc = run(seedLike);
    const statement = doc.events.find((event) => event.eventType === "Statement" && event.name.startsWith("Antonio Guterres"));
    expect(statement?.date).toBe("2021-01-04");
    expect(triples(doc)).toEqual(expect.arrayContaining(["Antonio Guterres PARTICIPANT Statement agent", "Statement ABOUT Attack "]));
  });

  it("takes the agent of a passive claim from 'by'", () => {
    const doc = run(seedLike);
    expect(triples(doc)).toContain("Islamic State PARTICIPANT Attack agent");
  });

  it("leaves weekday dates unresolved without a dateline", () => {
    const doc = run(seedLike, null);
    expect(doc.events.every((event) => event.date === null)).toBe(true);
  });

  it("finds the speaker before an appositive, and not the organisation the appositive names: his affiliation says it", () => {
    const doc = run(["Giampaolo/NNP/B-PER Vianello/NNP/I-PER ,/, superintendent/NN of/IN the/DT Fenice/NNP/B-ORG Theatre/NNP/I-ORG Foundation/NNP/I-ORG ,/, said/VBD he/PRP was/VBD sad/JJ ./."]);
    expect(triples(doc)).toContain("Giampaolo Vianello PARTICIPANT Statement agent");
    expect(triples(doc)).not.toContain("Fenice Theatre Foundation PARTICIPANT Statement agent");
  });

  it("makes the organisation a spokesman speaks for the speaker, past a relative clause", () => {
    const doc = run([
      "A/DT spokesman/NN for/IN Reporters/NNP/B-ORG Without/IN/I-ORG Borders/NNP/I-ORG ,/, which/WDT tracks/VBZ press/NN freedom/NN ,/, described/VBD the/DT sentence/NN as/IN harsh/JJ and/CC called/VBD on/IN President/NNP Mohammed/NNP/B-PER Khatami/NNP/I-PER to/TO act/VB ./.",
    ]);
    expect(doc.events.filter((event) => event.eventType === "Statement")).toHaveLength(1);
    expect(triples(doc)).toEqual(expect.arrayContaining(["Reporters Without Borders PARTICIPANT Statement agent", "Mohammed Khatami PARTICIPANT Statement target"]));
  });

  it("reads deaths and wins, with the subject a pronoun stands for", () => {
    const doc = run([
      "Conductor/NN Marcello/NNP/B-PER Viotti/NNP/I-PER has/VBZ died/VBN in/IN Germany/NNP/B-LOC ./.",
      "In/IN 1982/CD he/PRP won/VBD first/JJ prize/NN at/IN a/DT competition/NN in/IN Italy/NNP/B-LOC ./.",
    ]);
    expect(doc.events.filter((event) => event.eventType === "Other")).toHaveLength(2);
    expect(triples(doc)).toEqual(
      expect.arrayContaining(["Marcello Viotti PARTICIPANT Other victim", "Other OCCURRED_IN Germany ", "Marcello Viotti PARTICIPANT Other agent", "Other OCCURRED_IN Italy "]),
    );
  });

  it("makes a court's ruling and sentence one judgement, held where the court sits", () => {
    const doc = run([
      "The/DT House/NNP/B-ORG of/IN/I-ORG Lords/NNP/I-ORG ,/, the/DT UK/NNP/B-LOC 's/POS highest/JJS court/NN ,/, ruled/VBD that/IN the/DT measures/NNS broke/VBD the/DT law/NN ./.",
      "The/DT House/NNP/B-ORG of/IN/I-ORG Lords/NNP/I-ORG also/RB sentenced/VBD two/CD men/NNS ./.",
    ]);
    const judgements = doc.events.filter((event) => event.eventType === "Trial" || event.eventType === "Sentence");
    expect(judgements).toHaveLength(1);
    expect(triples(doc)).toEqual(expect.arrayContaining(["House of Lords PARTICIPANT Trial agent", "Trial OCCURRED_IN United Kingdom "]));
  });

  it("reads people who are held as detained, each member of a list that says where they are from", () => {
    const doc = run([
      "Moazzam/NNP/B-PER Begg/NNP/I-PER ,/, from/IN Birmingham/NNP/B-LOC ,/, and/CC Martin/NNP/B-PER Mubanga/NNP/I-PER and/CC Feroz/NNP/B-PER Abbasi/NNP/I-PER ,/, from/IN London/NNP/B-LOC ,/, have/VBP been/VBN held/VBN by/IN the/DT US/NNP/B-LOC at/IN Guantanamo/NNP/B-LOC Bay/NNP/I-LOC ./.",
      "The/DT meeting/NN was/VBD held/VBN in/IN Paris/NNP/B-LOC ./.",
      "Other/JJ suspects/NNS were/VBD detained/VBN in/IN the/DT UK/NNP/B-LOC ./.",
    ]);
    // The UK detention has no agent but happens elsewhere: it stays apart from the US one.
    expect(doc.events.filter((event) => event.eventType === "Arrest")).toHaveLength(2);
    expect(triples(doc)).toEqual(
      expect.arrayContaining([
        "United States PARTICIPANT Arrest agent",
        "Moazzam Begg PARTICIPANT Arrest target",
        "Martin Mubanga PARTICIPANT Arrest target",
        "Feroz Abbasi PARTICIPANT Arrest target",
        "Arrest OCCURRED_IN Guantanamo Bay ",
        "Moazzam Begg LOCATED_IN Birmingham ",
      ]),
    );
    expect(triples(doc)).not.toContain("Moazzam Begg LOCATED_IN London ");
  });

  it("reads who faces a trial as its target, a repeated lawsuit as an event, and a statement's audience", () => {
    const doc = run([
      "They/PRP settled/VBD a/DT class/NN action/NN lawsuit/NN ./.",
      "Two/CD men/NNS remain/VBP defendants/NNS in/IN the/DT lawsuit/NN ./.",
      "Bernard/NNP/B-PER Ebbers/NNP/I-PER is/VBZ to/TO face/VB trial/NN this/DT month/NN ./.",
      "Mr/NNP Sigarchi/NNP/B-PER gave/VBD interviews/NNS to/TO the/DT BBC/NNP/B-ORG and/CC the/DT US-funded/JJ Radio/NNP/B-ORG Farda/NNP/I-ORG ./.",
    ]);
    expect(doc.events.filter((event) => event.eventType === "Trial")).toHaveLength(2);
    expect(triples(doc)).toEqual(
      expect.arrayContaining(["Bernard Ebbers PARTICIPANT Trial target", "Sigarchi PARTICIPANT Statement agent", "British Broadcasting Corporation PARTICIPANT Statement other", "Radio Farda PARTICIPANT Statement other"]),
    );
  });

  it("reads 'called X dangerous' as a statement, 'the request of X' as X's, and a participle as the same happening", () => {
    const doc = run([
      "Nunzio/NNP/B-PER Galantino/NNP/I-PER has/VBZ called/VBN the/DT ruling/NN dangerous/JJ ./.",
      "The/DT request/NN of/IN the/DT Municipality/NNP/B-ORG of/IN/I-ORG Livorno/NNP/I-ORG asking/VBG Italy/NNP/B-LOC to/TO pay/VB came/VBD first/RB ./.",
    ]);
    expect(doc.events.filter((event) => event.eventType === "Demand")).toHaveLength(1);
    expect(triples(doc)).toEqual(
      expect.arrayContaining(["Nunzio Galantino PARTICIPANT Statement agent", "Municipality of Livorno PARTICIPANT Demand agent", "Italy PARTICIPANT Demand target"]),
    );
  });

  it("places a happening in every place of a list, but not in a place that contains another", () => {
    const doc = run([
      "Foreign/JJ nationals/NNS were/VBD detained/VBN at/IN Belmarsh/NNP/B-LOC and/CC Woodhill/NNP/B-LOC prisons/NNS ./.",
      "Gunmen/NNS attacked/VBD a/DT mine/NN in/IN Mach/NNP/B-LOC ,/, Balochistan/NNP/B-LOC ./.",
    ]);
    const occurred = triples(doc).filter((triple) => triple.includes("OCCURRED_IN"));
    expect(occurred.sort()).toEqual(["Arrest OCCURRED_IN Belmarsh ", "Arrest OCCURRED_IN Woodhill ", "Attack OCCURRED_IN Mach "]);
  });

  it("makes a statement that names the specific place of a happening about it", () => {
    const doc = run([
      "Four/CD Britons/NNPS/B-MISC have/VBP been/VBN held/VBN by/IN the/DT US/NNP/B-LOC at/IN Guantanamo/NNP/B-LOC Bay/NNP/I-LOC ./.",
      "The/DT UK/NNP/B-LOC passed/VBD a/DT law/NN in/IN the/DT UK/NNP/B-LOC ./.",
      "Desmond/NNP/B-PER Tutu/NNP/I-PER called/VBD for/IN the/DT release/NN of/IN inmates/NNS at/IN Guantanamo/NNP/B-LOC Bay/NNP/I-LOC and/CC in/IN the/DT UK/NNP/B-LOC ./.",
    ]);
    const about = triples(doc).filter((triple) => triple.startsWith("Demand ABOUT"));
    expect(about).toEqual(["Demand ABOUT Arrest "]);
  });

  it("takes the speaker after the verb only when the verb follows a quote", () => {
    const doc = run(["The/DT director/NN told/VBD the/DT BBC/NNP/B-ORG News/NNP/I-ORG website/NN the/DT figure/NN ./."]);
    expect(triples(doc).some((triple) => triple.startsWith("BBC News PARTICIPANT Statement agent"))).toBe(false);
    const quoted = run(['"/" None/NN took/VBD part/NN in/IN the/DT WorldCom/NNP/B-ORG fraud/NN ,/, "/" said/VBD the/DT Wall/NNP/B-ORG Street/NNP/I-ORG Journal/NNP/I-ORG ./.']);
    expect(triples(quoted)).toContain("Wall Street Journal PARTICIPANT Statement agent");
    expect(triples(quoted)).not.toContain("WorldCom PARTICIPANT Statement agent");
  });
});

describe("lists", () => {
  it("gives every member of a list what follows it", () => {
    const doc = run([
      "Martin/NNP/B-PER Mubanga/NNP/I-PER ,/, Richard/NNP/B-PER Belmar/NNP/I-PER and/CC Feroz/NNP/B-PER Abbasi/NNP/I-PER ,/, from/IN London/NNP/B-LOC ,/, were/VBD detained/VBN by/IN the/DT US/NNP/B-LOC ./.",
    ]);
    const relations = triples(doc);
    expect(relations).toEqual(
      expect.arrayContaining([
        "Martin Mubanga LOCATED_IN London ",
        "Richard Belmar LOCATED_IN London ",
        "Feroz Abbasi LOCATED_IN London ",
        "United States PARTICIPANT Arrest agent",
        "Martin Mubanga PARTICIPANT Arrest target",
        "Feroz Abbasi PARTICIPANT Arrest target",
      ]),
    );
  });
});
