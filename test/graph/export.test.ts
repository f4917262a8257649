// Issue #14: `newsgraph build` hands its writers the graph's own attribute objects instead of
// graphology's export(), which copies every one of them; the files must not change.
import { describe, expect, it } from "vitest";
import { createGraph, exportSharingAttributes } from "../../src/graph/index.js";

describe("exportSharingAttributes", () => {
  const graph = createGraph();
  graph.addNode("Person:ada", { kind: "Person", name: "Ada", aliases: [], mentions: 1, confidence: 1, evidence: [{ article: "a1", sentence: "Ada spoke.", start: 0, end: 3 }] });
  graph.addNode("Place:rome", { kind: "Place", name: "Rome" });
  graph.addNode("Place:empty", {} as never);
  graph.addDirectedEdgeWithKey("e1", "Person:ada", "Place:rome", { kind: "LOCATED_IN", confidence: 0.5, evidence: [] });
  graph.addDirectedEdgeWithKey("e2", "Place:rome", "Place:empty", {} as never);
  graph.setAttribute("title" as never, "corpus" as never);

  it("is export() as JSON, an empty attribute object left out as export() leaves it", () => {
    expect(JSON.stringify(exportSharingAttributes(graph))).toBe(JSON.stringify(graph.export()));
  });

  it("holds each node's and edge's own attributes rather than a copy", () => {
    const shared = exportSharingAttributes(graph);
    expect(shared.nodes[0].attributes).toBe(graph.getNodeAttributes("Person:ada"));
    expect(shared.edges[0].attributes).toBe(graph.getEdgeAttributes("e1"));
  });
});
