// Build-time layout: every node placed at finite coordinates, the same every run,
// so a rebuilt graph.json does not move.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../graph-schema/index.js";
import { layoutGraph } from "../../src/graph/layout.js";
import { generateGraph } from "./generate-graph.js";

const positions = (graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>) =>
  Object.fromEntries(graph.mapNodes((node, attributes) => [node, [attributes.x, attributes.y]]));

describe("layoutGraph", () => {
  it("places every node at finite, distinct coordinates", () => {
    const graph = generateGraph(600);
    layoutGraph(graph);
    const placed = graph.mapNodes((_, attributes) => [attributes.x, attributes.y]);
    expect(placed.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(new Set(placed.map(([x, y]) => `${x},${y}`)).size).toBe(graph.order);
  });

  it("gives the same layout on every run (seeded from the keys, not Math.random)", () => {
    const first = generateGraph(400);
    const second = generateGraph(400);
    layoutGraph(first);
    layoutGraph(second);
    expect(positions(second)).toEqual(positions(first));
  });

  it("leaves an empty graph empty", () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    expect(() => layoutGraph(graph)).not.toThrow();
    expect(graph.order).toBe(0);
  });
});
