// newsgraph's library API: articles in, typed graph out, and the graph written as
// graphology JSON, GraphML, GEXF, CSV, a viewer page or to Neo4j. This file is the package's one
// entry point (`import { … } from "newsgraph"`); everything a user needs is exported here.
import { createGraph, type NewsGraph, type SerializedNewsGraph } from "./graph/index.js";

// Articles in: readers for text files with a dateline, folders, JSONL feeds and stdin.
/** Reads article files, folders (recursively, .txt), JSONL feeds or "-" (stdin) into articles or per-input problems. */
export { readInputs } from "./ingest/index.js";
/** Parses one plain-text article (optional `date YYYY-MM-DD` first line) into an Article, or a problem. */
export { parseArticleText } from "./ingest/index.js";
/** Parses a JSONL feed ({"id","date","title","text"} per line) into articles and per-line problems. */
export { parseFeed } from "./ingest/index.js";
/** The spans of an article's text that are story (teasers, bylines and agency credits left out). */
export { storySpans } from "./ingest/index.js";
export type { IngestItem, IngestProblem } from "./ingest/index.js";
export type { Article, ArticleDoc, Sentence, Token, Mention, Entity, EventMention, RelationMention, Span } from "./doc.js";

// One article: the NLP pipeline (sentences, tokens, tags, parse, entities, relations, events).
/** Runs the whole pipeline over one article and returns its annotated document. */
export { processArticle } from "./pipeline.js";
/** Runs the pipeline over every input and merges the documents into one graph; never throws for one bad article. */
export { buildGraph, type BuildReport } from "./build.js";
/** The same on one worker thread per core (or `jobs`); the graph is the one buildGraph gives. */
export { buildGraphInParallel } from "./build.js";

// The graph: a graphology MultiDirectedGraph typed by graph-schema.
/** A new, empty news graph (a graphology MultiDirectedGraph with schema-typed attributes). */
export { createGraph } from "./graph/index.js";
/** Adds one processed article's entities, events and relations to the graph, merging on stable keys. */
export { addArticle } from "./graph/index.js";
/** Checks every node and edge against graph-schema; returns the problems found (empty when valid). */
export { validateGraph } from "./graph/index.js";
export type { NewsGraph, SerializedNewsGraph, AddResult } from "./graph/index.js";
/** Corpus-level resolution: joins entity nodes that name the same thing ("Blair", "Tony Blair") and reports why. */
export { mergeEntities, DEFAULT_MERGE_SETTINGS, type MergeReport, type MergeSettings, type EntityMerge, type MergeRule } from "./graph/merge-entities.js";
/** Drops nodes and relations whose confidence is below a minimum (0–1). */
export { filterByConfidence } from "./graph/confidence.js";
/** Lays the graph out (ForceAtlas2, then noverlap) and stores x/y on every node, as the viewer and Gephi expect. */
export { layoutGraph, layoutGraphInWorker } from "./graph/layout.js";
/** A plain-text summary: counts by kind and relation type, top entities, events with dates. */
export { summarise } from "./graph/summary.js";

// The schema: labels, relation types, their properties, keys and Neo4j constraints.
export {
  NODE_LABELS,
  RELATION_TYPES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  nodeKey,
  edgeKey,
  type NodeLabel,
  type EntityLabel,
  type RelationType,
  type EventType,
  type ParticipantRole,
  type NodeAttributes,
  type EdgeAttributes,
  type Evidence,
} from "../graph-schema/index.js";

// Out: graphology JSON, GraphML, GEXF, CSV, the viewer page, Neo4j.
/** The graph as graphology's own JSON serialization (what `newsgraph build` writes as graph.json). */
export function serializeGraph(graph: NewsGraph): SerializedNewsGraph {
  return graph.export();
}
/** A news graph read back from graphology JSON (graph.json). */
export function deserializeGraph(serialized: SerializedNewsGraph): NewsGraph {
  const graph = createGraph();
  graph.import(serialized);
  return graph;
}
/** GraphML (valid XML 1.0, typed keys, `label` on nodes and edges) for Gephi, yEd, Cytoscape and networkx. */
export { toGraphML } from "./io/graphml.js";
/** GEXF 1.2 for Gephi: colour by kind, size by mentions, the layout's positions, labels, schema-typed columns; valid XML 1.0. */
export { toGEXF } from "./io/gexf.js";
/** CSV files for `neo4j-admin database import` and spreadsheets: a nodes file per label, a relationships file per type, headers typed from graph-schema. */
export { toCsvFiles, neo4jAdminImportCommand, CSV_ARRAY_DELIMITER, type CsvFile } from "./io/csv.js";
/** The viewer: one self-contained HTML page (Sigma.js, data inlined) that opens from file://. */
export { renderViewerPage, viewerPageChunks } from "./io/viewer-page.js";
/** Writes a serialized graph to Neo4j (NEO4J_URI, else the project's local server); returns a one-line summary. */
export { persistGraph } from "./io/neo4j/index.js";
/** Writes a serialized graph through an open neo4j-driver Driver: constraints first, then batched MERGEs; idempotent. */
export { writeGraph, type WriteOptions, type WriteCounts } from "./io/neo4j/writer.js";
/** Reads a stored graph (or a query's subgraph) back from Neo4j as graphology JSON. */
export { readGraph } from "./io/neo4j/readback.js";
/** Opens and verifies a neo4j-driver Driver for a target ({ uri, username, password, database? }). */
export { openDriver, type Neo4jTarget } from "./io/neo4j/connection.js";
/** The Neo4j target named by NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE; null when NEO4J_URI is unset. */
export { neo4jTargetFromEnv } from "./io/neo4j/index.js";
/** Runs a read-only Cypher query (NEO4J_URI, else the local server) and returns columns and plain-value rows. */
export { readQuery } from "./io/neo4j/index.js";
/** An error meant for the user (bad input, missing server); its message is the whole story. */
export { UserError } from "./errors.js";
