// Writes a graphology-serialized news graph into Neo4j, idempotently and incrementally.
//
// Storage in Neo4j (see docs/neo4j.md):
// - one node per graph node, label = its `kind`, MERGEd on the stable `key` (unique per label);
// - one relationship per graph edge, type = its `kind`, MERGEd on the edge `key` between its endpoints;
// - `evidence` is a list of strings, each the JSON of one {article, sentence, start, end} with the keys
//   in that order, so equal evidence is an equal string and the list is kept as a set; alongside it
//   `sourceArticles` lists the ids of the articles that evidence comes from, for Cypher to filter on;
// - `aliases` is kept as a set;
// - `mentions` is the sum of per-article contributions kept in the parallel lists `mentionArticles`
//   and `mentionCounts` (an article's contribution is its MENTIONS count); rewriting an article
//   replaces its contribution instead of adding it again;
// - an Article's `contentHash` is written last and marks the article as completely written.
//   An incoming article whose stored hash differs (or is missing: an interrupted write) is first
//   purged: its evidence, contributions, events and MENTIONS removed, then written afresh.
// - an incoming article whose id is not stored but whose text (contentHash) is, under another id, is
//   written as that stored article (stored-articles.ts): the same text is never stored twice.
// - a key or name too long for Neo4j's range indexes (over 4,000 UTF-8 bytes, e.g. a 100k-character
//   name) is stored shortened (key: first 1,000 characters plus its sha256; name: first 1,000
//   characters and "…"), the full text kept literally in `longKey` / `longName`.
// Labels, relationship types and property names come only from graph-schema; every value is a parameter.
// Writing: nodes, then relationships, in chunks of 20,000 rows, each chunk one auto-commit query
// whose `CALL { … } IN TRANSACTIONS OF 2000 ROWS` commits on the server without a round trip per
// batch; two chunks in flight, a chunk's rows built just before it is sent, so building and packing
// them overlaps the server's work on the chunk before. Each row travels as one string that the server
// splits and converts, as LOAD CSV does with a line of a file. Inner batches that fail (deadlocks
// between chunks of relationships) are reported by the query and their rows sent again.
// Inner transactions commit independently, so an interrupted write leaves some rows stored: safe,
// since every row is an idempotent MERGE and the article's contentHash marker, written last, is
// missing, so the next run purges and rewrites that article.
import { createHash } from "node:crypto";
import neo4j, { type Driver, type Integer, type ManagedTransaction, type Node } from "neo4j-driver";
import {
  NEO4J_CONSTRAINTS,
  NEO4J_INDEXES,
  NODE_LABELS,
  RELATION_TYPES,
  edgeKey,
  isNodeLabel,
  isRelationType,
  type Evidence,
  type NodeAttributes,
  type NodeLabel,
  type PropertySpec,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { SerializedNewsGraph } from "../../graph/index.js";
import { UserError } from "../../errors.js";
import { stoppedAnswering } from "./connection.js";
import { attributesOf } from "./readback.js";
import { asStoredArticles, type StoredArticle } from "./stored-articles.js";

export interface WriteOptions {
  database?: string;
  batchSize?: number;
  log: (line: string) => void;
}

export interface WriteCounts {
  nodes: number;
  relationships: number;
  articlesReplaced: number;
}

/** Node properties the writer merges itself rather than overwriting. */
const MERGED_PROPERTIES = new Set(["key", "aliases", "mentions", "confidence", "evidence", "contentHash"]);
/** Contribution key for mentions that no article's MENTIONS edge accounts for. */
const UNATTRIBUTED = "";
// Rows per transaction. Measured on 600k elements: 2,000-row batches beat both 1,000 (more commits)
// and 10,000 (the server's heap fills with transaction state, and garbage collection takes over);
// with the server committing them itself, 1,000 and 5,000 were again no better.
export const DEFAULT_BATCH_SIZE = 2_000;

type ListRow = unknown[];

// Neo4j's range index refuses values over about 8 kB; indexed values stay well below that.
const MAX_INDEXED_BYTES = 4000;

const tooLongToIndex = (text: string) => Buffer.byteLength(text, "utf8") > MAX_INDEXED_BYTES;

/** The `key` property a graph key is stored under (see the header comment). */
export function storedKey(key: string): string {
  return tooLongToIndex(key) ? `${key.slice(0, 1000)}…#${createHash("sha256").update(key).digest("hex")}` : key;
}

/** Evidence as the canonical JSON string stored in Neo4j. */
export function evidenceString(evidence: Evidence): string {
  // The same text as JSON.stringify of {article, sentence, start, end}, without building the object
  // (this runs for every evidence item of every element).
  return `{"article":${JSON.stringify(evidence.article)},"sentence":${JSON.stringify(evidence.sentence)},"start":${JSON.stringify(evidence.start)},"end":${JSON.stringify(evidence.end)}}`;
}

const scalarType = (spec: PropertySpec): ColumnType => (spec.type === "evidence[]" ? "evidence" : spec.type);

/** The schema properties written as they are (not merged), in a fixed order: the row columns. */
function scalarNames(specs: Record<string, PropertySpec>): string[] {
  return Object.keys(specs).filter((name) => !MERGED_PROPERTIES.has(name));
}

// Rows are lists, not maps, in the order of these columns (then the schema's scalar properties): the
// queries below are written with `row.<column>`, compiled to `item[<index>]`; schema properties are
// set one by one (`n.name = item[8]`), which Neo4j runs faster than `n += map`. Absent values are
// null, which leaves a new element's property unset and removes an existing one's.
const NODE_COLUMNS = ["key", "longKey", "aliases", "evidence", "sourceArticles", "confidence", "mentionArticles", "mentionCounts", "mentions"];
const RELATIONSHIP_COLUMNS = ["key", "source", "target", "evidence", "sourceArticles", "confidence"];

/** How a column's values are sent, and read back by the server. */
type ColumnType = "string" | "string[]" | "integer" | "integer[]" | "float" | "date" | "boolean" | "evidence";
const NODE_COLUMN_TYPES: ColumnType[] = ["string", "string", "string[]", "evidence", "string[]", "float", "string[]", "integer[]", "integer"];
const RELATIONSHIP_COLUMN_TYPES: ColumnType[] = ["string", "string", "string", "evidence", "string[]", "float"];

// Each row travels as ONE string, which the server splits and converts as LOAD CSV does a line of a
// file: fields joined by the unit separator, list items by the group separator, an absent value as
// the file separator alone. The driver checks and packs every value it sends, and on two cores that
// CPU is taken from the server; one string per row instead of a dozen values and lists cut the
// writer's time on the benchmark's half-size graph (0.67x -> 0.87x LOAD CSV in back-to-back runs).
// (One string per chunk, split by the server, is not possible: Neo4j counts the split list against
// the transaction memory limit once per buffered row.) A chunk in which any value contains one of
// these characters (article text may hold control characters) is sent as a list of row lists instead.
const NULL_FIELD = "\u001c";
const LIST_SEPARATOR = "\u001d";
const FIELD_SEPARATOR = "\u001f";
const SEPARATOR_CHARACTER = /[\u001c\u001d\u001f]/;
const PACKING = { nullField: NULL_FIELD, listSeparator: LIST_SEPARATOR, fieldSeparator: FIELD_SEPARATOR };

// A row's evidence list is one string, its items joined by the list separator (in both ways of
// sending): evidence strings are JSON, which escapes every control character, so it never occurs in them.
export const EVIDENCE_SEPARATOR = LIST_SEPARATOR;

/** Each row as one string, or null when a value holds a separator character. */
function packedRows(rows: ListRow[], types: ColumnType[]): string[] | null {
  const lines: string[] = new Array(rows.length);
  const fields: string[] = new Array(types.length);
  for (let line = 0; line < rows.length; line++) {
    const row = rows[line];
    for (let column = 0; column < types.length; column++) {
      const value = row[column];
      const type = types[column];
      if (value === null || value === undefined) {
        fields[column] = NULL_FIELD;
      } else if (type === "evidence") {
        fields[column] = value as string;
      } else if (type === "string[]" || type === "integer[]") {
        // A leading separator tells [""] from []; an empty field is [].
        const items = value as unknown[];
        if (type === "string[]" && items.some((item) => SEPARATOR_CHARACTER.test(item as string))) return null;
        fields[column] = items.length === 0 ? "" : LIST_SEPARATOR + items.join(LIST_SEPARATOR);
      } else {
        const text = String(value);
        if ((type === "string" || type === "date") && SEPARATOR_CHARACTER.test(text)) return null;
        fields[column] = text;
      }
    }
    lines[line] = fields.join(FIELD_SEPARATOR);
  }
  return lines;
}

/** The Cypher expression reading back a packed field of the given type. */
function unpackedField(field: string, type: ColumnType): string {
  const list = (item: (text: string) => string) => `CASE ${field} WHEN $nullField THEN null WHEN '' THEN [] ELSE [text IN split(substring(${field}, 1), $listSeparator) | ${item("text")}] END`;
  const nullable = (value: string) => `CASE ${field} WHEN $nullField THEN null ELSE ${value} END`;
  switch (type) {
    case "string": return nullable(field);
    case "string[]": return `CASE ${field} WHEN $nullField THEN null WHEN '' THEN [] ELSE split(substring(${field}, 1), $listSeparator) END`;
    case "integer": return nullable(`toInteger(${field})`);
    case "integer[]": return list((text) => `toInteger(${text})`);
    case "float": return nullable(`toFloat(${field})`);
    case "date": return nullable(`date(${field})`);
    case "boolean": return nullable(`toBoolean(${field})`);
    case "evidence": return `CASE ${field} WHEN $nullField THEN null WHEN '' THEN [] ELSE split(${field}, $listSeparator) END`;
  }
}

/** A row as the driver sends it in a list of rows: integers as Neo4j integers, dates as Neo4j dates. */
function driverRow(row: ListRow, types: ColumnType[]): ListRow {
  return row.map((value, column) => {
    if (value === null || value === undefined) return null;
    switch (types[column]) {
      case "integer": return neo4j.int(value as number);
      case "integer[]": return (value as number[]).map((count) => neo4j.int(count));
      case "date": {
        const [year, month, day] = String(value).split("-").map(Number);
        return new neo4j.types.Date(year, month, day);
      }
      default: return value;
    }
  });
}

function compileRowQuery(columns: string[], properties: string[], variable: string, body: string): string {
  const index = new Map(columns.map((column, position) => [column, position]));
  const setProperties = properties.map((name, position) => `${variable}.\`${name}\` = item[${columns.length + position}]`).join(", ");
  return body.replaceAll(`${variable} += row.properties`, setProperties).replace(/row\.(\w+)/g, (_, column: string) => {
    if (column === "evidence") return "evidence";
    if (!index.has(column)) throw new Error(`writer query uses unknown column ${column}`);
    return `item[${index.get(column)}]`;
  });
}

/** The query of a chunk sent packed, and of one sent as a list of rows. */
interface ChunkQueries {
  packed: string;
  list: string;
}

// One query writes a whole chunk of rows, the server committing every `batchSize` rows itself: no
// round trip per batch (BEGIN, RUN, PULL, COMMIT) in which the server would wait for the client.
// Inner transactions commit independently, so a failed or killed write may leave part of a chunk
// stored; that is safe because every row is a MERGE that can be applied again, and an article's
// contentHash marker is written only after all its rows, so an unfinished article is purged and
// rewritten on the next run. An inner batch that fails (concurrent chunks of relationships can
// deadlock on shared endpoints) is skipped, not fatal: the query returns the positions of its rows,
// and the writer sends those rows again (Neo4j 5.26 has no ON ERROR RETRY).
function chunkQueries(types: ColumnType[], body: string, batchSize: number): ChunkQueries {
  const evidenceColumn = types.indexOf("evidence");
  const inTransactions = `} IN TRANSACTIONS OF ${batchSize} ROWS ON ERROR CONTINUE REPORT STATUS AS status
WITH position, status WHERE NOT status.committed
RETURN collect(position) AS failed, collect(DISTINCT status.errorMessage)[0] AS error`;
  return {
    packed: `UNWIND range(0, size($rows) - 1) AS position
CALL (position) {
  WITH split($rows[position], $fieldSeparator) AS field
  WITH [${types.map((type, column) => unpackedField(`field[${column}]`, type)).join(", ")}] AS item
  WITH item, item[${evidenceColumn}] AS evidence
  ${body}
${inTransactions}`,
    list: `UNWIND range(0, size($rows) - 1) AS position
CALL (position) {
  WITH $rows[position] AS item
  WITH item, CASE item[${evidenceColumn}] WHEN '' THEN [] ELSE split(item[${evidenceColumn}], $listSeparator) END AS evidence
  ${body}
${inTransactions}`,
  };
}

const joinedEvidence = (evidence: Evidence[] | undefined): string | null => (evidence ? [...new Set(evidence.map(evidenceString))].join(EVIDENCE_SEPARATOR) : null);
const sourceArticles = (evidence: Evidence[] | undefined): string[] | null => (evidence ? [...new Set(evidence.map((item) => item.article))] : null);

function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

// A new node or relationship takes the row as it is; an existing one merges the row into what it has.
// The items of one SET clause all read the values from before it, so the new `mentions` total is the
// row's own total plus the stored counts of the other articles. (A second SET reading the merged
// counts would make the planner add an Eager, which materialises every row of the batch first.)
function nodeQuery(label: NodeLabel): string {
  return compileRowQuery(NODE_COLUMNS, [...scalarNames(NODE_LABELS[label].properties), "longName"], "n", `MERGE (n:${label} {key: row.key})
ON CREATE SET n += row.properties, n.longKey = row.longKey, n.aliases = row.aliases, n.evidence = row.evidence, n.sourceArticles = row.sourceArticles,
  n.confidence = row.confidence, n.mentionArticles = row.mentionArticles, n.mentionCounts = row.mentionCounts, n.mentions = row.mentions
ON MATCH SET n += row.properties, n.longKey = row.longKey,
  n.aliases = CASE WHEN row.aliases IS NULL THEN n.aliases
              ELSE coalesce(n.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(n.aliases, [])] END,
  n.evidence = CASE WHEN row.evidence IS NULL THEN n.evidence
               ELSE coalesce(n.evidence, []) + [entry IN row.evidence WHERE NOT entry IN coalesce(n.evidence, [])] END,
  n.sourceArticles = CASE WHEN row.evidence IS NULL THEN n.sourceArticles
                     ELSE coalesce(n.sourceArticles, []) + [id IN row.sourceArticles WHERE NOT id IN coalesce(n.sourceArticles, [])] END,
  n.confidence = CASE WHEN n.confidence IS NULL OR row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
  n.mentionCounts = CASE WHEN row.mentionArticles IS NULL THEN n.mentionCounts
                    ELSE [i IN range(0, size(coalesce(n.mentionArticles, [])) - 1) WHERE NOT n.mentionArticles[i] IN row.mentionArticles | n.mentionCounts[i]] + row.mentionCounts END,
  n.mentionArticles = CASE WHEN row.mentionArticles IS NULL THEN n.mentionArticles
                      ELSE [id IN coalesce(n.mentionArticles, []) WHERE NOT id IN row.mentionArticles] + row.mentionArticles END,
  n.mentions = CASE WHEN row.mentionArticles IS NULL THEN n.mentions
               ELSE reduce(total = row.mentions, i IN range(0, size(coalesce(n.mentionArticles, [])) - 1) |
                      CASE WHEN n.mentionArticles[i] IN row.mentionArticles THEN total ELSE total + n.mentionCounts[i] END) END`);
}

function relationshipQuery(type: RelationType, from: NodeLabel, to: NodeLabel): string {
  return compileRowQuery(RELATIONSHIP_COLUMNS, scalarNames(RELATION_TYPES[type].properties), "r", `MATCH (source:${from} {key: row.source})
MATCH (target:${to} {key: row.target})
MERGE (source)-[r:${type} {key: row.key}]->(target)
ON CREATE SET r += row.properties, r.evidence = row.evidence, r.sourceArticles = row.sourceArticles, r.confidence = row.confidence
ON MATCH SET r += row.properties,
  r.evidence = CASE WHEN row.evidence IS NULL THEN r.evidence
               ELSE coalesce(r.evidence, []) + [entry IN row.evidence WHERE NOT entry IN coalesce(r.evidence, [])] END,
  r.sourceArticles = CASE WHEN row.evidence IS NULL THEN r.sourceArticles
                     ELSE coalesce(r.sourceArticles, []) + [id IN row.sourceArticles WHERE NOT id IN coalesce(r.sourceArticles, [])] END,
  r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END`);
}

// Removes everything one article contributed, in one transaction, so it can be written afresh.
const PURGE_ARTICLE = `MATCH (article:Article {key: $key})
OPTIONAL MATCH (article)-[:MENTIONS]->(mentioned)
WITH article, collect(DISTINCT mentioned) AS mentionedNodes
CALL (mentionedNodes) {
  UNWIND mentionedNodes AS n
  OPTIONAL MATCH (n)-[r]-(other) WHERE type(r) <> 'MENTIONS'
  WITH DISTINCT r WHERE r IS NOT NULL
  SET r.evidence = [item IN r.evidence WHERE NOT item STARTS WITH $evidencePrefix],
      r.sourceArticles = [id IN r.sourceArticles WHERE id <> $articleId]
  WITH r WHERE size(r.evidence) = 0
  DELETE r
}
CALL (mentionedNodes) {
  UNWIND mentionedNodes AS n
  WITH n, coalesce(n.mentionArticles, []) AS articles, coalesce(n.mentionCounts, []) AS counts
  WITH n, articles, counts, [i IN range(0, size(articles) - 1) WHERE articles[i] <> $articleId] AS kept
  SET n.evidence = [item IN n.evidence WHERE NOT item STARTS WITH $evidencePrefix],
      n.sourceArticles = [id IN n.sourceArticles WHERE id <> $articleId],
      n.mentionArticles = [i IN kept | articles[i]],
      n.mentionCounts = [i IN kept | counts[i]]
  SET n.mentions = reduce(total = 0, count IN n.mentionCounts | total + count)
}
DETACH DELETE article
WITH mentionedNodes
UNWIND mentionedNodes AS n
WITH n WHERE size(n.evidence) = 0 AND NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n`;

/** One label's nodes, or one relationship type's edges between two labels, turned into rows on demand. */
export interface RowGroup<Element> {
  elements: Element[];
  row: (element: Element) => ListRow;
  /** How each column is sent. */
  types: ColumnType[];
}
type SerializedNode = SerializedNewsGraph["nodes"][number];
type SerializedEdge = SerializedNewsGraph["edges"][number];
export type NodeGroup = RowGroup<SerializedNode> & { label: NodeLabel };
export type RelationshipGroup = RowGroup<SerializedEdge> & { type: RelationType; from: NodeLabel; to: NodeLabel };

export interface RowPlan {
  /** Nodes by label; a row's values are in the order of `nodeColumns(label)`. */
  nodes: NodeGroup[];
  /** Relationships by type and endpoint labels; a row's values are in the order of `relationshipColumns(type)`. */
  relationships: RelationshipGroup[];
}

export const nodeColumns = (label: NodeLabel): string[] => [...NODE_COLUMNS, ...scalarNames(NODE_LABELS[label].properties), "longName"];
export const relationshipColumns = (type: RelationType): string[] => [...RELATIONSHIP_COLUMNS, ...scalarNames(RELATION_TYPES[type].properties)];

/**
 * The graph's elements grouped as the writer sends them, each turned into its row (exactly as it is
 * stored; also the benchmark's CSV rows) only when asked: the writer builds a batch's rows while the
 * server runs the batch before it.
 */
export function planRows(graph: SerializedNewsGraph): RowPlan {
  const nodeLabel = new Map<string, NodeLabel>();
  for (const node of graph.nodes) {
    const kind = node.attributes?.kind;
    if (!isNodeLabel(kind)) throw new UserError(`node ${node.key}: kind ${JSON.stringify(kind)} is not a label of the schema`);
    nodeLabel.set(node.key, kind);
  }

  // Each article's mention counts, from its MENTIONS edges: the per-article contributions.
  const contributions = new Map<string, { articles: string[]; counts: number[] }>();
  const articleIdOf = new Map(graph.nodes.filter((node) => node.attributes?.kind === "Article").map((node) => [node.key, node.attributes!.articleId ?? node.key]));
  for (const edge of graph.edges) {
    if (edge.attributes?.kind !== "MENTIONS") continue;
    const entry = contributions.get(edge.target) ?? { articles: [], counts: [] };
    entry.articles.push(articleIdOf.get(edge.source) ?? edge.source);
    entry.counts.push(edge.attributes.count ?? 0);
    contributions.set(edge.target, entry);
  }

  const nodeGroups = new Map<NodeLabel, NodeGroup>();
  for (const node of graph.nodes) {
    const label = nodeLabel.get(node.key)!;
    let group = nodeGroups.get(label);
    if (!group) {
      const specs: Record<string, PropertySpec> = NODE_LABELS[label].properties;
      const scalars = scalarNames(specs);
      const row = (node: SerializedNode): ListRow => {
        const attributes = node.attributes!;
        const contribution = contributions.get(node.key);
        const hasMentions = attributes.mentions !== undefined;
        const mentionArticles = [...(contribution?.articles ?? [])];
        const counts = [...(contribution?.counts ?? [])];
        const attributed = counts.reduce((sum, count) => sum + count, 0);
        const unattributed = hasMentions ? attributes.mentions! - attributed : 0;
        if (unattributed > 0) {
          mentionArticles.push(UNATTRIBUTED);
          counts.push(unattributed);
        }
        const key = storedKey(node.key);
        const longName = tooLongToIndex(attributes.name);
        const values = attributes as unknown as Record<string, unknown>;
        return [
          key,
          key !== node.key ? node.key : null,
          attributes.aliases ? [...new Set(attributes.aliases)] : null,
          joinedEvidence(attributes.evidence),
          sourceArticles(attributes.evidence),
          attributes.confidence ?? null,
          hasMentions ? mentionArticles : null,
          hasMentions ? counts : null,
          hasMentions ? attributed + Math.max(unattributed, 0) : null,
          ...scalars.map((name) => (name === "name" && longName ? `${attributes.name.slice(0, 1000)}…` : values[name]) ?? null),
          longName ? attributes.name : null,
        ];
      };
      group = { label, elements: [], row, types: [...NODE_COLUMN_TYPES, ...scalars.map((name) => scalarType(specs[name])), "string"] };
      nodeGroups.set(label, group);
    }
    group.elements.push(node);
  }

  const relationshipGroups = new Map<string, RelationshipGroup>();
  for (const edge of graph.edges) {
    const type = edge.attributes?.kind;
    if (!isRelationType(type)) throw new UserError(`edge ${edge.key ?? `${edge.source}->${edge.target}`}: kind ${JSON.stringify(type)} is not a relation type of the schema`);
    const from = nodeLabel.get(edge.source);
    const to = nodeLabel.get(edge.target);
    if (!from || !to) throw new UserError(`edge ${edge.key}: endpoint ${from ? edge.target : edge.source} is not a node of the graph`);
    const groupKey = `${type}|${from}|${to}`;
    let group = relationshipGroups.get(groupKey);
    if (!group) {
      const specs: Record<string, PropertySpec> = RELATION_TYPES[type].properties;
      const scalars = scalarNames(specs);
      const row = (edge: SerializedEdge): ListRow => {
        const attributes = edge.attributes!;
        const values = attributes as unknown as Record<string, unknown>;
        return [
          edge.key ?? edgeKey(type, edge.source, edge.target, attributes.role),
          storedKey(edge.source),
          storedKey(edge.target),
          joinedEvidence(attributes.evidence),
          sourceArticles(attributes.evidence),
          attributes.confidence ?? null,
          ...scalars.map((name) => values[name] ?? null),
        ];
      };
      group = { type, from, to, elements: [], row, types: [...RELATIONSHIP_COLUMN_TYPES, ...scalars.map((name) => scalarType(specs[name]))] };
      relationshipGroups.set(groupKey, group);
    }
    group.elements.push(edge);
  }
  return { nodes: [...nodeGroups.values()], relationships: [...relationshipGroups.values()] };
}

// Chunks in flight: with two, the driver builds and packs the next chunk while the server works on
// the one before (measured: one in flight left the server idle meanwhile, three deadlocked more).
// Chunks of nodes never share a key; chunks of relationships may lock the same endpoints, and an
// inner batch that deadlocks is sent again once the other chunks are done.
const CHUNK_CONCURRENCY = 2;
// Rows per query; the server commits every `batchSize` of them. (Measured: 10,000 no faster; 50,000
// slower, its chunks of relationships deadlocking on each other again despite the sorting below.)
const CHUNK_ROWS = 20_000;
// Attempts at a chunk whose query fails with a transient error, and rounds of sending again the rows
// of failed inner batches (one chunk at a time, so no deadlock partner is left).
const MAX_ATTEMPTS = 5;

/** One query's worth of rows, built only when the chunk is about to be sent. */
interface Chunk {
  queries: ChunkQueries;
  types: ColumnType[];
  buildRows: () => ListRow[];
}

// A chunk's relationships are sent in the order of their target's key. The graph lists edges by
// source (an article's edges together), so chunks in flight at the same time mostly have different
// sources, and sorted targets make their inner transactions lock shared targets in the same order:
// one waits for the other instead of deadlocking (measured: a third of the rows failed unsorted, none
// sorted, on the benchmark's graph).
const TARGET_COLUMN = RELATIONSHIP_COLUMNS.indexOf("target");

/** The group's elements in chunks of CHUNK_ROWS, each chunk's rows sorted by the column `orderBy` when given. */
function chunksOf<Element>({ elements, row, types }: RowGroup<Element>, body: string, batchSize: number, orderBy?: number): Chunk[] {
  const byColumn = (a: ListRow, b: ListRow) => {
    const [left, right] = [a[orderBy!] as string, b[orderBy!] as string];
    return left < right ? -1 : left > right ? 1 : 0;
  };
  const queries = chunkQueries(types, body, batchSize);
  return batches(elements, CHUNK_ROWS).map((chunk) => ({ queries, types, buildRows: () => (orderBy === undefined ? chunk.map(row) : chunk.map(row).sort(byColumn)) }));
}

async function inParallel(tasks: (() => Promise<void>)[], concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
}

/** Runs `work` again on transient errors (deadlocks, a lost leader): auto-commit queries are not retried by the driver. */
async function retryingTransientErrors<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !neo4j.isRetriableError(error) || stoppedAnswering(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

// Another writer creating the same schema at once may deadlock with this one (a transient error, tried
// again) or have just made the rule (IF NOT EXISTS then fails instead of passing: the rule is there, done).
const SCHEMA_RULE_EXISTS = new Set(["Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "Neo.ClientError.Schema.IndexAlreadyExists", "Neo.ClientError.Schema.ConstraintAlreadyExists"]);

async function createSchemaRule(run: () => Promise<unknown>): Promise<void> {
  try {
    await retryingTransientErrors(run);
  } catch (error) {
    if (!SCHEMA_RULE_EXISTS.has((error as { code?: string }).code ?? "")) throw error;
  }
}

/**
 * The stored keys of nodes that corpus resolution took out, by label: those it joined into another, read
 * from each survivor's `mergedFrom` ("Person:blair (surname)"), and those it left outside the schema (the
 * graph's `leftOutside`); a key that is itself a node of this graph is left alone.
 */
export function keysTakenOutByLabel(graph: SerializedNewsGraph): Map<NodeLabel, string[]> {
  const present = new Set(graph.nodes.map((node) => node.key));
  const takenOut = [...graph.nodes.flatMap((node) => (node.attributes?.mergedFrom ?? []).map((entry) => entry.replace(/ \([^()]*\)$/, ""))), ...(graph.attributes?.leftOutside ?? [])];
  const byLabel = new Map<NodeLabel, string[]>();
  for (const key of takenOut) {
    const label = key.slice(0, key.indexOf(":"));
    if (!isNodeLabel(label) || present.has(key)) continue;
    const keys = byLabel.get(label) ?? byLabel.set(label, []).get(label)!;
    keys.push(storedKey(key));
  }
  return byLabel;
}

/** How many articles a log line names. */
const NAMED_IN_LOG = 5;
const namedInLog = (names: string[]) => names.slice(0, NAMED_IN_LOG).join(", ") + (names.length > NAMED_IN_LOG ? ", …" : "");

/**
 * The incoming articles, stored under no key of their own, whose text Neo4j already holds under another
 * id (a complete article: its contentHash marker is set), by incoming id.
 */
async function storedWithSameText(driver: Driver, database: string | undefined, articles: SerializedNewsGraph["nodes"]): Promise<Map<string, StoredArticle>> {
  const byHash = new Map(articles.filter((node) => node.attributes?.contentHash).map((node) => [node.attributes!.contentHash!, node.attributes!.articleId ?? node.key]));
  const found = new Map<string, StoredArticle>();
  if (byHash.size === 0) return found;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run("MATCH (a:Article) WHERE a.contentHash IN $hashes RETURN a.contentHash AS hash, a ORDER BY a.key", { hashes: [...byHash.keys()] }),
    );
    for (const record of result.records) {
      const incomingId = byHash.get(record.get("hash") as string)!;
      const attributes = { kind: "Article", ...attributesOf((record.get("a") as Node).properties) } as NodeAttributes;
      if (!found.has(incomingId)) found.set(incomingId, { id: attributes.articleId!, attributes });
    }
  } finally {
    await session.close();
  }
  return found;
}

export async function writeGraph(driver: Driver, incoming: SerializedNewsGraph, options: WriteOptions): Promise<WriteCounts> {
  const { database, log } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const session = () => driver.session({ database, defaultAccessMode: neo4j.session.WRITE });

  const write = async (query: string, rows: unknown[]) => {
    const s = session();
    try {
      await s.executeWrite((tx: ManagedTransaction) => tx.run(query, { rows }));
    } finally {
      await s.close();
    }
  };

  /** Sends one chunk as one auto-commit query; returns the rows of its inner batches that failed, and why. */
  const writeChunk = async ({ queries, types }: Chunk, rows: ListRow[]): Promise<{ failed: ListRow[]; error: string | null }> => {
    const packed = packedRows(rows, types);
    const [query, sent] = packed === null ? [queries.list, rows.map((row) => driverRow(row, types))] : [queries.packed, packed];
    const s = session();
    try {
      const { records } = await retryingTransientErrors(() => s.run(query, { rows: sent, ...PACKING }));
      const positions = records[0].get("failed") as Integer[];
      return { failed: positions.map((position) => rows[position.toNumber()]), error: records[0].get("error") as string | null };
    } finally {
      await s.close();
    }
  };

  /** Writes the chunks, then sends the rows of failed inner batches again until none is left. */
  const writeChunks = async (chunks: Chunk[]): Promise<number> => {
    const retries: { chunk: Chunk; rows: ListRow[] }[] = [];
    let written = 0;
    await inParallel(
      chunks.map((chunk) => async () => {
        const rows = chunk.buildRows();
        const { failed } = await writeChunk(chunk, rows);
        if (failed.length > 0) retries.push({ chunk, rows: failed });
        written += rows.length - failed.length;
      }),
      CHUNK_CONCURRENCY,
    );
    for (const retry of retries) {
      let rows = retry.rows;
      for (let attempt = 1; rows.length > 0; attempt++) {
        const { failed, error } = await writeChunk(retry.chunk, rows);
        written += rows.length - failed.length;
        if (failed.length > 0 && attempt >= MAX_ATTEMPTS) throw new Error(`Neo4j refused ${failed.length} rows ${MAX_ATTEMPTS} times: ${error}`);
        rows = failed;
      }
    }
    return written;
  };

  // 1. What is stored already: the incoming articles by key, with their content hash.
  const incomingKeys = incoming.nodes.filter((node) => node.attributes?.kind === "Article").map((node) => storedKey(node.key));
  const storedSession = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let stored: Map<string, string | null>;
  try {
    const result = await storedSession.executeRead((tx) =>
      tx.run("UNWIND $keys AS key MATCH (a:Article {key: key}) RETURN a.key AS key, a.contentHash AS hash", {
        keys: incomingKeys,
      }),
    );
    stored = new Map(result.records.map((record) => [record.get("key") as string, record.get("hash") as string | null]));
  } finally {
    await storedSession.close();
  }

  // 2. An article new by its id whose text is stored under another id is written as that one, not stored twice.
  const unknownById = incoming.nodes.filter((node) => node.attributes?.kind === "Article" && !stored.has(storedKey(node.key)));
  const sameText = await storedWithSameText(driver, database, unknownById);
  if (sameText.size > 0) {
    const named = namedInLog([...sameText].map(([id, article]) => `${id} as ${article.id}`));
    log(`Neo4j: ${sameText.size} article(s) already stored under another id with the same text, written as that one (${named})`);
  }
  const graph = asStoredArticles(incoming, sameText);
  const plan = planRows(graph);
  const incomingArticles = graph.nodes.filter((node) => node.attributes?.kind === "Article");

  // 3. Schema, once the graph is known to fit it (planRows refuses one that does not), before any data:
  // every MERGE then finds its node through the uniqueness constraint's index.
  const schemaSession = session();
  try {
    for (const statement of [...NEO4J_CONSTRAINTS, ...NEO4J_INDEXES]) await createSchemaRule(() => schemaSession.run(statement.cypher));
  } finally {
    await schemaSession.close();
  }

  // 4. Articles stored before with another text, or never finished, are purged before rewriting.
  const replaced: string[] = [];
  for (const article of incomingArticles) {
    const key = storedKey(article.key);
    if (!stored.has(key) || stored.get(key) === article.attributes!.contentHash) continue;
    const articleId = article.attributes!.articleId ?? article.key;
    const evidencePrefix = JSON.stringify({ article: articleId }).slice(0, -1) + ",";
    const s = session();
    try {
      await s.executeWrite((tx) => tx.run(PURGE_ARTICLE, { key, articleId, evidencePrefix }));
    } finally {
      await s.close();
    }
    replaced.push(articleId);
  }
  // Named, since an id reused for another story (two corpora that both hold `report`) also lands here.
  if (replaced.length > 0) log(`Neo4j: replaced ${replaced.length} article(s) stored before with other or unfinished content (${namedInLog(replaced)})`);

  // 5. Nodes, in chunks of one label.
  const nodesWritten = await writeChunks(plan.nodes.flatMap((group) => chunksOf(group, nodeQuery(group.label), batchSize)));
  log(`Neo4j: ${nodesWritten}/${graph.nodes.length} nodes written`);

  // 6. Relationships, grouped by type and endpoint labels so both endpoints are found by index.
  const relationshipsWritten = await writeChunks(
    plan.relationships.flatMap((group) => chunksOf(group, relationshipQuery(group.type, group.from, group.to), batchSize, TARGET_COLUMN)),
  );
  log(`Neo4j: ${relationshipsWritten}/${graph.edges.length} relationships written`);

  // 7. Nodes that corpus resolution joined into another (listed in the survivor's `mergedFrom`) or left outside
  // the schema (the graph's `leftOutside`) go: a store written before from fewer articles may still hold
  // "Person:blair" beside "Person:tony blair", or "Organization:aviator". One is deleted
  // only when every article it has evidence from is in this graph, whose survivor carries that evidence now;
  // one that also holds articles this graph lacks is kept (its evidence would be lost) and counted.
  const articleIds = incomingArticles.map((node) => node.attributes!.articleId ?? node.key);
  let takenOutDeleted = 0;
  let takenOutKept = 0;
  for (const [label, keys] of keysTakenOutByLabel(graph)) {
    for (const batch of batches(keys, batchSize)) {
      const s = session();
      try {
        const result = await s.executeWrite((tx) =>
          tx.run(
            `UNWIND $keys AS key MATCH (n:${label} {key: key})
WITH n, all(id IN coalesce(n.sourceArticles, []) WHERE id IN $articles) AS covered
CALL (n, covered) { WITH n WHERE covered DETACH DELETE n }
RETURN sum(CASE WHEN covered THEN 1 ELSE 0 END) AS deleted, sum(CASE WHEN covered THEN 0 ELSE 1 END) AS kept`,
            { keys: batch, articles: articleIds },
          ),
        );
        takenOutDeleted += (result.records[0]?.get("deleted") as Integer | undefined)?.toNumber() ?? 0;
        takenOutKept += (result.records[0]?.get("kept") as Integer | undefined)?.toNumber() ?? 0;
      } finally {
        await s.close();
      }
    }
  }
  if (takenOutDeleted > 0) log(`Neo4j: ${takenOutDeleted} node(s) stored before and now merged into another or left outside the schema deleted`);
  if (takenOutKept > 0) log(`Neo4j: ${takenOutKept} node(s) now merged into another or left outside the schema kept: they hold evidence from articles not in this graph`);

  // 8. Last, the marker: an article with its contentHash is completely written.
  const markers = incomingArticles.map((node) => ({ key: storedKey(node.key), contentHash: node.attributes!.contentHash ?? null }));
  for (const batch of batches(markers, batchSize)) {
    await write("UNWIND $rows AS row MATCH (a:Article {key: row.key}) SET a.contentHash = row.contentHash", batch);
  }

  return { nodes: nodesWritten, relationships: relationshipsWritten, articlesReplaced: replaced.length };
}
