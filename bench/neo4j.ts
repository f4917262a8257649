// Loading benchmark: the same graph (≥ 200,000 nodes plus their relationships, generated in the
// pipeline's shape) loaded into an empty database three ways — the project's writer, a naive
// writer (one auto-commit MERGE per node and per relationship, timed on a sample), and Neo4j's bulk
// path LOAD CSV with CALL { … } IN TRANSACTIONS over CSV files of the same rows (the writer's own
// rows; the time to write the files is not counted, the writer's time to build its rows is).
// The writer and LOAD CSV each load twice, in the order CSV, writer, writer, CSV, every load into a
// freshly emptied database; each is reported as the mean of its two runs (total elements over total
// time), so neither gains from going first or last. (Measured in two full runs: LOAD CSV was 8–20%
// slower in its last run than in its first, the writer 4–10% faster in its second; one run of each
// in a fixed order mostly measures the noise of the shared machine.)
//
//   npm run bench:neo4j [-- --articles 12000 --entity-pool 220000 --naive-sample 10000]
//
// Uses NEO4J_URI when set; LOAD CSV reads the files from the local server's import directory
// (.neo4j/import), so without NEO4J_URI the project's local server is used (started if needed).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { NEO4J_CONSTRAINTS, NEO4J_INDEXES, NODE_LABELS, RELATION_TYPES, type PropertySpec } from "../graph-schema/index.js";
import type { SerializedNewsGraph } from "../src/graph/index.js";
import { openDriver, resolveTarget, writeGraph, evidenceString, type Neo4jTarget } from "../src/io/neo4j/index.js";
import { localServerPaths } from "../src/io/neo4j/localServer.js";
import { DEFAULT_BATCH_SIZE, EVIDENCE_SEPARATOR, nodeColumns, planRows, relationshipColumns } from "../src/io/neo4j/writer.js";
import { generateGraph } from "../test/neo4j/fixtures/generatedGraph.js";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "12000" },
    "entity-pool": { type: "string", default: "220000" },
    "entities-per-article": { type: "string", default: "20" },
    "events-per-article": { type: "string", default: "4" },
    "naive-sample": { type: "string", default: "10000" },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);
// The writer's rows carry evidence already joined with this separator; the CSV joins other lists with it too.
const LIST_SEPARATOR = EVIDENCE_SEPARATOR;
// The same transaction size as the project writer, for a like-for-like comparison.
const CSV_BATCH = DEFAULT_BATCH_SIZE;

async function session<T>(driver: Driver, target: Neo4jTarget, work: (run: (cypher: string, parameters?: Record<string, unknown>) => Promise<unknown>) => Promise<T>): Promise<T> {
  const s = driver.session({ database: target.database });
  try {
    return await work((cypher, parameters = {}) => s.run(cypher, parameters));
  } finally {
    await s.close();
  }
}

async function emptyDatabase(driver: Driver, target: Neo4jTarget): Promise<void> {
  await session(driver, target, async (run) => {
    // Small chunks: deleting hub nodes drags all their relationships into the same transaction.
    await run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
    for (const statement of [...NEO4J_CONSTRAINTS, ...NEO4J_INDEXES]) await run(statement.cypher);
  });
}

async function countElements(driver: Driver, target: Neo4jTarget): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships RETURN nodes + relationships AS elements", {}, { database: target.database });
  return neo4j.integer.toNumber(records[0].get("elements"));
}

interface Timing {
  label: string;
  elements: number;
  seconds: number;
  perSecond: number;
}

/** Elements per second over all the runs: total elements over total time. */
const mean = (runs: Timing[]) => runs.reduce((sum, run) => sum + run.elements, 0) / runs.reduce((sum, run) => sum + run.seconds, 0);

async function timed(label: string, work: () => Promise<number>): Promise<Timing> {
  const started = performance.now();
  const elements = await work();
  const seconds = (performance.now() - started) / 1000;
  const result = { label, elements, seconds, perSecond: elements / seconds };
  log(`  ${label}: ${elements} elements in ${seconds.toFixed(1)} s = ${Math.round(result.perSecond)} elements/s`);
  return result;
}

// --- naive writer -------------------------------------------------------------------------------

/** A connected sample: the first nodes and the relationships among them, about `size` elements. */
function sampleGraph(graph: SerializedNewsGraph, size: number): SerializedNewsGraph {
  const nodes = graph.nodes.slice(0, Math.floor(size * 0.4));
  const keys = new Set(nodes.map((node) => node.key));
  const edges = graph.edges.filter((edge) => keys.has(edge.source) && keys.has(edge.target)).slice(0, size - nodes.length);
  return { ...graph, nodes, edges };
}

function plainProperties(specs: Record<string, PropertySpec>, attributes: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = attributes[name];
    if (value === undefined || value === null || name === "key") continue;
    if (spec.type === "integer") properties[name] = neo4j.int(value as number);
    else if (spec.type === "date") properties[name] = neo4j.types.Date.fromStandardDate(new Date(`${value}T00:00:00`));
    else if (spec.type === "evidence[]") properties[name] = (value as Parameters<typeof evidenceString>[0][]).map(evidenceString);
    else properties[name] = value;
  }
  return properties;
}

async function naiveWrite(driver: Driver, target: Neo4jTarget, graph: SerializedNewsGraph): Promise<number> {
  const label = new Map(graph.nodes.map((node) => [node.key, node.attributes!.kind]));
  return session(driver, target, async (run) => {
    for (const node of graph.nodes) {
      const kind = node.attributes!.kind;
      await run(`MERGE (n:${kind} {key: $key}) SET n += $properties`, { key: node.key, properties: plainProperties(NODE_LABELS[kind].properties, node.attributes as unknown as Record<string, unknown>) });
    }
    for (const edge of graph.edges) {
      const type = edge.attributes!.kind;
      await run(`MATCH (s:${label.get(edge.source)} {key: $source}) MATCH (t:${label.get(edge.target)} {key: $target}) MERGE (s)-[r:${type} {key: $key}]->(t) SET r += $properties`, {
        source: edge.source, target: edge.target, key: edge.key,
        properties: plainProperties(RELATION_TYPES[type].properties, edge.attributes as unknown as Record<string, unknown>),
      });
    }
    return graph.nodes.length + graph.edges.length;
  });
}

// --- LOAD CSV -----------------------------------------------------------------------------------

function csvField(value: unknown): string {
  if (value === undefined || value === null) return ""; // unquoted empty: LOAD CSV reads null
  const text = Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

const STRING_LIST_COLUMNS = new Set(["aliases", "evidence", "sourceArticles", "mentionArticles"]);

/** The Cypher expression turning CSV column `name` back into the type the writer stores. */
function csvValue(name: string, spec: PropertySpec | undefined): string {
  const column = `row.\`${name}\``;
  const list = `CASE WHEN ${column} IS NULL THEN null WHEN ${column} = '' THEN [] ELSE split(${column}, '${LIST_SEPARATOR}') END`;
  if (STRING_LIST_COLUMNS.has(name)) return list;
  if (name === "mentionCounts") return `[count IN ${list} | toInteger(count)]`;
  if (name === "confidence") return `toFloat(${column})`;
  switch (spec?.type) {
    case "integer": return `toInteger(${column})`;
    case "float": return `toFloat(${column})`;
    case "date": return `date(${column})`;
    case "boolean": return `toBoolean(${column})`;
    default: return column;
  }
}

interface CsvLoad {
  file: string;
  cypher: string;
}

/** CSV files of the very rows the project writer sends, one per label and per relationship group. */
function writeCsvFiles(graph: SerializedNewsGraph, directory: string): CsvLoad[] {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const plan = planRows(graph);
  const loads: CsvLoad[] = [];
  const csvLines = (columns: string[], rows: unknown[][]) => [columns.join(","), ...rows.map((row) => row.map(csvField).join(","))].join("\n") + "\n";

  for (const { label, elements, row } of plan.nodes) {
    const columns = nodeColumns(label);
    const specs: Record<string, PropertySpec> = NODE_LABELS[label].properties;
    const file = `${label}.csv`;
    writeFileSync(join(directory, file), csvLines(columns, elements.map(row)));
    const sets = columns.slice(1).map((name) => `n.\`${name}\` = ${csvValue(name, specs[name])}`);
    loads.push({ file, cypher: `MERGE (n:${label} {key: row.key}) SET ${sets.join(", ")}` });
  }
  for (const { type, from, to, elements, row } of plan.relationships) {
    const columns = relationshipColumns(type);
    const specs: Record<string, PropertySpec> = RELATION_TYPES[type].properties;
    const file = `${type}-${from}-${to}.csv`;
    writeFileSync(join(directory, file), csvLines(columns, elements.map(row)));
    const sets = columns.slice(3).map((name) => `r.\`${name}\` = ${csvValue(name, specs[name])}`);
    loads.push({ file, cypher: `MATCH (s:${from} {key: row.source}) MATCH (t:${to} {key: row.target}) MERGE (s)-[r:${type} {key: row.key}]->(t) SET ${sets.join(", ")}` });
  }
  return loads;
}

async function loadCsv(driver: Driver, target: Neo4jTarget, loads: CsvLoad[], urlDirectory: string): Promise<number> {
  await session(driver, target, async (run) => {
    for (const { file, cypher } of loads) {
      await run(`LOAD CSV WITH HEADERS FROM 'file:///${urlDirectory}/${file}' AS row CALL (row) { ${cypher} } IN TRANSACTIONS OF ${CSV_BATCH} ROWS`);
    }
  });
  return countElements(driver, target);
}

// --- run ----------------------------------------------------------------------------------------

const target = await resolveTarget(log);
const driver = await openDriver(target);
try {
  const generationStarted = performance.now();
  const graph = generateGraph({
    articles: Number(args.articles),
    entityPool: Number(args["entity-pool"]),
    entitiesPerArticle: Number(args["entities-per-article"]),
    eventsPerArticle: Number(args["events-per-article"]),
  });
  const elements = graph.nodes.length + graph.edges.length;
  log(`Graph: ${graph.nodes.length} nodes + ${graph.edges.length} relationships = ${elements} elements (generated in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s)`);
  log(`Neo4j: ${target.uri}${target.database ? ` database ${target.database}` : ""}; every method starts from an empty database with the schema's constraints and indexes`);

  const importDirectory = join(localServerPaths().importDir, "bench");
  const csvStarted = performance.now();
  const loads = writeCsvFiles(graph, importDirectory);
  log(`  (CSV files written to ${importDirectory} in ${((performance.now() - csvStarted) / 1000).toFixed(1)} s, not counted)`);

  const loadWithWriter = () => timed("project writer (UNWIND chunks, CALL { … } IN TRANSACTIONS OF 2000 ROWS)", async () => {
    const started = performance.now();
    await writeGraph(driver, graph, { database: target.database, log: (line) => log(`    ${((performance.now() - started) / 1000).toFixed(1)} s ${line}`) });
    return countElements(driver, target);
  });
  const loadWithCsv = () => timed(`LOAD CSV + CALL {…} IN TRANSACTIONS OF ${CSV_BATCH} ROWS`, () => loadCsv(driver, target, loads, "bench"));
  // CSV, writer, writer, CSV: each method runs once early and once late, so neither gains from
  // running on a warmer page cache, a fresher JIT or a store with freed space to reuse.
  const runs = { writer: [] as Timing[], csv: [] as Timing[] };
  for (const method of ["csv", "writer", "writer", "csv"] as const) {
    await emptyDatabase(driver, target);
    runs[method].push(await (method === "csv" ? loadWithCsv() : loadWithWriter()));
  }
  rmSync(importDirectory, { recursive: true, force: true });

  await emptyDatabase(driver, target);
  const sample = sampleGraph(graph, Number(args["naive-sample"]));
  const naive = await timed(`naive writer (one auto-commit MERGE per element; timed on a sample of ${sample.nodes.length + sample.edges.length} elements)`, () => naiveWrite(driver, target, sample));
  await emptyDatabase(driver, target);

  for (const result of [...runs.writer, ...runs.csv]) {
    if (result.elements !== elements) throw new Error(`${result.label} stored ${result.elements} elements, expected ${elements}`);
  }
  const project = mean(runs.writer);
  const csv = mean(runs.csv);
  log("");
  log(`project writer: ${Math.round(project)} elements/s, LOAD CSV: ${Math.round(csv)} elements/s (each the mean of its two runs), naive writer: ${Math.round(naive.perSecond)} elements/s`);
  log("");
  log(`project writer / naive writer = ${(project / naive.perSecond).toFixed(1)}× (target ≥ 20×)`);
  log(`project writer / LOAD CSV     = ${(project / csv).toFixed(2)}× (target ≥ 1×)`);
} finally {
  await driver.close();
}
