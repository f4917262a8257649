// The Neo4j writer against a real server: idempotence, incremental writes, evidence, article
// replacement, property types and hostile text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build.js";
import { parseArticleText } from "../../src/ingest/index.js";
import { readGraph, writeGraph } from "../../src/io/neo4j/index.js";
import { FixtureBuilder, followUpGraph, hazaraGraph, SEED_ARTICLE_ID } from "./fixtures/hazaraGraph.js";
import { checksum, counts, run, target, useCleanDatabase } from "./helpers.js";

const database = useCleanDatabase();
const write = (graph: ReturnType<typeof hazaraGraph>) => writeGraph(database.driver, graph, { database: target.database, log: () => {} });


describe("writeGraph", () => {
  it("writes every node and relationship of the graph, with schema labels and types", async () => {
    const graph = hazaraGraph();
    await write(graph);
    expect(await counts(database.driver)).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length });
    const labels = await run(database.driver, "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label");
    expect(labels).toEqual([
      { label: "Article", count: 1 },
      { label: "Event", count: 4 },
      { label: "Group", count: 1 },
      { label: "Organization", count: 3 },
      { label: "Person", count: 3 },
      { label: "Place", count: 4 },
    ]);
  });

  it("is idempotent: writing the same graph again changes nothing", async () => {
    await write(hazaraGraph());
    const before = { counts: await counts(database.driver), checksum: await checksum(database.driver) };
    await write(hazaraGraph());
    expect({ counts: await counts(database.driver), checksum: await checksum(database.driver) }).toEqual(before);
    const [guterres] = await run(database.driver, "MATCH (p:Person {key: 'Person:antonio guterres'}) RETURN p.mentions AS mentions, size(p.evidence) AS evidence");
    expect(guterres).toEqual({ mentions: 2, evidence: 2 });
  });

  it("attaches a new article to the entities already stored, accumulating evidence, aliases and mentions", async () => {
    await write(hazaraGraph());
    await write(followUpGraph());
    const [guterres] = await run(
      database.driver,
      "MATCH (p:Person {key: 'Person:antonio guterres'}) RETURN count { (p)<-[:MENTIONS]-(:Article) } AS articles, p.mentions AS mentions, p.aliases AS aliases, p.sourceArticles AS sources, size(p.evidence) AS evidence",
    );
    expect(guterres).toEqual({ articles: 2, mentions: 3, aliases: ["Guterres", "UN chief"], sources: [SEED_ARTICLE_ID, "guterres-visit-2021"], evidence: 3 });
    expect(await run(database.driver, "MATCH (p:Person {name: 'Antonio Guterres'}) RETURN count(p) AS people")).toEqual([{ people: 1 }]);
    const [affiliation] = await run(database.driver, "MATCH (:Person {name: 'Antonio Guterres'})-[r:AFFILIATED_WITH]->(:Organization {name: 'United Nations'}) RETURN count(r) AS count, size(r.evidence) AS evidence, r.sourceArticles AS sources");
    expect(affiliation).toEqual({ count: 1, evidence: 2, sources: [SEED_ARTICLE_ID, "guterres-visit-2021"] });
  });

  it("keeps evidence a set: the same evidence from two writes is stored once", async () => {
    const graph = hazaraGraph();
    const pakistan = graph.nodes.find((node) => node.key === "Place:pakistan")!;
    pakistan.attributes.evidence = [...pakistan.attributes.evidence!, ...pakistan.attributes.evidence!];
    await write(graph);
    await write(hazaraGraph());
    const [row] = await run(database.driver, "MATCH (p:Place {key: 'Place:pakistan'}) RETURN p.evidence AS evidence");
    const evidence = row.evidence as string[];
    expect(evidence).toHaveLength(6);
    expect(new Set(evidence).size).toBe(evidence.length);
    expect(JSON.parse(evidence[0])).toEqual(hazaraGraph().nodes.find((node) => node.key === "Place:pakistan")!.attributes.evidence![0]);
  });

  it("recognises an article already written: the same text is not doubled, a changed text replaces the old", async () => {
    await write(hazaraGraph());
    await write(followUpGraph());
    const afterBoth = { counts: await counts(database.driver), checksum: await checksum(database.driver) };
    await write(hazaraGraph());
    expect({ counts: await counts(database.driver), checksum: await checksum(database.driver) }).toEqual(afterBoth);

    // The seed article again with another text: fewer entities, one event; the old contribution goes.
    const revised = new FixtureBuilder(SEED_ARTICLE_ID);
    const sentence = "Antonio Guterres condemned the attack in Pakistan.";
    revised.article("UN chief condemns attack", "2021-01-06", sentence);
    const guterres = revised.entity("Person", "Antonio Guterres", [sentence]);
    const pakistan = revised.entity("Place", "Pakistan", [sentence]);
    const event = revised.event(0, "Statement", "Guterres condemns the attack", "2021-01-04", sentence);
    revised.relate("PARTICIPANT", guterres, event, sentence, "agent");
    revised.relate("OCCURRED_IN", event, pakistan, sentence);
    const logged: string[] = [];
    const summary = await writeGraph(database.driver, revised.graph(), { database: target.database, log: (line) => logged.push(line) });
    expect(summary.articlesReplaced).toBe(1);
    // Named: an id reused for another story lands here too, and must not pass unnoticed.
    expect(logged).toContain(`Neo4j: replaced 1 article(s) stored before with other or unfinished content (${SEED_ARTICLE_ID})`);

    expect(await run(database.driver, "MATCH (a:Article) RETURN a.articleId AS id, a.title AS title ORDER BY id")).toEqual([
      { id: "guterres-visit-2021", title: "Guterres visits Pakistan" },
      { id: SEED_ARTICLE_ID, title: "UN chief condemns attack" },
    ]);
    // Bozkir was only in the old text; Guterres keeps the follow-up's mention plus the revised one.
    expect(await run(database.driver, "MATCH (p:Person) RETURN p.name AS name, p.mentions AS mentions ORDER BY name")).toEqual([
      { name: "Antonio Guterres", mentions: 2 },
    ]);
    expect(await run(database.driver, "MATCH (e:Event) WHERE e.key STARTS WITH $prefix RETURN e.name AS name", { prefix: `Event:${SEED_ARTICLE_ID}#` })).toEqual([
      { name: "Guterres condemns the attack" },
    ]);
    expect(await run(database.driver, "MATCH (:Person {name: 'Antonio Guterres'})-[r:AFFILIATED_WITH]->() RETURN size(r.evidence) AS evidence, r.sourceArticles AS sources")).toEqual([
      { evidence: 1, sources: ["guterres-visit-2021"] },
    ]);
  });

  it("deletes the stored node of a name the corpus later left outside the schema, once this graph holds all its articles", async () => {
    await write(hazaraGraph());
    // The same article again, the corpus having judged "Hazaras" a name outside the schema: its node is gone from the graph.
    const judged = hazaraGraph();
    judged.nodes = judged.nodes.filter((node) => node.key !== "Group:hazaras");
    judged.edges = judged.edges.filter((edge) => edge.source !== "Group:hazaras" && edge.target !== "Group:hazaras");
    judged.attributes = { leftOutside: ["Group:hazaras"] };
    const logged: string[] = [];
    await writeGraph(database.driver, judged, { database: target.database, log: (line) => logged.push(line) });
    expect(await run(database.driver, "MATCH (g:Group) RETURN count(g) AS groups")).toEqual([{ groups: 0 }]);
    expect(await counts(database.driver)).toEqual({ nodes: judged.nodes.length, relationships: judged.edges.length });
    expect(logged).toContain("Neo4j: 1 node(s) stored before and now merged into another or left outside the schema deleted");
  });

  it("recognises the same text under another id (a later run, a renamed file): written as the stored article, not twice", async () => {
    const seed = readFileSync("seeds/hazara-miners-2021.txt", "utf8");
    const graphOf = (id: string) => {
      const article = parseArticleText(seed, id, `${id}.txt`);
      if ("problem" in article) throw new Error(article.problem);
      return buildGraph([{ article }]).graph.export();
    };
    await write(graphOf("first-run"));
    const stored = { counts: await counts(database.driver), checksum: await checksum(database.driver) };
    expect(stored.counts.nodes).toBeGreaterThan(10);

    const logged: string[] = [];
    await writeGraph(database.driver, graphOf("renamed"), { database: target.database, log: (line) => logged.push(line) });
    expect({ counts: await counts(database.driver), checksum: await checksum(database.driver) }).toEqual(stored);
    expect(logged).toContain("Neo4j: 1 article(s) already stored under another id with the same text, written as that one (renamed as first-run)");
  });

  it("stores dates as Neo4j dates, integers as integers, lists as lists, and reads them back unchanged", async () => {
    const graph = hazaraGraph();
    await write(graph);
    const [types] = await run(
      database.driver,
      `MATCH (a:Article) MATCH (e:Event {key: $event}) MATCH ()-[m:MENTIONS]->(e)
       RETURN valueType(a.date) AS articleDate, valueType(a.words) AS words, valueType(e.date) AS eventDate,
              valueType(e.mentions) AS mentions, valueType(e.aliases) AS aliases, valueType(e.evidence) AS evidence,
              valueType(e.confidence) AS confidence, valueType(m.count) AS count, e.date.year AS year`,
      { event: `Event:${SEED_ARTICLE_ID}#0` },
    );
    expect(types).toEqual({
      articleDate: "DATE NOT NULL",
      words: "INTEGER NOT NULL",
      eventDate: "DATE NOT NULL",
      mentions: "INTEGER NOT NULL",
      aliases: "LIST<NOTHING> NOT NULL",
      evidence: "LIST<STRING NOT NULL> NOT NULL",
      confidence: "FLOAT NOT NULL",
      count: "INTEGER NOT NULL",
      year: 2021,
    });
    const roundTrip = await readGraph(database.driver, { database: target.database });
    const byKey = (items: { key?: string }[]) => [...items].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    expect(byKey(roundTrip.nodes)).toEqual(byKey(graph.nodes));
    expect(byKey(roundTrip.edges)).toEqual(byKey(graph.edges));
  });

  it("stores hostile names literally and touches nothing else", async () => {
    await write(followUpGraph());
    const before = { counts: await counts(database.driver), checksum: await checksum(database.driver) };
    const hostileNames = ["'}) DETACH DELETE n //", "`Person` MATCH (x) DETACH DELETE x", 'quote " and \' apostrophe', "{braces: $param}", "x".repeat(100_000), "control \u0000\u001c\u001d\u001e\u001f\t characters"];
    const hostile = new FixtureBuilder("hostile'}) DETACH DELETE n //");
    hostile.article("'}) MATCH (n) DETACH DELETE n //", "2021-03-01", hostileNames.join(" "));
    for (const name of hostileNames) hostile.entity("Person", name, [name], [name, "`"]);
    await write(hostile.graph());

    const stored = await run(database.driver, "MATCH (p:Person) WHERE NOT p.name = 'Antonio Guterres' RETURN coalesce(p.longName, p.name) AS name");
    expect(stored.map((row) => row.name).sort()).toEqual([...hostileNames].sort());
    const [aliases] = await run(database.driver, "MATCH (p:Person {name: $name}) RETURN p.aliases AS aliases", { name: hostileNames[0] });
    expect(aliases).toEqual({ aliases: [hostileNames[0], "`"] });
    // The 100k-character key and name are too long to index as they are; they read back whole.
    const readBack = await readGraph(database.driver, { database: target.database });
    const long = readBack.nodes.find((node) => node.key === `Person:${"x".repeat(100_000)}`);
    expect(long?.attributes.name).toBe("x".repeat(100_000));
    expect(await counts(database.driver)).toEqual({
      nodes: before.counts.nodes + 1 + hostileNames.length,
      relationships: before.counts.relationships + hostileNames.length,
    });
    await run(database.driver, "MATCH (a:Article {articleId: $id}) OPTIONAL MATCH (a)-[:MENTIONS]->(n) DETACH DELETE a, n", { id: "hostile'}) DETACH DELETE n //" });
    expect({ counts: await counts(database.driver), checksum: await checksum(database.driver) }).toEqual(before);
  });
});
