// Build-time layout: every node placed at finite coordinates, the same every run,
// so a rebuilt graph.json does not move.
import { createRequire } from "node:module";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../graph-schema/index.js";
import { layOut, layoutGraph, layoutGraphInWorker, layoutInput, layoutIterations, noverlapGridSize, type LayoutInput } from "../../src/graph/layout.js";
import { generateGraph } from "./generate-graph.js";

const positions = (graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>) =>
  Object.fromEntries(graph.mapNodes((node, attributes) => [node, [attributes.x, attributes.y]]));

const require = createRequire(import.meta.url);
const forceAtlas2 = require("graphology-layout-forceatlas2");
const noverlap = require("graphology-layout-noverlap");

/**
 * The layout as it was made before issue #14: on a graph of the nodes and edges, by the layouts'
 * own `assign`, the settings as layOut's. layOut now builds their matrices itself, and must place
 * every node exactly where this did.
 */
function layOutOnAGraph({ positions, mentions, nameLengths, edges }: LayoutInput): number[] {
  const order = mentions.length;
  const graph = new MultiDirectedGraph<{ x: number; y: number }>();
  for (let node = 0; node < order; node++) graph.addNode(String(node), { x: positions[node * 2], y: positions[node * 2 + 1] });
  for (let at = 0; at < edges.length; at += 2) graph.addEdge(String(edges[at]), String(edges[at + 1]));
  if (graph.size > 0) {
    const iterations = Math.min(300, Math.max(30, Math.round(500_000 / order)));
    forceAtlas2.assign(graph, { iterations, getEdgeWeight: null, settings: { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 500, barnesHutTheta: 1 } });
  }
  const xs = graph.mapNodes((_, { x }) => x);
  const ys = graph.mapNodes((_, { y }) => y);
  const unitsPerPixel = order <= 300 ? Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 700 : 0;
  const half = (key: string) => nameLengths[Number(key)] * 3.5 * unitsPerPixel;
  const disc = (key: string, { x, y }: { x: number; y: number }) => ({ x: x + half(key), y, size: Math.max(1 + Math.log2(1 + (mentions[Number(key)] || 1)), half(key)) });
  const discs = Float64Array.from(graph.mapNodes((key, attributes) => Object.values(disc(key, attributes))).flat());
  const gridSize = noverlapGridSize(discs, 1, 1.2);
  if (gridSize !== undefined) {
    noverlap.assign(graph, {
      maxIterations: order <= 300 ? 200 : order <= 10_000 ? 20 : 10,
      inputReducer: disc,
      outputReducer: (key: string, position: { x: number; y: number }) => ({ ...position, x: position.x - half(key) }),
      settings: { margin: 1, ratio: 1.2, gridSize },
    });
  }
  return graph.mapNodes((_, { x, y }) => [x, y]).flat();
}

describe("layOut", () => {
  it.each([
    ["a labelled graph", 150],
    ["a graph of a thousand nodes (Barnes–Hut)", 1_000],
  ])("places every node of %s exactly where ForceAtlas2 and noverlap on a graph of its own did", (_, order) => {
    const input = layoutInput(generateGraph(order as number));
    expect([...layOut(input)]).toEqual(layOutOnAGraph(input));
  });

  it("places the nodes of a graph without edges exactly as before, noverlap alone moving them", () => {
    const graph = generateGraph(200);
    graph.clearEdges();
    const input = layoutInput(graph);
    expect([...layOut(input)]).toEqual(layOutOnAGraph(input));
  });
});

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

  it("runs the caller's hook after every ForceAtlas2 iteration (where the worker collects its garbage), and only there", () => {
    const input = layoutInput(generateGraph(500));
    let calls = 0;
    const placed = layOut(input, () => calls++);
    expect(calls).toBe(layoutIterations(500));
    expect([...placed]).toEqual([...layOut(layoutInput(generateGraph(500)))]);
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

  it("places each node on its own attributes, not on a copy of them", () => {
    const graph = generateGraph(50);
    const before = graph.mapNodes((_, attributes) => attributes);
    layoutGraph(graph);
    expect(graph.mapNodes((_, attributes) => attributes).every((attributes, at) => attributes === before[at] && Number.isFinite(attributes.x))).toBe(true);
  });

  it("leaves an empty graph empty", () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    expect(() => layoutGraph(graph)).not.toThrow();
    expect(graph.order).toBe(0);
  });
});
