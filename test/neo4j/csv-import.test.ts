// The CSV export loaded into a real Neo4j with LOAD CSV, the Cypher being made from each file's
// own typed header the way neo4j-admin reads it (`key:ID`, `:LABEL`, `:TYPE`, `mentions:int`,
// `aliases:string[]`, `date:date`): every label and relation type has as many nodes and
// relationships as graph.json, and values come back with their types. LOAD CSV reads files in
// the server's import folder: the project's local server's (.neo4j/import), or the folder
// NEWSGRAPH_NEO4J_IMPORT_DIR names for another server.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CSV_ARRAY_DELIMITER, toCsvFiles } from "../../src/io/csv.js";
import { localServerPaths } from "../../src/io/neo4j/localServer.js";
import { hazaraGraph } from "./fixtures/hazaraGraph.js";
import { run, useCleanDatabase } from "./helpers.js";

const database = useCleanDatabase();
const importDir = process.env.NEWSGRAPH_NEO4J_IMPORT_DIR || localServerPaths().importDir;
const folder = `csv-test-${process.pid}`;
afterAll(() => rmSync(join(importDir, folder), { recursive: true, force: true }));

/** The Cypher value of one column, converted as neo4j-admin converts its header type. */
function columnValue(column: string): string {
  const field = `row.\`${column}\``;
  const type = column.slice(column.indexOf(":") + 1);
  if (!column.includes(":") || type === "ID") return field;
  const convert: Record<string, string> = {
    int: `toInteger(${field})`,
    double: `toFloat(${field})`,
    date: `date(${field})`,
    boolean: `toBoolean(${field})`,
    "string[]": `split(${field}, '${CSV_ARRAY_DELIMITER}')`,
  };
  if (!convert[type]) throw new Error(`header type ${type} has no conversion`);
  return convert[type]!;
}

/** The property assignments of a header's property columns (not :LABEL, :TYPE, :START_ID, :END_ID). */
function assignments(header: string[], variable: string): string {
  return header
    .filter((column) => !column.startsWith(":"))
    .map((column) => `${variable}.\`${column.split(":")[0]}\` = ${columnValue(column)}`)
    .join(", ");
}

const TRICKY = { key: 'Person:smith, "john"\nsecond line', name: 'Smith, "John"\nsecond line' };

describe("the CSV export loaded with LOAD CSV", () => {
  it("has as many nodes per label and relationships per type as graph.json, with typed values", async () => {
    const graph = hazaraGraph();
    graph.nodes.push({ key: TRICKY.key, attributes: { kind: "Person", name: TRICKY.name, aliases: ["Smith", "J. Smith"], mentions: 3, confidence: 0.5, evidence: [{ article: "a", sentence: "x, \"y\"\nz \\", start: 0, end: 1 }] } });
    const files = toCsvFiles(graph);
    mkdirSync(join(importDir, folder), { recursive: true });
    for (const file of files) writeFileSync(join(importDir, folder, file.name), file.content);

    // Nodes first, then relationships, as neo4j-admin imports them.
    for (const file of [...files].sort((a, b) => Number(a.name.startsWith("relationships-")) - Number(b.name.startsWith("relationships-")))) {
      const header = file.content.slice(0, file.content.indexOf("\r\n")).split(",");
      const url = `file:///${folder}/${file.name}`;
      const create = file.name.startsWith("nodes-")
        ? `CREATE (n:$(row.\`:LABEL\`)) SET ${assignments(header, "n")}, n.key = row.\`key:ID\``
        : `MATCH (s {key: row.\`:START_ID\`}) MATCH (t {key: row.\`:END_ID\`}) CREATE (s)-[r:$(row.\`:TYPE\`)]->(t) SET ${assignments(header, "r")}`;
      await run(database.driver, `LOAD CSV WITH HEADERS FROM '${url}' AS row ${create}`);
    }

    const count = (items: { attributes?: { kind?: string } }[]) => {
      const counts = new Map<string, number>();
      for (const item of items) counts.set(item.attributes!.kind!, (counts.get(item.attributes!.kind!) ?? 0) + 1);
      return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => (a.kind < b.kind ? -1 : 1)); // code-point order, as ORDER BY
    };
    expect(await run(database.driver, "MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS count ORDER BY kind")).toEqual(count(graph.nodes));
    expect(await run(database.driver, "MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS count ORDER BY kind")).toEqual(count(graph.edges));

    const [tricky] = await run(database.driver, "MATCH (p:Person {key: $key}) RETURN p.name AS name, p.aliases AS aliases, p.mentions AS mentions, p.evidence AS evidence", { key: TRICKY.key });
    expect({ ...tricky, evidence: JSON.parse(tricky!.evidence as string) }).toEqual({ name: TRICKY.name, aliases: ["Smith", "J. Smith"], mentions: 3, evidence: graph.nodes.at(-1)!.attributes!.evidence });
    const [types] = await run(database.driver, "MATCH (a:Article) RETURN valueType(a.date) AS date, valueType(a.words) AS words, valueType(a.name) AS name");
    expect(types).toEqual({ date: "DATE NOT NULL", words: "INTEGER NOT NULL", name: "STRING NOT NULL" });
    const [relationship] = await run(database.driver, "MATCH ()-[r:MENTIONS]->() RETURN valueType(r.count) AS count, valueType(r.confidence) AS confidence LIMIT 1");
    expect(relationship).toEqual({ count: "INTEGER NOT NULL", confidence: "FLOAT NOT NULL" });
  });
});
