import { describe, expect, it } from "vitest";
import { processArticle } from "../../src/pipeline.js";
import { resolveEntities } from "../../src/resolve/index.js";
import { contextFeatures, nameFeatures, outsideModel, outsideScore } from "../../src/resolve/outside.js";
import { handDoc } from "../helpers/hand-doc.js";

/** "Kind name" of each entity the whole pipeline finds in a text. */
function entityNames(text: string): string[] {
  return processArticle({ id: "t", date: null, text }).entities.map((entity) => `${entity.kind} ${entity.name}`);
}

function entities(sentences: string[]) {
  const doc = handDoc(sentences);
  resolveEntities(doc);
  return doc.entities.map((entity) => `${entity.kind} ${entity.name}`).sort();
}

describe("names outside the schema", () => {
  it("leaves out a name the tagger calls MISC more often than anything else, with every mention of it", () => {
    const found = entities([
      "Apple/NNP/B-ORG said/VBD the/DT iPhone/NNP/B-MISC sold/VBD well/RB ./.",
      "The/DT iPhone/NNP/B-MISC costs/VBZ more/JJR than/IN the/DT old/JJ iPhone/NNP/B-ORG ./.",
    ]);
    expect(found).toEqual(["Organization Apple"]);
  });

  it("keeps a name the tagger calls an entity more often than MISC", () => {
    const found = entities([
      "The/DT Colts/NNPS/B-ORG beat/VBD the/DT Chargers/NNPS/B-ORG ./.",
      "The/DT Colts/NNPS/B-MISC won/VBD and/CC the/DT Colts/NNPS/B-ORG coach/NN smiled/VBD ./.",
    ]);
    expect(found).toContain("Organization Colts");
  });

  it("reads a product by its words and contexts over the article, and its acronym with it", () => {
    const doc = processArticle({
      id: "ie",
      date: null,
      text:
        "Microsoft has released an emergency patch for Internet Explorer 8 after attackers used a flaw in the browser. " +
        "Users of Internet Explorer 7 and Internet Explorer 6 are also at risk, Microsoft said. " +
        "The company urged people running Internet Explorer to install the update, which also fixes IE 9.",
    });
    const names = doc.entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(names).toContain("Organization Microsoft");
    expect(names.filter((name) => /Internet Explorer|\bIE\b/.test(name))).toEqual([]);
  });

  it("learned that a name followed by a version number or between quotation marks is a product or a work", () => {
    const model = outsideModel();
    expect(model.weights["next:<num>"]).toBeGreaterThan(0);
    expect(model.weights.quoted).toBeGreaterThan(0);
    const words = "He reviewed the film \" Twilight \" and met Robert Pattinson , who said he liked it .".split(" ");
    expect(outsideScore(model, words, 5, 6)).toBeGreaterThan(0);
    expect(outsideScore(model, words, 9, 11)).toBeLessThan(0);
  });

  it("takes a quotation mark on one side only for no evidence, and a lone word for a feature of its own", () => {
    const words = ["\"", "Gigante", "died", "."];
    expect(contextFeatures(words, 1, 2)).toEqual(["next:died"]);
    expect(nameFeatures(words, 1, 2)).toContain("only:gigante");
  });
});

describe("bodies named with what they are for", () => {
  it("keeps a name whose head before 'for', 'of' or 'to' is a body's an organisation, though its last word ends events' names", () => {
    const doc = processArticle({ id: "t", text: "Parliamentary elections in Turkmenistan will be held on a two-party basis, a message from the Central Commission for Elections and Referenda of Turkmenistan said.", date: null });
    expect(doc.entities.map((entity) => `${entity.kind} ${entity.name}`)).toContain("Organization Central Commission for Elections");
  });
});

describe("works named as what a premiere, sequel or adaptation is of", () => {
  it("keeps the work out of the entities, but not a body a revival is of", () => {
    const names = (text: string) => processArticle({ id: "t", text, date: null }).entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(names("Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express.")).not.toContain("Organization Polar Express");
    expect(names("Jim Carrey will star in a sequel to The Mask next year.").some((name) => /Mask/.test(name))).toBe(false);
    expect(names("Party members called for a revival of the Conservative Party in Scotland.")).toContain("Organization Conservative Party");
  });
});

describe("possessives and works", () => {
  it("reads a closing quotation mark after a nickname as no possessive: the name after it is no work", () => {
    const found = entities(["Vincent/NNP/B-PER '/'' The/DT Chin/NNP/B-PER '/'' Gigante/NNP/B-PER died/VBD ./.", "Gigante/NNP/B-PER was/VBD 77/CD ./."]);
    expect(found).toEqual(["Person Vincent Gigante"]);
  });

  it("reads a team's possessive as no author's: its player is no work", () => {
    const found = entities(["The/DT Saints/NNPS/B-PER '/POS Pierre/NNP/B-PER Thomas/NNP/I-PER was/VBD hurt/VBN ./."]);
    expect(found).toContain("Person Pierre Thomas");
  });
});

describe("spans", () => {
  it("splits a tagged span at a conjunction and drops a sentence opener from it", () => {
    const found = entities([
      "Could/NNP/B-ORG Half-Life/NNP/I-ORG 2/CD sell/VB ?/.",
      "Virgin/NNP/B-ORG while/IN/I-ORG Vodafone/NNP/I-ORG sold/VBD phones/NNS ./.",
      "But/CC/B-ORG Human/NNP/I-ORG Rights/NNP/I-ORG Watch/NNP/I-ORG said/VBD no/DT ./.",
    ]);
    expect(found).toContain("Organization Vodafone");
    expect(found).toContain("Organization Virgin");
    expect(found).toContain("Organization Human Rights Watch");
    expect(found.filter((name) => / (while|But|Could) /.test(` ${name} `))).toEqual([]);
  });

  it("drops an adverb that opens the sentence, a word WordNet knows only as one, and keeps a name's own opening word", () => {
    const found = entities([
      "Ironically/RB/B-ORG Nichols/NNP/I-ORG had/VBD offered/VBN to/TO plead/VB guilty/JJ ./.",
      "Daily/NNP/B-ORG Mail/NNP/I-ORG readers/NNS complained/VBD ./.",
    ]);
    expect(found).toContain("Organization Nichols");
    expect(found).toContain("Organization Daily Mail");
  });
});

describe("common nouns written in capitals", () => {
  it("leaves out an acronym the parse reads as a common noun in most of its occurrences, keeps a company's", () => {
    const names = entityNames(
      "Sales of TV sets and DVD players rose sharply, IBM said on Monday. " +
      "Most families now watch TV on a flat screen, and many buy a DVD recorder with it. " +
      "IBM expects the TV market to grow again next year as DVD prices fall.",
    );
    expect(names).toContain("Organization IBM");
    expect(names.filter((name) => /\b(TV|DVD)$/.test(name))).toEqual([]);
  });

  it("keeps an acronym that speaks in the story however the parser tags it, and leaves out one that names a thing", () => {
    const names = entityNames(
      "In its latest report, the OECD cut its growth predictions for the main industrialised regions. US growth would reach 4.4% in 2004, " +
      "the OECD said. Forecasts for Japanese growth were scaled back, the OECD said. More people now watch TV on their phones, and the TV set is losing ground.",
    );
    expect(names).toContain("Organization OECD");
    expect(names.filter((name) => name.endsWith(" TV"))).toEqual([]);
  });

  it("counts WordNet's word for a thing as one more common noun's reading, not its word for a body", () => {
    const names = entityNames("In his own words, he said it's not his DNA to stay in jail, said Christina Greenway. The FBI took the case.");
    expect(names.filter((name) => name.endsWith(" DNA"))).toEqual([]);
    expect(names).toContain("Organization Federal Bureau of Investigation");
  });
});

describe("bodies named like people", () => {
  it("makes a given name and a surname that a noun only of bodies introduces an organisation, not one a person's noun does", () => {
    const band = entityNames("Scottish rock band Franz Ferdinand have won two Brit Awards. Franz Ferdinand played in Glasgow.");
    expect(band).toContain("Organization Franz Ferdinand");
    const maker = entityNames("Leading British computer games maker Peter Molyneux has been made an OBE.");
    expect(maker).toContain("Person Peter Molyneux");
  });
});

describe("offices the tagger takes for organisations", () => {
  it("leaves out a name that is only an office's title, and keeps a department's short name", () => {
    const names = entityNames(
      "The Treasury said the economy grew. Interior Secretary Dirk Kempthorne said the changes were not extensive. " +
      "Jacques Barrot, Commissioner for Transport, said the plan was sound. The Attorney General said the war was legal. " +
      "She thanked former Secretary of Health and Human Services, Louis Sullivan.",
    );
    expect(names).toContain("Organization Treasury");
    expect(names.filter((name) => /Secretary|Commissioner|Attorney/.test(name))).toEqual([]);
  });

  it("leaves out the surgeon general's office and one to come", () => {
    const offered = entityNames("Dr. Sanjay Gupta has been offered the post of Surgeon General by President-elect Barack Obama.");
    const nominee = entityNames("Surgeon General Nominee Dr. Regina Benjamin\n\nPresident Barack Obama named Regina Benjamin on Monday.");
    expect(offered).toContain("Person Sanjay Gupta");
    expect(nominee).toContain("Person Regina Benjamin");
    expect([...offered, ...nominee].filter((name) => /Surgeon/.test(name))).toEqual([]);
  });
});

describe("laws and treaties the tagger takes for organisations", () => {
  it("leaves out a name that ends in the word for a document, but not a titled person so named", () => {
    const names = entityNames(
      "The Conservatives led the opposition to the Prevention of Terrorism Bill in London. " +
      "Adrian Hilton suggested the signing of the Maastricht Treaty was a mistake. Sir Bill said he was happy.",
    );
    expect(names.filter((name) => /(Bill|Treaty)$/.test(name))).toEqual(["Person Bill"]);
    expect(names).toContain("Person Adrian Hilton");
  });
});
