// Build-time layout: every node placed at finite coordinates, the same every run,
// so a rebuilt graph.json does not move.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../graph-schema/index.js";
import { layoutGraph, layoutGraphInWorker, noverlapGridSize } from "../../src/graph/layout.js";
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

  it("lays out in a worker thread exactly as in this one", async () => {
    const here = generateGraph(500);
    const there = generateGraph(500);
    layoutGraph(here);
    await layoutGraphInWorker(there);
    expect(positions(there)).toEqual(positions(here));
  });

  it("gives noverlap a grid whose pairs its Set can hold, and none where no grid can", () => {
    // Noverlap keeps every pair it compares in one Set of at most 2^24 entries; 867,000 nodes from
    // 100,000 articles on a 200 × 200 grid overflowed it and the build died.
    const discs = (count: number, spread: number) => Float64Array.from({ length: count * 3 }, (_, at) => (at % 3 === 2 ? 2 : ((at * 7919) % 1000) * spread));
    const spreadGrid = noverlapGridSize(discs(40_000, 100), 1, 1.2);
    expect(spreadGrid).toBeGreaterThanOrEqual(100);
    // 6,000 nodes on one spot make 18 million pairs in any cell: noverlap is left out.
    expect(noverlapGridSize(discs(6_000, 0), 1, 1.2)).toBeUndefined();
  });

  it("leaves an empty graph empty", () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    expect(() => layoutGraph(graph)).not.toThrow();
    expect(graph.order).toBe(0);
  });
});
