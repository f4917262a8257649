// The lemmatiser learned from a few dozen hand-lemmatised words: its rules must carry over
// to words it never saw, keep what it saw, and take any input without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Lemmatizer } from "../../src/nlp/lemmatizer.js";
import { learnLemmatizer, type LemmaExample } from "../../src/nlp/train/lemmas.js";

/** "form lemma UPOS XPOS" per line. */
const EXAMPLES: LemmaExample[] = `
flies fly NOUN NNS
parties party NOUN NNS
cities city NOUN NNS
babies baby NOUN NNS
cats cat NOUN NNS
dogs dog NOUN NNS
books book NOUN NNS
trees tree NOUN NNS
names name NOUN NNS
cars car NOUN NNS
houses house NOUN NNS
children child NOUN NNS
carries carry VERB VBZ
tries try VERB VBZ
worries worry VERB VBZ
walks walk VERB VBZ
makes make VERB VBZ
walked walk VERB VBD
played play VERB VBD
jumped jump VERB VBD
looked look VERB VBD
wanted want VERB VBD
started start VERB VBD
went go VERB VBD
took take VERB VBD
was be AUX VBD
house house NOUN NN
table table NOUN NN
House house NOUN NN
Car car NOUN NN
the the DET DT
The the DET DT
a a DET DT
A a DET DT
This this DET DT
I I PRON PRP
me I PRON PRP
Paris Paris PROPN NNP
London London PROPN NNP
James James PROPN NNP
Smith Smith PROPN NNP
. . PUNCT .
, , PUNCT ,
`
  .trim()
  .split("\n")
  .map((line) => {
    const [form, lemma, upos, xpos] = line.split(" ");
    return { form, lemma, upos, xpos };
  });

const lemmatizer = new Lemmatizer(learnLemmatizer(EXAMPLES));

describe("Lemmatizer learned from examples", () => {
  it("gives every seen word its lemma", () => {
    for (const { form, lemma, upos, xpos } of EXAMPLES) expect(lemmatizer.lemma(form, upos, xpos), form).toBe(lemma);
  });

  it("turns -ies into -y for unseen plurals and verbs", () => {
    expect(lemmatizer.lemma("studies", "NOUN", "NNS")).toBe("study");
    expect(lemmatizer.lemma("studies", "VERB", "VBZ")).toBe("study");
    expect(lemmatizer.lemma("ladies", "NOUN", "NNS")).toBe("lady");
  });

  it("strips -s and -ed from unseen words by their tag, not elsewhere", () => {
    expect(lemmatizer.lemma("birds", "NOUN", "NNS")).toBe("bird");
    expect(lemmatizer.lemma("talked", "VERB", "VBD")).toBe("talk");
    expect(lemmatizer.lemma("cooked", "VERB", "VBD")).toBe("cook");
    expect(lemmatizer.lemma("bus", "NOUN", "NN")).toBe("bus");
    expect(lemmatizer.lemma("red", "NOUN", "NN")).toBe("red");
  });

  it("keeps irregular lemmas it was shown instead of applying the rules", () => {
    expect(lemmatizer.lemma("went", "VERB", "VBD")).toBe("go");
    expect(lemmatizer.lemma("took", "VERB", "VBD")).toBe("take");
    expect(lemmatizer.lemma("children", "NOUN", "NNS")).toBe("child");
    expect(lemmatizer.lemma("me", "PRON", "PRP")).toBe("I");
  });

  it("learns irregular forms for any casing of the word", () => {
    expect(lemmatizer.lemma("Went", "VERB", "VBD")).toBe("go");
    expect(lemmatizer.lemma("WAS", "AUX", "VBD")).toBe("be");
  });

  it("keeps the case of proper nouns and lowercases capitalised common words", () => {
    expect(lemmatizer.lemma("Berlin", "PROPN", "NNP")).toBe("Berlin");
    expect(lemmatizer.lemma("Athens", "PROPN", "NNP")).toBe("Athens");
    expect(lemmatizer.lemma("Every", "DET", "DT")).toBe("every");
    expect(lemmatizer.lemma("Chair", "NOUN", "NN")).toBe("chair");
    expect(lemmatizer.lemma("I", "PRON", "PRP")).toBe("I");
  });

  it("falls back to the UPOS's usual tag when the XPOS is unknown", () => {
    expect(lemmatizer.lemma("birds", "NOUN", "_")).toBe("bird");
    expect(lemmatizer.lemma("birds", "NONSENSE", "_")).toBe("birds");
  });

  it("works the same from its data after a JSON round trip", () => {
    const data = learnLemmatizer(EXAMPLES);
    const revived = new Lemmatizer(JSON.parse(JSON.stringify(data)));
    for (const form of ["studies", "talked", "Berlin", "The", "went"]) {
      for (const [upos, xpos] of [["NOUN", "NNS"], ["VERB", "VBD"], ["PROPN", "NNP"], ["DET", "DT"]]) {
        expect(revived.lemma(form, upos, xpos)).toBe(lemmatizer.lemma(form, upos, xpos));
      }
    }
  });

  it("gives way, where a lexicon says its lemma is no word, to the first regular lemma the lexicon knows, and to one far more used", () => {
    // How often the lexicon's texts use each word (WordNet's sense-tagged counts).
    const uses = new Map([["rule", 30], ["thief", 5], ["model", 10], ["hope", 120], ["hop", 9], ["walk", 40], ["tape", 10], ["tap", 16]]);
    const checked = new Lemmatizer(learnLemmatizer(EXAMPLES), (lemma) => uses.get(lemma));
    // The tables strip "-ed" whole: "rul", "hop" and "walk".
    expect(lemmatizer.lemma("ruled", "VERB", "VBD")).toBe("rul");
    expect(checked.lemma("ruled", "VERB", "VBD")).toBe("rule");
    expect(lemmatizer.lemma("hoped", "VERB", "VBD")).toBe("hop");
    expect(checked.lemma("hoped", "VERB", "VBD")).toBe("hope");
    // "tap" is used more than "tape", but not four times as much: morphy's first reading stands.
    expect(checked.lemma("taped", "VERB", "VBD")).toBe("tape");
    expect(checked.lemma("hopped", "VERB", "VBD")).toBe("hop");
    expect(checked.lemma("walked", "VERB", "VBD")).toBe("walk");
    expect(checked.lemma("modelling", "VERB", "VBG")).toBe("model");
    expect(checked.lemma("thieves", "NOUN", "NNS")).toBe("thief");
    // What the lexicon cannot mend, and words of other tags, stay as the tables give them.
    expect(checked.lemma("zorbed", "VERB", "VBD")).toBe(lemmatizer.lemma("zorbed", "VERB", "VBD"));
    expect(checked.lemma("Ruled", "PROPN", "NNP")).toBe(lemmatizer.lemma("Ruled", "PROPN", "NNP"));
  });

  it("never throws, returns a word for a word, and never splits a character", () => {
    const odd = ["", "😀", "😀😀", "https://example.com/a/b?c=d&e=f", "x".repeat(500) + "ies", "\ud800", "İSTANBUL", "ß", "123", "--"];
    for (const form of odd) {
      for (const [upos, xpos] of [["NOUN", "NNS"], ["VERB", "VBD"], ["PROPN", "NNP"], ["X", "ADD"], ["", ""]]) {
        const lemma = lemmatizer.lemma(form, upos, xpos);
        expect(typeof lemma).toBe("string");
        expect(lemma === "").toBe(form === "");
      }
    }
    expect(lemmatizer.lemma("😀", "NOUN", "NNS")).toBe("😀");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.constantFrom("NNS", "VBD", "NNP", "DT", "_", ""), (form, xpos) => {
        const lemma = lemmatizer.lemma(form, "NOUN", xpos);
        expect(lemma === "").toBe(form === "");
      }),
    );
  });
});
