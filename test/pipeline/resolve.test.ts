import { describe, expect, it } from "vitest";
import { processArticle } from "../../src/pipeline.js";
import { resolveEntities } from "../../src/resolve/index.js";
import { EMPLOYER_TITLES, ORGANISATION_TAILS, TOWN_AS_TEAM } from "../../src/resolve/lexicon.js";
import { handDoc } from "../helpers/hand-doc.js";

function entities(sentences: string[]) {
  const doc = handDoc(sentences);
  resolveEntities(doc);
  return doc.entities.map((entity) => ({ kind: entity.kind, name: entity.name, aliases: entity.aliases.sort() }));
}

describe("resolution", () => {
  it("merges a surname into the full name, and a shouted variant", () => {
    const found = entities([
      "Antonio/NNP/B-PER Guterres/NNP/I-PER spoke/VBD ./.",
      "Guterres/NNP/B-PER left/VBD ./.",
      "Volkan/NNP/B-PER Bozkir/NNP/I-PER and/CC Volkan/NNP/B-PER BOZKIR/NNP/I-PER agreed/VBD ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Antonio Guterres", aliases: ["Guterres"] });
    expect(found).toContainEqual({ kind: "Person", name: "Volkan Bozkir", aliases: ["Volkan BOZKIR"] });
    expect(found).toHaveLength(2);
  });

  it("writes a place named only in capitals as places are written, keeping acronyms", () => {
    const found = entities(["SAN/NNP/B-LOC JOSE/NNP/I-LOC ,/, BAGHDAD/NNP/B-LOC and/CC UAE/NNP/B-LOC ./."]);
    expect(found.filter((entity) => entity.kind === "Place").map((entity) => entity.name).sort()).toEqual(["Baghdad", "San Jose", "United Arab Emirates"]);
  });

  it("finds the town inside '-based', the tagger's name before it grown to take it: 'London-based', 'Santa Monica-based', 'New York-based'", () => {
    const places = (text: string) => processArticle({ id: "based", text, date: null }).entities.filter((entity) => entity.kind === "Place").map((entity) => entity.name);
    expect(places("London-based Acme said profits rose.")).toEqual(["London"]);
    expect(places("Santa Monica-based Activison is said to be one firm on its takeover list.")).toEqual(["Santa Monica"]);
    expect(places("The New York-based firm Acme said profits rose.")).toEqual(["New York"]);
    // Not a name the gazetteer does not know as a place.
    expect(places("Linux-based phones sold well.")).toEqual([]);
  });

  it("joins a place's first words to the place ('Guantanamo' for 'Guantanamo Bay'), but not the region a city is named after ('Qeshm', 'Qeshm City')", () => {
    const found = entities([
      "Detainees/NNS left/VBD Guantanamo/NNP/B-LOC Bay/NNP/I-LOC ./.",
      "Guantanamo/NNP/B-LOC stays/VBZ open/JJ ./.",
      "A/DT quake/NN hit/VBD the/DT island/NN of/IN Qeshm/NNP/B-LOC ./.",
      "She/PRP lives/VBZ in/IN Qeshm/NNP/B-LOC City/NNP/I-LOC ./.",
    ]);
    expect(found).toContainEqual({ kind: "Place", name: "Guantanamo Bay", aliases: ["Guantanamo"] });
    expect(found).toContainEqual({ kind: "Place", name: "Qeshm", aliases: [] });
    expect(found).toContainEqual({ kind: "Place", name: "Qeshm City", aliases: [] });
  });

  it("takes a capital that only opens a line or follows a colon for no name where the article writes the word in lower case", () => {
    const lower = "A/DT man/NN has/VBZ been/VBN charged/VBN in/IN Millom/NNP/B-LOC ./.";
    expect(entities(["Millom/NNP/B-LOC murder/NN :/: Man/NNP/B-LOC charged/VBN ./.", lower]).map((entity) => entity.name)).toEqual(["Millom"]);
    expect(entities(["TRIAL/NN SET/VBN FOR/IN MAN/NNP/B-LOC ACCUSED/VBN OF/IN MURDER/NN", lower]).map((entity) => entity.name)).toEqual(["Millom"]);
    // Without the lower-case word, or capitalised mid-sentence too, it stays a name.
    expect(entities(["Millom/NNP/B-LOC murder/NN :/: Man/NNP/B-LOC charged/VBN ./.", "He/PRP fled/VBD to/TO Millom/NNP/B-LOC ./."]).map((entity) => entity.name)).toContain("Man");
    // A word set off by a comma at a sentence's start that is only ever an adverb is no person addressed.
    expect(entities(["Likewise/RB/B-PER ,/, Sony/NNP/B-ORG cut/VBD prices/NNS ./.", "Furthermore/RB/B-PER ,/, profits/NNS rose/VBD ./."]).map((entity) => entity.name)).toEqual(["Sony"]);
    expect(entities(["Slater/NNP/B-PER ,/, the/DT coach/NN ,/, agreed/VBD ./."]).map((entity) => entity.name)).toEqual(["Slater"]);
    expect(entities(["Man/NNP/B-LOC voted/VBD ./.", "The/DT Isle/NNP of/IN Man/NNP/B-LOC voted/VBD and/CC Man/NNP/B-LOC won/VBD ./.", lower]).map((entity) => entity.name)).toContain("Man");
  });

  it("keeps of a title-case headline's names only what the body names", () => {
    const body = "The/DT Colts/NNPS/B-ORG beat/VBD the/DT Kansas/NNP/B-ORG City/NNP/I-ORG Chiefs/NNPS/I-ORG ./.";
    const headline = entities(["Colts/NNPS/B-ORG Beat/NNP/I-ORG Chiefs/NNPS/I-ORG In/IN Overtime/NNP/B-LOC Thriller/NNP/I-LOC", body]);
    expect(headline.map((entity) => entity.name).sort()).toEqual(["Colts", "Kansas City Chiefs"]);
    // A lead sentence, not a headline: its names stand.
    const lead = entities(["Colts/NNPS/B-ORG beat/VBD Overtime/NNP/B-ORG Thriller/NNP/I-ORG ./.", body]);
    expect(lead.map((entity) => entity.name)).toContain("Overtime Thriller");
  });

  it("reads every line heading the story as a headline: after a date line, and a subheading", () => {
    const body = "The/DT Red/NNP/B-ORG Sox/NNPS/I-ORG want/VBP Mark/NNP/B-PER Teixeira/NNP/I-PER ,/, Teixeira/NNP/B-PER said/VBD ./.";
    const heading = ["Thursday/NNP ,/, December/NNP 11/CD", "Prediction/NN :/: Red/NNP/B-ORG Sox/NNPS/I-ORG Will/MD Nab/NNP/B-PER Teixeira/NNP/I-PER", "Red/NNP/B-ORG Sox/NNP/I-ORG Execs/NNP/I-ORG Meet/NNP With/IN Teixeira/NNP/B-PER Agent/NNP/I-PER"];
    const doc = handDoc([...heading, body]);
    resolveEntities(doc);
    const inHeading = doc.mentions.filter((mention) => mention.sentence < heading.length).map((mention) => `${mention.kind}:${mention.text}`);
    expect(inHeading).toEqual(["Organization:Red Sox", "Person:Teixeira", "Organization:Red Sox", "Person:Teixeira"]);
    // A later line of data the body does not repeat keeps its names: a match's referee.
    const fixture = handDoc(["Ewood/NNP/B-LOC Park/NNP/I-LOC", "Barry/NNP/B-PER Knight/NNP/I-PER (/( Kent/NNP/B-LOC )/)", "Rovers/NNPS/B-ORG are/VBP at/IN home/NN ./."]);
    resolveEntities(fixture);
    expect(fixture.entities.map((entity) => entity.name)).toContain("Barry Knight");
  });

  it("ends a name at a common noun in lower case, and takes a given name after it for a person: 'Saints quarterback Drew Brees'", () => {
    const found = entities([
      "Saints/NNPS/B-ORG quarterback/NN/I-ORG Drew/NNP/I-ORG Brees/NNP/I-ORG understands/VBZ ./.",
      "Edwin/NNP/B-PER van/NNP/I-PER der/NNP/I-PER Sar/NNP/I-PER saved/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Saints", "Person:Drew Brees", "Person:Edwin van der Sar"]);
  });

  it("ends a place's name before the day after it: 'a shooting in Vancouver Friday'", () => {
    const found = entities(["A/DT man/NN was/VBD shot/VBN in/IN Vancouver/NNP/B-LOC Friday/NNP/I-LOC ,/, Mike/NNP/B-PER Friday/NNP/I-PER said/VBD ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Person:Mike Friday", "Place:Vancouver"]);
  });

  it("finds in a headline, whatever its case, the names the body gives: 'COLTS TOP CHIEFS', 'Luck throws for 205 yards'", () => {
    const body = "Andrew/NNP/B-PER Luck/NNP/I-PER led/VBD the/DT Colts/NNPS/B-ORG past/IN the/DT Chiefs/NNPS/B-ORG ,/, MPs/NNS/B-MISC said/VBD ,/, and/CC MPs/NNS/B-MISC agreed/VBD with/IN MPs/NNS/B-PER ./.";
    const later = "Luck/NNP/B-PER threw/VBD twice/RB ./.";
    const shouted = handDoc(["COLTS/NNP TOP/NNP CHIEFS/NNP ,/, MPS/NNP SAY/NNP", body, later]);
    resolveEntities(shouted);
    const inHeadline = (doc: typeof shouted) => doc.mentions.filter((mention) => mention.sentence === 0).map((mention) => `${mention.kind}:${mention.text}`);
    // "MPs" is outside the schema by most of the body's mentions, so not a name of the headline either.
    expect(inHeadline(shouted)).toEqual(["Organization:COLTS", "Organization:CHIEFS"]);
    const plain = handDoc(["Luck/NN throws/VBZ for/IN 205/CD yards/NNS as/IN Colts/NNS beat/VBP Chiefs/NNS", body, later]);
    resolveEntities(plain);
    expect(inHeadline(plain)).toEqual(["Person:Luck", "Organization:Colts", "Organization:Chiefs"]);
    expect(plain.entities.find((entity) => entity.name === "Andrew Luck")?.aliases).toContain("Luck");
    // The first sentence of a story with no headline line is left to the tagger.
    const lead = handDoc(["Luck/NN threw/VBD for/IN 205/CD yards/NNS ./.", body, later]);
    resolveEntities(lead);
    expect(inHeadline(lead)).toEqual([]);
  });

  it("gives a headline's copy of a country the body names the country's name: 'Regina Benjamin U. S. Surgeon General nominee'", () => {
    const body = "Obama/NNP/B-PER named/VBD Regina/NNP/B-PER Benjamin/NNP/I-PER for/IN U./NNP/B-PER S./NNP/I-PER Surgeon/NNP General/NNP ./.";
    const doc = handDoc(["Regina/NNP/B-PER Benjamin/NNP/I-PER U./NNP/I-PER S./NNP/I-PER Surgeon/NNP General/NNP Nominee/NNP", body]);
    resolveEntities(doc);
    const country = doc.entities.find((entity) => entity.name === "United States");
    expect(doc.mentions.filter((mention) => mention.sentence === 0).map((mention) => `${mention.text}:${mention.entity === country?.key}`)).toEqual(["Regina Benjamin:false", "U. S.:true"]);
    expect(doc.entities.filter((entity) => entity.kind === "Place")).toHaveLength(1);
  });

  it("weighs a headline's copy of a name like the body's in judging it a work: 'CATCHING FIRE' adds no organisation", () => {
    const body = "Gary/NNP/B-PER Ross/NNP/I-PER will/MD not/RB direct/VB the/DT sequel/NN Catching/NNP/B-ORG Fire/NNP/I-ORG ./.";
    const doc = handDoc(["GARY/NNP ROSS/NNP QUITS/NNP CATCHING/NNP FIRE/NNP", body, "Catching/NNP/B-ORG Fire/NNP/I-ORG opens/VBZ in/IN November/NNP ./."]);
    resolveEntities(doc);
    expect(doc.entities.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(["Person:Gary Ross"]);
  });

  it("leaves the place of a dateline on the first line alone: 'SAN JOSE, Costa Rica 1996-08-28'", () => {
    const body = "The/DT Costa/NNP/B-LOC Rican/NNP/I-LOC government/NN said/VBD a/DT couple/NN was/VBD kidnapped/VBN ./.";
    const doc = handDoc(["SAN/NNP/B-LOC JOSE/NNP/I-LOC ,/, Costa/NNP/B-LOC Rica/NNP/I-LOC 1996-08-28/CD", body]);
    resolveEntities(doc);
    expect(doc.entities.map((entity) => `${entity.kind}:${entity.name}`)).toContain("Place:San Jose");
  });

  it("takes a place's kind from its head word over the tagger's: 'Cameron Parish', 'Harris Counties', 'Dodger Stadium', 'Palace of Westminster'", () => {
    const found = entities([
      "In/IN Cameron/NNP/B-PER Parish/NNP/I-PER and/CC Harris/NNP/B-PER Counties/NNPS/I-PER ,/, near/IN Guantanamo/NNP/B-ORG Bay/NNP/I-ORG ,/, rain/NN fell/VBD ./.",
      "Fans/NNS left/VBD Dodger/NNP/B-ORG Stadium/NNP/I-ORG for/IN the/DT Palace/NNP/B-ORG of/IN/I-ORG Westminster/NNP/I-ORG ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Place:Cameron Parish", "Place:Dodger Stadium", "Place:Guantanamo Bay", "Place:Harris Counties", "Place:Palace of Westminster"]);
  });

  it.each(ORGANISATION_TAILS.map((tail) => [tail.words.join(" "), tail.example]))("reads a name before '%s' as an organisation's: %s", (words, example) => {
    const doc = processArticle({ id: "tail", text: example, date: null });
    expect(doc.entities.filter((entity) => entity.kind === "Organization").map((entity) => entity.name).some((name) => name.endsWith(` ${words}`))).toBe(true);
  });

  it("reads no organisation before those words where a country or its people, a building or a place after a comma stands there", () => {
    const doc = processArticle({ id: "tail", text: "British police took him to the London police station. Sgt. Dan Jewell of the Whittier, Alaska police department spoke.", date: null });
    expect(doc.entities.filter((entity) => entity.kind === "Organization").map((entity) => entity.name)).toEqual([]);
  });

  it("reads a number inside an organisation's name as part of it: 'Fathers 4 Justice', 'Movimento 5 Stelle', not 'Friday 11 March' nor 'Rapper 50 Cent'", () => {
    const found = entities([
      "John/NNP/B-PER Ison/NNP/I-PER ,/, of/IN Fathers/NNP/B-ORG 4/CD Justice/NNP/B-ORG ,/, spoke/VBD ./.",
      "The/DT Movimento/NNP 5/CD Stelle/NNP/B-ORG party/NN won/VBD ./.",
      "On/IN Friday/NNP 11/CD March/NNP Google/NNP/B-ORG said/VBD so/RB ,/, and/CC Rapper/NNP 50/CD Cent/NNP/B-ORG sang/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(expect.arrayContaining(["Organization:Fathers 4 Justice", "Organization:Movimento 5 Stelle", "Organization:Google"]));
    expect(found.map((entity) => entity.name).filter((name) => /March|Rapper/.test(name))).toEqual([]);
  });

  it("takes a newspaper's kind from its head word over the tagger's: 'the San Francisco Chronicle', 'the Boston Herald'", () => {
    const found = entities([
      "White/NNP/B-PER said/VBD in/IN the/DT San/NNP/B-LOC Francisco/NNP/I-LOC Chronicle/NNP/I-LOC and/CC the/DT Boston/NNP/B-LOC Herald/NNP/I-LOC ./.",
      // The city's name for its team is no short form of the paper's, as "PC Pro" is of "PC Pro Magazine".
      "Boston/NNP/B-ORG won/VBD ,/, PC/NNP/B-ORG Pro/NNP/I-ORG Magazine/NNP/I-ORG said/VBD ,/, and/CC PC/NNP/B-ORG Pro/NNP/I-ORG agreed/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Boston", "Organization:Boston Herald", "Organization:PC Pro Magazine", "Organization:San Francisco Chronicle", "Person:White"]);
  });

  it("takes a name a noun of works introduces for a work, outside the schema: 'the film Sideways', 'Sideways, a wine-tasting comedy'", () => {
    const names = (sentences: string[]) => entities(sentences).map((entity) => `${entity.kind}:${entity.name}`);
    expect(names(["Critics/NNS loved/VBD the/DT film/NN Sideways/NNP/B-PER ./."])).toEqual([]);
    expect(names(["Sideways/NNP/B-PER ,/, a/DT wine-tasting/JJ comedy/NN starring/VBG Paul/NNP/B-PER Giamatti/NNP/I-PER ,/, won/VBD ./."])).toEqual(["Person:Paul Giamatti"]);
    // A bare apposition is no description, a media outlet (an organisation's head word) is no work, and a given name and surname stay a person.
    expect(names(["Well/RB done/VBN Robbie/NNP/B-PER ,/, good/JJ show/NN ./."])).toEqual(["Person:Robbie"]);
    expect(names(["The/DT magazine/NN MicroMega/NNP/B-ORG praised/VBD the/DT ruling/NN ./."])).toEqual(["Organization:MicroMega"]);
    expect(names(["They/PRP could/MD picture/NN Michael/NNP/B-PER Howard/NNP/I-PER doing/VBG it/PRP ./."])).toEqual(["Person:Michael Howard"]);
    // Unless a noun phrase of works of its own introduces them: "Mike Leigh's film Vera Drake", "Spanish drama Maria Full of Grace".
    expect(names(["Mike/NNP/B-PER Leigh/NNP/I-PER 's/POS film/NN Vera/NNP/B-PER Drake/NNP/I-PER won/VBD ./."])).toEqual(["Person:Mike Leigh"]);
    expect(names(["The/DT Spanish/JJ drama/NN Maria/NNP/B-PER Full/NNP/I-PER got/VBD five/CD nominations/NNS ./."])).not.toContain("Person:Maria Full");
    // The title's article may stand between the noun and the name the tagger found, but a name deeper in a title stays.
    expect(names(["Brosnan/NNP/B-PER stars/VBZ in/IN comedy/NN The/DT Matador/NNP/B-ORG ./."])).toEqual(["Person:Brosnan"]);
    expect(names(["She/PRP inspired/VBD the/DT 2005/CD film/NN The/DT Notorious/NNP Bettie/NNP/B-PER Page/NNP/I-PER ./."])).toEqual(["Person:Bettie Page"]);
  });

  it("takes what a noun of works is called for a work ('a film called Vera Drake', not a name deeper in the title), of organisations for one", () => {
    const names = (sentences: string[]) => entities(sentences).map((entity) => `${entity.kind}:${entity.name}`);
    expect(names(["She/PRP starred/VBD in/IN a/DT film/NN called/VBN Vera/NNP/B-PER Drake/NNP/I-PER last/JJ year/NN ./."])).toEqual([]);
    expect(names(["He/PRP wrote/VBD a/DT novel/NN called/VBN The/DT Kite/NNP/B-PER Runner/NNP/I-PER ./."])).toEqual([]);
    expect(names(["She/PRP inspired/VBD a/DT film/NN called/VBN The/DT Notorious/NNP Bettie/NNP/B-PER Page/NNP/I-PER ./."])).toEqual(["Person:Bettie Page"]);
    // A man called so is a man; a band or a company called so is an organisation.
    expect(names(["She/PRP married/VBD a/DT man/NN called/VBN John/NNP/B-PER Smith/NNP/I-PER ./."])).toEqual(["Person:John Smith"]);
    expect(names(["The/DT site/NN used/VBD a/DT company/NN called/VBN Akamai/NNP/B-PER ./."])).toEqual(["Organization:Akamai"]);
  });

  it("takes the names a noun of works lists for works: 'films such as Minority Report, Phone Booth and Daredevil'", () => {
    const names = (sentences: string[]) => entities(sentences).map((entity) => `${entity.kind}:${entity.name}`);
    expect(names(["He/PRP starred/VBD in/IN films/NNS such/JJ as/IN Minority/NNP/B-ORG Report/NNP/I-ORG ,/, Phone/NNP/B-PER Booth/NNP/I-PER and/CC Daredevil/NNP/B-LOC ./."])).toEqual([]);
    expect(names(["His/PRP$ films/NNS include/VBP Schindler/NNP/B-PER 's/POS List/NNP ,/, Star/NNP/B-ORG Wars/NNPS/I-ORG and/CC Jungle/NNP/B-PER Fever/NNP/I-PER ./."])).toEqual([]);
    // Not a person's name ("Billy Elliot"), a known place, the owner of a work ("Channel 4's gameshow"), nor what "for" or "at" ends the list with.
    expect(names(["Films/NNS such/JJ as/IN Billy/NNP/B-PER Elliot/NNP/I-PER and/CC About/IN A/DT Boy/NNP were/VBD made/VBN in/IN Leeds/NNP/B-LOC ./."])).toEqual(["Person:Billy Elliot", "Place:Leeds"]);
    expect(names(["It/PRP made/VBD shows/NNS such/JJ as/IN Channel/NNP/B-ORG 4/CD/I-ORG 's/POS gameshow/NN Toothbrush/NNP ./."])).toEqual(["Organization:Channel 4"]);
    expect(names(["The/DT award/NN for/IN a/DT musical/NN went/VBD to/TO shows/NNS like/IN Mary/NNP Poppins/NNP for/IN Laura/NNP/B-PER Kelly/NNP/I-PER at/IN Theatre/NNP/B-ORG Royal/NNP/I-ORG ./."])).toEqual(["Person:Laura Kelly", "Organization:Theatre Royal"]);
    // A name the article names elsewhere as an entity stays one.
    expect(names(["Sites/NNS offer/VBP games/NNS like/IN AOL/NNP/B-ORG and/CC RealArcade/NNP/B-ORG ./.", "AOL/NNP/B-ORG said/VBD profits/NNS rose/VBD ./."])).toEqual(["Organization:AOL"]);
  });

  it("keeps a place only the tagger knows when the article writes it as one: 'in Blaengwynfi', not 'networks such as Risciso'", () => {
    const names = (sentences: string[]) => entities(sentences).map((entity) => `${entity.kind}:${entity.name}`).sort();
    expect(names(["Networks/NNS such/JJ as/IN Risciso/NNP/B-LOC were/VBD raided/VBN ./."])).toEqual([]);
    expect(names(["Gibbons/NNP/B-PER was/VBD a/DT GP/NN in/IN Blaengwynfi/NNP/B-LOC ./."])).toEqual(["Person:Gibbons", "Place:Blaengwynfi"]);
    // Before a kind of place or a comma and a place, with a place's head word, or as what a title holds.
    expect(names(["Holliday/NNP/B-PER is/VBZ from/IN Ledbury/NNP/B-LOC ,/, Herefordshire/NNP/B-LOC ./."])).toEqual(["Person:Holliday", "Place:Herefordshire", "Place:Ledbury"]);
    expect(names(["The/DT Mid-Bedfordshire/NNP/B-LOC MP/NNP had/VBD denied/VBN it/PRP ./."])).toEqual(["Place:Mid-Bedfordshire"]);
    expect(names(["He/PRP represented/VBD Bristol/NNP/B-LOC East/NNP/I-LOC until/IN 1992/CD ./."])).toEqual(["Place:Bristol East"]);
    expect(names(["Climbers/NNS like/IN Mueller/NNP/B-LOC Glacier/NNP/I-LOC ./."])).toEqual(["Place:Mueller Glacier"]);
  });

  it("takes an organisation's kind from its head word over the tagger's: 'Avenues Gang', 'Juarez Cartel'", () => {
    const found = entities(["Members/NNS of/IN the/DT Avenues/NNP/B-PER Gang/NNP/I-PER and/CC the/DT Juarez/NNP/B-PER Cartel/NNP/I-PER were/VBD held/VBN ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Avenues Gang", "Organization:Juarez Cartel"]);
  });

  it("takes capitalised words the tagger left untagged after a noun that introduces an organisation for its name, there and elsewhere: 'watchdog Reporters Without Borders'", () => {
    const found = entities([
      "It/PRP was/VBD criticised/VBN by/IN rights/NNS watchdog/NN Reporters/NNPS Without/IN Borders/NNPS ./.",
      "A/DT spokesman/NN for/IN Reporters/NNPS Without/IN Borders/NNPS said/VBD so/RB ./.",
      // Not a day after the run, nor a lone capital.
      "The/DT team/NN won/VBD Group/NN A/NNP on/IN Saturday/NNP ./.",
    ]);
    expect(found).toEqual([{ kind: "Organization", name: "Reporters Without Borders", aliases: [] }]);
  });

  it("takes a name that ends in a legal suffix for a company's, whatever the tagger said: 'English Manner Limited', 'Yukos Oil Co.'", () => {
    const found = entities(["English/NNP/B-MISC Manner/NNP/I-MISC Limited/NNP/I-MISC and/CC Yukos/NNP/B-PER Oil/NNP/I-PER Co./NNP/I-PER charged/VBD clients/NNS ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:English Manner Limited", "Organization:Yukos Oil Co."]);
  });

  it("takes a county's or a district's law office for an organisation, not the place: 'Hennepin County Attorney'", () => {
    const found = entities(["The/DT Hennepin/NNP/B-LOC County/NNP/I-LOC Attorney/NNP/I-LOC filed/VBD charges/NNS ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(["Organization:Hennepin County Attorney"]);
  });

  it("keeps a place the index knows a place, though its last word heads organisations' names: 'the West Bank', not 'World Bank'", () => {
    const found = entities(["Troops/NNS entered/VBD the/DT West/NNP/B-LOC Bank/NNP/I-LOC ,/, the/DT World/NNP/B-ORG Bank/NNP/I-ORG said/VBD ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:World Bank", "Place:West Bank"]);
  });

  it("makes a name written with a courtesy title or an honorific a person's, whatever the tagger said: 'Prof Reddy', 'Sen. Lincoln'", () => {
    const found = entities([
      "Raj/NNP/B-PER Reddy/NNP/I-PER spoke/VBD ./.",
      "Prof/NNP/B-ORG Reddy/NNP/I-ORG said/VBD robots/NNS learn/VBP ./.",
      "Sen./NNP Lincoln/NNP/B-LOC voted/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Person:Lincoln", "Person:Raj Reddy"]);
  });

  it("reads a demonym a noun's preposition introduces as one person, not the country: 'a manhunt for an Australian'", () => {
    const doc = processArticle({ id: "t", text: "Thailand has launched a manhunt for an Australian who escaped from a high security prison in Bangkok.", date: null });
    expect(doc.entities.map((entity) => entity.name)).not.toContain("Australia");
    const officials = processArticle({ id: "t", text: "Australian officials said the manhunt for the man went on in Bangkok.", date: null });
    expect(officials.entities.map((entity) => entity.name)).toContain("Australia");
  });

  it("makes a name of two or three words set off by an age a person's, whatever the tagger said: 'Severine Potty, 19,'", () => {
    const found = entities(["Rachel/NNP/B-PER Legeard/NNP/I-PER ,/, 18/CD ,/, and/CC Severine/NNP/B-LOC Potty/NNP/I-LOC ,/, 19/CD ,/, went/VBD shopping/NN ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Person:Rachel Legeard", "Person:Severine Potty"]);
    // A number that is no age makes no person.
    expect(entities(["Severine/NNP/B-LOC Potty/NNP/I-LOC ,/, 190/CD ,/, went/VBD ./."]).map((entity) => entity.kind)).not.toContain("Person");
  });

  it("takes one titled mention as proof that the bare name is a person's too: 'Mr. Teixeira' among 'Teixeira's the tagger made places", () => {
    const found = entities([
      "Teixeira/NNP/B-LOC is/VBZ not/RB headed/VBN to/TO Boston/NNP/B-LOC ./.",
      "The/DT owner/NN will/MD not/RB sign/VB Mark/NNP/B-PER Teixeira/NNP/I-PER ./.",
      "We/PRP met/VBD with/IN Mr./NNP/B-PER Teixeira/NNP/I-PER ./.",
      "The/DT team/NN went/VBD for/IN Teixeira/NNP/B-LOC ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Mark Teixeira", aliases: ["Mr. Teixeira", "Teixeira"] });
    expect(found.filter((entity) => entity.kind === "Place").map((entity) => entity.name)).toEqual(["Boston"]);
    // So does an office written in full where an honorific would stand: "Governor Palin".
    const kinds = (lines: string[]) => entities(lines).map((entity) => `${entity.kind}:${entity.name}`).sort();
    expect(kinds(["Governor/NNP Palin/NNP/B-LOC stopped/VBD by/IN ./.", "Palin/NNP/B-LOC said/VBD so/RB ./."])).toEqual(["Person:Palin"]);
  });

  it("takes a given name and a surname right after a word of a title for the holder, not a body a royal or 'official' title names", () => {
    const kinds = (lines: string[]) => entities(lines).map((entity) => `${entity.kind}:${entity.name}`).sort();
    expect(kinds(["Yukos/NNP/B-ORG spokesman/NN Mike/NNP/B-LOC Lake/NNP/I-LOC told/VBD reporters/NNS ./."])).toEqual(["Organization:Yukos", "Person:Mike Lake"]);
    expect(kinds(["It/PRP stars/VBZ actress/NN Nathalie/NNP/B-ORG Press/NNP/I-ORG ./."])).toEqual(["Person:Nathalie Press"]);
    // After a player's position the first name need not be one the given-name lists know.
    expect(kinds(["Liverpool/NNP/B-ORG forward/NN Milan/NNP/B-ORG Baros/NNP/I-ORG is/VBZ uncertain/JJ ./."])).toEqual(["Organization:Liverpool", "Person:Milan Baros"]);
    expect(kinds(["The/DT show/NN is/VBZ at/IN the/DT Prince/NNP Edward/NNP/B-ORG Theatre/NNP/I-ORG ./."])).toEqual(["Organization:Edward Theatre"]);
  });

  it("knows the houses of Parliament by their short names: 'the Commons', 'the Lords'", () => {
    const found = entities(["MPs/NNS in/IN the/DT Commons/NNPS/B-ORG and/CC peers/NNS in/IN the/DT Lords/NNPS/B-ORG voted/VBD ./.", "The/DT House/NNP/B-ORG of/IN Lords/NNP/I-ORG met/VBD ./."]);
    expect(found).toContainEqual({ kind: "Organization", name: "House of Commons", aliases: ["Commons"] });
    expect(found).toContainEqual({ kind: "Organization", name: "House of Lords", aliases: ["Lords"] });
  });

  it("knows a person by a capitalised title before the name, not by the word that opens the sentence", () => {
    const found = entities(["Prime/NNP Minister/NNP Tony/NNP/B-PER Blair/NNP/I-PER spoke/VBD ./.", "And/CC Mr/NNP Blair/NNP/B-PER left/VBD ./.", "The/DT Prime/NNP Minister/NNP Tony/NNP/B-PER Blair/NNP/I-PER agreed/VBD ./."]);
    expect(found).toContainEqual({ kind: "Person", name: "Tony Blair", aliases: ["Blair", "Mr Blair", "Prime Minister Tony Blair"] });
  });

  it("reads a courtesy title in the name's span as no part of it: 'Mr. LaRue' is Frederick LaRue; 'Lady Gaga' stays whole", () => {
    const found = entities([
      "Frederick/NNP/B-PER LaRue/NNP/I-PER died/VBD ./.",
      "Mr./NNP/B-PER LaRue/NNP/I-PER was/VBD 75/CD ./.",
      "Ms./NNP/B-PER Mendes/NNP/I-PER and/CC Lady/NNP/B-PER Gaga/NNP/I-PER sang/VBD ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Frederick LaRue", aliases: ["Mr. LaRue"] });
    expect(found).toContainEqual({ kind: "Person", name: "Mendes", aliases: ["Ms. Mendes"] });
    expect(found).toContainEqual({ kind: "Person", name: "Lady Gaga", aliases: [] });
  });

  it("reads a British town's name ending like a club's as the club, not a town of another land or an American county", () => {
    const found = entities([
      "Gronkjaer/NNP/B-PER moved/VBD from/IN Birmingham/NNP/B-LOC City/NNP/I-LOC to/TO Mexico/NNP/B-LOC City/NNP/I-LOC ./.",
      "The/DT lawsuit/NN was/VBD filed/VBN in/IN Washington/NNP/B-LOC County/NNP/I-LOC ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Birmingham City", "Person:Gronkjaer", "Place:Mexico City", "Place:Washington County"]);
  });

  it("joins a firm's short name to its name with the words for its trade: 'Cairn' is Cairn Energy, but Sony is no Sony Ericsson", () => {
    const found = entities([
      "Shares/NNS in/IN Cairn/NNP/B-ORG Energy/NNP/I-ORG and/CC Baikal/NNP/B-ORG Finance/NNP/I-ORG Group/NNP/I-ORG rose/VBD ./.",
      "Cairn/NNP/B-ORG said/VBD Baikal/NNP/B-ORG paid/VBD ./.",
      "Sony/NNP/B-ORG Ericsson/NNP/I-ORG and/CC Sony/NNP/B-ORG agreed/VBD ./.",
    ]);
    expect(found.map((entity) => entity.name).sort()).toEqual(["Baikal Finance Group", "Cairn Energy", "Sony", "Sony Ericsson"]);
  });

  it("reads an honorific or a rank in the name's span as no part of it: 'Gen Musharraf', 'Rt Rev Scott-Joynt'", () => {
    const found = entities([
      "Gen/NNP/B-PER Pervez/NNP/I-PER Musharraf/NNP/I-PER visited/VBD London/NNP/B-LOC ./.",
      "Gen/NNP/B-PER Musharraf/NNP/I-PER held/VBD talks/NNS ./.",
      "The/DT Rt/NNP/B-PER Rev/NNP/I-PER Michael/NNP/I-PER Scott-Joynt/NNP/I-PER spoke/VBD ./.",
      "Rt/NNP/B-PER Rev/NNP/I-PER Scott-Joynt/NNP/I-PER argued/VBD ./.",
    ]);
    expect(found.filter((entity) => entity.kind === "Person").map((entity) => entity.name)).toEqual(["Pervez Musharraf", "Michael Scott-Joynt"]);
  });

  it("takes a known organisation the tagger called a person for the organisation, but keeps a person named like a country", () => {
    const found = entities([
      "Labour/NNP/B-PER is/VBZ counting/VBG on/IN fear/NN ,/, Michael/NNP/B-PER Jordan/NNP/I-PER said/VBD ./.",
      "Jordan/NNP/B-PER scored/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Labour Party", "Person:Michael Jordan"]);
  });

  it("leaves a descriptive acronym out of a name: 'ISP AOL', 'DJ John Peel', 'US TV'; 'CBS TV' keeps it", () => {
    const found = entities([
      "Users/NNS of/IN ISP/NNP/B-ORG AOL/NNP/I-ORG and/CC fans/NNS of/IN DJ/NNP/B-ORG John/NNP/I-ORG Peel/NNP/I-ORG complained/VBD ./.",
      "It/PRP was/VBD a/DT hit/NN on/IN US/NNP/B-ORG TV/NNP/I-ORG and/CC on/IN CBS/NNP/B-ORG TV/NNP/I-ORG ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:AOL", "Organization:CBS TV", "Person:John Peel", "Place:United States"]);
    // Inside a name too, between the body and the person: "Virgin Radio DJ Pete Mitchell", "Carolina Panthers QB Cam Newton".
    const inside = entities(["Virgin/NNP/B-ORG Radio/NNP/I-ORG DJ/NNP/I-ORG Pete/NNP/I-ORG Mitchell/NNP/I-ORG said/VBD so/RB ./.", "Carolina/NNP/B-ORG Panthers/NNPS/I-ORG QB/NNP/I-ORG Cam/NNP/I-ORG Newton/NNP/I-ORG threw/VBD ./."]);
    expect(inside.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Carolina Panthers", "Organization:Virgin Radio", "Person:Cam Newton", "Person:Pete Mitchell"]);
  });

  it("reads a name before a member's title as the party or the seat, never with the title: 'Labour MP', 'Mid-Bedfordshire MP'", () => {
    const found = entities([
      "Mid-Bedfordshire/NNP/B-ORG MP/NNP/I-ORG Jonathan/NNP/B-PER Sayeed/NNP/I-PER denied/VBD it/PRP ./.",
      "Labour/NNP/B-ORG MP/NNP/I-ORG Andrew/NNP/B-PER Smith/NNP/I-PER and/CC Salford/NNP/B-ORG MP/NNP Hazel/NNP/B-PER Blears/NNP/I-PER spoke/VBD ./.",
      "Peter/NNP/B-PER Ainsworth/NNP/I-PER MP/NNP/I-PER agreed/VBD ,/, as/IN did/VBD the/DT MEP/NNP/B-ORG ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(
      ["Organization:Labour Party", "Person:Andrew Smith", "Person:Hazel Blears", "Person:Jonathan Sayeed", "Person:Peter Ainsworth", "Place:Mid-Bedfordshire", "Place:Salford"],
    );
  });

  it("reads every name of a sports line-up as a player, tagged or not, but a known town and a referee's county stay", () => {
    const found = entities([
      "Everton/NNP/B-ORG :/: Martyn/NNP/B-PER ,/, Kilbane/NNP/B-LOC ,/, Traore/NNP/B-ORG (/( Biscan/NNP/O 67/CD )/) ,/, Yobo/NNP/O ./.",
      "Referee/NN :/: R/NNP/B-PER Styles/NNP/I-PER (/( Hampshire/NNP/B-LOC )/) ./.",
      "London/NNP/B-LOC ,/, Leeds/NNP/B-LOC ,/, Paris/NNP/B-LOC ,/, Rome/NNP/B-LOC ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(
      ["Organization:Everton", "Person:Biscan", "Person:Kilbane", "Person:Martyn", "Person:R Styles", "Person:Traore", "Person:Yobo", "Place:Hampshire", "Place:Leeds", "Place:London", "Place:Paris", "Place:Rome"],
    );
  });

  it("leaves out a one-word name news never writes that WordNet knows as a common noun of a thing, not a firm or a surname", () => {
    const found = entities([
      "Alcoholism/NNP/B-ORG and/CC violence/NN are/VBP among/IN the/DT topics/NNS ,/, as/IN is/VBZ Hysteria/NNP/B-LOC ./.",
      "The/DT research/NN firm/NN Ovum/NNP/B-PER welcomed/VBD it/PRP ,/, said/VBD Mark/NNP/B-PER Heller/NNP/I-PER ./.",
      "Heller/NNP/B-PER and/CC LiLo/NNP/B-PER agreed/VBD ,/, said/VBD Chevron/NNP/B-ORG spokesman/NN Jonathan/NNP/B-PER Lifa/NNP/I-PER ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Chevron", "Organization:Ovum", "Person:Jonathan Lifa", "Person:LiLo", "Person:Mark Heller"]);
  });

  it("leaves out a rare word for a kind of person that an article introduces, but not one standing alone as a surname", () => {
    const names = (text: string) => processArticle({ id: "kind-of-person", text, date: null }).entities.map((entity) => `${entity.kind}:${entity.name}`);
    const described = names('The New York Times Magazine called him "the last great Mafioso of the century," after his admission.');
    expect(described).not.toContain("Person:Mafioso");
    expect(described).toContain("Organization:New York Times Magazine");
    expect(names("Baker said the plan would work.")).toContain("Person:Baker");
  });

  it("reads a name where a member's seat is named as the seat, through 'and', but a party before 'seat' as the party", () => {
    const found = entities([
      "Barbara/NNP/B-PER Roche/NNP/I-PER ,/, MP/NNP/O for/IN/O Hornsey/NNP/B-PER and/CC/O Wood/NNP/B-PER Green/NNP/I-PER ,/, spoke/VBD ./.",
      "Kilroy-Silk/NNP/B-PER will/MD contest/VB the/DT seat/NN of/IN Erewash/NNP/B-ORG ./.",
      "It/PRP was/VBD a/DT safe/JJ Labour/NNP/B-ORG seat/NN ,/, not/RB the/DT Aberavon/NNP/B-ORG seat/NN ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(
      ["Organization:Labour Party", "Person:Barbara Roche", "Person:Kilroy-Silk", "Place:Aberavon", "Place:Erewash", "Place:Hornsey and Wood Green"],
    );
  });

  it("gives a surname two people of the story bear to the one its courtesy title's sex fits, else to the one the story named first", () => {
    const found = entities([
      "John/NNP/B-PER Jenkin/NNP/I-PER and/CC his/PRP$ sister/NN Kathryn/NNP/B-PER Jenkin/NNP/I-PER were/VBD named/VBN ./.",
      "Mr/NNP Jenkin/NNP/B-PER denied/VBD it/PRP ./.",
      "Miss/NNP Jenkin/NNP/B-PER was/VBD 48/CD ./.",
      "Jenkin/NNP/B-PER appeared/VBD ./.",
      "Sir/NNP Ian/NNP/B-PER Blair/NNP/I-PER and/CC Tony/NNP/B-PER Blair/NNP/I-PER met/VBD Mr/NNP Blair/NNP/B-PER ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "John Jenkin", aliases: ["Jenkin", "Mr Jenkin"] });
    expect(found).toContainEqual({ kind: "Person", name: "Kathryn Jenkin", aliases: ["Jenkin"] });
    expect(found.some((entity) => entity.name === "Jenkin")).toBe(false);
    // A knight is "Sir Ian", never "Mr Blair".
    expect(found.find((entity) => entity.name === "Tony Blair")?.aliases).toContain("Mr Blair");
    expect(found.find((entity) => entity.name === "Ian Blair")?.aliases).not.toContain("Mr Blair");
  });

  it("reads a 'person' the place index knows, put after 'in' or 'the people of', as the town (twice where it is a given name too)", () => {
    const town = (sentences: string[], name: string) => entities(sentences).find((entity) => entity.name === name)?.kind;
    expect(town(["Kilroy-Silk/NNP/B-PER quit/VBD at/IN a/DT meeting/NN in/IN Hinckley/NNP/B-PER ./."], "Hinckley")).toBe("Place");
    expect(town(["A/DT warehouse/NN in/IN Palmer/NNP/B-PER burned/VBD ./.", "It/PRP was/VBD a/DT loss/NN to/TO the/DT people/NNS of/IN Palmer/NNP/B-PER ./."], "Palmer")).toBe("Place");
    expect(town(["She/PRP won/VBD for/IN her/PRP$ role/NN in/IN Elizabeth/NNP/B-PER ./."], "Elizabeth")).toBe("Person");
    // Not one who says something.
    expect(town(["He/PRP stayed/VBD in/IN Hinckley/NNP/B-PER ./.", "Hinckley/NNP/B-PER said/VBD it/PRP rained/VBD ./."], "Hinckley")).toBe("Person");
  });

  it("reads a common word shouted after an article, and capitalised elsewhere only where a sentence starts, as that word", () => {
    const found = entities(["Man/NNP/B-LOC held/VBN after/IN murders/NNS", "A/DT MAN/NNP/B-LOC was/VBD quizzed/VBN by/IN police/NNS in/IN Millom/NNP/B-LOC ./."]);
    expect(found.map((entity) => entity.name)).toEqual(["Millom"]);
    // A town it names inside a sentence stays: "the road to Man".
    expect(entities(["A/DT MAN/NNP/B-LOC drove/VBD to/TO Man/NNP/B-LOC ./."]).map((entity) => entity.name)).toEqual(["Man"]);
  });

  it("gives an untitled surname read before any namesake is named to the one named so far, and leaves two in one list apart", () => {
    const found = entities([
      "Receptionist/NN Madeline/NNP/B-PER Kafoury/NNP/I-PER was/VBD shot/VBN ./.",
      "Kafoury/NNP/B-PER died/VBD ./.",
      "Her/PRP$ son/NN Charlie/NNP/B-PER Kafoury/NNP/I-PER spoke/VBD ./.",
      "Smith/NNP/B-PER (/( Leeds/NNP/B-ORG )/) and/CC Smith/NNP/B-PER (/( Hull/NNP/B-ORG )/) play/VBP Ian/NNP/B-PER Smith/NNP/I-PER and/CC Joe/NNP/B-PER Smith/NNP/I-PER ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Madeline Kafoury", aliases: ["Kafoury"] });
    expect(found).toContainEqual({ kind: "Person", name: "Smith", aliases: [] });
  });

  it("gives a titled name to the one person whose surname it is, not to one whose given name it is: 'Mr Howard' is Michael Howard, not Howard Flight", () => {
    const found = entities([
      "Michael/NNP/B-PER Howard/NNP/I-PER sacked/VBD Howard/NNP/B-PER Flight/NNP/I-PER ./.",
      "Mr/NNP Howard/NNP/B-PER suspended/VBD the/DT association/NN ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Michael Howard", aliases: ["Howard", "Mr Howard"] });
    expect(found).toContainEqual({ kind: "Person", name: "Howard Flight", aliases: [] });
  });

  it("keeps a surname titled for the other sex apart from the one person named in full, where the story titles it for both", () => {
    const found = entities([
      "Michael/NNP/B-PER Howard/NNP/I-PER 's/POS wife/NN ,/, Sandra/NNP/B-PER ,/, will/MD campaign/VB ./.",
      "Mrs/NNP Howard/NNP/B-PER will/MD visit/VB seats/NNS and/CC Mr/NNP Howard/NNP/B-PER will/MD fly/VB ./.",
      "Saxon/NNP/B-PER Spence/NNP/I-PER spoke/VBD ./.",
      "Mrs/NNP Spence/NNP/B-PER said/VBD so/RB ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Michael Howard", aliases: ["Howard", "Mr Howard"] });
    expect(found).toContainEqual({ kind: "Person", name: "Howard", aliases: ["Mrs Howard"] });
    // One title alone does not outweigh the given-name lists, which call "Saxon" a man's name.
    expect(found).toContainEqual({ kind: "Person", name: "Saxon Spence", aliases: ["Mrs Spence", "Spence"] });
  });

  it("counts a surname the tagger missed as the person named in full, unless a capitalised word stands beside it or two names end with it", () => {
    const doc = handDoc([
      "Andrew/NNP/B-PER Luck/NNP/I-PER threw/VBD twice/RB ./.",
      "Later/RB ,/, Luck/NNP ran/VBD to/TO Luck/NNP Stadium/NNP ./.",
      "Charlie/NNP/B-PER Kafoury/NNP/I-PER and/CC Madeline/NNP/B-PER Kafoury/NNP/I-PER met/VBD Kafoury/NNP ./.",
    ]);
    resolveEntities(doc);
    const mentionsOf = (name: string) => doc.entities.find((entity) => entity.name === name)!.mentions.map((mention) => `${mention.sentence}:${mention.tokenStart}`);
    expect(mentionsOf("Andrew Luck")).toEqual(["0:0", "1:2"]);
    expect(mentionsOf("Charlie Kafoury")).toEqual(["2:0"]);
    expect(doc.mentions.map((mention) => mention.start)).toEqual([...doc.mentions.map((mention) => mention.start)].sort((a, b) => a - b));
  });

  it("drops the titles of works that follow a person's possessive, everywhere they occur", () => {
    const found = entities([
      "He/PRP conducted/VBD Giuseppe/NNP/B-PER Verdi/NNP/I-PER 's/POS La/NNP/B-ORG Traviata/NNP/I-ORG and/CC Rupert/NNP/B-PER Murdoch/NNP/I-PER 's/POS News/NNP/B-ORG Corporation/NNP/I-ORG grew/VBD ./.",
      "La/NNP/B-ORG Traviata/NNP/I-ORG followed/VBD ./.",
    ]);
    expect(found.map((entity) => entity.name).sort()).toEqual(["Giuseppe Verdi", "News Corporation", "Rupert Murdoch"]);
  });

  it("joins an organisation's head word to the name after 'of/to', and a bracketed acronym to its name", () => {
    const found = entities([
      "The/DT Municipality/NNP/B-LOC of/IN Livorno/NNP/B-LOC and/CC the/DT Committee/NNP to/TO Protect/NNP/B-ORG Bloggers/NNPS/I-ORG spoke/VBD ./.",
      "The/DT Union/NNP/B-ORG of/IN/I-ORG Rationalist/NNP/I-ORG Atheists/NNPS/I-ORG (/( UAAR/NNP/B-ORG )/) and/CC UAAR/NNP/B-ORG again/RB ./.",
    ]);
    expect(found).toContainEqual({ kind: "Organization", name: "Municipality of Livorno", aliases: [] });
    expect(found).toContainEqual({ kind: "Organization", name: "Committee to Protect Bloggers", aliases: [] });
    expect(found).toContainEqual({ kind: "Organization", name: "Union of Rationalist Atheists", aliases: ["UAAR"] });
    expect(found).toHaveLength(3);
  });

  it("finishes an organisation's name the tagger cut after its head with the capitalised words after 'of/to/for', not a month", () => {
    const names = (sentence: string) => entities([sentence]).map((entity) => entity.name);
    expect(names("The/DT Committee/NNP/B-ORG to/TO Protect/NNP Bloggers/NNP designated/VBD the/DT day/NN ./.")).toEqual(["Committee to Protect Bloggers"]);
    expect(names("Figures/NNS from/IN the/DT Commerce/NNP/B-ORG Department/NNP/I-ORG for/IN November/NNP rose/VBD ./.")).toEqual(["Commerce Department"]);
  });

  it("reads a known city owning a named thing as the city, and 'New York State' as one place", () => {
    const found = entities([
      "He/PRP conducted/VBD at/IN Milan/NNP/B-ORG 's/POS La/NNP/B-ORG Scala/NNP/I-ORG and/CC Munich/NNP/B-ORG 's/POS/I-ORG Radio/NNP/I-ORG Orchestra/NNP/I-ORG ./.",
      "New/NNP/B-LOC York/NNP/I-LOC State/NNP Comptroller/NNP Alan/NNP/B-PER Hevesi/NNP/I-PER spoke/VBD ./.",
      "Liverpool/NNP/B-ORG 's/POS Steven/NNP/B-PER Gerrard/NNP/I-PER scored/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind} ${entity.name}`).sort()).toEqual([
      "Organization La Scala",
      "Organization Liverpool",
      "Organization Radio Orchestra",
      "Person Alan Hevesi",
      "Person Steven Gerrard",
      "Place Milan",
      "Place Munich",
      "Place New York State",
    ]);
  });

  it("repairs split names: a demonym before an organisation or its head word, two joined by 'and', a portfolio before a minister's name, 'the Monti government'", () => {
    const found = entities([
      "The/DT Italian/JJ/B-MISC Episcopal/NNP/B-ORG Conference/NNP/I-ORG met/VBD ./.",
      "He/PRP will/MD captain/VB the/DT British/JJ/B-MISC and/CC Irish/NNP/B-ORG Lions/NNPS/I-ORG ./.",
      "The/DT director/NN of/IN the/DT Egyptian/JJ/B-MISC Museum/NNP spoke/VBD ./.",
      "Minister/NNP of/IN Education/NNP/B-ORG Stefania/NNP/I-ORG Giannini/NNP/I-ORG spoke/VBD ./.",
      "The/DT Monti/NNP/B-MISC government/NN changed/VBD it/PRP ./.",
    ]);
    expect(found.map((entity) => `${entity.kind} ${entity.name}`).sort()).toEqual([
      "Organization British and Irish Lions",
      "Organization Egyptian Museum",
      "Organization Italian Episcopal Conference",
      "Organization Monti government",
      "Person Stefania Giannini",
    ]);
  });

  it("reads a quoted or bracketed nickname between given name and surname as part of one person, named without it", () => {
    const found = entities([
      "Vincent/NNP/B-PER '/POS The/DT Chin/NNP/B-PER '/POS Gigante/NNP/B-PER died/VBD ./.",
      "Gigante/NNP/B-PER was/VBD 77/CD ./.",
      "Joaquin/NNP/B-PER \"/\" El/NNP/B-MISC Chapo/NNP/I-MISC \"/\" Guzman/NNP/B-PER escaped/VBD ./.",
      "Luis/NNP/B-PER Gerardo/NNP/I-PER (/( Jerry/NNP/B-PER )/) Ortiz/NNP/B-PER was/VBD shot/VBN ./.",
    ]);
    expect(found).toEqual([
      { kind: "Person", name: "Vincent Gigante", aliases: ["Gigante", "Vincent ' The Chin ' Gigante"] },
      { kind: "Person", name: "Joaquin Guzman", aliases: ['Joaquin " El Chapo " Guzman'] },
      { kind: "Person", name: "Luis Gerardo Ortiz", aliases: ["Luis Gerardo ( Jerry ) Ortiz"] },
    ]);
  });

  it("reads names run across a bracket as names and an aside, not one name: a list of writers with their countries, a team sheet", () => {
    const people = (sentence: string) => entities([sentence]).filter((entity) => entity.kind === "Person").map((entity) => entity.name);
    // One span as the tagger gave it, and two spans around a bracketed place, which is no nickname.
    expect(people("Margaret/NNP/B-PER Atwood/NNP/I-PER (/(/I-PER Canada/NNP/I-PER )/)/I-PER Saul/NNP/I-PER Bellow/NNP/I-PER won/VBD ./.")).toEqual(["Margaret Atwood", "Saul Bellow"]);
    expect(people("Margaret/NNP/B-PER Atwood/NNP/I-PER (/( Canada/NNP/B-LOC )/) Bellow/NNP/B-PER won/VBD ./.")).toEqual(["Margaret Atwood", "Bellow"]);
    expect(people("Thomas/NNP/B-PER (/(/I-PER Johansson/NNP/I-PER 72/CD )/) ,/, Bartlett/NNP/B-PER ./.")).toEqual(["Thomas", "Johansson", "Bartlett"]);
  });

  it("takes a known place and a plural nickname the tagger called MISC for a team, and the nickname alone for it too", () => {
    const found = entities([
      "The/DT Indianapolis/NNP/B-MISC Colts/NNPS/I-MISC beat/VBD the/DT Jacksonville/NNP/B-ORG Jaguars/NNPS/I-ORG ./.",
      "The/DT Colts/NNPS/B-MISC won/VBD at/IN the/DT Athens/NNP/B-MISC Olympics/NNPS/I-MISC ./.",
    ]);
    expect(found).toContainEqual({ kind: "Organization", name: "Indianapolis Colts", aliases: ["Colts"] });
    expect(found.map((entity) => entity.name)).not.toContain("Athens Olympics");
    // The nickname alone, tagged a place, is the team too.
    const asPlace = entities(["The/DT Chiefs/NNPS/B-ORG lost/VBD to/TO the/DT Indianapolis/NNP/B-ORG Colts/NNPS/I-ORG ./.", "The/DT Colts/NNPS/B-LOC took/VBD the/DT ball/NN ./."]);
    expect(asPlace).toContainEqual({ kind: "Organization", name: "Indianapolis Colts", aliases: ["Colts"] });
  });

  it("reads a town where a team's name would stand as the team its story names, and the town where the text says where", () => {
    const doc = handDoc([
      "The/DT Kansas/NNP/B-ORG City/NNP/I-ORG Chiefs/NNPS/I-ORG won/VBD ./.",
      "Kansas/NNP/B-LOC City/NNP/I-LOC beat/VBD Denver/NNP/B-ORG in/IN Kansas/NNP/B-LOC City/NNP/I-LOC ./.",
      "The/DT Kansas/NNP/B-LOC City/NNP/I-LOC quarterback/NN threw/VBD well/RB ./.",
    ]);
    resolveEntities(doc);
    const entityOf = (sentence: number, tokenStart: number) => doc.mentions.find((mention) => mention.sentence === sentence && mention.tokenStart === tokenStart)?.entity;
    expect([entityOf(1, 0), entityOf(2, 1)]).toEqual(["Organization:kansas city chiefs", "Organization:kansas city chiefs"]);
    expect(entityOf(1, 5)).toBe("Place:kansas city");
    // The lexicon record's own example, through the whole pipeline.
    const example = processArticle({ id: "team", text: TOWN_AS_TEAM.example, date: null });
    expect(example.mentions.filter((mention) => mention.text === "Kansas City").map((mention) => mention.entity)).toEqual(["Organization:kansas city chiefs", "Place:kansas city"]);
    // A firm's or a paper's name that ends in a plural is no team: "Los Angeles" stays the city.
    const paper = handDoc(["The/DT Los/NNP/B-ORG Angeles/NNP/I-ORG Times/NNP/I-ORG said/VBD Los/NNP/B-LOC Angeles/NNP/I-LOC grew/VBD ./."]);
    resolveEntities(paper);
    expect(paper.entities.map((entity) => entity.key)).toEqual(["Organization:los angeles times", "Place:los angeles"]);
  });

  it("finds in a headline a name the body tags MISC, and leaves its kind to resolution: 'Colts Clinch Playoff Berth'", () => {
    const doc = handDoc(["Colts/NNS Clinch/NNP Playoff/NNP Berth/NNP", "The/DT Indianapolis/NNP/B-MISC Colts/NNP/I-MISC won/VBD ./.", "The/DT Colts/NNP/B-MISC scored/VBD ./."]);
    resolveEntities(doc);
    const team = doc.entities.find((entity) => entity.name === "Indianapolis Colts");
    expect(team?.mentions.map((mention) => mention.sentence)).toEqual([0, 1, 2]);
  });

  it("names a US state by its abbreviation after a town, the period a token of its own or not, initials spaced or not", () => {
    const found = entities([
      "It/PRP was/VBD in/IN Golden/NNP/B-LOC ,/, Colo/NNP/B-LOC ./. ,/, he/PRP said/VBD ./.",
      "Grants/NNP/B-LOC ,/, N.M./NNP/B-LOC ,/, is/VBZ small/JJ ./.",
      "He/PRP went/VBD to/TO Mass/NNP ./.",
      "Schenectady/NNP/B-LOC ,/, N./NNP/B-LOC Y./NNP/I-LOC ,/, is/VBZ cold/JJ ./.",
    ]);
    expect(found.map((entity) => `${entity.kind} ${entity.name}`)).toEqual(["Place Golden", "Place Colorado", "Place Grants", "Place New Mexico", "Place Schenectady", "Place New York"]);
  });

  it("knows a place by its name with the region after a comma, not with a name that opens the next clause or a town of a list", () => {
    const found = entities([
      "It/PRP happened/VBD in/IN Amherst/NNP/B-LOC ,/, Mass./NNP/B-LOC on/IN Friday/NNP ./.",
      "Pirates/NNS roam/VBP the/DT Gulf/NNP/B-LOC of/IN Aden/NNP/I-LOC ,/, Sinha/NNP/B-LOC said/VBD ./.",
      "Boats/NNS sank/VBD in/IN the/DT Gulf/NNP/B-LOC of/IN Aden/NNP/I-LOC ,/, Yemen/NNP/B-LOC 's/POS agency/NN said/VBD ./.",
      "Simon/NNP/B-PER was/VBD born/VBN in/IN Portland/NNP/B-LOC ,/, Ore./NNP/B-LOC ,/, and/CC left/VBD ./.",
      "They/PRP toured/VBD Paris/NNP/B-LOC ,/, London/NNP/B-LOC ,/, and/CC Rome/NNP/B-LOC ./.",
      "Troops/NNS serve/VBP in/IN Iraq/NNP/B-LOC ,/, Afghanistan/NNP/B-LOC ./.",
      "France/NNP/B-LOC beat/VBD them/PRP in/IN Lyon/NNP/B-LOC ,/, Ireland/NNP/B-LOC ./.",
    ]);
    // (The hand-made article spaces every token.)
    expect(found.find((entity) => entity.name === "Amherst")?.aliases).toEqual(["Amherst , Mass."]);
    expect(found.find((entity) => entity.name === "Gulf of Aden")?.aliases).toEqual([]);
    // A region that holds the town stays one where a comma follows it, unlike a town of a list.
    expect(found.find((entity) => entity.name === "Portland")?.aliases).toEqual(["Portland , Ore."]);
    expect(found.find((entity) => entity.name === "Paris")?.aliases).toEqual([]);
    // A country holds no place after it, and a town the gazetteers know only elsewhere lies in no country named after it.
    expect(found.find((entity) => entity.name === "Iraq")?.aliases).toEqual([]);
    expect(found.find((entity) => entity.name === "Lyon")?.aliases).toEqual([]);
  });

  it("reads a surname the tagger made a place as the person the story names in full, not a place the gazetteers know", () => {
    const found = entities([
      "The/DT commander/NN ,/, Nirad/NNP/B-PER Sinha/NNP/I-PER ,/, spoke/VBD ./.",
      "The/DT pirates/NNS fled/VBD ,/, Sinha/NNP/B-LOC said/VBD ./.",
      "Michael/NNP/B-PER Jordan/NNP/I-PER flew/VBD to/TO Jordan/NNP/B-LOC ./.",
    ]);
    expect(found).toContainEqual({ kind: "Person", name: "Nirad Sinha", aliases: ["Sinha"] });
    expect(found).toContainEqual({ kind: "Place", name: "Jordan", aliases: [] });
    // A town the gazetteers know elsewhere (a Palin in Guatemala) that the story never writes as a place is the surname too.
    const known = entities(["The/DT dairy/NN was/VBD saved/VBN by/IN Sarah/NNP/B-PER Palin/NNP/I-PER ./.", "Palin/NNP/B-LOC responded/VBD by/IN firing/VBG the/DT board/NN ./."]);
    expect(known).toContainEqual({ kind: "Person", name: "Sarah Palin", aliases: ["Palin"] });
    // Not where the "person" opens with no given name: a place the tagger called one ("East Leeds").
    const place = entities(["East/NNP/B-PER Leeds/NNP/I-PER spoke/VBD ./.", "They/PRP visited/VBD Leeds/NNP/B-LOC ./."]);
    expect(place).toContainEqual({ kind: "Place", name: "Leeds", aliases: [] });
    // So is a given name: "Severine Potty, 19, … Rachel and Severine".
    const given = entities(["Severine/NNP/B-PER Potty/NNP/I-PER went/VBD shopping/NN ./.", "The/DT girls/NNS ,/, Rachel/NNP/B-PER and/CC Severine/NNP/B-LOC ,/, were/VBD found/VBN ./."]);
    expect(given).toContainEqual({ kind: "Person", name: "Severine Potty", aliases: ["Severine"] });
  });

  it("parts a nationality the tagger ran into a person's name from it, but not from a name of two words", () => {
    const found = entities([
      "Kenyans/NNPS/B-PER Evans/NNP/I-PER Rutto/NNP/I-PER and/CC Paul/NNP/B-PER Tergat/NNP/I-PER ran/VBD ./.",
      "Briton/NNP/B-PER Karl/NNP/I-PER Keska/NNP/I-PER was/VBD seventh/JJ ./.",
      "Dutch/NNP/B-PER Schultz/NNP/I-PER ran/VBD a/DT gang/NN ./.",
    ]);
    expect(found.map((entity) => `${entity.kind} ${entity.name}`)).toEqual([
      "Group Kenyans", "Person Evans Rutto", "Person Paul Tergat", "Person Karl Keska", "Person Dutch Schultz",
    ]);
  });

  it("resolves known aliases, acronyms and demonyms", () => {
    const found = entities([
      "The/DT Islamic/NNP/B-ORG State/NNP/I-ORG posted/VBD the/DT ISIS/NNP/B-ORG flag/NN ./.",
      "The/DT United/NNP/B-ORG Nations/NNPS/I-ORG and/CC the/DT UN/NNP/B-ORG met/VBD ./.",
      "Pakistani/JJ/B-MISC authorities/NNS and/CC the/DT government/NN of/IN Pakistan/NNP/B-LOC ./.",
      "The/DT World/NNP/B-ORG Health/NNP/I-ORG Organization/NNP/I-ORG and/CC WHO/NNP/B-ORG ./.",
    ]);
    expect(found).toContainEqual({ kind: "Organization", name: "Islamic State", aliases: ["ISIS"] });
    expect(found).toContainEqual({ kind: "Organization", name: "United Nations", aliases: ["UN"] });
    expect(found).toContainEqual({ kind: "Place", name: "Pakistan", aliases: ["Pakistani"] });
    expect(found).toContainEqual({ kind: "Organization", name: "World Health Organization", aliases: ["WHO"] });
    expect(found).toHaveLength(4);
  });

  it("gives a demonym that a territory shares to the independent country", () => {
    const found = entities([
      "Indian/JJ/B-MISC officials/NNS and/CC Norwegian/JJ/B-MISC ministers/NNS met/VBD French/JJ/B-MISC envoys/NNS ./.",
    ]);
    expect(found.filter((entity) => entity.kind === "Place").map((entity) => entity.name).sort()).toEqual(["France", "India", "Norway"]);
  });

  it("takes Korea alone, and Korean, for South Korea, and North Korean for the North", () => {
    const found = entities([
      "Money/NN moved/VBD to/TO Korea/NNP/B-LOC and/CC Korean/JJ/B-MISC firms/NNS gained/VBD ,/, but/CC North/JJ/B-MISC Korean/JJ/I-MISC officials/NNS objected/VBD ./.",
    ]);
    expect(found.filter((entity) => entity.kind === "Place").map((entity) => entity.name).sort()).toEqual(["North Korea", "South Korea"]);
  });

  it("knows states that no longer exist, by name, other name and demonym", () => {
    const found = entities([
      "The/DT Soviet/NNP/B-ORG Union/NNP/I-ORG and/CC the/DT USSR/NNP/B-ORG signed/VBD ./.",
      "Soviet/JJ/B-MISC historian/NN Roy/NNP/B-PER Medvedev/NNP/I-PER wrote/VBD ./.",
    ]);
    expect(found).toContainEqual({ kind: "Place", name: "Soviet Union", aliases: ["Soviet", "USSR"] });
  });

  it("does not take a wire agency after a dateline's country for the country's acronym", () => {
    const found = entities([
      "The/DT Rwandan/NNP/B-ORG Patriotic/NNP/I-ORG Front/NNP/I-ORG (/( RPF/NNP/B-ORG )/) advanced/VBD ./.",
      "JOHANNESBURG/NNP/B-LOC ,/, South/NNP/B-LOC Africa/NNP/I-LOC (/( AP/NNP/B-ORG )/) Police/NNS said/VBD ./.",
    ]);
    expect(found).toContainEqual({ kind: "Place", name: "South Africa", aliases: [] });
    expect(found).toContainEqual({ kind: "Organization", name: "Associated Press", aliases: ["AP"] });
    expect(found).toContainEqual({ kind: "Organization", name: "Rwandan Patriotic Front", aliases: ["RPF"] });
  });

  it("reads a name before ', Region' that ends the phrase as a place, but not a description or a list", () => {
    const found = entities([
      "Workers/NNS were/VBD missing/VBN off/IN Morgan/NNP/B-ORG City/NNP/I-ORG ,/, Louisiana/NNP/B-LOC ,/, on/IN Monday/NNP ./.",
      "Vodafone/NNP/B-ORG KK/NNP/I-ORG ,/, Japan/NNP/B-LOC 's/POS third/JJ operator/NN ,/, grew/VBD ./.",
      "Brands/NNS include/VBP Penfolds/NNP/B-ORG ,/, Rosemount/NNP/B-ORG and/CC Lindemans/NNP/B-ORG ./.",
    ]);
    expect(found.find((entity) => entity.name === "Morgan City")?.kind).toBe("Place");
    expect(found.find((entity) => entity.name === "Vodafone KK")?.kind).toBe("Organization");
    expect(found.find((entity) => entity.name === "Penfolds")?.kind).toBe("Organization");
  });

  it("finds no entity in initials made plural, but keeps a name in capitals", () => {
    const found = entities([
      "MEPs/NNP/B-PER and/CC MSPs/NNP/B-ORG bought/VBD DVDs/NNP/B-LOC ./.",
      "He/PRP joined/VBD consultants/NNS MEPS/NNP/B-ORG ./.",
    ]);
    expect(found.map((entity) => entity.name)).toEqual(["MEPS"]);
  });

  it("starts a person's name after a lower-case word that opens the sentence, but not after a given name or a title", () => {
    const found = entities([
      "Composer/NNP/B-PER Thomas/NNP/I-PER is/VBZ a/DT native/NN of/IN Chisholm/NNP/B-LOC ./.",
      "Will/NNP/B-PER Smith/NNP/I-PER starred/VBD ./.",
      "President/NNP/B-PER Lincoln/NNP/I-PER spoke/VBD ./.",
    ]);
    expect(found.map((entity) => entity.name)).toContain("Thomas");
    expect(found.map((entity) => entity.name)).toContain("Will Smith");
    expect(found.find((entity) => entity.name.endsWith("Lincoln"))?.kind).toBe("Person");
    expect(found.map((entity) => entity.name)).not.toContain("Composer Thomas");
  });

  it("reads a one-word 'person' before a known region as a place, but not a player before his side or in a team sheet", () => {
    const found = entities([
      "Elizabeth/NNP/B-PER is/VBZ a/DT native/NN of/IN Salisbury/NNP/B-PER ,/, N.C./NNP/B-LOC ./.",
      "Dida/NNP/B-PER ,/, Brazil/NNP/B-LOC ./.",
      "Moilanen/NNP/B-PER ,/, Kizys/NNP/B-LOC ./.",
    ]);
    expect(found.find((entity) => entity.name === "Salisbury")?.kind).toBe("Place");
    expect(found.find((entity) => entity.name === "Dida")?.kind).toBe("Person");
    expect(found.find((entity) => entity.name === "Moilanen")?.kind).toBe("Person");
  });

  it("keeps a body and its parent apart, and a country acting as a government is the place", () => {
    const found = entities([
      "The/DT United/NNP/B-ORG Nations/NNPS/I-ORG General/NNP/I-ORG Assembly/NNP/I-ORG met/VBD ./.",
      "The/DT United/NNP/B-ORG Nations/NNPS/I-ORG agreed/VBD ./.",
      "Pakistan/NNP/B-ORG acted/VBD ./.",
    ]);
    expect(found.map((entity) => entity.name).sort()).toEqual(["Pakistan", "United Nations", "United Nations General Assembly"]);
    expect(found.find((entity) => entity.name === "Pakistan")?.kind).toBe("Place");
  });

  it("finds no country inside a name the tagger called MISC where it called that name an organisation elsewhere", () => {
    const found = entities([
      "U./NNP/B-ORG S./NNP/I-ORG Geological/NNP/I-ORG Survey/NNP/I-ORG puts/VBZ the/DT magnitude/NN at/IN 6.1/CD ./.",
      "The/DT U./NNP/B-MISC S./NNP/I-MISC Geological/NNP/I-MISC Survey/NNP/I-MISC in/IN Golden/NNP/B-LOC said/VBD so/RB ./.",
    ]);
    expect(found.map((entity) => entity.name).sort()).toEqual(["Golden", "U. S. Geological Survey"]);
  });

  it("reads the capitalised words after a courtesy title as a person's name, but not after a determiner", () => {
    const found = entities([
      "Undersecretary/NNP for/IN Education/NNP Mr./NNP Toccafondi/NNP says/VBZ schools/NNS will/MD close/VB ./.",
      "\"/`` We/PRP sold/VBD out/RP ,/, \"/'' said/VBD Mr/NNP Irish/JJ/B-MISC ./.",
      "He/PRP is/VBZ not/RB the/DT Mr/NNP Nasty/NNP of/IN books/NNS ./.",
      // A headline's capitals: the name ends at a word news writes in lower case.
      "Leader/NNP Mr/NNP Smith/NNP Quits/NNP As/NNP Party/NNP Chief/NNP",
    ]);
    expect(found.filter((entity) => entity.kind === "Person").map((entity) => entity.name).sort()).toEqual(["Irish", "Smith", "Toccafondi"]);
    expect(found.map((entity) => entity.name)).not.toContain("Ireland");
  });

  it("links a handle to the person and drops an unmatched one", () => {
    const found = entities(["Volkan/NNP/B-PER Bozkir/NNP/I-PER (/( @volkan_bozkir/NNP/B-PER )/) and/CC @someone/NNP/B-PER ./."]);
    expect(found).toEqual([{ kind: "Person", name: "Volkan Bozkir", aliases: ["@volkan_bozkir"] }]);
  });

  it("finds groups and plural demonyms as groups", () => {
    const found = entities(["Hazaras/NNPS/B-MISC and/CC Britons/NNPS/B-MISC and/CC Shia/NNP/B-MISC Muslims/NNPS/I-MISC met/VBD at/IN Christmas/NNPS/B-MISC ./."]);
    // A feast ends like a people but is none.
    expect(found.filter((entity) => entity.kind === "Group").map((entity) => entity.name).sort()).toEqual(["Britons", "Hazaras", "Shia Muslims"]);
  });

  it("knows a company by its name without the legal suffix and a generic company word", () => {
    const found = entities(["ATI/NNP/B-ORG Technologies/NNPS/I-ORG Inc./NNP/I-ORG agreed/VBD ./.", "ATI/NNP/B-ORG shares/NNS rose/VBD ./.", "Electronic/NNP/B-ORG Data/NNP/I-ORG Systems/NNPS/I-ORG Corp./NNP/I-ORG and/CC EDS/NNP/B-ORG ./."]);
    expect(found).toContainEqual({ kind: "Organization", name: "ATI Technologies Inc.", aliases: ["ATI"] });
    expect(found).toContainEqual({ kind: "Organization", name: "Electronic Data Systems Corp.", aliases: ["EDS"] });
  });

  it("knows Turkey by its English name and reads a country's abbreviation only in capitals", () => {
    const turkey = entities(["Turkey/NNP/B-LOC sent/VBD the/DT Turkish/JJ/B-MISC army/NN ./."]);
    expect(turkey).toEqual([{ kind: "Place", name: "Türkiye", aliases: ["Turkey", "Turkish"] }]);
    const magazine = entities(["Us/NNP/B-ORG Weekly/NNP/I-ORG and/CC the/DT U./NNP/B-LOC S./NNP/I-LOC press/NN ./."]);
    expect(magazine.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Us Weekly", "Place:United States"]);
  });

  it("starts a name glued to 'ex-' after it: an Ex-Mafia boss names the Mafia", () => {
    const doc = handDoc(["Ex-Mafia/NNP/B-ORG boss/NN Vincent/NNP/B-PER Gigante/NNP/I-PER died/VBD ./."]);
    resolveEntities(doc);
    const mafia = doc.entities.find((entity) => entity.kind === "Organization");
    expect(mafia?.name).toBe("Mafia");
    expect(doc.article.text.slice(mafia!.mentions[0].start, mafia!.mentions[0].end)).toBe("Mafia");
  });

  it("starts a name after the other glued prefixes of the lexicon, not after a name's own first part", () => {
    const found = entities([
      "Non-European/NNP/B-ORG Union/NNP/I-ORG citizens/NNS face/VBP checks/NNS ./.",
      "Voters/NNS in/IN Mid-Bedfordshire/NNP/B-LOC voted/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:European Union", "Place:Mid-Bedfordshire"]);
  });

  it("reads a party's one-word name before a title as the party, tagged or not, but not the end of a longer name", () => {
    const found = entities([
      "Conservative/NNP leader/NN Michael/NNP/B-PER Howard/NNP/I-PER spoke/VBD ./.",
      "Democratic/JJ Sen./NNP Blanche/NNP/B-PER Lincoln/NNP/I-PER agreed/VBD ./.",
      "Conservative/JJ estimates/NNS rose/VBD ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Conservative Party", "Organization:Democratic Party", "Person:Blanche Lincoln", "Person:Michael Howard"]);
    const liberal = entities(["Liberal/NNP Democrat/NNP leader/NN Charles/NNP/B-PER Kennedy/NNP/I-PER spoke/VBD ./."]);
    expect(liberal.map((entity) => `${entity.kind}:${entity.name}`)).not.toContain("Organization:Democratic Party");
  });

  it("reads a well-known organisation's one-word name inside a sentence as it, tagged or not, but not where a name goes on", () => {
    const found = entities([
      "Jack/NNP/B-PER Straw/NNP/I-PER told/VBD the/DT Commons/NNPS that/IN the/DT Lords/NNPS had/VBD ruled/VBN ./.",
      "Commons/NNPS rules/NNS apply/VBP ./.",
      "He/PRP met/VBD Labour/NNP Court/NNP judges/NNS ./.",
    ]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:House of Commons", "Organization:House of Lords", "Person:Jack Straw"]);
  });

  it("parts a name run across 'and' where each part is a name and the article names one alone, not a name with 'and' in it", () => {
    const found = entities([
      "Fiat/NNP/B-ORG and/CC/I-ORG General/NNP/I-ORG Motors/NNPS/I-ORG (/( GM/NNP/B-ORG )/) talked/VBD ./.",
      "Fiat/NNP/B-ORG said/VBD ./.",
      "The/DT Health/NNP/B-ORG and/CC/I-ORG Safety/NNP/I-ORG Executive/NNP/I-ORG and/CC the/DT Securities/NNPS/B-ORG and/CC/I-ORG Exchange/NNP/I-ORG Commission/NNP/I-ORG spoke/VBD ./.",
      "Health/NNP/B-ORG was/VBD cut/VBN ./.",
    ]);
    const names = found.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(["Fiat", "General Motors", "Health and Safety Executive", "Securities and Exchange Commission"]));
    expect(names).not.toContain("Fiat and General Motors");
    // Each part ends in an organisation's head or a legal suffix: two names, though neither stands alone.
    const creditors = entities(["The/DT Internal/NNP/B-ORG Revenue/NNP/I-ORG Service/NNP/I-ORG and/CC/I-ORG Manufacturers/NNPS/I-ORG Hanover/NNP/I-ORG Trust/NNP/I-ORG Co./NNP/I-ORG said/VBD ./."]);
    expect(creditors.map((entity) => entity.name).sort()).toEqual(["Internal Revenue Service", "Manufacturers Hanover Trust Co."]);
  });

  it("parts a name run across 'and' that ends a list or joins a headed organisation's name to a proper name, not what an organisation is 'of'", () => {
    const names = (lines: string[]) => entities(lines).map((entity) => entity.name).sort();
    // After a name and a comma, "and" ends a list of names, whatever kinds the tagger gave them.
    expect(names(["Franz/NNP/B-PER Ferdinand/NNP/I-PER ,/, Travis/NNP/B-ORG and/CC/I-ORG Snow/NNP/I-ORG Patrol/NNP/I-ORG played/VBD ./."])).toEqual(["Franz Ferdinand", "Snow Patrol", "Travis"]);
    // Not a name that owns a title set off after a person.
    expect(names(["Ms/NNP Smith/NNP/B-PER ,/, Procter/NNP/B-ORG and/CC/I-ORG Gamble/NNP/I-ORG 's/POS chief/NN ,/, said/VBD ./."])).toContain("Procter and Gamble");
    expect(names(["It/PRP was/VBD challenged/VBN by/IN Deutsche/NNP/B-ORG Bank/NNP/I-ORG and/CC/I-ORG Gazpromneft/NNP/I-ORG ./."])).toEqual(["Deutsche Bank", "Gazpromneft"]);
    expect(names(["China/NNP/B-ORG Construction/NNP/I-ORG Bank/NNP/I-ORG and/CC/I-ORG Bank/NNP/I-ORG of/IN/I-ORG China/NNP/I-ORG listed/VBD ./."])).toEqual(["Bank of China", "China Construction Bank"]);
    // A name before the comma is a member of the list whatever kind the tagger gave it, unless a preposition introduces it.
    expect(names(["Last/JJ month/NN ,/, Paramount/NNP/B-LOC ,/, Universal/NNP/B-ORG and/CC/I-ORG Warner/NNP/I-ORG Brothers/NNPS/I-ORG said/VBD so/RB ./."])).toEqual(["Paramount", "Universal", "Warner Brothers"]);
    expect(names(["In/IN Leeds/NNP/B-LOC ,/, Procter/NNP/B-ORG and/CC/I-ORG Gamble/NNP/I-ORG said/VBD so/RB ./."])).toContain("Procter and Gamble");
    // No one name says a word again across its "and".
    expect(names(["It/PRP was/VBD filed/VBN by/IN Sony/NNP/B-ORG Music/NNP/I-ORG and/CC/I-ORG Universal/NNP/I-ORG Music/NNP/I-ORG ./."])).toEqual(["Sony Music", "Universal Music"]);
    // After "of", "and" goes on with what the organisation is of.
    expect(names(["The/DT Union/NNP/B-ORG of/IN/I-ORG Rationalist/NNP/I-ORG Atheists/NNPS/I-ORG and/CC/I-ORG Agnostics/NNPS/I-ORG protested/VBD ./."])).toEqual(["Union of Rationalist Atheists and Agnostics"]);
  });

  it("makes a one-word 'person' the article calls 'its' and never 'he' or 'she' an organisation", () => {
    const kinds = (lines: string[]) => entities(lines).map((entity) => `${entity.kind}:${entity.name}`).sort();
    expect(kinds(["Toshiba/NNP/B-PER said/VBD its/PRP$ profits/NNS rose/VBD ./."])).toEqual(["Organization:Toshiba"]);
    expect(kinds(["Usher/NNP/B-PER said/VBD his/PRP$ album/NN and/CC its/PRP$ songs/NNS sold/VBD ./."])).toEqual(["Person:Usher"]);
    // The surname of a person the article names in full stays that person's.
    expect(kinds(["John/NNP/B-PER Jarvis/NNP/I-PER spoke/VBD ./.", "Jarvis/NNP/B-PER said/VBD its/PRP$ plan/NN failed/VBD ./."])).toEqual(["Person:John Jarvis"]);
  });

  it("knows the US parties and the news agencies by their short names", () => {
    const found = entities(["Democrats/NNPS/B-MISC and/CC Republicans/NNPS/B-MISC voted/VBD ,/, AP/NNP/B-ORG and/CC AFP/NNP/B-ORG reported/VBD ./."]);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(["Organization:Agence France-Presse", "Organization:Associated Press", "Organization:Democratic Party", "Organization:Republican Party"]);
  });

  it("takes no person from a title alone or from the name of a disease or a scale", () => {
    const found = entities([
      "Gigante/NNP/B-PER had/VBD Alzheimer/NNP/B-PER 's/POS disease/NN ./.", "Sgt./NNP/B-PER", "Mr./NNP Smith/NNP/B-PER 's/POS law/NN firm/NN won/VBD ./.",
      "It/PRP measured/VBD 5.9/CD on/IN the/DT Richter/NNP/B-PER scale/NN ./.",
    ]);
    expect(found.map((entity) => entity.name).sort()).toEqual(["Gigante", "Smith"]);
  });

  it("reads a name after a kind of place and 'of' as that place, whatever the tagger says", () => {
    const found = entities(["Villages/NNS on/IN the/DT island/NN of/IN Qeshm/NNP/B-PER were/VBD razed/VBN ./.", "Qeshm/NNP/B-PER is/VBZ the/DT biggest/JJS island/NN ./."]);
    expect(found).toEqual([{ kind: "Place", name: "Qeshm", aliases: [] }]);
  });

  it("gives a one-word name seen once the kind of the list the parse puts it in", () => {
    const found = entities(["The/DT villages/NNS were/VBD Tonban/NNP/B-MISC ,/, Gavarzin/NNP/B-LOC ,/, Khaledin/NNP/B-LOC and/CC Gourian/NNP/B-PER ./."]);
    expect(found.find((entity) => entity.name === "Gourian")?.kind).toBe("Place");
    // A place beside a list of people, not in it, keeps its kind.
    const beside = entities(["Moazzam/NNP/B-PER Begg/NNP/I-PER ,/, from/IN Birmingham/NNP/B-LOC ,/, and/CC Martin/NNP/B-PER Mubanga/NNP/I-PER ,/, Richard/NNP/B-PER Belmar/NNP/I-PER and/CC Feroz/NNP/B-PER Abbasi/NNP/I-PER were/VBD held/VBN ./."]);
    expect(beside.find((entity) => entity.name === "Birmingham")?.kind).toBe("Place");
  });

  it("makes a known town taken for an organisation a place among places only, and leaves a known town among clubs one", () => {
    const airports = entities(["Expansion/NN at/IN Heathrow/NNP/B-LOC ,/, Stansted/NNP/B-LOC and/CC Luton/NNP/B-ORG airports/NNS is/VBZ planned/VBN ./."]);
    expect(airports.find((entity) => entity.name === "Luton")?.kind).toBe("Place");
    const clubs = entities(["Fans/NNS of/IN Arsenal/NNP/B-ORG ,/, Chelsea/NNP/B-ORG and/CC Liverpool/NNP/B-LOC cheered/VBD ./."]);
    expect(clubs.find((entity) => entity.name === "Liverpool")?.kind).toBe("Place");
  });

  it("makes a name an organisation where such a noun stands in apposition right after its comma", () => {
    const kindOf = (text: string, name: string) => processArticle({ id: "appos", text, date: null }).entities.find((entity) => entity.name === name)?.kind;
    expect(kindOf("A spokeswoman for Hanover Re, Europe's fifth-largest reinsurance firm, estimated the claims.", "Hanover Re")).toBe("Organization");
    expect(kindOf('"The maps are very detailed," said Einar Bjorgo from Unosat, the UN satellite mapping organisation.', "Einar Bjorgo")).toBe("Person");
    expect(kindOf("The world's biggest confectionery firm, Cadbury Schweppes, has reported a modest rise in profits.", "Cadbury Schweppes")).toBe("Organization");
  });

  it("gives a longer 'person' whose first word is no given name the kind of its list, however often named", () => {
    const found = entities([
      "Analysts/NNS named/VBD ChevronTexaco/NNP/B-ORG ,/, Exxon/NNP/B-PER Mobil/NNP/I-PER and/CC British/NNP/B-ORG Petroleum/NNP/I-ORG ./.",
      "Exxon/NNP/B-PER Mobil/NNP/I-PER declined/VBD to/TO comment/VB ./.",
    ]);
    expect(found.find((entity) => entity.name === "Exxon Mobil")?.kind).toBe("Organization");
    const people = entities(["Wins/NNS for/IN Roger/NNP/B-PER Federer/NNP/I-PER ,/, Lleyton/NNP/B-ORG Hewitt/NNP/I-ORG and/CC Tim/NNP/B-PER Henman/NNP/I-PER ./."]);
    expect(people.find((entity) => entity.name === "Tim Henman")?.kind).toBe("Person");
  });

  it("gives it the kind most of the list has when the tagger guessed others wrong too", () => {
    const found = entities(["Symbian/NNP/B-ORG is/VBZ licensed/VBN by/IN Nokia/NNP/B-ORG ,/, Lenovo/NNP/B-ORG ,/, Panasonic/NNP/B-PER ,/, Samsung/NNP/B-LOC ,/, Sendo/NNP/B-PER and/CC Siemens/NNP/B-ORG ./."]);
    expect(found.find((entity) => entity.name === "Panasonic")?.kind).toBe("Organization");
  });

  it("joins a place head, 'of' and a place the tagger split: the Gulf of Aden", () => {
    const found = entities(["Pirates/NNS sailed/VBD the/DT Gulf/NNP/B-LOC of/IN Aden/NNP/B-LOC ./."]);
    expect(found).toEqual([{ kind: "Place", name: "Gulf of Aden", aliases: [] }]);
  });

  it("reads a demonym that names one person as no mention of the country, and one that modifies a noun as the country", () => {
    const person = entities(["The/DT American/NNP/B-MISC said/VBD he/PRP would/MD return/VB ./.", "Rait/NNP/B-PER ,/, a/DT New/NNP/B-MISC Zealander/NNP/I-MISC ,/, was/VBD flown/VBN out/RP ./."]);
    expect(person.map((entity) => entity.name)).toEqual(["Rait"]);
    const country = entities(["American/JJ/B-MISC officials/NNS said/VBD the/DT Australian/JJ/B-MISC climber/NN and/CC a/DT Swiss/JJ/B-MISC guide/NN fell/VBD ./."]);
    expect(country.map((entity) => entity.name).sort()).toEqual(["Australia", "Switzerland", "United States"]);
  });

  it("makes a 'place' after a title of a job at an organisation that employer, unless a gazetteer or WordNet knows the place", () => {
    const employer = entities(["Kaha/NNP/B-PER Kiknavelidze/NNP/I-PER ,/, analyst/NN at/IN Troika/NNP/B-LOC Dialog/NNP/I-LOC ,/, said/VBD so/RB ./."]);
    expect(employer).toContainEqual({ kind: "Organization", name: "Troika Dialog", aliases: [] });
    // The table's example, through the whole pipeline (the tagger calls Troika Dialog a place).
    expect(processArticle({ id: "employer", text: EMPLOYER_TITLES.example, date: null }).entities.map((entity) => [entity.kind, entity.name])).toContainEqual(["Organization", "Troika Dialog"]);
    const theEmployer = entities(["Paul/NNP/B-PER Myers/NNP/I-PER ,/, chief/JJ executive/NN of/IN the/DT Wippit/NNP/B-LOC service/NN ,/, spoke/VBD ./."]);
    expect(theEmployer).toContainEqual({ kind: "Organization", name: "Wippit", aliases: [] });
    // A region WordNet knows, and an office of a territory, leave a place a place.
    expect(entities(["John/NNP/B-PER Smith/NNP/I-PER ,/, director/NN for/IN Yorkshire/NNP/B-LOC ,/, spoke/VBD ./."])).toContainEqual({ kind: "Place", name: "Yorkshire", aliases: [] });
    expect(entities(["Ali/NNP/B-PER Hassan/NNP/I-PER ,/, minister/NN of/IN Hormozgan/NNP/B-LOC ,/, spoke/VBD ./."])).toContainEqual({ kind: "Place", name: "Hormozgan", aliases: [] });
    // Nor does one that owns the employer, or names a kind of place after it.
    expect(entities(["Masoud/NNP/B-PER Dalman/NNP/I-PER ,/, head/NN of/IN Hormozgan/NNP/B-LOC province/NN 's/POS emergency/NN affairs/NNS ,/, spoke/VBD ./."])).toContainEqual({ kind: "Place", name: "Hormozgan", aliases: [] });
  });

  it("makes a 'person' the story introduces as a firm, a band or a side an organisation, unless a title names it a person", () => {
    const firm = entities(["Medical/JJ technology/NN firm/NN Guidant/NNP/B-PER agreed/VBD ./.", "Guidant/NNP/B-PER said/VBD profits/NNS rose/VBD ./."]);
    expect(firm).toEqual([{ kind: "Organization", name: "Guidant", aliases: [] }]);
    const titled = entities(["Chelsea/NNP/B-ORG signed/VBD defender/NN Carvalho/NNP/B-PER ./.", "Mr/NNP Carvalho/NNP/B-PER said/VBD he/PRP was/VBD happy/JJ ./.", "The/DT group/NN Carvalho/NNP/B-PER joined/VBD ./."]);
    expect(titled.find((entity) => entity.name === "Carvalho")?.kind).toBe("Person");
    // So is a "place" no gazetteer knows ("Russian oil firm Yuganskneftegas"); a known town stays a place.
    expect(entities(["The/DT oil/NN firm/NN Yuganskneftegas/NNP/B-LOC was/VBD sold/VBN ./."])).toEqual([{ kind: "Organization", name: "Yuganskneftegas", aliases: [] }]);
    expect(entities(["The/DT firm/NN Liverpool/NNP/B-LOC grew/VBD ./."])).toEqual([{ kind: "Place", name: "Liverpool", aliases: [] }]);
    // And one that qualifies a noun of businesses after it ("the Yugansk unit"), not a club or a side ("the Anfield club").
    expect(entities(["Rosneft/NNP/B-ORG bought/VBD the/DT Yugansk/NNP/B-LOC unit/NN ./."])).toContainEqual({ kind: "Organization", name: "Yugansk", aliases: [] });
    expect(entities(["Gerrard/NNP/B-PER joined/VBD the/DT Anfield/NNP/B-LOC club/NN ./."])).toContainEqual({ kind: "Place", name: "Anfield", aliases: [] });
    // A given name and a surname stay a person's: makers and winners are people too.
    const maker = entities(["Games/NNS maker/NN Peter/NNP/B-PER Molyneux/NNP/I-PER spoke/VBD ./."]);
    expect(maker).toEqual([{ kind: "Person", name: "Peter Molyneux", aliases: [] }]);
    // A plural noun introduces members of a list, who may be people.
    const winners = entities(["World/NNP/B-MISC Cup/NNP/I-MISC winners/NNS Wilkinson/NNP/B-PER and/CC Greenwood/NNP/B-PER are/VBP out/RB ./."]);
    expect(winners.map((entity) => entity.kind)).toEqual(["Person", "Person"]);
  });

  it("reads an acronym spelled out in lower-case words before its brackets as a thing, and one spelled out in a name as the organisation", () => {
    const thing = entities(["Sales/NNS of/IN digital/JJ video/NN recorders/NNS (/( DVR/NNP/B-ORG )/) rose/VBD ./.", "DVR/NNP/B-ORG makers/NNS gained/VBD ./."]);
    expect(thing).toEqual([]);
    const name = entities(["British/NNP/B-ORG Telecom/NNP/I-ORG (/( BT/NNP/B-ORG )/) said/VBD profits/NNS rose/VBD ./."]);
    expect(name).toEqual([{ kind: "Organization", name: "British Telecom", aliases: ["BT"] }]);
  });
});
