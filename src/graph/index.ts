// The typed graphology graph: one MultiDirectedGraph for many articles. Entities are
// keyed by kind + normalised canonical name, so the same person in two articles is one
// node; every node and edge accumulates its evidence (article, sentence, offsets).
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import {
  edgeKey,
  validateEdge,
  validateNode,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
  type RelationType,
} from "../../graph-schema/index.js";
import type { ArticleDoc, Span } from "../doc.js";
import { contentHash } from "../ingest/index.js";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedNewsGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

export function articleKey(articleId: string): string {
  return `Article:${articleId}`;
}

/** Why an article was not added: it is already in the graph with the same text. */
export type AddResult = { added: true } | { added: false; duplicateOf: string };

/** Adds one annotated article and everything found in it to the graph. */
export function addArticle(graph: NewsGraph, doc: ArticleDoc): AddResult {
  const { article } = doc;
  const hash = contentHash(article.text);
  const duplicate = articlesByHash(graph).get(hash);
  if (duplicate) return { added: false, duplicateOf: duplicate };

  const evidenceAt = (sentence: number, span: Span): Evidence => ({
    article: article.id,
    sentence: doc.sentences[sentence]?.text ?? "",
    start: span.start,
    end: span.end,
  });

  const articleNode = articleKey(article.id);
  articlesByHash(graph).set(hash, articleNode);
  graph.mergeNode(articleNode, {
    kind: "Article",
    name: article.title ?? article.id,
    articleId: article.id,
    ...(article.title ? { title: article.title } : {}),
    date: article.date,
    ...(article.source ? { source: article.source } : {}),
    contentHash: hash,
    words: doc.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
  });

  for (const entity of doc.entities) {
    const evidence = entity.mentions.map((mention) => evidenceAt(mention.sentence, mention));
    mergeEntityNode(graph, entity.key, {
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      mentions: entity.mentions.length,
      confidence: entity.confidence,
      evidence,
    });
    mergeEdge(graph, "MENTIONS", articleNode, entity.key, { count: entity.mentions.length, confidence: entity.confidence, evidence });
  }
  for (const event of doc.events) {
    const evidence = event.triggers.map((trigger) => evidenceAt(trigger.sentence, trigger));
    mergeEntityNode(graph, event.key, {
      kind: "Event",
      name: event.name,
      aliases: event.aliases,
      mentions: event.triggers.length,
      confidence: event.confidence,
      evidence,
      eventType: event.eventType,
      date: event.date,
    });
    mergeEdge(graph, "MENTIONS", articleNode, event.key, { count: event.triggers.length, confidence: event.confidence, evidence });
  }
  // One merge per edge, with all the sentences that state it in this article.
  const byEdge = new Map<string, { relation: (typeof doc.relations)[number]; confidence: number; evidence: Evidence[] }>();
  for (const relation of doc.relations) {
    if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target) || relation.source === relation.target) continue;
    const key = edgeKey(relation.kind, relation.source, relation.target, relation.role);
    const entry = byEdge.get(key) ?? byEdge.set(key, { relation, confidence: 0, evidence: [] }).get(key)!;
    entry.confidence = Math.max(entry.confidence, relation.confidence);
    entry.evidence.push(evidenceAt(relation.sentence, relation.span));
  }
  for (const { relation, confidence, evidence } of byEdge.values()) {
    mergeEdge(graph, relation.kind, relation.source, relation.target, { ...(relation.role ? { role: relation.role } : {}), confidence, evidence });
  }
  return { added: true };
}

// Content hash → Article node, per graph, so spotting a repeated article does not scan every node.
const hashIndexes = new WeakMap<NewsGraph, Map<string, string>>();
function articlesByHash(graph: NewsGraph): Map<string, string> {
  let index = hashIndexes.get(graph);
  if (!index) {
    index = new Map();
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === "Article" && attributes.contentHash) index!.set(attributes.contentHash, key);
    });
    hashIndexes.set(graph, index);
  }
  return index;
}

function mergeEntityNode(graph: NewsGraph, key: string, attributes: NodeAttributes): void {
  if (!graph.hasNode(key)) {
    // Its own list: it grows in place below, and the article's MENTIONS edge was given the same one.
    graph.addNode(key, { ...attributes, evidence: [...(attributes.evidence ?? [])] });
    return;
  }
  // Updated in place: a hub like "United Kingdom" gains evidence from thousands of articles, and copying its lists each time would be quadratic.
  const existing = graph.getNodeAttributes(key);
  existing.aliases = unionStrings(existing.aliases, attributes.aliases, existing.name);
  existing.mentions = (existing.mentions ?? 0) + (attributes.mentions ?? 0);
  existing.confidence = Math.max(existing.confidence ?? 0, attributes.confidence ?? 0);
  existing.evidence = appendEvidence(existing.evidence ?? [], attributes.evidence ?? []);
  // An event first seen without a date takes the date another mention gives it.
  if (existing.kind === "Event" && !existing.date && attributes.date) existing.date = attributes.date;
}

export function mergeEdge(
  graph: NewsGraph,
  kind: RelationType,
  source: string,
  target: string,
  attributes: Omit<EdgeAttributes, "kind">,
): void {
  const key = edgeKey(kind, source, target, attributes.role);
  if (!graph.hasEdge(key)) {
    // Its own list, for the same reason as a node's: it grows in place below.
    graph.addDirectedEdgeWithKey(key, source, target, { kind, ...attributes, evidence: [...attributes.evidence] });
    return;
  }
  const existing = graph.getEdgeAttributes(key);
  if (existing.count !== undefined) existing.count += attributes.count ?? 0;
  existing.confidence = Math.max(existing.confidence, attributes.confidence);
  existing.evidence = appendEvidence(existing.evidence, attributes.evidence);
}

function unionStrings(a: string[] = [], b: string[] = [], exclude: string): string[] {
  return [...new Set([...a, ...b])].filter((alias) => alias !== exclude);
}

/**
 * Appends new evidence, skipping what is already there. Evidence arrives one article at a time,
 * so only the trailing run from the same articles can hold a duplicate.
 */
function appendEvidence(existing: Evidence[], incoming: Evidence[]): Evidence[] {
  const articles = new Set(incoming.map((e) => e.article));
  const seen = new Set<string>();
  for (let i = existing.length - 1; i >= 0 && articles.has(existing[i].article); i--) seen.add(evidenceId(existing[i]));
  for (const evidence of incoming) {
    if (seen.has(evidenceId(evidence))) continue;
    seen.add(evidenceId(evidence));
    existing.push(evidence);
  }
  return existing;
}

const evidenceId = (e: Evidence): string => `${e.article}@${e.start}-${e.end}`;

/**
 * What graphology's export() gives (the same JSON), but holding each node's and edge's own
 * attribute object where export() makes a copy: for the writers, which only read it. A corpus
 * graph's copies were as large again as the graph's nodes and edges themselves.
 */
export function exportSharingAttributes(graph: NewsGraph): SerializedNewsGraph {
  const nodes: SerializedNewsGraph["nodes"] = [];
  graph.forEachNode((key, attributes) => nodes.push(hasAny(attributes) ? { key, attributes } : { key }));
  const edges: SerializedNewsGraph["edges"] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push(hasAny(attributes) ? { key, source, target, attributes } : { key, source, target }));
  return { options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes: graph.getAttributes(), nodes, edges };
}

/** export() leaves out an empty attribute object, and so must exportSharingAttributes. */
function hasAny(attributes: object): boolean {
  for (const _ in attributes) return true;
  return false;
}

/** Every schema violation in the graph; empty when valid. */
export function validateGraph(graph: NewsGraph): string[] {
  const problems: string[] = [];
  graph.forEachNode((key, attributes) => problems.push(...validateNode(key, { ...attributes })));
  graph.forEachEdge((_, attributes, source, target, sourceAttributes, targetAttributes) =>
    problems.push(
      ...validateEdge({ key: source, kind: sourceAttributes.kind }, { key: target, kind: targetAttributes.kind }, { ...attributes }),
    ),
  );
  return problems;
}
