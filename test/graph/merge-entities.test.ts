import { describe, expect, it } from "vitest";
import { addArticle, createGraph, type NewsGraph } from "../../src/graph/index.js";
import { addJudgedName, mergeEntities, oneEditApart, planEntityMerges, soundOf, type NameOverCorpus } from "../../src/graph/merge-entities.js";
import type { JudgedName } from "../../src/doc.js";
import { outsideOdds } from "../../src/resolve/outside.js";
import { leftOutsideNote } from "../../src/cli/inputs.js";
import { processArticle } from "../../src/pipeline.js";
import { keysTakenOutByLabel } from "../../src/io/neo4j/writer.js";
import { buildGraph } from "../../src/build.js";
import { DEFAULT_MERGE_SETTINGS } from "../../src/graph/merge-entities.js";

const ARTICLES: Record<string, string> = {
  blair: "Prime Minister Tony Blair said on Monday that the election would be held in May. Tony Blair spoke in London.",
  surname: "Blair told reporters in Manchester that the economy was strong.",
  ukipLong: "The UK Independence Party won seats in the European Parliament. The UK Independence Party leader spoke in Brussels.",
  ukipShort: "UKIP said it would stand candidates in every seat in Wales and keep its seats in the European Parliament.",
  corp: "Microsoft Corp said its profits rose in the last quarter.",
  plain: "Microsoft released a new version of Windows in Seattle.",
  gordon: "Chancellor Gordon Brown presented the budget in London on Wednesday.",
  wes: "Defender Wes Brown signed a new contract with Manchester United.",
  brown: "Brown said the decision was final.",
  unrelated: "Heavy rain flooded roads in Cornwall and Devon on Tuesday.",
  amdLong: "Advanced Micro Devices Inc. said it would buy a graphics chip maker in Canada.",
  amdShort: "AMD will pay $4.2 billion in cash for the maker in Canada, the company said in Sunnyvale.",
  hpLong: "Hewlett-Packard Co. agreed to buy a services company in Texas. The deal makes HP a bigger rival to IBM.",
  hpShort: "HP shares rose in New York on Tuesday.",
};

function build(ids: string[]): NewsGraph {
  const graph = createGraph();
  for (const id of ids) addArticle(graph, processArticle({ id, text: ARTICLES[id], date: null }));
  mergeEntities(graph);
  return graph;
}

const nodesNamed = (graph: NewsGraph, word: string) =>
  graph.filterNodes((key, attributes) => ["Person", "Organization", "Place", "Group"].includes(attributes.kind) && new RegExp(`\\b${word}\\b`, "i").test(attributes.name));

describe("corpus-level entity resolution", () => {
  const graph = build(Object.keys(ARTICLES));

  it("joins a surname to the one full name in the corpus, keeping every article's evidence and offsets", () => {
    expect(nodesNamed(graph, "Blair")).toEqual(["Person:tony blair"]);
    const blair = graph.getNodeAttributes("Person:tony blair");
    expect(new Set(blair.evidence!.map((e) => e.article))).toEqual(new Set(["blair", "surname"]));
    const fromSurname = blair.evidence!.find((e) => e.article === "surname")!;
    expect(ARTICLES.surname.slice(fromSurname.start, fromSurname.end)).toBe("Blair");
    expect(blair.mergedFrom).toContain("Person:blair (surname)");
    expect(graph.hasEdge("MENTIONS|Article:surname|Person:tony blair|")).toBe(true);
  });

  it("joins an acronym to its expansion and drops a legal suffix", () => {
    expect(nodesNamed(graph, "UKIP|Independence")).toHaveLength(1);
    expect(nodesNamed(graph, "Microsoft")).toEqual(["Organization:microsoft"]);
    expect(graph.getNodeAttribute("Organization:microsoft", "aliases")).toContain("Microsoft Corp");
  });

  it("spells an acronym from the name without its legal suffix, hyphenated words apart", () => {
    expect(nodesNamed(graph, "AMD|Advanced")).toEqual(["Organization:advanced micro devices inc"]);
    // Two letters join a name only where an article gave them with it ("HP" beside "Hewlett-Packard Co.").
    expect(nodesNamed(graph, "HP|Hewlett-Packard")).toEqual(["Organization:hewlett packard co"]);
  });

  it("keeps a surname apart when the corpus has two full names for it", () => {
    expect(nodesNamed(graph, "Brown").sort()).toEqual(["Person:brown", "Person:gordon brown", "Person:wes brown"]);
    // An alias is never a name another node owns.
    expect(graph.getNodeAttribute("Person:gordon brown", "aliases")).not.toContain("Brown");
  });

  it("keeps keys stable when an unrelated article is added", () => {
    const without = build(Object.keys(ARTICLES).filter((id) => id !== "unrelated"));
    const entityKeys = (g: NewsGraph) => g.filterNodes((_, attributes) => attributes.kind !== "Article" && !attributes.evidence!.every((e) => e.article === "unrelated")).sort();
    expect(entityKeys(graph)).toEqual(entityKeys(without));
  });

  it("tells the Neo4j writer which stored keys were absorbed, and only those", () => {
    const absorbed = keysTakenOutByLabel(graph.export());
    expect(absorbed.get("Person")).toContain("Person:blair");
    expect(absorbed.get("Person")).not.toContain("Person:brown");
    for (const keys of absorbed.values()) for (const key of keys) expect(graph.hasNode(key)).toBe(false);
  });

  it("moves edges to the survivor and leaves a valid graph", async () => {
    const { validateGraph } = await import("../../src/graph/index.js");
    expect(validateGraph(graph)).toEqual([]);
    graph.forEachEdge((edge, attributes, source, target) => expect(edge).toBe(`${attributes.kind}|${source}|${target}|${attributes.role ?? ""}`));
  });
});

describe("names an article left outside the schema", () => {
  const colts = [
    "The Indianapolis Colts beat the Tennessee Titans on Sunday. Peyton Manning threw three touchdowns for the Indianapolis Colts in Nashville.",
    "Peyton Manning led the Indianapolis Colts past the Tennessee Titans. The Indianapolis Colts are unbeaten.",
    // The tagger reads this article's "Colts" as a product's name (MISC).
    "Manning was nearly perfect as the Colts beat the host Titans, 31-24, on Thursday night. Peyton Manning led the Colts to their eighth consecutive win against the Tennessee Titans.",
    // Another story, whose "Colts" may be anything.
    "Heavy rain flooded roads in Cornwall, and the Colts were cancelled.",
  ];
  const build = () => buildGraph(colts.map((text, index) => ({ article: { id: `c${index}`, text, date: null } })));

  it("are claimed by the one organisation of the corpus whose name they end, in the same story, with their evidence", () => {
    const report = build();
    const claimedFrom = report.outsideNames.find((use) => use.article === "c2" && use.name === "Colts");
    expect(claimedFrom).toBeDefined();
    expect(report.outsideNames.some((use) => use.article === "c3" && use.name === "Colts")).toBe(true);
    // A word in capitals has the shape of an acronym ("PC", "DVD"), not of a team's short name: not claimed.
    const capitals = { ...claimedFrom!, name: "COLTS", evidence: claimedFrom!.evidence.map((evidence) => ({ ...evidence, start: evidence.start + 1 })) };
    const { claimedNames } = mergeEntities(report.graph, DEFAULT_MERGE_SETTINGS, [...report.outsideNames, capitals]);
    expect(claimedNames).toBe(1);
    const team = report.graph.getNodeAttributes("Organization:indianapolis colts");
    const fromC2 = team.evidence!.filter((evidence) => evidence.article === "c2");
    expect(fromC2.length).toBeGreaterThan(0);
    expect(fromC2.every((evidence) => colts[2].slice(evidence.start, evidence.end) === "Colts")).toBe(true);
    expect(report.graph.hasEdge("MENTIONS|Article:c2|Organization:indianapolis colts|")).toBe(true);
    expect(report.graph.hasEdge("MENTIONS|Article:c3|Organization:indianapolis colts|")).toBe(false);
  });

  it("are claimed, when an article took them for a place it never wrote them as, by the organisation of exactly that name in the same story", () => {
    const report = build();
    // As the resolution leaves "Indianapolis Colts" out of an article whose tagger called it a place, with no "in" or "at" before it.
    const start = colts[2].indexOf("Colts");
    const use = (unplacedName: boolean) => ({ article: "c2", name: "Indianapolis Colts", evidence: [{ article: "c2", sentence: "", start, end: start + 5 }], ...(unplacedName ? { unplacedName } : {}) });
    expect(mergeEntities(report.graph, DEFAULT_MERGE_SETTINGS, [use(false)]).claimedNames).toBe(0);
    expect(mergeEntities(build().graph, DEFAULT_MERGE_SETTINGS, [use(true)]).claimedNames).toBe(1);
    // Not by an organisation of another name.
    expect(mergeEntities(build().graph, DEFAULT_MERGE_SETTINGS, [{ ...use(true), name: "Tennessee Colts" }]).claimedNames).toBe(0);
  });
});

describe("planEntityMerges", () => {
  const node = (kind: "Person" | "Organization" | "Place" | "Group", name: string, mentions = 1) => ({ key: `${kind}:${name.toLowerCase()}`, kind, name, aliases: [], mentions });
  /** A node named by these articles: the other entities they name tell stories apart. */
  const inArticles = (summary: ReturnType<typeof node>, ...articles: string[]) => ({ ...summary, articles: new Set(articles) });

  it("joins a longer name only to a full name inside it, and a surname with its particle or an initial to its full name", () => {
    const merges = planEntityMerges([
      node("Person", "Sir John Gieve", 2),
      node("Person", "Sir John Holmes", 2),
      node("Person", "Sir John", 3),
      node("Person", "Hunter S Thompson", 2),
      node("Person", "S Thompson", 1),
      node("Person", "Andrea Lo Cicero", 2),
      node("Person", "Lo Cicero", 3),
      node("Person", "David Dal Maso", 2),
      node("Person", "D Dal Maso", 1),
      node("Person", "Treasurer Peter Costello", 1),
      node("Person", "Peter Costello", 4),
    ]);
    expect(merges).toEqual(expect.arrayContaining([
      { from: "Person:treasurer peter costello", into: "Person:peter costello", rule: "longer name" },
      { from: "Person:lo cicero", into: "Person:andrea lo cicero", rule: "surname" },
      { from: "Person:d dal maso", into: "Person:david dal maso", rule: "initial" },
    ]));
    expect(merges.filter((merge) => /sir john|thompson/.test(merge.from))).toEqual([]);
  });

  it("takes no word a longer name dropped before a full name for that person's given name: 'Unison Dave Prentis'", () => {
    const merges = planEntityMerges([
      node("Person", "Unison Dave Prentis", 1),
      node("Person", "Dave Prentis", 4),
      // The union, which the tagger took for a person in some stories.
      node("Person", "Unison", 5),
    ]);
    expect(merges).toEqual([{ from: "Person:unison dave prentis", into: "Person:dave prentis", rule: "longer name" }]);
  });

  it("joins initials and kind votes, and never a one-word name two organisations share", () => {
    const merges = planEntityMerges([
      node("Person", "Ronan O'Gara", 5),
      node("Person", "R O'Gara"),
      node("Person", "Paula Radcliffe", 20),
      node("Organization", "Paula Radcliffe"),
      node("Organization", "Manchester United", 9),
      node("Organization", "Newcastle United", 4),
      node("Organization", "United", 3),
      node("Organization", "Yugansk", 2),
      node("Organization", "Yuganskneftegas", 4),
      // "Inter" (Milan) starts a word of the language, not of a name.
      node("Organization", "Inter", 2),
      node("Organization", "International Monetary Fund", 4),
      // Nor does a word of the language itself ("Motor" of "General Motor's"), nor a name of its own ("Brent" crude).
      node("Organization", "Motor", 2),
      node("Organization", "Motorola", 6),
      node("Organization", "Brent", 3),
      node("Organization", "Brentford", 5),
    ]);
    expect(merges).toContainEqual({ from: "Person:r o'gara", into: "Person:ronan o'gara", rule: "initial" });
    expect(merges).toContainEqual({ from: "Organization:paula radcliffe", into: "Person:paula radcliffe", rule: "kind vote" });
    expect(merges).toContainEqual({ from: "Organization:yugansk", into: "Organization:yuganskneftegas", rule: "short name" });
    expect(merges.some((merge) => ["Organization:united", "Organization:inter", "Organization:motor", "Organization:brent"].includes(merge.from))).toBe(false);
  });

  it("takes a word of the language for the short name of a longer one only where its stories mostly name that one too", () => {
    const inArticles = (kind: "Organization", name: string, mentions: number, articles: string[]) => ({ ...node(kind, name, mentions), articles });
    const merges = planEntityMerges([
      // "The House" of the Commons stories, which never name the White House.
      inArticles("Organization", "House", 6, ["commons-1", "commons-2", "commons-3", "commons-4", "commons-5", "commons-6"]),
      inArticles("Organization", "White House", 12, ["us-1", "us-2", "us-3", "us-4"]),
      // "Villa" beside Aston Villa in the same match reports.
      inArticles("Organization", "Villa", 5, ["match-1", "match-2"]),
      inArticles("Organization", "Aston Villa", 9, ["match-1", "match-2", "match-3"]),
      // A team's nickname names its team in the stories that never name it in full.
      inArticles("Organization", "Chiefs", 6, ["nfl-1", "nfl-2", "nfl-3"]),
      inArticles("Organization", "Kansas City Chiefs", 8, ["nfl-4", "nfl-5"]),
    ]).filter((merge) => merge.rule === "short name");
    expect(merges).toEqual([
      { from: "Organization:chiefs", into: "Organization:kansas city chiefs", rule: "short name" },
      { from: "Organization:villa", into: "Organization:aston villa", rule: "short name" },
    ]);
  });

  it("takes a name made of words of the language for the short name of a longer one only beside it, or where the longer adds only what kind of body it is and where or whose", () => {
    const inArticles = (kind: "Organization" | "Place", name: string, mentions: number, articles: string[]) => ({ ...node(kind, name, mentions), articles });
    const merges = planEntityMerges([
      // The US party of the election stories is not the Kurdish party of the Iraq stories.
      inArticles("Organization", "Democratic Party", 5, ["us-1", "us-2"]),
      inArticles("Organization", "Kurdistan Democratic Party", 9, ["iraq-1", "iraq-2"]),
      inArticles("Organization", "Football League", 3, ["league-1"]),
      inArticles("Organization", "National Football League", 6, ["nfl-1", "nfl-2"]),
      // A department, a body of the UN, an exchange of a place the corpus names.
      inArticles("Organization", "International Development", 2, ["aid-1"]),
      inArticles("Organization", "Department for International Development", 5, ["aid-2", "aid-3"]),
      inArticles("Organization", "Security Council", 5, ["un-1"]),
      inArticles("Organization", "U.N. Security Council", 4, ["un-2", "un-3"]),
      inArticles("Organization", "Stock Exchange", 3, ["shares-1"]),
      inArticles("Organization", "London Stock Exchange", 7, ["shares-2", "shares-3"]),
      inArticles("Place", "London", 40, ["shares-2", "city-1"]),
    ]).filter((merge) => merge.rule === "short name");
    expect(merges).toEqual([
      { from: "Organization:international development", into: "Organization:department for international development", rule: "short name" },
      { from: "Organization:security council", into: "Organization:u.n. security council", rule: "short name" },
      { from: "Organization:stock exchange", into: "Organization:london stock exchange", rule: "short name" },
    ]);
  });

  it("lets the kind most mentions give a name of several words win by a small margin, but a known place or a one-word name only by a wide one", () => {
    const merges = planEntityMerges([
      node("Organization", "Kansas City Chiefs", 8),
      node("Place", "Kansas City Chiefs", 6),
      node("Organization", "New Zealand", 8),
      node("Place", "New Zealand", 6),
      node("Organization", "Drake", 9),
      node("Person", "Drake", 6),
      // A person the corpus names in full makes "Drake" a surname too (see the next test for one it does not).
      node("Person", "Nick Drake", 3),
    ]);
    expect(merges.filter((merge) => merge.rule === "kind vote")).toEqual([{ from: "Place:kansas city chiefs", into: "Organization:kansas city chiefs", rule: "kind vote" }]);
  });

  it("votes a known place read as a person into the place, however few its mentions, unless someone bears the name", () => {
    // "Mumbai" tagged a person in nine mentions, a place in one.
    expect(planEntityMerges([node("Person", "Mumbai", 9), node("Place", "Mumbai", 1)]).filter((merge) => merge.rule === "kind vote")).toEqual([
      { from: "Person:mumbai", into: "Place:mumbai", rule: "kind vote" },
    ]);
    // Not where a person of the corpus bears it, nor where an article names it in full.
    expect(planEntityMerges([node("Person", "Lincoln", 9), node("Place", "Lincoln", 1), node("Person", "Abraham Lincoln", 2)]).filter((merge) => merge.from === "Person:lincoln")).not.toContainEqual(expect.objectContaining({ rule: "kind vote" }));
    const named = { ...node("Person", "Lincoln", 9), aliases: ["Abraham Lincoln"] };
    expect(planEntityMerges([named, node("Place", "Lincoln", 1)]).filter((merge) => merge.from === "Person:lincoln")).toEqual([]);
  });

  it("never votes a person some article names with an honorific into another kind", () => {
    // "Mr Brown" of one story and the firm "Brown" (of "Brown and Williamson") in three.
    const titled = { ...node("Person", "Brown", 1), aliases: ["Mr Brown"] };
    expect(planEntityMerges([titled, node("Organization", "Brown", 6)]).filter((merge) => merge.rule === "kind vote")).toEqual([]);
    // Without the honorific the firm's mentions outvote the one "person".
    expect(planEntityMerges([node("Person", "Brown", 1), node("Organization", "Brown", 6)]).filter((merge) => merge.rule === "kind vote")).toEqual([
      { from: "Person:brown", into: "Organization:brown", rule: "kind vote" },
    ]);
  });

  it("never votes a one-word place that is a word of the language, nor a name in capitals, into a person", () => {
    // "In the West" of the business pages and the rapper Kanye West, called "West" in his own story.
    const rapper = { ...node("Person", "West", 20), aliases: ["Kanye West"] };
    expect(planEntityMerges([rapper, node("Place", "West", 7)]).filter((merge) => merge.rule === "kind vote")).toEqual([]);
    // "Italy's TIM", the mobile operator, beside the "Tim" of Tim Henman's stories.
    expect(planEntityMerges([node("Person", "Tim", 20), node("Organization", "TIM", 1)]).filter((merge) => merge.rule === "kind vote")).toEqual([]);
    expect(planEntityMerges([node("Person", "Tim", 20), node("Organization", "Tim", 1)]).filter((merge) => merge.rule === "kind vote")).toEqual([
      { from: "Organization:tim", into: "Person:tim", rule: "kind vote" },
    ]);
    // A surname no one writes in lower case, tagged a place in one story, still joins the person of many.
    expect(planEntityMerges([node("Person", "Bosvelt", 20), node("Place", "Bosvelt", 4)]).filter((merge) => merge.rule === "kind vote")).toEqual([
      { from: "Place:bosvelt", into: "Person:bosvelt", rule: "kind vote" },
    ]);
  });

  it("gives a name the kind some article's own words settled, whatever the mentions elsewhere vote, and never votes that kind away", () => {
    const settled = { ...node("Organization", "Yuganskneftegas", 8), settledKind: "Organization" as const };
    const place = { ...node("Place", "Yuganskneftegas", 19), settledKind: "Organization" as const };
    expect(planEntityMerges([settled, place]).filter((merge) => merge.rule === "kind vote")).toEqual([{ from: "Place:yuganskneftegas", into: "Organization:yuganskneftegas", rule: "kind vote" }]);
    // Without such words the mentions vote: a one-word name no gazetteer knows goes to the kind most of them give, by the
    // small margin ("Millom", the town, in 14 mentions and an organisation in 9) ...
    expect(planEntityMerges([node("Organization", "Millom", 9), node("Place", "Millom", 14)]).filter((merge) => merge.rule === "kind vote")).toEqual([
      { from: "Organization:millom", into: "Place:millom", rule: "kind vote" },
    ]);
    // ... but a town the gazetteer knows keeps its place and its club apart unless one outvotes the other by the wide one.
    expect(planEntityMerges([node("Organization", "Leeds", 9), node("Place", "Leeds", 14)]).filter((merge) => merge.rule === "kind vote")).toEqual([]);
  });

  it("pools the kind articles' own words settle on, and none where they disagree", () => {
    const judged = new Map<string, NameOverCorpus>();
    const said = (settledKind?: "Organization" | "Person"): JudgedName => ({ form: "kenzie", mentions: 1, name: -2, context: -1, tagged: true, outside: false, settled: settledKind !== undefined, ...(settledKind ? { settledKind } : {}), introducedAsWork: false });
    addJudgedName(judged, said("Organization"));
    addJudgedName(judged, said());
    expect(judged.get("kenzie")?.settledKind).toBe("Organization");
    addJudgedName(judged, said("Person"));
    expect(judged.get("kenzie")?.settledKind).toBeNull();
  });

  it("joins a surname several full names share to the one its articles' other entities point to, or the one far more mentioned in the same story", () => {
    const saints = ["s1", "s2", "s3"];
    const merges = planEntityMerges([
      // "Thomas" of the Saints articles is the Saints' Pierre Thomas, not the David Thomas of another story.
      inArticles(node("Person", "Thomas", 3), "s3"),
      inArticles(node("Person", "Pierre Thomas", 4), "s1", "s2"),
      inArticles(node("Person", "David Thomas", 9), "p1", "p2"),
      inArticles(node("Organization", "New Orleans Saints", 5), ...saints),
      inArticles(node("Person", "Reggie Bush", 3), ...saints),
      // In the Deep Throat story both Felts share the context; Mark is mentioned far more.
      inArticles(node("Person", "Felt", 2), "f3"),
      inArticles(node("Person", "Mark Felt", 20), "f1", "f2"),
      inArticles(node("Person", "Joan Felt", 2), "f2"),
      inArticles(node("Organization", "FBI", 5), "f1", "f2", "f3"),
      inArticles(node("Person", "Bob Woodward", 5), "f1", "f2", "f3"),
      // Two Jenkins of one story, mentioned alike: nothing tells them apart.
      inArticles(node("Person", "Jenkin", 2), "j3"),
      inArticles(node("Person", "John Jenkin", 5), "j1", "j2"),
      inArticles(node("Person", "Kathryn Jenkin", 4), "j1", "j2"),
      inArticles(node("Place", "Millom", 5), "j1", "j2", "j3"),
      inArticles(node("Place", "Cumbria", 5), "j1", "j2", "j3"),
      // The gunman's articles name him "Anthony LaCalamita III"; his mother's share only those. The story
      // of the group Anthony LaCalamita is that of every node of it that bears the name.
      inArticles(node("Organization", "LaCalamita", 20), "l4", "l5"),
      inArticles(node("Person", "Anthony LaCalamita", 30), "l1", "l2", "l3"),
      inArticles(node("Person", "Anthony LaCalamita III", 15), "l4", "l5"),
      inArticles(node("Person", "Michele LaCalamita", 4), "l4", "l5"),
      inArticles(node("Place", "Troy", 5), "l1", "l2", "l3", "l4", "l5"),
      inArticles(node("Place", "Detroit", 5), "l1", "l2", "l3", "l4", "l5"),
      inArticles(node("Place", "Bloomfield Hills", 3), "l4", "l5"),
      inArticles(node("Organization", "Gordon Advisors", 3), "l4", "l5"),
    ]);
    expect(merges).toContainEqual({ from: "Person:thomas", into: "Person:pierre thomas", rule: "surname" });
    expect(merges).toContainEqual({ from: "Person:felt", into: "Person:mark felt", rule: "surname" });
    expect(merges).toContainEqual({ from: "Organization:lacalamita", into: "Person:anthony lacalamita", rule: "surname" });
    expect(merges.some((merge) => merge.from === "Person:jenkin")).toBe(false);
  });

  it("drops a leading country, written in one part or several, where the short name's articles name that country most", () => {
    const merges = planEntityMerges([
      inArticles(node("Organization", "U. S. Fish and Wildlife Service", 1), "w1"),
      inArticles(node("Organization", "Fish and Wildlife Service", 3), "w2", "w3"),
      inArticles(node("Place", "United States", 9), "w1", "w2", "w3", "w4", "c1", "c2"),
      inArticles(node("Organization", "US Federal Reserve", 2), "w4"),
      inArticles(node("Organization", "Federal Reserve", 9), "w3", "w4"),
      // The Court of Appeal of British news is not the US one, nor the Rugby Football Union the Japanese one.
      inArticles(node("Organization", "US Court of Appeal", 1), "c1"),
      inArticles(node("Organization", "Court of Appeal", 12), "c2", "c3", "c4"),
      inArticles(node("Place", "United Kingdom", 9), "c2", "c3", "c4", "r2"),
      inArticles(node("Organization", "Japanese Rugby Football Union", 6), "r1"),
      inArticles(node("Organization", "Rugby Football Union", 10), "r2"),
      inArticles(node("Place", "Japan", 9), "r1"),
    ]);
    expect(merges).toEqual([
      { from: "Organization:u. s. fish and wildlife service", into: "Organization:fish and wildlife service", rule: "qualifier" },
      { from: "Organization:us federal reserve", into: "Organization:federal reserve", rule: "qualifier" },
    ]);
  });

  it("joins a nickname and surname to the one person of the story written with that nickname, not someone of another story", () => {
    const ortiz = { ...inArticles(node("Person", "Luis Gerardo Ortiz", 5), "o1", "o2"), aliases: ['Luis Gerardo "Jerry" Ortiz', "Luis Gerardo (Jerry) Ortiz"] };
    const gigante = { ...inArticles(node("Person", "Vincent Gigante", 8), "g1"), aliases: ['Vincent "Chin" Gigante'] };
    const merges = planEntityMerges([
      ortiz,
      inArticles(node("Person", "Jerry Ortiz", 20), "o3", "o4"),
      inArticles(node("Place", "Los Angeles", 5), "o1", "o2", "o3", "o4"),
      inArticles(node("Organization", "Sheriff's Department", 5), "o1", "o2", "o3", "o4"),
      gigante,
      inArticles(node("Person", "Chin Gigante", 1), "elsewhere"),
    ]);
    expect(merges).toEqual([{ from: "Person:jerry ortiz", into: "Person:luis gerardo ortiz", rule: "nickname" }]);
  });

  it("reads a place's abbreviated first word in full: 'Mt Cook' is Mount Cook, 'St Helens' Saint Helens; 'Mt' alone is no place", () => {
    const merges = planEntityMerges([
      inArticles(node("Place", "Mt Cook", 1), "m2"),
      inArticles(node("Place", "Mount Cook", 6), "m1"),
      inArticles(node("Place", "St Helens", 2), "m3"),
      inArticles(node("Place", "Saint Helens", 1), "m4"),
      inArticles(node("Place", "Mt", 1), "m5"),
      inArticles(node("Organization", "St Johns", 1), "m5"),
      inArticles(node("Organization", "Saint Johns", 1), "m6"),
    ]);
    expect(merges).toEqual([
      { from: "Place:mt cook", into: "Place:mount cook", rule: "abbreviation" },
      { from: "Place:st helens", into: "Place:saint helens", rule: "abbreviation" },
    ]);
  });

  it("joins two spellings of a name one edit apart in the same story, not short words nor other stories", () => {
    const people = [
      inArticles(node("Person", "Duncan Raitson", 6), "c1", "c2"),
      inArticles(node("Person", "Duncan Raitsen", 3), "c3"),
      inArticles(node("Person", "Ann Rait", 5), "c1", "c2"),
      inArticles(node("Person", "Ann Raite", 2), "c3"),
      inArticles(node("Person", "Jerymayne Timmons", 1), "c3"),
      inArticles(node("Person", "Jermayne Timmons", 9), "c1"),
      inArticles(node("Place", "Mount Cook", 5), "c1", "c2", "c3"),
      inArticles(node("Place", "New Zealand", 5), "c1", "c2", "c3"),
      // "Rob" and "Rod" are too short to tell a typo from another name; "Joan Smith" of another story is someone else.
      inArticles(node("Person", "Rob Jones", 2), "c1"),
      inArticles(node("Person", "Rod Jones", 1), "c2"),
      inArticles(node("Person", "Duncan Raitsan", 1), "elsewhere"),
      inArticles(node("Person", "A & B Smith", 1), "c1"),
      // Organisations and places too, within their kind: a singular for a team's plural, a British and an American spelling, a typo.
      inArticles(node("Organization", "Indianapolis Colt", 2), "c3"),
      inArticles(node("Organization", "Indianapolis Colts", 40), "c1", "c2"),
      inArticles(node("Organization", "World Health Organisation", 2), "c3"),
      inArticles(node("Organization", "World Health Organization", 5), "c1"),
      inArticles(node("Place", "Lansdowne Road", 9), "c1", "c2"),
      inArticles(node("Place", "Landsdowne Road", 1), "c3"),
      // A person's name with an "s" too many ("Princes William and Harry") is the possessive or the plural, however often.
      inArticles(node("Person", "Princes William", 7), "c1"),
      inArticles(node("Person", "Prince William", 3), "c2"),
    ];
    const merges = planEntityMerges(people);
    expect(merges).toContainEqual({ from: "Person:duncan raitsen", into: "Person:duncan raitson", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Person:jerymayne timmons", into: "Person:jermayne timmons", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Person:ann raite", into: "Person:ann rait", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Organization:indianapolis colt", into: "Organization:indianapolis colts", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Organization:world health organisation", into: "Organization:world health organization", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Place:landsdowne road", into: "Place:lansdowne road", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Person:princes william", into: "Person:prince william", rule: "spelling" });
    // The surname of the spelling joined counts for the name it joined.
    expect(planEntityMerges([...people, inArticles(node("Person", "Raite", 1), "c3")])).toContainEqual({ from: "Person:raite", into: "Person:ann rait", rule: "surname" });
    expect(merges.some((merge) => merge.from.includes("jones") || merge.from === "Person:duncan raitsan")).toBe(false);
  });

  it("joins a long name spelt otherwise in one word where the stories share one name, a short one only where they share more", () => {
    const merges = planEntityMerges([
      inArticles(node("Organization", "Central Election Commission of Turkmenistan", 1), "t1"),
      inArticles(node("Organization", "Central Elections Commission of Turkmenistan", 1), "t2"),
      inArticles(node("Place", "Turkmenistan", 9), "t1", "t2"),
      inArticles(node("Person", "Duncan Raitson", 2), "t1"),
      inArticles(node("Person", "Duncan Raitsen", 1), "t2"),
    ]);
    expect(merges).toContainEqual({ from: "Organization:central election commission of turkmenistan", into: "Organization:central elections commission of turkmenistan", rule: "spelling" });
    expect(merges.some((merge) => merge.from.includes("raits"))).toBe(false);
  });

  it("joins a body's names with their words in another order or other small words between them, not a plural for a singular", () => {
    const merges = planEntityMerges([
      inArticles(node("Organization", "Ministry of Defence", 9), "a1", "a2"),
      inArticles(node("Organization", "Defence Ministry", 3), "a3"),
      inArticles(node("Organization", "Office for National Statistics", 35), "b1"),
      inArticles(node("Organization", "Office of National Statistics", 7), "b2"),
      inArticles(node("Organization", "Food & Agriculture Organisation", 5), "c1"),
      inArticles(node("Organization", "Food and Agriculture Organisation", 4), "c2"),
      inArticles(node("Organization", "Court of Appeal", 12), "d1"),
      inArticles(node("Organization", "Court of Appeals", 5), "d2"),
    ]);
    expect(merges.filter((merge) => merge.rule === "word order").sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      { from: "Organization:defence ministry", into: "Organization:ministry of defence", rule: "word order" },
      { from: "Organization:food and agriculture organisation", into: "Organization:food & agriculture organisation", rule: "word order" },
      { from: "Organization:office of national statistics", into: "Organization:office for national statistics", rule: "word order" },
    ]);
    expect(merges.some((merge) => merge.from.includes("court"))).toBe(false);
  });

  it("joins two spellings of a name that sound alike in the same story, however short, not names that sound different", () => {
    const story = [inArticles(node("Place", "Anchorage", 5), "c1", "c2", "c3"), inArticles(node("Organization", "Alaska Railroad", 5), "c1", "c2", "c3")];
    const merges = planEntityMerges([
      ...story,
      inArticles(node("Person", "Jon Owen", 6), "c1", "c2"),
      inArticles(node("Person", "John Owen", 2), "c3"),
      inArticles(node("Person", "Bettie Page", 6), "c1", "c2"),
      inArticles(node("Person", "Betty Page", 1), "c3"),
      inArticles(node("Person", "Christopher Lee", 6), "c1", "c2"),
      inArticles(node("Person", "Kristopher Lee", 1), "c3"),
      // "Jan" is one edit from "Jon" but too short to tell a typo from another name, and sounds otherwise.
      inArticles(node("Person", "Jan Owen", 1), "c3"),
    ]);
    expect(merges).toContainEqual({ from: "Person:john owen", into: "Person:jon owen", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Person:betty page", into: "Person:bettie page", rule: "spelling" });
    expect(merges).toContainEqual({ from: "Person:kristopher lee", into: "Person:christopher lee", rule: "spelling" });
    expect(merges.some((merge) => merge.from.includes("jan"))).toBe(false);
    expect(["Jon", "Bettie", "Sarah", "Thomas", "Christopher"].map(soundOf)).toEqual(["jon", "bety", "sara", "tomas", "kristofer"]);
  });

  it("takes no organisation named like a person for the long form of a short name, but a team named after one", () => {
    const merges = planEntityMerges([
      node("Organization", "Shaun Wright-Phillips", 3),
      node("Organization", "Phillips", 2),
      node("Organization", "Mac Mini", 4),
      node("Organization", "Mini", 2),
      node("Organization", "Drake Bulldogs", 3),
      node("Organization", "Bulldogs", 2),
    ]);
    expect(merges.some((merge) => merge.from === "Organization:phillips" || merge.from === "Organization:mini")).toBe(false);
    expect(merges).toContainEqual({ from: "Organization:bulldogs", into: "Organization:drake bulldogs", rule: "short name" });
  });

  it("joins a plural name read as a group to the one team it ends whose story it shares, not a party of another story", () => {
    const merges = planEntityMerges([
      inArticles(node("Group", "Saints", 6), "n3", "n4"),
      inArticles(node("Organization", "New Orleans Saints", 5), "n1", "n2", "n3"),
      inArticles(node("Person", "Drew Brees", 4), "n1", "n2", "n3", "n4"),
      inArticles(node("Place", "New Orleans", 4), "n1", "n4"),
      inArticles(node("Group", "Democrats", 5), "u1"),
      inArticles(node("Organization", "Liberal Democrats", 5), "b1", "b2"),
      inArticles(node("Person", "Charles Kennedy", 4), "b1", "b2"),
      inArticles(node("Place", "Scotland", 4), "b1", "b2"),
    ]);
    expect(merges).toContainEqual({ from: "Group:saints", into: "Organization:new orleans saints", rule: "short name" });
    expect(merges.some((merge) => merge.from === "Group:democrats")).toBe(false);
  });

  it("joins a region's name to its name with the word for its kind, in the same story, and not a city's", () => {
    const merges = planEntityMerges([
      inArticles(node("Place", "Hormozgan", 2), "q1"),
      inArticles(node("Place", "Hormozgan Province", 1), "q2"),
      inArticles(node("Place", "Qeshm", 6), "q1", "q2"),
      inArticles(node("Place", "Iran", 9), "q1", "q2"),
      // Another story's island, and a city named with its kind.
      inArticles(node("Place", "Paradise", 2), "p1"),
      inArticles(node("Place", "Paradise Island", 1), "p2"),
      inArticles(node("Place", "Mexico", 5), "m1"),
      inArticles(node("Place", "Mexico City", 3), "m1"),
    ]);
    expect(merges).toContainEqual({ from: "Place:hormozgan", into: "Place:hormozgan province", rule: "short name" });
    expect(merges.some((merge) => merge.from === "Place:paradise" || merge.from === "Place:mexico")).toBe(false);
  });

  it("joins a facility's name without its head to the name with it, across place and organisation, in the same story, not a known town", () => {
    const merges = planEntityMerges([
      inArticles(node("Organization", "Betty Ford", 3), "l1"),
      inArticles(node("Place", "Betty Ford Center", 6), "l2", "l3"),
      inArticles(node("Person", "Lindsay Lohan", 9), "l1", "l2", "l3"),
      inArticles(node("Place", "Malibu", 2), "l1", "l2"),
      // A town the gazetteer knows is no short name of its arena.
      inArticles(node("Place", "Manchester", 4), "c1"),
      inArticles(node("Organization", "Manchester Arena", 2), "c1", "c2"),
      inArticles(node("Person", "Robbie Williams", 3), "c1", "c2"),
      inArticles(node("Place", "England", 3), "c1", "c2"),
    ]);
    expect(merges).toContainEqual({ from: "Organization:betty ford", into: "Place:betty ford center", rule: "short name" });
    expect(merges.some((merge) => merge.from === "Place:manchester")).toBe(false);
  });

  it("joins a facility's names with and without the words for its kind, in the same story", () => {
    const merges = planEntityMerges([
      inArticles(node("Place", "Cliffside", 5), "r1", "r2"),
      inArticles(node("Place", "Cliffside Rehab Center", 1), "r3"),
      inArticles(node("Organization", "Betty Ford Center", 9), "r1", "r2"),
      inArticles(node("Organization", "Betty Ford Treatment Center", 2), "r3"),
      inArticles(node("Person", "Lindsay Lohan", 9), "r1", "r2", "r3"),
      inArticles(node("Place", "Malibu", 4), "r1", "r2", "r3"),
      // Another story's research centre keeps its name.
      inArticles(node("Organization", "Johnson Research Center", 2), "s1"),
      inArticles(node("Organization", "Johnson Center", 2), "s2"),
    ]);
    expect(merges).toContainEqual({ from: "Place:cliffside", into: "Place:cliffside rehab center", rule: "short name" });
    expect(merges).toContainEqual({ from: "Organization:betty ford treatment center", into: "Organization:betty ford center", rule: "facility name" });
    expect(merges.some((merge) => merge.from.includes("johnson"))).toBe(false);
  });

  it("joins a town to its name with the known place after a comma, in the same story only", () => {
    const merges = planEntityMerges([
      inArticles(node("Place", "Schenectady", 2), "s1"),
      inArticles(node("Place", "Schenectady, N. Y.", 1), "s2"),
      inArticles(node("Person", "Luann Johnson", 3), "s1", "s2"),
      inArticles(node("Organization", "Schenectady Police", 3), "s1", "s2"),
      inArticles(node("Place", "Paris", 9), "p1"),
      inArticles(node("Place", "Paris, Texas", 1), "p2"),
    ]);
    expect(merges).toContainEqual({ from: "Place:schenectady", into: "Place:schenectady, n. y.", rule: "short name" });
    expect(merges.some((merge) => merge.from === "Place:paris")).toBe(false);
  });

  it("counts for a team's full name the articles that wrote it as a place, before weighing its short name against it", () => {
    // "Angels" alone in five articles; "Los Angeles Angels" as the team in two and as a place in two more.
    const merges = planEntityMerges([
      inArticles(node("Organization", "Angels", 9), "a1", "a2", "a3", "a4", "a5"),
      inArticles(node("Organization", "Los Angeles Angels", 3), "a1", "a6"),
      inArticles(node("Place", "Los Angeles Angels", 2), "a7", "a8"),
      inArticles(node("Person", "Mark Teixeira", 9), "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"),
    ]);
    expect(merges).toContainEqual({ from: "Organization:angels", into: "Organization:los angeles angels", rule: "short name" });
  });

  it("counts for a team's full name the articles that name it by its nickname alone, before a school's name is weighed against it", () => {
    // "Creighton" in five articles, "Creighton Bluejays" in two, "Bluejays" alone in three more: one team of eight articles.
    const merges = planEntityMerges([
      inArticles(node("Organization", "Creighton", 20), "c1", "c2", "c3", "c4", "c5"),
      inArticles(node("Organization", "Creighton Bluejays", 4), "c1", "c2"),
      inArticles(node("Group", "Bluejays", 6), "c3", "c4", "c5"),
      inArticles(node("Person", "Doug McDermott", 9), "c1", "c2", "c3", "c4", "c5"),
      inArticles(node("Organization", "Drake", 6), "c1", "c2", "c3", "c4", "c5"),
    ]);
    expect(merges).toContainEqual({ from: "Group:bluejays", into: "Organization:creighton bluejays", rule: "short name" });
    expect(merges).toContainEqual({ from: "Organization:creighton", into: "Organization:creighton bluejays", rule: "short name" });
  });

  it("joins an acronym no article wrote beside its expansion only where their stories meet", () => {
    const merges = planEntityMerges([
      // The boxing pages' WBC and the Wasilla Bible Church of another story share no other name.
      inArticles(node("Organization", "WBC", 2), "boxing"),
      inArticles(node("Person", "Hasim Rahman", 3), "boxing"),
      inArticles(node("Organization", "Wasilla Bible Church", 4), "church", "church2"),
      inArticles(node("Place", "Alaska", 2), "church", "church2"),
      // The RAF and the Royal Air Force of two stories of the same relief effort do.
      inArticles(node("Organization", "RAF", 1), "relief"),
      inArticles(node("Organization", "Royal Air Force", 2), "relief2"),
      inArticles(node("Place", "Aceh", 3), "relief", "relief2"),
    ]);
    expect(merges).toEqual([{ from: "Organization:raf", into: "Organization:royal air force", rule: "acronym" }]);
    // The number of names they must share is a setting.
    const strict = planEntityMerges([inArticles(node("Organization", "RAF", 1), "relief"), inArticles(node("Organization", "Royal Air Force", 2), "relief2"), inArticles(node("Place", "Aceh", 3), "relief", "relief2")], { ...DEFAULT_MERGE_SETTINGS, minSharedForInitials: 2 });
    expect(strict).toEqual([]);
  });

  it("keeps a name that far more articles use on their own apart from the rarer longer name, unless written with it", () => {
    const many = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);
    const merges = planEntityMerges([
      inArticles(node("Organization", "European Union", 80), ...many("eu", 40)),
      inArticles(node("Organization", "Non-European Union", 4), "eu-non"),
      inArticles(node("Organization", "Liverpool", 40), ...many("lfc", 20)),
      inArticles(node("Organization", "BBC Liverpool", 3), "lfc-bbc"),
      inArticles(node("Organization", "NBC", 16), ...many("nbc", 10)),
      inArticles(node("Organization", "Norwegian Broadcasting Corporation", 1), "nbc-norway"),
      // "British Telecom (BT)": the longer name was written with the acronym.
      inArticles(node("Organization", "BT", 98), ...many("bt", 27)),
      { ...inArticles(node("Organization", "British Telecom", 7), "bt-long", "bt-long2"), aliases: ["BT"] },
      // Used alone in as many articles as the longer name: a short form.
      inArticles(node("Organization", "Colts", 10), "c1", "c2", "c3"),
      inArticles(node("Organization", "Indianapolis Colts", 20), "c4", "c5"),
    ]);
    const from = new Set(merges.map((merge) => merge.from));
    for (const key of ["Organization:european union", "Organization:liverpool", "Organization:nbc"]) expect(from.has(key)).toBe(false);
    expect(merges).toContainEqual({ from: "Organization:bt", into: "Organization:british telecom", rule: "acronym" });
    expect(merges).toContainEqual({ from: "Organization:colts", into: "Organization:indianapolis colts", rule: "short name" });
    // A given name, unlike a surname, is seldom a person's name alone in news: far more articles than the full name's, someone else.
    const people = planEntityMerges([
      inArticles(node("Person", "Shaun", 5), ...many("shaun", 5)),
      inArticles(node("Person", "Shaun Ley", 1), "shaun-ley"),
      inArticles(node("Person", "Ray", 8), ...many("ray", 7)),
      inArticles(node("Person", "Ray Charles", 59), ...many("charles", 17)),
      inArticles(node("Person", "Bush", 30), ...many("bush", 19)),
      inArticles(node("Person", "George Bush", 77), ...many("george", 5)),
    ]);
    expect(people.map((merge) => merge.from).sort()).toEqual(["Person:bush", "Person:ray"]);
    // The ratio is a setting: at 100 the European Union would be the rare name's short form again.
    const loose = planEntityMerges([inArticles(node("Organization", "European Union", 80), ...many("eu", 40)), inArticles(node("Organization", "Non-European Union", 4), "eu-non")], { ...DEFAULT_MERGE_SETTINGS, ownNameArticleRatio: 100 });
    expect(loose.map((merge) => merge.from)).toContain("Organization:european union");
  });

  it("joins a one-word person whom no article names in full and an organisation of that name by a plain majority", () => {
    const merges = planEntityMerges([
      inArticles(node("Person", "Lionsgate", 25), "a1", "a2", "a3"),
      inArticles(node("Organization", "Lionsgate", 17), "a4", "a5"),
      // Henry Ford is named in full: "Ford" the person and Ford the company stay two below the usual ratio.
      inArticles(node("Person", "Ford", 25), "f1", "f2"),
      inArticles(node("Organization", "Ford", 17), "f3"),
      inArticles(node("Person", "Henry Ford", 4), "f4"),
    ]);
    expect(merges).toContainEqual({ from: "Organization:lionsgate", into: "Person:lionsgate", rule: "kind vote" });
    expect(merges.some((merge) => merge.from === "Organization:ford" || merge.into === "Organization:ford")).toBe(false);
  });

  it("joins a city or a school read as an organisation to its team of the same story, and a name only to its generic form, not to a part", () => {
    const merges = planEntityMerges([
      inArticles(node("Organization", "Indianapolis", 4), "i3"),
      inArticles(node("Organization", "Indianapolis Colts", 9), "i1", "i2"),
      inArticles(node("Person", "Peyton Manning", 6), "i1", "i2", "i3"),
      inArticles(node("Person", "Tony Dungy", 3), "i1", "i3"),
      // A name no gazetteer knows, before the team's plural nickname.
      inArticles(node("Organization", "Boca", 2), "b2"),
      inArticles(node("Organization", "Boca Juniors", 3), "b1"),
      inArticles(node("Person", "Carlos Tevez", 4), "b1", "b2"),
      inArticles(node("Place", "Buenos Aires", 2), "b1", "b2"),
      // A city read as an organisation beside an exchange named after it: no team.
      inArticles(node("Organization", "London", 4), "l3"),
      inArticles(node("Organization", "London Stock Exchange", 9), "l1", "l2"),
      inArticles(node("Organization", "Microsoft", 40), "l1", "l3"),
      inArticles(node("Organization", "Microsoft Office", 3), "l1", "l2"),
      inArticles(node("Person", "Bill Gates", 6), "l1", "l2", "l3"),
      inArticles(node("Place", "Seattle", 6), "l1", "l2", "l3"),
      inArticles(node("Organization", "Lenovo", 5), "l2"),
      inArticles(node("Organization", "Lenovo Group", 3), "l1"),
      inArticles(node("Organization", "Staunton Police", 1), "s2"),
      inArticles(node("Organization", "Staunton Police Department", 2), "s1"),
    ]);
    expect(merges).toContainEqual({ from: "Organization:indianapolis", into: "Organization:indianapolis colts", rule: "short name" });
    expect(merges).toContainEqual({ from: "Organization:boca", into: "Organization:boca juniors", rule: "short name" });
    expect(merges).toContainEqual({ from: "Organization:lenovo", into: "Organization:lenovo group", rule: "short name" });
    expect(merges).toContainEqual({ from: "Organization:staunton police", into: "Organization:staunton police department", rule: "short name" });
    expect(merges.some((merge) => merge.from === "Organization:london" || merge.from === "Organization:microsoft")).toBe(false);
  });

  it("joins a surname read as a place or an organisation to the one person of the story, not a known place nor a common word", () => {
    const merges = planEntityMerges([
      inArticles(node("Place", "Heller", 2), "h2"),
      inArticles(node("Person", "Mark Heller", 6), "h1", "h2"),
      inArticles(node("Person", "Lindsay Lohan", 9), "h1", "h2"),
      inArticles(node("Place", "Los Angeles", 5), "h1", "h2"),
      inArticles(node("Place", "Washington", 2), "h2"),
      inArticles(node("Person", "Denzel Washington", 6), "h1", "h2"),
      inArticles(node("Organization", "Dance", 1), "h2"),
      inArticles(node("Person", "Charles Dance", 6), "h1", "h2"),
    ]);
    expect(merges).toContainEqual({ from: "Place:heller", into: "Person:mark heller", rule: "surname" });
    expect(merges.some((merge) => merge.from === "Place:washington" || merge.from === "Organization:dance")).toBe(false);
    // An organisation that several articles name without the person is no surname: Ford, and Bill Ford.
    const ford = planEntityMerges([
      inArticles(node("Organization", "Ford", 8), "f1", "f2", "f3", "f4", "f5"),
      inArticles(node("Person", "Bill Ford", 9), "f1", "f2"),
      inArticles(node("Place", "Detroit", 5), "f1", "f2"),
      inArticles(node("Organization", "General Motors", 5), "f1", "f2"),
    ]);
    expect(ford.some((merge) => merge.from === "Organization:ford")).toBe(false);
  });

  it("joins a short given name to the formal one of the same surname in the same story only", () => {
    const merges = planEntityMerges([
      inArticles(node("Person", "Fred LaRue", 3), "w1"),
      inArticles(node("Person", "Frederick LaRue", 2), "w2"),
      inArticles(node("Organization", "Watergate Committee", 4), "w1", "w2"),
      inArticles(node("Place", "Washington", 4), "w1", "w2"),
      // Bill Smith of another story, and a Fred who is no Frederick's short form, stay apart.
      inArticles(node("Person", "Bill Smith", 1), "elsewhere"),
      inArticles(node("Person", "William Smith", 1), "w1"),
      inArticles(node("Person", "Fred Jones", 1), "w1"),
      inArticles(node("Person", "Alfred Jones", 1), "w2"),
      inArticles(node("Person", "Vince Cable", 5), "w1"),
      inArticles(node("Person", "Vincent Cable", 4), "w2"),
    ]);
    expect(merges).toContainEqual({ from: "Person:fred larue", into: "Person:frederick larue", rule: "short given name" });
    expect(merges).toContainEqual({ from: "Person:vince cable", into: "Person:vincent cable", rule: "short given name" });
    expect(merges.some((merge) => merge.from.includes("smith") || merge.from.includes("jones"))).toBe(false);
  });

  it("tells words one edit apart", () => {
    expect([["rait", "raite"], ["timmons", "timmnos"], ["jermayne", "jerymayne"], ["smith", "smyth"]].every(([a, b]) => oneEditApart(a, b))).toBe(true);
    expect([["rait", "rait"], ["rait", "raitte"], ["smith", "jones"], ["abcd", "badc"]].some(([a, b]) => oneEditApart(a, b))).toBe(false);
  });
});

describe("offices of state across the corpus", () => {
  const stories = [
    "The United Kingdom will vote in May. Prime Minister Tony Blair said the United Kingdom was ready.",
    "The United Kingdom economy grew. Prime Minister Tony Blair praised the United Kingdom's workers.",
    "Iraq held talks on Monday. Prime Minister Tony Blair said Iraq would vote.",
  ];
  const officesOfBlair = (count: number) => {
    const graph = createGraph();
    stories.slice(0, count).forEach((text, index) => addArticle(graph, processArticle({ id: `office-${index}`, text, date: null })));
    const { droppedOffices } = mergeEntities(graph);
    const countries = graph.outEdges("Person:tony blair").filter((edge) => graph.getEdgeAttribute(edge, "kind") === "AFFILIATED_WITH").map((edge) => graph.target(edge));
    return { countries: countries.sort(), droppedOffices };
  };

  it("keeps the country most articles give a person's office, and drops one half as many or fewer give", () => {
    expect(officesOfBlair(3)).toEqual({ countries: ["Place:united kingdom"], droppedOffices: 1 });
    // One article each: neither outweighs the other.
    expect(officesOfBlair(1)).toEqual({ countries: ["Place:united kingdom"], droppedOffices: 0 });
  });
});

describe("names the corpus judges outside the schema", () => {
  const film = "The Aviator, starring Leonardo DiCaprio, won five awards. The Aviator was directed by Martin Scorsese.";
  const review = "The Aviator opened in cinemas across London on Friday.";
  /** What other articles made of the name: the film, with contexts that say so. */
  const filmElsewhere = (settled = false): JudgedName => ({ form: "aviator", mentions: 6, name: 12, context: 9, tagged: false, outside: true, settled, introducedAsWork: false });

  function corpus(texts: string[], elsewhere: JudgedName[]) {
    const graph = createGraph();
    const judged = new Map<string, NameOverCorpus>();
    texts.forEach((text, index) => {
      const doc = processArticle({ id: `film-${index}`, text, date: null });
      addArticle(graph, doc);
      for (const name of doc.judgedNames ?? []) addJudgedName(judged, name);
    });
    for (const name of elsewhere) addJudgedName(judged, name);
    const { leftOutside } = mergeEntities(graph, DEFAULT_MERGE_SETTINGS, [], judged);
    return { graph, leftOutside, judged };
  }

  it("records each name an article weighed, with its evidence and what the article made of it", () => {
    const doc = processArticle({ id: "film", text: film, date: null });
    const aviator = doc.judgedNames?.find((name) => name.form === "aviator");
    expect(aviator).toMatchObject({ mentions: 2, tagged: true, outside: false, settled: false });
    // An entity here: its own evidence is against lying outside the schema.
    expect(outsideOdds(aviator!)).toBeLessThan(0);
  });

  it("takes out the entity node of a name that the evidence of all its articles puts outside the schema", () => {
    const { graph, leftOutside, judged } = corpus([film], [filmElsewhere()]);
    expect(outsideOdds(judged.get("aviator")!.evidence)).toBeGreaterThan(0);
    expect(leftOutside).toEqual(["Aviator"]);
    expect(graph.hasNode("Organization:aviator")).toBe(false);
    expect(graph.hasNode("Person:leonardo dicaprio")).toBe(true);
    // A store written before this corpus judged the name drops the node too.
    expect(graph.getAttribute("leftOutside")).toEqual(["Organization:aviator"]);
    expect(keysTakenOutByLabel(graph.export()).get("Organization")).toContain("Organization:aviator");
  });

  it("takes out a name some article's own words made a work, whatever the pooled evidence says", () => {
    const introduced = "Critics praised the boxing drama Aviator on Friday.";
    const doc = processArticle({ id: "drama", text: introduced, date: null });
    expect(doc.judgedNames?.find((name) => name.form === "aviator")).toMatchObject({ outside: true, introducedAsWork: true });
    const { graph, leftOutside, judged } = corpus([film, introduced], []);
    // The evidence of both articles' words alone would keep it.
    expect(outsideOdds(judged.get("aviator")!.evidence)).toBeLessThan(0);
    expect(leftOutside).toEqual(["Aviator"]);
    expect(graph.hasNode("Organization:aviator")).toBe(false);
  });

  it("tells the user which names went, ten unless --verbose", () => {
    const names = Array.from({ length: 12 }, (_, index) => `Film ${index + 1}`);
    expect(leftOutsideNote([], false)).toBeUndefined();
    expect(leftOutsideNote(["Aviator"], false)).toBe("note: 1 name(s) the articles together show to be products, works or events were left out of the entities: Aviator");
    expect(leftOutsideNote(names, false)).toMatch(/: Film 1, .*Film 10, … \(--verbose lists them all\)$/);
    expect(leftOutsideNote(names, true)).toMatch(/Film 12$/);
  });

  it("keeps it where an article's own words made it an entity, where no article left it out, or where an article did not weigh it", () => {
    expect(corpus([film], [filmElsewhere(true)]).graph.hasNode("Organization:aviator")).toBe(true);
    expect(corpus([film], [{ ...filmElsewhere(), outside: false }]).graph.hasNode("Organization:aviator")).toBe(true);
    // The second article's name is weighed, but not recorded for the corpus: its node holds an article the judgement lacks.
    const graph = createGraph();
    const judged = new Map<string, NameOverCorpus>();
    const first = processArticle({ id: "film-0", text: film, date: null });
    for (const name of first.judgedNames ?? []) addJudgedName(judged, name);
    addJudgedName(judged, filmElsewhere());
    addArticle(graph, first);
    addArticle(graph, processArticle({ id: "film-1", text: review, date: null }));
    expect(mergeEntities(graph, DEFAULT_MERGE_SETTINGS, [], judged).leftOutside).toEqual([]);
    expect(graph.hasNode("Organization:aviator")).toBe(true);
  });
});
