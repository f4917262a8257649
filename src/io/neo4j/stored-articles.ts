// An article whose text is already stored under another id (a later run, a feed that renamed it)
// is written as the stored one, so Neo4j holds each text once: its events, edges and evidence are
// moved to the stored id, and the stored Article node keeps its own properties.
import { edgeKey, type Evidence, type NodeAttributes } from "../../../graph-schema/index.js";
import { articleKey, type SerializedNewsGraph } from "../../graph/index.js";

/** An incoming article to be written as one already stored: its id there and its stored properties. */
export interface StoredArticle {
  id: string;
  attributes: NodeAttributes;
}

/** The graph with each incoming article id in `stored` replaced by the stored article's. */
export function asStoredArticles(graph: SerializedNewsGraph, stored: Map<string, StoredArticle>): SerializedNewsGraph {
  if (stored.size === 0) return graph;
  const renamedKey = (key: string): string => {
    if (key.startsWith("Article:")) {
      const target = stored.get(key.slice("Article:".length));
      return target ? articleKey(target.id) : key;
    }
    // Event keys are `Event:<articleId>#<n>`.
    const event = /^Event:(.*)#(\d+)$/.exec(key);
    const target = event && stored.get(event[1]);
    return target ? `Event:${target.id}#${event[2]}` : key;
  };
  const renamedEvidence = (evidence: Evidence[] | undefined) =>
    evidence?.map((item) => (stored.has(item.article) ? { ...item, article: stored.get(item.article)!.id } : item));
  return {
    ...graph,
    nodes: graph.nodes.map(({ key, attributes }) => {
      const article = attributes?.kind === "Article" ? stored.get(attributes.articleId ?? "") : undefined;
      if (article) return { key: articleKey(article.id), attributes: article.attributes };
      return { key: renamedKey(key), attributes: attributes && { ...attributes, evidence: renamedEvidence(attributes.evidence) } };
    }),
    edges: graph.edges.map((edge) => {
      const source = renamedKey(edge.source);
      const target = renamedKey(edge.target);
      const attributes = edge.attributes && { ...edge.attributes, evidence: renamedEvidence(edge.attributes.evidence)! };
      const moved = source !== edge.source || target !== edge.target;
      return { ...edge, source, target, attributes, key: moved && attributes ? edgeKey(attributes.kind, source, target, attributes.role) : edge.key };
    }),
  };
}
