import type { NewsGraph } from "./index.js";

/** Drops nodes and edges whose confidence is below `minimum` (Article nodes have none and stay). */
export function filterByConfidence(graph: NewsGraph, minimum: number): void {
  if (minimum <= 0) return;
  graph.forEachEdge((edge, attributes) => {
    if (attributes.confidence < minimum) graph.dropEdge(edge);
  });
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "Article" && (attributes.confidence ?? 1) < minimum) graph.dropNode(node);
  });
}
