// Reading the stored graph back out of Neo4j as a graphology serialization of the same shape
// the pipeline writes, undoing the writer's storage choices (evidence strings, contributions).
import neo4j, { type Driver, type Node, type Relationship } from "neo4j-driver";
import { NODE_LABEL_NAMES, RELATION_TYPE_NAMES, type EdgeAttributes, type NodeAttributes } from "../../../graph-schema/index.js";
import type { SerializedNewsGraph } from "../../graph/index.js";
import { toPlain } from "./values.js";

/** Bookkeeping properties of the writer that are not graph attributes. */
const INTERNAL_PROPERTIES = new Set(["key", "longKey", "longName", "mentionArticles", "mentionCounts", "sourceArticles"]);

export function attributesOf(properties: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (INTERNAL_PROPERTIES.has(name)) continue;
    attributes[name] = name === "evidence" ? (value as string[]).map((item) => JSON.parse(item)) : toPlain(value);
  }
  if (typeof properties.longName === "string") attributes.name = properties.longName;
  return attributes;
}

function collect(value: unknown, nodes: Map<string, Node>, relationships: Map<string, Relationship>): void {
  if (neo4j.isNode(value)) nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) relationships.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const segment of value.segments) {
      nodes.set(segment.end.elementId, segment.end);
      relationships.set(segment.relationship.elementId, segment.relationship);
    }
  } else if (Array.isArray(value)) for (const item of value) collect(item, nodes, relationships);
}

/**
 * The stored graph, or with `query` the nodes, relationships and paths that read query returns
 * (a relationship brings its endpoints along). Only schema labels and relationship types are read.
 */
export async function readGraph(driver: Driver, options: { database?: string; query?: string; parameters?: Record<string, unknown> } = {}): Promise<SerializedNewsGraph> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  try {
    await session.executeRead(async (tx) => {
      if (options.query) {
        const result = await tx.run(options.query, options.parameters ?? {});
        for (const record of result.records) for (const value of record.values()) collect(value, nodes, relationships);
        const missing = [...relationships.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((id) => !nodes.has(id));
        if (missing.length > 0) {
          const endpoints = await tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: [...new Set(missing)] });
          for (const record of endpoints.records) collect(record.get("n"), nodes, relationships);
        }
      } else {
        const allNodes = await tx.run("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN n", { labels: NODE_LABEL_NAMES });
        for (const record of allNodes.records) collect(record.get("n"), nodes, relationships);
        const allRelationships = await tx.run("MATCH ()-[r]->() WHERE type(r) IN $types RETURN r", { types: RELATION_TYPE_NAMES });
        for (const record of allRelationships.records) collect(record.get("r"), nodes, relationships);
      }
    });
  } finally {
    await session.close();
  }

  const keyOf = new Map([...nodes.values()].map((node) => [node.elementId, String(node.properties.longKey ?? node.properties.key ?? node.elementId)]));
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [...nodes.values()].map((node) => ({
      key: keyOf.get(node.elementId)!,
      attributes: { kind: node.labels.find((label) => (NODE_LABEL_NAMES as string[]).includes(label)), ...attributesOf(node.properties) } as NodeAttributes,
    })),
    edges: [...relationships.values()].map((relationship) => ({
      key: String(relationship.properties.key ?? relationship.elementId),
      source: keyOf.get(relationship.startNodeElementId)!,
      target: keyOf.get(relationship.endNodeElementId)!,
      attributes: { kind: relationship.type, ...attributesOf(relationship.properties) } as EdgeAttributes,
    })),
  };
}
